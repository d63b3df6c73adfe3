/**
 * The 检查 panel's logic, apart from React: which sheets a scope reads, one pass of the core's
 * checker over them, and what a second pass says about the first (fixed, still there, new).
 * A finding is the same finding in two passes when its sheet, cell and code are the same: the
 * message may change (预算数 18 → 19 is still the same mismatch) and is not part of the key.
 */
import { checkWorkbook, type CheckOptions } from '../core/check';
import type { Finding, Severity } from '../core/check/types';
import { parseRange } from '../core/layout/a1';
import { isFindingsSheetName } from '../core/layout/findings-sheet';
import type { Grid } from '../core/read/grid';
import { findRegisterGrids, INDICATOR_LIST_SHEET, REGISTER_SHEET } from '../core/read/register';
import type { CellMark, WorkbookActions } from '../workbook/port';

/** 当前工作表 / 全部工作表 / 项目清单 (with its 指标清单). */
export type CheckScope = 'active' | 'all' | 'register';
export const CHECK_SCOPES: readonly CheckScope[] = ['active', 'all', 'register'];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What reading for a check needs of a workbook. */
export type GridSource = Pick<WorkbookActions, 'sheetNames' | 'readGrids' | 'readActiveGrid'>;

/** One run of the checker. */
export interface CheckPass {
  scope: CheckScope;
  /** The sheets read, in workbook order. */
  sheets: string[];
  findings: Finding[];
}

/**
 * The grids a scope covers. `all` leaves out the 检查结果 sheets a previous pass wrote; `register`
 * takes 项目清单 and 指标清单 by name, else the sheets whose header rows make them a register, and
 * is empty when the workbook has none.
 */
export async function gridsForScope(source: GridSource, scope: CheckScope): Promise<Grid[]> {
  if (scope === 'active') return [await source.readActiveGrid()];
  const names = (await source.sheetNames()).filter((name) => !isFindingsSheetName(name));
  if (names.length === 0) return [];
  if (scope === 'all') return source.readGrids(names);
  if (names.includes(REGISTER_SHEET)) {
    return source.readGrids(names.filter((name) => name === REGISTER_SHEET || name === INDICATOR_LIST_SHEET));
  }
  // A register renamed by its unit: found by its header rows, as the checker itself would.
  const grids = await source.readGrids(names);
  const { register, indicators } = findRegisterGrids(grids);
  if (!register) return [];
  return grids.filter((g) => g === register || g === indicators);
}

/** One pass of the core's checker over `grids`. */
export function runCheck(grids: readonly Grid[], scope: CheckScope, options: CheckOptions = {}): CheckPass {
  return { scope, sheets: grids.map((g) => g.sheet), findings: checkWorkbook(grids, options) };
}

/** Reads the scope and checks it. */
export async function checkScope(source: GridSource, scope: CheckScope, options: CheckOptions = {}): Promise<CheckPass> {
  return runCheck(await gridsForScope(source, scope), scope, options);
}

/** The key that says two passes found the same thing. */
export function findingKey(f: Pick<Finding, 'sheet' | 'cell' | 'code'>): string {
  return `${f.sheet}\u0000${f.cell}\u0000${f.code}`;
}

/**
 * A finding of the later pass: `still` there, `new`, or `unchecked` when the earlier pass did not
 * read its sheet (nothing to compare with).
 */
export type FindingStatus = 'still' | 'new' | 'unchecked';

export interface PassComparison {
  /** Findings of the earlier pass that the later one no longer has, on sheets both passes read. */
  fixed: Finding[];
  /** Per finding of the later pass, in its order. */
  statuses: FindingStatus[];
  counts: { fixed: number; still: number; new: number };
}

function countByKey(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
  return counts;
}

/**
 * What `current` says about `previous`. Only the sheets both passes read are compared, so that
 * checking another sheet does not show the first one's findings as fixed; null when they share
 * none (or there is no earlier pass). The same key twice is matched as many times as it occurs.
 */
export function comparePasses(previous: CheckPass | null | undefined, current: CheckPass): PassComparison | null {
  if (!previous) return null;
  const before = new Set(previous.sheets);
  const after = new Set(current.sheets);
  if (!current.sheets.some((sheet) => before.has(sheet))) return null;

  const remaining = countByKey(previous.findings);
  const statuses = current.findings.map((f): FindingStatus => {
    const key = findingKey(f);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      return 'still';
    }
    return before.has(f.sheet) ? 'new' : 'unchecked';
  });

  const unmatched = countByKey(current.findings);
  const fixed = previous.findings.filter((f) => {
    if (!after.has(f.sheet)) return false;
    const key = findingKey(f);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      unmatched.set(key, left - 1);
      return false;
    }
    return true;
  });

  return {
    fixed,
    statuses,
    counts: {
      fixed: fixed.length,
      still: statuses.filter((s) => s === 'still').length,
      new: statuses.filter((s) => s === 'new').length,
    },
  };
}

/** The findings of each severity, in the checker's order. */
export function groupBySeverity<T extends Pick<Finding, 'severity'>>(findings: readonly T[]): Record<Severity, T[]> {
  const groups: Record<Severity, T[]> = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** True for an A1 cell or range (`B5`, `A5:F5`): what a cell can be selected, linked and marked by. */
export function isCellAddress(cell: string): boolean {
  if (cell.trim() === '') return false;
  try {
    parseRange(cell);
    return true;
  } catch {
    return false;
  }
}

/**
 * One highlight per cell, in the colour of its worst finding; findings without a cell address
 * (a whole-sheet note) are not marked.
 */
export function marksFor(findings: readonly Finding[]): CellMark[] {
  const marks = new Map<string, CellMark>();
  for (const f of findings) {
    if (!isCellAddress(f.cell)) continue;
    const address = f.cell.trim();
    const key = `${f.sheet}\u0000${address}`;
    const earlier = marks.get(key);
    if (!earlier) marks.set(key, { sheet: f.sheet, address, severity: f.severity });
    else if (RANK[f.severity] < RANK[earlier.severity]) earlier.severity = f.severity;
  }
  return [...marks.values()];
}

/** `'2025年项目'!B5` is how Excel writes it; the pane shows the plainer `2025年项目!B5`. */
export function whereText(f: Pick<Finding, 'sheet' | 'cell'>): string {
  return f.cell.trim() === '' ? f.sheet : `${f.sheet}!${f.cell}`;
}
