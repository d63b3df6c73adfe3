/**
 * The register (项目清单): one project per row under a header row, and beside it an indicator list
 * (指标清单): one indicator per row, tied to its project by 项目编码. Reading them gives the
 * projects a batch makes sheets for. A project the indicator list does not mention gets the
 * catalog's default indicators (suggestions, reported as such) unless the caller says otherwise.
 *
 * Columns are found by their header text, in any order, with the usual variants (`其中：财政资金`,
 * `预算金额`, `3月底（%）`); columns the reader does not know are ignored.
 */
import { SUMMARY_MARKER_HEADER } from '../layout/summary-sheet';
import { cellAddress, columnName } from '../layout/a1';
import { message, type MessageCode } from '../i18n/messages';
import { BUILTIN_CATALOG, defaultIndicators, type Catalog, type TreeId } from '../project/catalog';
import type { AmountUnit, IndicatorRow, Project, SpendCheckpoint } from '../project/types';
import type { Severity } from '../target/lint';
import { cellText, fillMerges, type Grid, type GridValue, type ReadFinding } from './grid';

export type RegisterKey =
  | 'unitCode'
  | 'unitName'
  | 'year'
  | 'amountUnit'
  | 'code'
  | 'name'
  | 'total'
  | 'fiscal'
  | 'other'
  | 'carryOver'
  | 'fundUse'
  | 'goals';

export interface RegisterColumn<K extends string = RegisterKey> {
  key: K;
  /** The header the template writes. */
  header: string;
  /** Other headers read as this column (compared after `headerKey`). */
  aliases: readonly string[];
}

/** The register's columns in template order; the spend-plan columns (`3月底` …) follow `fundUse`. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: 'unitCode', header: '单位编码', aliases: ['单位代码', '预算单位编码', '预算单位代码'] },
  { key: 'unitName', header: '单位名称', aliases: ['预算单位', '预算单位名称'] },
  { key: 'year', header: '年度', aliases: ['预算年度'] },
  { key: 'amountUnit', header: '金额单位', aliases: [] },
  { key: 'code', header: '项目编码', aliases: ['项目代码'] },
  { key: 'name', header: '项目名称', aliases: [] },
  { key: 'total', header: '预算数', aliases: ['预算金额', '项目预算数', '预算总额'] },
  { key: 'fiscal', header: '财政资金', aliases: ['其中财政资金', '财政拨款'] },
  { key: 'other', header: '其他资金', aliases: ['其中其他资金'] },
  { key: 'carryOver', header: '上年结转', aliases: ['上年结转资金'] },
  { key: 'fundUse', header: '资金用途', aliases: ['预算规模及资金用途', '项目资金用途'] },
  { key: 'goals', header: '绩效目标', aliases: ['年度绩效目标', '项目绩效目标'] },
];

export type IndicatorListKey = 'code' | keyof IndicatorRow;

/** The indicator list's columns, in template order. */
export const INDICATOR_LIST_COLUMNS: readonly RegisterColumn<IndicatorListKey>[] = [
  { key: 'code', header: '项目编码', aliases: ['项目代码'] },
  { key: 'level1', header: '一级指标', aliases: [] },
  { key: 'level2', header: '二级指标', aliases: [] },
  { key: 'level3', header: '三级指标', aliases: ['指标名称'] },
  { key: 'description', header: '绩效指标描述', aliases: ['指标描述', '指标解释'] },
  { key: 'target', header: '指标值', aliases: ['年度指标值', '目标值'] },
  { key: 'basis', header: '指标值确定依据', aliases: ['确定依据', '指标值设定依据'] },
];

/** The sheet names the template uses; readers also find the sheets by their header row. */
export const REGISTER_SHEET = '项目清单';
export const INDICATOR_LIST_SHEET = '指标清单';

/** How far down a header row is looked for (a title or notes may come first). */
const HEADER_SEARCH_ROWS = 10;

/** A header's comparable form: NFKC, no spaces, no ★ or * (required marks), no `其中：`, no unit in brackets. */
export function headerKey(value: GridValue): string {
  return cellText(value)
    .normalize('NFKC')
    .replace(/[\s★☆*]/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/\((万元|元|%|％|必填|选填)\)$/, '');
}

/** `3月底`, `3月末`, `3月底（%）`, `3月` → 3. */
export function spendMonthOfHeader(value: GridValue): number | undefined {
  const match = /^(\d{1,2})月(底|末)?$/.exec(headerKey(value));
  const month = match ? Number(match[1]) : NaN;
  return month >= 1 && month <= 12 ? month : undefined;
}

function columnIndex<K extends string>(columns: readonly RegisterColumn<K>[], header: GridValue): K | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  return columns.find((c) => headerKey(c.header) === key || c.aliases.some((a) => headerKey(a) === key))?.key;
}

interface HeaderMap<K extends string> {
  row: number;
  columns: Map<K, number>;
  spend: Array<{ month: number; column: number }>;
}

function findHeader<K extends string>(rows: GridValue[][], columns: readonly RegisterColumn<K>[], required: readonly K[]): HeaderMap<K> | undefined {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r += 1) {
    const found = new Map<K, number>();
    const spend: HeaderMap<K>['spend'] = [];
    (rows[r] ?? []).forEach((cell, c) => {
      const key = columnIndex(columns, cell);
      if (key !== undefined && !found.has(key)) found.set(key, c + 1);
      const month = spendMonthOfHeader(cell);
      if (month !== undefined && !spend.some((s) => s.month === month)) spend.push({ month, column: c + 1 });
    });
    if (required.every((k) => found.has(k))) return { row: r + 1, columns: found, spend: spend.sort((a, b) => a.month - b.month) };
  }
  return undefined;
}

function finding(sheet: string, cell: string, severity: Severity, code: MessageCode, params: Record<string, string | number> = {}): ReadFinding {
  return { sheet, cell, severity, code, ...message(code, params) };
}

/** `1,234.50` → 1234.5; blank → null; anything else → undefined. */
export function readAmount(value: GridValue): number | null | undefined {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return undefined;
  const text = value.normalize('NFKC').replace(/[\s,]/g, '');
  if (text === '') return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : undefined;
}

type PercentCell = { value: number; explicit: boolean } | null | undefined;

/** `25%` (explicit: a whole percent), `25` or `0.25` (a plain number: read with its row), blank → null. */
function readPercentCell(value: GridValue): PercentCell {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { value, explicit: false } : undefined;
  if (typeof value === 'boolean') return undefined;
  const text = value.normalize('NFKC').replace(/\s/g, '');
  if (text === '') return null;
  const match = /^([-+]?(?:\d+\.?\d*|\.\d+))(%|百分比)?$/.exec(text);
  if (!match) return undefined;
  return { value: Number(match[1]), explicit: match[2] !== undefined };
}

/** Cuts floating noise from 0.7 × 100 = 70.00000000000001. */
function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export interface RegisterReadOptions {
  /** The 指标清单 grid. */
  indicators?: Grid;
  /** Give a project the indicator list does not mention the catalog's default indicators (default true). */
  indicatorDefaults?: boolean;
  tree?: TreeId;
  catalog?: Catalog;
  /** The year of rows whose 年度 is blank and whose code does not tell it. */
  year?: number;
}

export interface RegisterEntry {
  project: Project;
  /** The 1-based row of the register the project was read from. */
  row: number;
}

export interface RegisterResult {
  projects: RegisterEntry[];
  findings: ReadFinding[];
}

const TOTAL_ROW_NAMES = new Set(['合计', '小计', '总计']);

/**
 * Reads a register grid: the header row (the first of the top ten with 项目编码 and 项目名称)
 * names the columns, each later row with a code or a name is a project. Rules, each reported
 * where it applies: a blank 单位 takes the row above's; a blank 年度 comes from the code's year
 * digits (`13020925P…` → 2025) or `options.year`; a blank 金额单位 is 万元; spend-plan numbers
 * that are all ≤ 1 in a row are fractions (0.25 = 25%), otherwise whole percents, and `25%` is
 * always 25; blank amounts are null, amounts that are not numbers are errors.
 */
export function readRegister(grid: Grid, options: RegisterReadOptions = {}): RegisterResult {
  const findings: ReadFinding[] = [];
  const rows = fillMerges(grid);
  const header = findHeader(rows, REGISTER_COLUMNS, ['code', 'name']);
  if (!header) {
    findings.push(finding(grid.sheet, '', 'error', 'REGISTER_NO_HEADER', { sheet: grid.sheet, rows: HEADER_SEARCH_ROWS }));
    return { projects: [], findings };
  }
  const list = options.indicators ? readIndicatorList(options.indicators) : undefined;
  // A loop, not push(...): an indicator list of 200,000 rows would overflow the call stack.
  if (list) for (const f of list.findings) findings.push(f);
  const at = (row: GridValue[], key: RegisterKey): GridValue => {
    const c = header.columns.get(key);
    return c === undefined ? null : row[c - 1] ?? null;
  };
  const cellOf = (r: number, key: RegisterKey): string => {
    const c = header.columns.get(key);
    return c === undefined ? `${r}:${r}` : cellAddress(r, c);
  };

  const projects: RegisterEntry[] = [];
  const seen = new Map<string, number>();
  let unitCode = '';
  let unitName = '';
  let unitAssumedReported = false;
  for (let r = header.row + 1; r <= rows.length; r += 1) {
    const row = rows[r - 1] ?? [];
    const code = cellText(at(row, 'code'));
    const name = cellText(at(row, 'name'));
    // A totals row (合计 in the code or name column, often merged across both) is not a project.
    if (TOTAL_ROW_NAMES.has(code.replace(/\s/g, ''))) continue;
    if (code === '' && (name === '' || TOTAL_ROW_NAMES.has(name.replace(/\s/g, '')))) continue;
    if (code === '') findings.push(finding(grid.sheet, cellOf(r, 'code'), 'error', 'REGISTER_CODE_MISSING', { row: r, name }));
    if (name === '') findings.push(finding(grid.sheet, cellOf(r, 'name'), 'error', 'REGISTER_NAME_MISSING', { row: r, code }));
    if (code !== '') {
      const first = seen.get(code);
      if (first !== undefined) findings.push(finding(grid.sheet, cellOf(r, 'code'), 'warning', 'REGISTER_DUPLICATE_CODE', { code, first, row: r }));
      else seen.set(code, r);
    }

    // A register lists one unit's projects; a blank unit repeats the row above (as a merged cell would).
    const rowUnitCode = cellText(at(row, 'unitCode'));
    const rowUnitName = cellText(at(row, 'unitName'));
    if (rowUnitCode !== '' || rowUnitName !== '') {
      unitCode = rowUnitCode;
      unitName = rowUnitName;
    }

    const amountUnitText = cellText(at(row, 'amountUnit')).normalize('NFKC').replace(/\s/g, '');
    let amountUnit: AmountUnit = '万元';
    if (amountUnitText === '元' || amountUnitText === '万元') amountUnit = amountUnitText;
    else if (amountUnitText !== '') findings.push(finding(grid.sheet, cellOf(r, 'amountUnit'), 'error', 'REGISTER_BAD_UNIT', { found: amountUnitText }));
    else if (!unitAssumedReported) {
      unitAssumedReported = true;
      findings.push(finding(grid.sheet, cellOf(r, 'amountUnit'), 'info', 'REGISTER_UNIT_ASSUMED'));
    }

    const year = readYear(at(row, 'year'), code, options.year, (severity, messageCode, params) =>
      findings.push(finding(grid.sheet, cellOf(r, 'year'), severity, messageCode, params)),
    );

    const amountOf = (key: 'total' | 'fiscal' | 'other' | 'carryOver'): number | null => {
      const value = at(row, key);
      const read = readAmount(value);
      if (read !== undefined) return read;
      const column = REGISTER_COLUMNS.find((c) => c.key === key)?.header ?? key;
      findings.push(finding(grid.sheet, cellOf(r, key), 'error', 'REGISTER_BAD_AMOUNT', { column, found: cellText(value) }));
      return null;
    };
    const budget: Project['budget'] = { total: amountOf('total'), fiscal: amountOf('fiscal'), other: amountOf('other') };
    if (header.columns.has('carryOver')) budget.carryOver = amountOf('carryOver');

    const project: Project = {
      unitCode,
      unitName,
      year,
      amountUnit,
      code,
      name,
      budget,
      fundUse: cellText(at(row, 'fundUse')),
      spendPlan: readSpendPlan(row, header.spend, (column, found) =>
        findings.push(finding(grid.sheet, cellAddress(r, column), 'error', 'REGISTER_BAD_PERCENT', { column: cellText(rows[header.row - 1]?.[column - 1] ?? null), found })),
      ),
      goals: cellText(at(row, 'goals')),
      indicators: [],
    };

    const listed = list?.byCode.get(code);
    if (listed && listed.length > 0) project.indicators = listed.map((entry) => ({ ...entry.indicator }));
    else if (options.indicatorDefaults !== false) {
      project.indicators = defaultIndicators(project, { tree: options.tree, catalog: options.catalog ?? BUILTIN_CATALOG });
      findings.push(finding(grid.sheet, cellOf(r, 'code'), 'info', 'REGISTER_INDICATORS_DEFAULTED', { code: code || name, count: project.indicators.length }));
    } else findings.push(finding(grid.sheet, cellOf(r, 'code'), 'warning', 'REGISTER_NO_INDICATORS', { code: code || name }));
    projects.push({ project, row: r });
  }

  if (list) {
    for (const [code, entries] of list.byCode) {
      const first = entries[0];
      if (!seen.has(code) && first) {
        findings.push(finding(list.sheet, cellAddress(first.row, list.codeColumn), 'warning', 'INDICATOR_LIST_UNKNOWN_CODE', { row: first.row, code }));
      }
    }
  }
  if (projects.length === 0) findings.push(finding(grid.sheet, '', 'warning', 'REGISTER_NO_PROJECTS', { sheet: grid.sheet }));
  return { projects, findings };
}

function readYear(
  value: GridValue,
  code: string,
  fallback: number | undefined,
  report: (severity: Severity, code: MessageCode, params?: Record<string, string | number>) => void,
): number {
  const text = cellText(value).normalize('NFKC').replace(/\s|年$/g, '');
  if (text !== '') {
    if (/^\d{4}$/.test(text)) return Number(text);
    report('error', 'REGISTER_BAD_YEAR', { found: text });
    return fallback ?? 0;
  }
  // DOMAIN.md §6: the code's characters 7–8 are the year (`13020925P…` → 2025).
  const digits = /^\d{6}(\d{2})/.exec(code);
  if (digits) {
    const year = 2000 + Number(digits[1]);
    report('info', 'REGISTER_YEAR_FROM_CODE', { year });
    return year;
  }
  if (fallback !== undefined) return fallback;
  report('error', 'REGISTER_YEAR_MISSING');
  return 0;
}

function readSpendPlan(
  row: GridValue[],
  columns: ReadonlyArray<{ month: number; column: number }>,
  bad: (column: number, found: string) => void,
): SpendCheckpoint[] {
  const cells: Array<{ month: number; cell: { value: number; explicit: boolean } }> = [];
  for (const { month, column } of columns) {
    const value = row[column - 1] ?? null;
    const cell = readPercentCell(value);
    if (cell === undefined) bad(column, cellText(value));
    else if (cell !== null) cells.push({ month, cell });
  }
  // Excel stores 25% as 0.25: a row whose plain numbers are all ≤ 1 holds fractions.
  const plain = cells.filter((c) => !c.cell.explicit);
  const fractions = plain.length > 0 && plain.every((c) => Math.abs(c.cell.value) <= 1);
  return cells.map(({ month, cell }) => ({ month, percent: tidy(!cell.explicit && fractions ? cell.value * 100 : cell.value) }));
}

export interface IndicatorListEntry {
  indicator: IndicatorRow;
  /** 1-based row in the indicator list. */
  row: number;
}

export interface IndicatorListResult {
  sheet: string;
  /** The 项目编码 column, 1-based. */
  codeColumn: number;
  byCode: Map<string, IndicatorListEntry[]>;
  findings: ReadFinding[];
}

/**
 * Reads an indicator list: rows of 项目编码 and the six indicator columns. A blank 项目编码,
 * 一级 or 二级 repeats the row above's (tables pasted from merged cells read that way); rows whose
 * indicator cells are all blank are skipped.
 */
export function readIndicatorList(grid: Grid): IndicatorListResult {
  const rows = fillMerges(grid);
  const header = findHeader(rows, INDICATOR_LIST_COLUMNS, ['code', 'level3', 'target']);
  const byCode = new Map<string, IndicatorListEntry[]>();
  if (!header) {
    return {
      sheet: grid.sheet,
      codeColumn: 1,
      byCode,
      findings: [finding(grid.sheet, '', 'error', 'INDICATOR_LIST_NO_HEADER', { sheet: grid.sheet, rows: HEADER_SEARCH_ROWS })],
    };
  }
  const at = (row: GridValue[], key: IndicatorListKey): string => {
    const c = header.columns.get(key);
    return c === undefined ? '' : cellText(row[c - 1] ?? null);
  };
  let code = '';
  let level1 = '';
  let level2 = '';
  for (let r = header.row + 1; r <= rows.length; r += 1) {
    const row = rows[r - 1] ?? [];
    const indicator: IndicatorRow = {
      level1: at(row, 'level1'),
      level2: at(row, 'level2'),
      level3: at(row, 'level3'),
      description: at(row, 'description'),
      target: at(row, 'target'),
      basis: at(row, 'basis'),
    };
    const rowCode = at(row, 'code');
    if (Object.values(indicator).every((v) => v === '')) {
      if (rowCode !== '') code = rowCode;
      continue;
    }
    if (rowCode !== '' && rowCode !== code) {
      code = rowCode;
      level1 = '';
      level2 = '';
    }
    level1 = indicator.level1 || level1;
    level2 = indicator.level2 || (indicator.level1 ? '' : level2);
    indicator.level1 = level1;
    indicator.level2 = level2;
    const list = byCode.get(code) ?? [];
    list.push({ indicator, row: r });
    byCode.set(code, list);
  }
  return { sheet: grid.sheet, codeColumn: header.columns.get('code') ?? 1, byCode, findings: [] };
}

/** The register and indicator-list grids of a workbook: by the template's sheet names, else by their header rows. */
export function findRegisterGrids(grids: readonly Grid[]): { register?: Grid; indicators?: Grid } {
  // PerfTable's own 汇总 sheet lists the same projects with links to their sheets: a summary, not a register.
  const candidates = grids.filter((g) => !isSummarySheet(g));
  const byHeader = (columns: readonly RegisterColumn<string>[], required: readonly string[]) =>
    candidates.find((g) => findHeader(fillMerges(g), columns, required) !== undefined);
  const register = grids.find((g) => g.sheet === REGISTER_SHEET) ?? byHeader(REGISTER_COLUMNS, ['code', 'name', 'total']);
  const indicators =
    grids.find((g) => g.sheet === INDICATOR_LIST_SHEET) ??
    candidates.find((g) => g !== register && findHeader(fillMerges(g), INDICATOR_LIST_COLUMNS, ['code', 'level3', 'target']));
  return { register, indicators };
}

/** A 汇总 sheet as core/layout/summary-sheet writes it: its header names a column no register has. */
export function isSummarySheet(grid: Grid): boolean {
  return grid.rows.slice(0, HEADER_SEARCH_ROWS).some((row) => row.some((cell) => typeof cell === 'string' && cell.trim() === SUMMARY_MARKER_HEADER));
}

/** Reads a whole register workbook (项目清单 and, where present, 指标清单). */
export function readRegisterWorkbook(grids: readonly Grid[], options: Omit<RegisterReadOptions, 'indicators'> = {}): RegisterResult {
  const { register, indicators } = findRegisterGrids(grids);
  if (!register) {
    const sheet = grids[0]?.sheet ?? REGISTER_SHEET;
    return { projects: [], findings: [finding(sheet, '', 'error', 'REGISTER_NO_HEADER', { sheet, rows: HEADER_SEARCH_ROWS })] };
  }
  return readRegister(register, { ...options, indicators });
}

/** The column letter of a register key in the template (for the layout and for tests). */
export function registerColumnLetter(key: RegisterKey | `spend.${number}`, spendMonths: readonly number[]): string {
  const order = registerHeaderOrder(spendMonths);
  return columnName(order.findIndex((entry) => entry.key === key) + 1);
}

/** The template's columns in order: identity, amounts, 资金用途, the spend-plan months, 绩效目标. */
export function registerHeaderOrder(spendMonths: readonly number[], withCarryOver = false): Array<{ key: RegisterKey | `spend.${number}`; header: string }> {
  const base = REGISTER_COLUMNS.filter((c) => c.key !== 'carryOver' || withCarryOver);
  const out: Array<{ key: RegisterKey | `spend.${number}`; header: string }> = [];
  for (const column of base) {
    out.push({ key: column.key, header: column.header });
    if (column.key === 'fundUse') {
      for (const month of spendMonths) out.push({ key: `spend.${month}`, header: `${month}月底` });
    }
  }
  return out;
}
