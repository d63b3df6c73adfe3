/**
 * The checker (DOMAIN.md §8): a workbook's grids in, every finding out, each with its sheet, cell,
 * severity, stable code and Chinese and English message. It reads 绩效目标表 sheets (core/read/
 * target-sheet), a register with its indicator list (core/read/register) and the department text,
 * then runs the checks of each area on every project and the workbook-wide ones (duplicate codes,
 * divisions). It never throws on a grid; a part it cannot read is a finding.
 */
import { compareA1, parseA1 } from './address';
import { checkBudget } from './budget';
import { checkCodeText, CODE_LENGTH, divisionOf } from './code';
import { Reporter, type CheckContext } from './context';
import { checkSatisfaction } from './department';
import { finding } from './finding';
import { appendAll, capFindingsPerSheet } from './finding-cap';
import { checkIndicators } from './indicators';
import { readRegisterProjects } from './register';
import { isSummarySheet } from '../read/register';
import { checkSpendPlanCells } from './spend-plan';
import { checkReasons } from './reasons';
import { checkPortableStale } from './portable-stale';
import { withFileFindings } from './file-findings';
import type { Finding } from './types';
import { checkWeights } from './weights';
import { checkExecutionScore, checkTotalScore } from './execution';
import type { Catalog } from '../project/catalog';
import type { Project } from '../project/types';
import type { DepartmentText } from '../read/department';
import type { FormFamily } from '../read/families';
import type { Grid } from '../read/grid';
import { readTargetSheets, type TargetTable } from '../read/target-sheet';

export type { Finding, Severity } from './types';
export { bySeverity, hasErrors } from './types';
export { CHECK_CODES, type CheckCode, type CheckArea } from './codes';
export { CHECK_LIMITS, capFindingsPerSheet } from './finding-cap';
export type { CheckContext } from './context';
export { checkCodeText, codeCheckCharacter, CODE_CHARSET, PROVINCE_PREFIXES } from './code';

export interface CheckOptions {
  /** The budget year, when the caller knows it; else each table's own (its title or project name). */
  year?: number;
  /** Scoring profile for the weight and score checks (`standard` when absent). */
  profile?: string;
  catalog?: Catalog;
  /** Department text from elsewhere; else the workbook's own 部门整体绩效目标, if any. */
  department?: DepartmentText;
}

/** One project as the workbook holds it. */
export interface WorkbookProject {
  sheet: string;
  project: Project;
  cells: Record<string, string>;
  /** Target sheets: the table's range. */
  range?: string;
  selfEval?: TargetTable['selfEval'];
  source: 'sheet' | 'register';
  unreadable: ReadonlySet<string>;
  /** Registers: the cells of the indicators (in the 指标清单), computed when asked. */
  resolve?: (field: string) => string | undefined;
  /** Target sheets: the form family the table was read as (core/read/families). */
  family?: FormFamily;
  /** Where the 项目编码 came from (its field, or the 项目名称 cell). */
  codeSource?: 'field' | 'name';
  /** The period a form's part is for: 年度, or 中期/长期 for the part kept apart (project.longTerm). */
  period?: string;
}

export interface WorkbookRead {
  projects: WorkbookProject[];
  findings: Finding[];
  department?: DepartmentText;
}

/** Reads every project of a workbook, with what could not be read as findings. */
export function readWorkbook(grids: readonly Grid[]): WorkbookRead {
  // A 汇总 sheet repeats the projects of the sheets it links to: reading it would report them twice.
  const safe = grids.map(sanitize).filter((grid) => !isSummarySheet(grid));
  const findings: Finding[] = [];
  const projects: WorkbookProject[] = [];
  let department: DepartmentText | undefined;
  const targetGrids = new Set<Grid>();
  const perSheet: Array<{ grid: Grid; read: ReturnType<typeof readTargetSheets> }> = [];
  for (const grid of safe) {
    const read = readTargetSheets(grid);
    perSheet.push({ grid, read });
    department ??= read.department;
    if (read.tables.some((t) => t.cells.header !== undefined)) targetGrids.add(grid);
  }
  const register = readRegisterProjects(safe, targetGrids);
  const registerGrids = new Set(register?.grids ?? []);
  for (const { grid, read } of perSheet) {
    if (registerGrids.has(grid)) continue;
    appendAll(findings, read.findings);
    for (const table of read.tables) {
      const unreadable = new Set(table.unreadable);
      const entry: WorkbookProject = { sheet: grid.sheet, project: table.project, cells: table.cells, range: table.range, source: 'sheet', unreadable, family: table.family };
      if (table.selfEval) entry.selfEval = table.selfEval;
      if (table.codeSource) entry.codeSource = table.codeSource;
      projects.push(entry);
      const long = longTermProject(entry);
      if (long) {
        entry.period = '年度';
        projects.push(long);
      }
    }
  }
  if (register) {
    appendAll(findings, register.findings.map((f): Finding => ({ ...f })));
    for (const p of register.projects) projects.push({ ...p, source: 'register' });
  }
  // Workbook order, so that "the first" of two equal codes is the one a person meets first.
  const rank = new Map(safe.map((g, i) => [g.sheet, i]));
  projects.sort((a, b) => (rank.get(a.sheet) ?? 0) - (rank.get(b.sheet) ?? 0));
  if (projects.length === 0 && safe.length > 0) {
    findings.push(finding({ sheet: safe[0]?.sheet ?? '', cell: 'A1' }, 'WORKBOOK_NO_TABLE'));
  }
  return department ? { projects, findings, department } : { projects, findings };
}

/**
 * The 中期/长期 part of a form as a project of its own (its goals, budget and indicators, at their
 * cells), checked on its own and never added to the 年度 budget. Its code is the year's: not a duplicate.
 */
function longTermProject(entry: WorkbookProject): WorkbookProject | undefined {
  const long = entry.project.longTerm;
  // A 中期 goal alone (no indicators of its own) is shown with the year's table, not checked apart.
  if (!long || long.indicators.length === 0) return undefined;
  const cells: Record<string, string> = {};
  for (const key of ['table', 'name', 'unit', 'title', 'amountUnit', 'header'] as const) if (entry.cells[key] !== undefined) cells[key] = entry.cells[key];
  for (const [key, cell] of Object.entries(entry.cells)) if (key.startsWith('longTerm.')) cells[key.slice('longTerm.'.length)] = cell;
  const project = { ...entry.project, code: '', goals: long.goals, budget: long.budget, indicators: long.indicators, spendPlan: [] };
  delete project.longTerm;
  const out: WorkbookProject = { sheet: entry.sheet, project, cells, source: 'sheet', unreadable: entry.unreadable, period: long.label ?? '中期' };
  if (entry.range !== undefined) out.range = entry.range;
  if (entry.family) out.family = entry.family;
  return out;
}

/** Every finding of a workbook: reading, each project's checks, then the workbook-wide ones. */
export function checkWorkbook(grids: readonly Grid[], options: CheckOptions = {}): Finding[] {
  const read = readWorkbook(grids);
  const findings = withFileFindings(grids, read.findings);
  const department = options.department ?? read.department;
  for (const p of read.projects) {
    const context: CheckContext = { sheet: p.sheet, unreadable: p.unreadable };
    if (options.year !== undefined) context.year = options.year;
    if (department) context.department = department;
    if (p.selfEval) context.selfEval = p.selfEval;
    if (options.profile !== undefined) context.profile = options.profile;
    if (options.catalog) context.catalog = options.catalog;
    if (p.resolve) context.resolve = p.resolve;
    if (p.family) context.family = p.family;
    if (p.codeSource) context.codeSource = p.codeSource;
    const own = checkProject(p.project, p.cells, context);
    if (p.family) for (const f of own) f.family = p.family.name;
    appendAll(findings, own);
  }
  appendAll(findings, checkCodesAcross(read.projects));
  appendAll(findings, checkReasons(grids, read.projects, options));
  appendAll(findings, checkPortableStale(grids));
  return capFindingsPerSheet(inSheetOrder(findings, grids.map((g) => g.sheet)));
}

/**
 * The checks of one project: budget, spend plan, indicators (with the 指标值 lint), 满意度 against
 * the department text, 项目编码 and weights. `cells` maps field paths to addresses as the readers
 * make them; a field without an address is treated as absent from the sheet.
 */
export function checkProject(project: Project, cells: Readonly<Record<string, string>>, context: CheckContext): Finding[] {
  const r = new Reporter(project, cells, context);
  checkCode(r);
  checkBudget(r);
  checkSpendPlanCells(r);
  checkIndicators(r);
  checkSatisfaction(r);
  checkWeights(r);
  checkExecutionScore(r);
  checkTotalScore(r);
  return r.findings;
}

function checkCode(r: Reporter): void {
  if (!r.has('code') && r.project.code === '') {
    // Most provinces' forms have no 项目编码 field: nothing is missing there.
    if (r.context.family?.parts.code ?? true) r.add('table', 'CODE_MISSING');
    return;
  }
  // A code found inside the 项目名称 is checked only when it has the national form's length: a
  // province's own numbering is not a 项目编码 with a wrong length.
  if (r.context.codeSource === 'name' && r.project.code.length !== CODE_LENGTH) return;
  const year = r.context.year ?? (r.project.year > 0 ? r.project.year : undefined);
  // A 自评表 is filled in the year after: its code may carry that year.
  const options = { allowNextYear: r.context.family?.kind === 'selfEval' || r.context.family?.kind === 'monitor' };
  for (const issue of checkCodeText(r.project.code, year, options)) r.add('code', issue.code, issue.params);
}

function sameName(a: string, b: string): boolean {
  const key = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');
  return key(a) !== '' && key(a) === key(b);
}

/** Duplicates and divisions across the workbook (a register's own duplicates are its reader's). */
function checkCodesAcross(projects: readonly WorkbookProject[]): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, WorkbookProject>();
  const divisions = new Map<string, number>();
  for (const p of projects) {
    const code = p.project.code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
    if (code === '') continue;
    const earlier = first.get(code);
    const where = { sheet: p.sheet, cell: p.cells.code ?? p.cells.table ?? 'A1', field: 'code', project: code };
    // The same project in another form (its 自评表 or 监控表 beside its 目标表) keeps its code and
    // its name; a code shared by two differently named projects is a slip.
    const sameProject = earlier !== undefined && sameName(earlier.project.name, p.project.name);
    if (earlier && !sameProject && !(earlier.source === 'register' && p.source === 'register')) {
      out.push(finding(where, 'CODE_DUPLICATE', { code, first: `${earlier.sheet}!${earlier.cells.code ?? earlier.cells.table ?? 'A1'}` }));
    }
    if (!earlier) first.set(code, p);
    const division = checkCodeText(code).some((i) => i.code === 'CODE_DIVISION') ? undefined : divisionOf(code);
    if (division) divisions.set(division, (divisions.get(division) ?? 0) + 1);
  }
  if (divisions.size > 1) {
    const [common, count] = [...divisions].reduce((a, b) => (b[1] > a[1] ? b : a));
    const tie = [...divisions.values()].filter((n) => n === count).length > 1;
    if (!tie) {
      const reported = new Set<string>();
      for (const p of projects) {
        const code = p.project.code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
        const division = divisionOf(code);
        if (!division || division === common || !divisions.has(division) || reported.has(code)) continue;
        reported.add(code);
        out.push(finding({ sheet: p.sheet, cell: p.cells.code ?? p.cells.table ?? 'A1', field: 'code', project: code }, 'CODE_DIVISION_MIXED', { division, common }));
      }
    }
  }
  return out;
}

/** Sheets in workbook order, cells in reading order within a sheet; the checks' order otherwise. */
function inSheetOrder(findings: Finding[], sheets: readonly string[]): Finding[] {
  const rank = new Map(sheets.map((s, i) => [s, i]));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (rank.get(a.f.sheet) ?? sheets.length) - (rank.get(b.f.sheet) ?? sheets.length) || compareA1(a.f.cell, b.f.cell) || a.i - b.i)
    .map(({ f }) => f);
}

/** A grid as the readers may take it: rows as arrays, merges as valid A1 ranges only. */
function sanitize(grid: Grid): Grid {
  // Rows are copied only when one is not an array: a register's 50,000 rows usually need nothing.
  const rows = !Array.isArray(grid.rows) ? [] : grid.rows.every((row) => Array.isArray(row)) ? grid.rows : grid.rows.map((row) => (Array.isArray(row) ? row : []));
  const merges = (Array.isArray(grid.merges) ? grid.merges : []).filter(
    (m): m is string => typeof m === 'string' && m.split(':').length <= 2 && m.split(':').every((a) => parseA1(a) !== undefined),
  );
  return merges.length > 0 ? { sheet: String(grid.sheet), rows, merges } : { sheet: String(grid.sheet), rows };
}
