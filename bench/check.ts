/**
 * Issue 5's figures: checking a workbook of 200 project sheets and a register of 5,000 projects
 * (with its indicator list of 45,000 rows): time, projects and findings per second, and reading
 * timed apart from checking (reading must not be the larger part).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, readWorkbook } from '../src/core/check';
import { codeCheckCharacter } from '../src/core/check/code';
import { SEED_PROJECTS } from '../src/core/project/seed-projects';
import type { Grid } from '../src/core/read/grid';
import { wordTextToGrids } from '../src/core/read/word-import';
import { bestMs, perSecond, sink, type BenchResult } from './measure';

/** A code of the seed's division and year with serial `n`, and its right check character. */
function codeOf(n: number): string {
  const body = `13020925P${String(100000 + n).padStart(11, '0')}`;
  return body + (codeCheckCharacter(body) ?? '0');
}

/** The seed's five tables (as the Word import makes them), copied to `count` sheets with their own codes. */
export function projectSheets(seedText: string, count: number): Grid[] {
  const [department, ...tables] = wordTextToGrids(seedText);
  const grids: Grid[] = department ? [department] : [];
  for (let i = 0; i < count; i++) {
    const source = tables[i % tables.length]!;
    const rows = source.rows.map((row) => [...row]);
    // Row 3 is 项目编码 | code | 项目名称 | name in the import's layout.
    if (rows[2]) rows[2][1] = codeOf(i);
    grids.push({ sheet: `项目${i + 1}`, rows, merges: [...(source.merges ?? [])] });
  }
  return grids;
}

/** A register of `count` projects (the seed's five, repeated with their own codes) and its indicator list. */
export function registerGrids(count: number): Grid[] {
  const head = ['单位编码', '单位名称', '年度', '项目编码', '项目名称', '预算数', '财政资金', '其他资金', '资金用途', '绩效目标', '3月底', '6月底', '10月底', '12月底'];
  const list: Grid['rows'] = [['项目编码', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']];
  const rows: Grid['rows'] = [head];
  for (let i = 0; i < count; i++) {
    const p = SEED_PROJECTS[i % SEED_PROJECTS.length]!;
    const code = codeOf(i);
    rows.push([p.unitCode, p.unitName, p.year, code, p.name, p.budget.total, p.budget.fiscal, p.budget.other, p.fundUse, p.goals, '25%', '50%', '75%', '100%']);
    p.indicators.forEach((row, j) => list.push([j === 0 ? code : '', row.level1, row.level2, row.level3, row.description, row.target, row.basis]));
  }
  return [
    { sheet: '项目清单', rows },
    { sheet: '指标清单', rows: list },
  ];
}

function measure(label: string, grids: Grid[], projects: number, targets: { totalMs: number }): BenchResult[] {
  let findings = 0;
  const totalMs = bestMs(() => {
    const found = checkWorkbook(grids);
    findings = found.length;
    sink[20] = found;
  }, 5, 1);
  const readMs = bestMs(() => {
    sink[21] = readWorkbook(grids);
  }, 5, 1);
  const checkMs = Math.max(0, totalMs - readMs);
  const share = Math.round((readMs / totalMs) * 1000) / 10;
  return [
    { name: `${label}: checked (read + check)`, value: Math.round(totalMs), unit: 'ms', target: `< ${targets.totalMs}`, pass: totalMs < targets.totalMs },
    { name: `${label}: projects per second`, value: perSecond(projects, totalMs), unit: '/s' },
    { name: `${label}: findings (${findings}) per second`, value: perSecond(findings, totalMs), unit: '/s' },
    { name: `${label}: reading`, value: Math.round(readMs), unit: 'ms' },
    { name: `${label}: checking without reading`, value: Math.round(checkMs), unit: 'ms' },
    { name: `${label}: reading's share of the time`, value: share, unit: '%', target: '< 50', pass: share < 50 },
  ];
}

export function benchCheck(seedText: string = loadSeed()): BenchResult[] {
  return [
    ...measure('200 project sheets', projectSheets(seedText, 200), 200, { totalMs: 500 }),
    ...measure('register of 5,000 projects', registerGrids(5000), 5000, { totalMs: 3000 }),
  ];
}

/** The seed's Word text, from the test fixture (from bench/ under ts, from lib/bench/ once built). */
function loadSeed(): string {
  const candidates = [join(__dirname, '..', 'test', 'fixtures', 'seed.txt'), join(__dirname, '..', '..', 'test', 'fixtures', 'seed.txt')];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error('test/fixtures/seed.txt not found');
  return readFileSync(file, 'utf8');
}
