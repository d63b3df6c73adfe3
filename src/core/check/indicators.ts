/**
 * The indicator table (DOMAIN.md §2, §8): every row has its 二级, 三级 and 指标值; the 指标值 reads
 * and is well written (core/target/lint, not repeated here); each 二级 sits under its 一级 in one of
 * the trees of core/project/catalog; the table covers 产出, 效益, 满意度, 数量, 质量, 时效 and 成本;
 * rates do not sit under 数量指标; the 指标值确定依据 is filled.
 */
import { BUILTIN_CATALOG, indicatorNameKey, type Catalog } from '../project/catalog';
import { LEVEL1_ALIASES, LEVEL2_ALIASES, LEVEL2_EXTRA_PARENTS } from '../read/labels';
import type { IndicatorRow } from '../project/types';
import { parseTargetCached } from '../target/cache';
import { lintParsed, lintTarget } from '../target/lint';
import type { Target } from '../target/types';
import type { Reporter } from './context';
import type { CheckCode } from './codes';

/** Keys (indicatorNameKey) of the parts a complete table covers. */
const OUTPUT = '产出';
const EFFECT = '效益';
const SATISFACTION = '满意度';
const COST = '成本';

const RATE_NAME = /率|比例|占比/;

/** The catalog's key, with the provinces' other names of 一级 and 二级 (core/read/labels). */
function level1Key(name: string): string {
  const key = indicatorNameKey(name);
  return LEVEL1_ALIASES[key] ?? key;
}

function level2Key(name: string): string {
  const key = indicatorNameKey(name);
  return LEVEL2_ALIASES[key] ?? key;
}


export function checkIndicators(r: Reporter): void {
  if (!r.has('header')) return; // no indicator table: the reader said so
  const rows = r.project.indicators;
  if (rows.length === 0) {
    r.add('header', 'IND_NONE');
    return;
  }
  const catalog = r.context.catalog ?? BUILTIN_CATALOG;
  const tree = treeIndex(catalog);
  const reportedLevel1 = new Set<string>();
  const reportedLevel2 = new Set<string>();

  rows.forEach((row, i) => {
    const base = `indicators.${i}`;
    if (row.level2 === '' && r.has(`${base}.level2`)) r.add(`${base}.level2`, 'IND_LEVEL2_MISSING');
    if (row.level3 === '' && r.has(`${base}.level3`)) r.add(`${base}.level3`, 'IND_LEVEL3_MISSING');
    const parsed = r.has(`${base}.target`) ? lintRow(r, row, base) : undefined;
    checkTree(r, row, base, tree, reportedLevel1, reportedLevel2);
    if (level2Key(row.level2) === '数量' && (RATE_NAME.test(row.level3) || isPlainPercent(parsed))) {
      r.add(`${base}.level3`, 'IND_RATE_UNDER_QUANTITY', { name: row.level3 || row.target });
    }
    if (r.has(`${base}.basis`) && row.basis === '') r.add(`${base}.basis`, 'IND_BASIS_MISSING');
  });
  checkCoverage(r, rows);
}

/** The 指标值's lint findings, at its cell; the parsed target for the other checks. */
function lintRow(r: Reporter, row: IndicatorRow, base: string): Target | undefined {
  const context = { level1: row.level1, level2: row.level2, level3: row.level3 };
  const parsed = parseTargetCached(row.target, context);
  const findings = parsed.ok ? lintParsed(parsed.target, context) : lintTarget(row.target, context);
  for (const f of findings) {
    const extra = f.position !== undefined && f.position >= 0 ? { severity: f.severity, position: f.position } : { severity: f.severity };
    r.addWorded(`${base}.target`, f.code, f, extra);
  }
  return parsed.ok ? parsed.target : undefined;
}

/** A level (not a change): `≥60%`, `100百分比`, `90%-95%`. */
function isPlainPercent(target: Target | undefined): boolean {
  if (!target) return false;
  if (target.kind === 'range') return target.unit.dimension === 'percent';
  return target.kind === 'quantitative' && target.unit.dimension === 'percent' && !target.relative && !target.unit.points;
}

interface TreeIndex {
  level1: Map<string, string>;
  /** 二级 key → the names of the 一级 it sits under, in any tree. */
  parents: Map<string, string[]>;
}

function treeIndex(catalog: Catalog): TreeIndex {
  const level1 = new Map<string, string>();
  const parents = new Map<string, string[]>();
  for (const tree of catalog.trees) {
    for (const node of tree.level1s) {
      const k1 = indicatorNameKey(node.name);
      if (!level1.has(k1)) level1.set(k1, node.name);
      for (const name of node.level2s) {
        const list = parents.get(indicatorNameKey(name)) ?? [];
        if (!list.some((n) => indicatorNameKey(n) === k1)) list.push(node.name);
        parents.set(indicatorNameKey(name), list);
      }
    }
  }
  return { level1, parents };
}

function checkTree(r: Reporter, row: IndicatorRow, base: string, tree: TreeIndex, seen1: Set<string>, seen2: Set<string>): void {
  const k1 = level1Key(row.level1);
  const k2 = level2Key(row.level2);
  const cell1 = r.cellOf(`${base}.level1`);
  const cell2 = r.cellOf(`${base}.level2`);
  const level1Known = tree.level1.has(k1);
  if (row.level1 !== '' && !level1Known && !seen1.has(cell1)) {
    seen1.add(cell1);
    r.add(`${base}.level1`, 'IND_UNKNOWN_LEVEL1', { name: row.level1 });
  }
  if (row.level2 === '' || seen2.has(cell2)) return;
  seen2.add(cell2);
  const parents = tree.parents.get(k2);
  if (!parents) {
    // 成本指标 under the 2021 一级 成本指标: the same name twice, not a misplacement.
    if (k2 !== k1) r.add(`${base}.level2`, 'IND_UNKNOWN_LEVEL2', { name: row.level2 });
    return;
  }
  if (!level1Known || k1 === k2 || parents.some((p) => indicatorNameKey(p) === k1) || LEVEL2_EXTRA_PARENTS[k2]?.includes(k1)) return;
  r.add(`${base}.level2`, 'IND_WRONG_PARENT', { level2: row.level2, level1: row.level1, expected: parents.join('或') });
}

/** DOMAIN.md §2: a complete table. Each gap is one warning at the indicator header. */
function checkCoverage(r: Reporter, rows: readonly IndicatorRow[]): void {
  const level1 = new Set<string>();
  const level2 = new Set<string>();
  for (const row of rows) {
    if (row.level3 === '' && row.target === '') continue; // an empty row covers nothing
    level1.add(level1Key(row.level1));
    level2.add(level2Key(row.level2));
  }
  const gaps: Array<[boolean, CheckCode]> = [
    [level1.has(OUTPUT), 'IND_NO_OUTPUT'],
    [level1.has(EFFECT), 'IND_NO_EFFECT'],
    [level1.has(SATISFACTION) || level2.has('服务对象满意度'), 'IND_NO_SATISFACTION'],
    [level2.has('数量'), 'IND_NO_QUANTITY'],
    [level2.has('质量'), 'IND_NO_QUALITY'],
    [level2.has('时效'), 'IND_NO_TIMELINESS'],
    [level2.has(COST) || level1.has(COST) || [...level2].some((k) => k.endsWith('成本')), 'IND_NO_COST'],
  ];
  for (const [present, code] of gaps) if (!present) r.add('header', code);
}
