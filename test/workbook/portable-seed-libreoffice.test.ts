/**
 * Done-when of issue 11: the seed's projects as 自评 and 监控 sheets written portable, opened in
 * LibreOffice with forced recalculation, show exactly what PerfTable computes (every score, total,
 * grade and light the layout cached from the core), with no #NAME?; and an actual changed in the
 * file changes the score and the total as the core would.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { evaluationLayout } from '../../src/core/layout/evaluation';
import type { CellValue, SheetLayout } from '../../src/core/layout/types';
import { parseAddress, parseRange } from '../../src/core/layout/a1';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Project } from '../../src/core/project/types';
import { scoreIndicator } from '../../src/core/score/indicator';
import { gradeOf, totalScore } from '../../src/core/score/total';
import { parseTarget } from '../../src/core/target/parse';
import { toExcelSerial } from '../../src/core/evaluate/dates';
import { evaluationLayoutsToXlsx } from '../../src/workbook/xlsx-evaluation';
import { cellAt, describeWithLibreOffice, openManyWithLibreOffice, type LibreCell } from '../helpers/libreoffice';

const WORDS = ['达成', '部分达成', '未达成', '合格', '是', '优'];

/** A plausible 完成值 for each row: fractions and whole percents, counts, words, a text with a unit. */
function actualsFor(project: Project): CellValue[] {
  return project.indicators.map((row, i) => {
    const parsed = parseTarget(row.target, { level2: row.level2 });
    if (!parsed.ok) return '达成';
    const target = parsed.target;
    switch (target.kind) {
      case 'quantitative': {
        const factor = [0.5, 0.9, 1, 1.2, 0.7][i % 5]!;
        if (target.unit.dimension === 'percent') return i % 2 === 0 ? Math.round(target.value * factor * 100) / 10_000 : Math.round(target.value * factor * 100) / 100;
        if (i % 3 === 0) return `${Math.round(target.value * factor)}${target.unit.text}`;
        return Math.round(target.value * factor * 100) / 100;
      }
      case 'range':
        return (target.low + target.high) / 2;
      case 'deadline':
        return toExcelSerial({ year: 2025, month: 11, day: 20 });
      case 'qualitative':
        return WORDS[i % WORDS.length]!;
    }
  });
}

/** Every formula cell of the layout with the value it caches (the core's result). */
function cachedFormulaCells(layout: SheetLayout): Array<{ address: string; value: CellValue; formula: string }> {
  const out: Array<{ address: string; value: CellValue; formula: string }> = [];
  for (const block of layout.blocks) {
    const r = parseRange(block.range);
    block.formulas.forEach((row, i) =>
      row.forEach((formula, j) => {
        if (formula === null) return;
        let column = '';
        for (let c = r.left + j; c > 0; c = Math.floor((c - 1) / 26)) column = String.fromCharCode(65 + ((c - 1) % 26)) + column;
        out.push({ address: `${column}${r.top + i}`, value: block.values[i]![j]!, formula });
      }),
    );
  }
  return out;
}

function shown(cell: LibreCell): CellValue {
  if (cell.type === 'float' || cell.type === 'percentage' || cell.type === 'currency') return Number(cell.value);
  if (cell.type === 'boolean') return cell.value === 'true';
  return cell.text;
}

describeWithLibreOffice('the seed as portable 自评/监控 sheets, recalculated by LibreOffice', () => {
  let dir: string;
  const layouts: SheetLayout[] = [];
  let recalculated: Map<string, LibreCell[][]>;
  let edited: Map<string, LibreCell[][]>;
  const editedProject = SEED_PROJECTS[0]!;
  const editedActuals = actualsFor(editedProject);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portable-seed-'));
    SEED_PROJECTS.forEach((project, p) => {
      const actuals = actualsFor(project);
      layouts.push(evaluationLayout(project, { mode: 'self-evaluation', sheetName: `P${p + 1}-自评`, formulas: 'portable', inputs: { spent: project.budget.total! * 0.93, actuals } }));
      layouts.push(
        evaluationLayout(project, {
          mode: 'monitoring',
          month: 3 + p * 2,
          sheetName: `P${p + 1}-监控`,
          formulas: 'portable',
          inputs: { spent: project.budget.total! * 0.41, actuals, forecasts: actuals },
        }),
      );
    });
    const file = join(dir, 'seed-portable.xlsx');
    writeFileSync(file, await evaluationLayoutsToXlsx(layouts));
    // The same file with one 完成值 changed, as a colleague would type it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('P1-自评')!;
    const table = layouts[0]!.tables.find((t) => t.name === 'indicators')!;
    sheet.getCell(`${table.columns.actual}${table.firstRow}`).value = 0.3;
    const editedFile = join(dir, 'seed-edited.xlsx');
    await workbook.xlsx.writeFile(editedFile);
    [recalculated, edited] = (await openManyWithLibreOffice([file, editedFile], { recalc: 'always' })) as [Map<string, LibreCell[][]>, Map<string, LibreCell[][]>];
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles every row of the seed (no fallback)', () => {
    expect(layouts.flatMap((l) => l.portableFallbacks ?? [])).toEqual([]);
    // Nothing left for PerfTable: no PERF call in any formula.
    for (const layout of layouts) for (const cell of cachedFormulaCells(layout)) expect(cell.formula).not.toContain('PERF.');
  });

  it('shows every cached result again after LibreOffice recalculates, with no error', () => {
    const differences: string[] = [];
    for (const layout of layouts) {
      const sheet = recalculated.get(layout.name);
      for (const { address, value } of cachedFormulaCells(layout)) {
        const cell = cellAt(sheet, address);
        if (/^(#|Err:)/.test(cell.text) && value !== null) differences.push(`${layout.name}!${address}: ${cell.text}`);
        if (value === null) continue;
        const got = shown(cell);
        const same = typeof value === 'number' ? typeof got === 'number' && Math.abs(got - value) <= 1e-6 /* the layout caches planned % to 6 decimals */ : got === value;
        if (!same) differences.push(`${layout.name}!${address}: ${JSON.stringify(got)} ≠ ${JSON.stringify(value)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('shows totals, grades and lights', () => {
    const self = layouts[0]!;
    const total = cellAt(recalculated.get(self.name), self.fields['total.score']!);
    expect(Number(total.value)).toBeGreaterThan(0);
    expect(['优', '良', '中', '差']).toContain(cellAt(recalculated.get(self.name), self.fields['total.grade']!).text);
    const monitor = layouts[1]!;
    expect(['红', '黄', '绿', '蓝']).toContain(cellAt(recalculated.get(monitor.name), monitor.fields['execution.light']!).text);
  });

  it('recomputes the score and the total as the core does when an actual changes', () => {
    const layout = layouts[0]!;
    const table = layout.tables.find((t) => t.name === 'indicators')!;
    const sheet = edited.get(layout.name);
    const row = editedProject.indicators[0]!;
    const weights = editedProject.indicators.map((_r, i) => Number(cellAt(sheet, `${table.columns.weight}${table.firstRow + i}`).value));
    const want = scoreIndicator(0.3, row.target, weights[0]!, { level2: row.level2 });
    if (!want.ok) throw new Error('the core cannot score the edit');
    expect(Number(cellAt(sheet, `${table.columns.score}${table.firstRow}`).value)).toBeCloseTo(want.score.score, 9);
    expect(want.score.score).not.toBe(cellAt(recalculated.get(layout.name), `${table.columns.score}${table.firstRow}`).value);
    const actuals = [0.3, ...editedActuals.slice(1)];
    const scores = editedProject.indicators.map((r, i) => {
      const s = scoreIndicator(actuals[i] ?? null, r.target, weights[i]!, { level2: r.level2 });
      return s.ok ? s.score.score : null;
    });
    const sum = totalScore(scores, weights);
    if (!sum.ok) throw new Error('no total');
    const executionScore = Number(cellAt(sheet, layout.fields['execution.score']!).value);
    const total = Math.round((executionScore + sum.total.total) * 100) / 100;
    expect(Number(cellAt(sheet, layout.fields['total.score']!).value)).toBeCloseTo(total, 9);
    const grade = gradeOf(total);
    expect(cellAt(sheet, layout.fields['total.grade']!).text).toBe(grade.ok ? grade.grade : '');
    expect(parseAddress(layout.fields['total.score']!).row).toBeGreaterThan(table.lastRow);
  });
});
