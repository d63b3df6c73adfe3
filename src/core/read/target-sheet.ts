/**
 * Finds 预算项目绩效目标表 in a grid of cells by their labels, never by fixed positions, and reads
 * each into a Project with the A1 address of every value it read (DOMAIN.md §1).
 *
 * Real sheets are messy: labels carry spaces, line breaks and full-width characters; a value sits
 * in the next cell, a few cells on, or under its label; merged cells hold their value in the
 * top-left cell only; Word tables pasted into Excel lose their merges and leave blanks instead;
 * several tables share a sheet; numbers are stored as text. The reader copes with all of these,
 * and whatever it finds but cannot read becomes a finding rather than disappearing.
 *
 * Not handled: two tables side by side on the same rows (tables are taken top to bottom).
 */
import { a1, parseA1 } from '../check/address';
import type { Finding } from '../check/types';
import { finding, type Params } from '../check/finding';
import type { CheckCode } from '../check/codes';
import type { BudgetField } from '../project/budget';
import type { AmountUnit, Budget, IndicatorRow, PeriodPart, Project, SpendCheckpoint } from '../project/types';
import { readMonth } from '../score/month';
import { formatNumber } from '../target/numbers';
import { readDepartmentGrid, type DepartmentText } from './department';
import { familyOf, type FormFamily } from './families';
import { HEADER_WORDS, labelKey, matchHeader, matchPart, operatorOf, PART_WORDS, type HeaderField, type PartField } from './labels';
import type { Grid } from './grid';

export type CellRaw = string | number | boolean | null;

/** 分值, 得分 and 完成值 of each indicator row, as written, where the sheet has those columns. */
export interface SelfEvaluation {
  weights?: CellRaw[];
  scores?: CellRaw[];
  actuals?: CellRaw[];
  /** 预算执行率's 分值, read under a 分值 label above the indicator table. */
  executionWeight?: CellRaw;
  /** The 预算执行情况 block of a 自评表 or 监控表, where it has one. */
  execution?: ExecutionBlock;
  /** The entered 总分 (cell: `total`), on the 合计/总分 row under the indicators. */
  total?: CellRaw;
}

/** 全年预算数, 全年执行数, 执行率, 分值 and 得分 of the budget's execution, as written (cells: `execution.*`). */
export interface ExecutionBlock {
  budget?: CellRaw;
  spent?: CellRaw;
  rate?: CellRaw;
  forecast?: CellRaw;
  weight?: CellRaw;
  score?: CellRaw;
  /** Points a label states (`预算执行情况(20分)`, `预算执行率(10分)`). */
  points?: number;
}

export interface TargetTable {
  project: Project;
  /**
   * Field path → A1 address: `code`, `name`, `title`, `unit`, `amountUnit`, `year`, `budget.total`,
   * `budget.fiscal`, `budget.other`, `budget.carryOver`, `fundUse`, `spendPlan` (its label),
   * `spendPlan.0` (a value), `spendPlan.0.month`, `goals`, `header`, `indicators.3` (the row),
   * `indicators.3.level1` … `.target`, `.basis`, `.weight`, `.score`, `.actual`, `executionWeight`, `table`.
   * A field that is absent had no label or column on the sheet; a blank value has its cell.
   */
  cells: Record<string, string>;
  /** The table's A1 range on its sheet. */
  range: string;
  selfEval?: SelfEvaluation;
  /** Fields this reader reported as unreadable (`budget.total`, `spendPlan`), so checks skip them. */
  unreadable: string[];
  /** The form family the table was read as, and the parts it has (core/read/families). */
  family: FormFamily;
  /** Where the 项目编码 came from: its own field, or the 项目名称 cell (`51…-项目名`); absent without one. */
  codeSource?: 'field' | 'name';
  /** Header cells whose words the reader does not know (A1), so that a person can see what was not mapped. */
  unmapped: string[];
}

export interface TargetSheetResult {
  tables: TargetTable[];
  findings: Finding[];
  /** The department text (部门整体绩效目标), when the sheet holds it. */
  department?: DepartmentText;
}

/** Reads every 绩效目标表 on a sheet. Never throws. */
export function readTargetSheets(input: Grid): TargetSheetResult {
  // Grids come from adapters and pastes: take rows that are not arrays as empty, never throw on them.
  const grid: Grid = {
    sheet: String(input.sheet),
    rows: Array.isArray(input.rows) ? input.rows.map((row) => (Array.isArray(row) ? row : [])) : [],
    merges: Array.isArray(input.merges) ? input.merges.filter((m): m is string => typeof m === 'string') : [],
  };
  const sheet = new SheetCells(grid);
  const findings: Finding[] = [];
  const labels = sheet.labels();
  // An indicator header with 项目编码 in the same row is a list of many projects' indicators (a
  // register's 指标清单), not one table: core/read/register reads it.
  const headerRows = indicatorHeaderRows(labels);
  const isList = labels.some((l) => (l.kind === 'code' || l.kind === 'name') && headerRows.has(l.r));
  const groups = isList ? [] : groupTables(labels);
  const department = readDepartmentGrid(grid);
  const tables: TargetTable[] = [];
  groups.forEach((group, index) => {
    const bottom = index + 1 < groups.length ? (groups[index + 1]?.top ?? sheet.height) - 1 : sheet.height - 1;
    tables.push(readTable(sheet, group, bottom, findings));
  });
  joinStackedPeriods(tables);
  if (tables.length === 0 && !department && !isList) {
    findings.push(finding({ sheet: grid.sheet, cell: 'A1' }, 'READ_NO_TABLE'));
  }
  return department ? { tables, findings, department } : { tables, findings };
}

/**
 * 长期 and 年度 blocks stacked (Hunan): a table with only a 长期/中期 goal, followed by a block
 * without a name or code of its own, is one project. The first block becomes its `longTerm` part;
 * the second block's goals, budget and indicators are the year's.
 */
function joinStackedPeriods(tables: TargetTable[]): void {
  for (let i = 0; i + 1 < tables.length; i++) {
    const a = tables[i]!;
    const b = tables[i + 1]!;
    const longOnly = a.cells['longTerm.goals'] !== undefined && a.cells.goals === undefined && a.cells.header !== undefined;
    if (!longOnly || b.cells.name !== undefined || b.cells.code !== undefined || b.cells.header === undefined) continue;
    const long = a.project.longTerm ?? { goals: '', budget: { total: null, fiscal: null, other: null }, indicators: [] };
    long.indicators = a.project.indicators;
    const moved = (key: string): boolean => key === 'header' || key === 'goals' || key.startsWith('indicators.') || key.startsWith('execution.') || key === 'total';
    for (const key of Object.keys(a.cells)) {
      if (moved(key)) delete a.cells[key];
    }
    if (b.cells['budget.total'] !== undefined) {
      if (a.cells['longTerm.budget.total'] === undefined) long.budget = a.project.budget;
      a.project.budget = b.project.budget;
      for (const key of Object.keys(a.cells)) if (key.startsWith('budget.')) delete a.cells[key];
    }
    for (const [key, cell] of Object.entries(b.cells)) if (moved(key) || key.startsWith('budget.')) a.cells[key] = cell;
    a.project.indicators = b.project.indicators;
    a.project.goals = b.project.goals;
    a.project.longTerm = long;
    if (b.selfEval) a.selfEval = b.selfEval;
    else delete a.selfEval;
    a.range = `${a.range.split(':')[0] ?? 'A1'}:${b.range.split(':')[1] ?? b.range}`;
    a.unreadable = [...new Set([...a.unreadable.filter((f) => !moved(f)), ...b.unreadable])];
    a.unmapped = [...a.unmapped, ...b.unmapped];
    tables.splice(i + 1, 1);
  }
}

// ---------------------------------------------------------------------------------------------
// The sheet: values, merges and normalised texts

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

class SheetCells {
  readonly name: string;
  readonly height: number;
  readonly width: number;
  private readonly rows: ReadonlyArray<ReadonlyArray<CellRaw | undefined>>;
  /** Per row, column → the merge covering that cell (the master is its top-left cell). Rows without merges are holes. */
  private readonly merges: Array<Map<number, Rect> | undefined> = [];
  /** Per row and column: the cell's label (null: none), once asked. Arrays, not one Map: a register has 500,000 cells. */
  private readonly labelCache: Array<Array<LabelInfo | null | undefined> | undefined> = [];

  constructor(grid: Grid) {
    this.name = typeof grid.sheet === 'string' ? grid.sheet : String(grid.sheet);
    this.rows = Array.isArray(grid.rows) ? grid.rows.map((row) => (Array.isArray(row) ? row : [])) : [];
    this.height = this.rows.length;
    this.width = this.rows.reduce((w, row) => Math.max(w, row.length), 0);
    for (const range of Array.isArray(grid.merges) ? grid.merges : []) this.addMerge(range);
  }

  private addMerge(range: unknown): void {
    if (typeof range !== 'string') return;
    const [from, to = from] = range.replace(/^.*!/, '').split(':');
    const a = parseA1(from ?? '');
    const b = parseA1(to ?? '');
    if (!a || !b) return;
    // Clamped to the grid: a merge past the last row or column covers nothing we read.
    const rect: Rect = {
      r0: Math.min(a[0], b[0]),
      c0: Math.min(a[1], b[1]),
      r1: Math.min(Math.max(a[0], b[0]), this.height - 1),
      c1: Math.min(Math.max(a[1], b[1]), this.width - 1),
    };
    if (rect.r0 > rect.r1 || rect.c0 > rect.c1 || (rect.r0 === rect.r1 && rect.c0 === rect.c1)) return;
    // Overlapping merges cannot exist in a real workbook; the first one wins.
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) if (this.mergeAt(r, c)) return;
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row = this.merges[r] ?? (this.merges[r] = new Map<number, Rect>());
      for (let c = rect.c0; c <= rect.c1; c++) row.set(c, rect);
    }
  }

  private mergeAt(r: number, c: number): Rect | undefined {
    return this.merges[r]?.get(c);
  }

  /** The merge holding the cell, or the cell alone. */
  rect(r: number, c: number): Rect {
    return this.mergeAt(r, c) ?? { r0: r, c0: c, r1: r, c1: c };
  }

  /** True for a cell inside a merge other than its top-left one. */
  covered(r: number, c: number): boolean {
    const m = this.mergeAt(r, c);
    return m !== undefined && (m.r0 !== r || m.c0 !== c);
  }

  /** The value as stored; a covered cell shows its merge's value. */
  raw(r: number, c: number): CellRaw {
    const m = this.mergeAt(r, c);
    const value = m ? this.rows[m.r0]?.[m.c0] : this.rows[r]?.[c];
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    return typeof value === 'string' ? value : String(value);
  }

  /** The value as text, trimmed ('' for blank). */
  text(r: number, c: number): string {
    const value = this.raw(r, c);
    if (value === null) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : String(value);
    return String(value).trim();
  }

  /** The label a (master) cell holds, if any. */
  label(r: number, c: number): LabelInfo | null {
    const row = this.labelCache[r] ?? (this.labelCache[r] = []);
    let value = row[c];
    if (value === undefined) {
      const raw = this.raw(r, c);
      value = this.covered(r, c) || typeof raw !== 'string' ? null : labelOf(raw);
      row[c] = value;
    }
    return value;
  }

  /** True when the cell holds a label that stops a search for a value. */
  isStopLabel(r: number, c: number): boolean {
    const label = this.label(r, c);
    return label !== null && label.inline === undefined && (PART_KINDS.has(label.kind) || HEADER_KINDS.has(label.kind) || label.kind === 'amountUnit');
  }

  /** Every label of the sheet, row by row. */
  labels(): Label[] {
    const out: Label[] = [];
    for (let r = 0; r < this.height; r++) {
      const row = this.rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        if (typeof row[c] !== 'string') continue;
        const info = this.label(r, c);
        if (!info) continue;
        const label: Label = { kind: info.kind, r, c, rect: this.rect(r, c) };
        if (info.key !== undefined) label.key = info.key;
        if (info.inline !== undefined) label.inline = info.inline;
        if (info.unit !== undefined) label.unit = info.unit;
        if (info.points !== undefined) label.points = info.points;
        out.push(label);
      }
    }
    return out;
  }
}

/** NFKC, no whitespace of any width, and one colon. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '').replace(/：/g, ':');
}

// ---------------------------------------------------------------------------------------------
// Labels

type PartKind = PartField;
type HeaderKind = HeaderField;
type PreambleKind = 'title' | 'unitName' | 'amountUnit';
type LabelKind = PartKind | HeaderKind | PreambleKind;

interface LabelInfo {
  kind: LabelKind;
  /** The label's words without decorations: two labels with the same key are the same part. */
  key?: string;
  /** `项目编码：1302…`: the value written in the label's own cell. */
  inline?: string;
  /** The amount unit a label states (`预算数（万元）`, `单位：元`). */
  unit?: AmountUnit;
  /** Points a label states (`预算执行情况(20分)`). */
  points?: number;
}

interface Label extends LabelInfo {
  r: number;
  c: number;
  rect: Rect;
}

const PART_KINDS: ReadonlySet<LabelKind> = new Set<LabelKind>(Object.keys(PART_WORDS) as PartField[]);
const HEADER_KINDS: ReadonlySet<LabelKind> = new Set<LabelKind>(Object.keys(HEADER_WORDS) as HeaderField[]);

const TITLE = /绩效(?:目标|自评|监控|运行监控|目标执行监控|目标执行情况|目标运行监控)(?:申报|情况|批复|审核|申报审核)?表(?:\(.*\))?$/;
/** `808001中日唐山…本级`, optionally after `单位：` or `预算单位：`. */
const UNIT_NAME = /^(?:(?:预算)?单位(?:名称)?:)?(\d{6})([^\d].*)$/;
const AMOUNT_UNIT = /^\(?(?:金额|资金)?(?:计量)?单位:(万元|元)\)?$/;

/**
 * The label of a cell's text, memoised by the text: every sheet repeats the same labels, and a
 * register repeats its values. Bounded, so that a huge workbook of unique texts cannot grow it.
 */
const LABEL_MEMO = new Map<string, LabelInfo | null>();
const LABEL_MEMO_SIZE = 50_000;

function labelOf(raw: string): LabelInfo | null {
  let info = LABEL_MEMO.get(raw);
  if (info === undefined) {
    // Labels are short; long texts (goals, prose) are never labels and need no normalising.
    const text = raw.trim();
    info = text === '' || text.length > 80 ? null : classify(normalizeLabel(text), text);
    if (LABEL_MEMO.size >= LABEL_MEMO_SIZE) LABEL_MEMO.clear();
    LABEL_MEMO.set(raw, info);
  }
  return info;
}

function classify(norm: string, text: string): LabelInfo | null {
  if (norm === '' || norm.length > 60) return null;
  const amountUnit = AMOUNT_UNIT.exec(norm);
  if (amountUnit) return { kind: 'amountUnit', unit: amountUnit[1] as AmountUnit };
  if (/^资金支出计划/.test(norm) || /^(?:分月|分季度?)?支出计划(?:\(%\))?$/.test(norm)) return { kind: 'spend', key: 'spend' };
  const header = matchHeader(norm);
  if (header) return withExtras({ kind: header.field, key: header.field }, header);
  // `其中：财政资金` is a label, not `其中` with a value; `项目编码：1302…` is a label with its value.
  const [head, ...rest] = norm.replace(/^其中:?/, '').split(':');
  const part = matchPart(head ?? '');
  if (part) {
    const info = withExtras({ kind: part.field, key: labelKey(head ?? '').key }, part);
    if (rest.length > 0 && rest.join(':') !== '') info.inline = text.replace(/^\s*(?:其中\s*[:：])?[^:：]*[:：]\s*/, '').trim();
    return info;
  }
  if (TITLE.test(norm)) return { kind: 'title' };
  if (UNIT_NAME.test(norm)) return { kind: 'unitName' };
  return null;
}

function withExtras(info: LabelInfo, match: { unit?: AmountUnit; points?: number }): LabelInfo {
  if (match.unit) info.unit = match.unit;
  if (match.points !== undefined) info.points = match.points;
  return info;
}

// ---------------------------------------------------------------------------------------------
// Grouping labels into tables

interface TableGroup {
  top: number;
  labels: Label[];
  preamble: Label[];
  kinds: Set<LabelKind>;
  /** Keys of the once-per-table parts it has: `预算数` twice starts the next table, 财政资金 beside 上级资金 does not. */
  keys: Map<string, number>;
  headerRow?: number;
}

/** Kinds that appear once per table: seeing one again starts the next table. */
const ONCE: ReadonlySet<LabelKind> = new Set<LabelKind>(['code', 'name', 'total', 'fiscal', 'other', 'carryOver', 'spend', 'goals', 'fundUseSection']);

/**
 * Parts that open a table when no open table can take them. The others (绩效目标, 资金用途, 单位名称)
 * only join an open table: department prose has `绩效目标：…` lines that must not become tables,
 * nor be taken for the next table's goals.
 */
/** 年度 goals that mark a period block (Hunan's 长期 and 年度 blocks stacked). */
const PERIOD_YEAR_KEYS: ReadonlySet<string> = new Set(['年度目标', '年度绩效目标', '年度总体目标']);

const ANCHORS: ReadonlySet<LabelKind> = new Set<LabelKind>(['code', 'name', 'total', 'fiscal', 'other', 'carryOver', 'spend', 'fundUseSection']);

/**
 * Labels, row by row, into tables: a table is open until its indicator header; a part it already
 * has, or any part after its header, opens the next one. Titles and unit lines wait for the table
 * below them.
 */
function groupTables(labels: readonly Label[]): TableGroup[] {
  const headerRows = indicatorHeaderRows(labels);
  const groups: TableGroup[] = [];
  let current: TableGroup | undefined;
  let pending: Label[] = [];
  const start = (label: Label): TableGroup => {
    const top = Math.min(label.r, ...pending.map((p) => p.r));
    const group: TableGroup = { top, labels: [], preamble: pending, kinds: new Set(pending.map((p) => p.kind)), keys: new Map() };
    pending = [];
    groups.push(group);
    return group;
  };
  const open = (): TableGroup | undefined => (current && current.headerRow === undefined ? current : undefined);
  for (const label of labels) {
    const isHeader = HEADER_KINDS.has(label.kind);
    if (isHeader && !headerRows.has(label.r)) {
      // A column word outside the indicator header (分值 over 预算执行率): kept, but it starts nothing.
      current?.labels.push(label);
      continue;
    }
    if (isHeader) {
      if (!current || (current.headerRow !== undefined && current.headerRow !== label.r)) current = start(label);
      current.headerRow = label.r;
      current.labels.push(label);
      continue;
    }
    const table = open();
    if (!PART_KINDS.has(label.kind)) {
      // Title, unit name and amount unit: inside a table that has not reached its indicators, or above the next.
      if (table && !(label.kind === 'title' && table.kinds.has('title'))) {
        table.preamble.push(label);
        table.kinds.add(label.kind);
      } else pending.push(label);
      continue;
    }
    const key = `${label.kind}:${label.key ?? ''}`;
    // The same part twice on one row is two halves side by side (中期 | 年度), not the next table.
    const seenRow = table?.keys.get(key);
    if (table && !(ONCE.has(label.kind) && seenRow !== undefined && seenRow !== label.r)) {
      table.labels.push(label);
      table.kinds.add(label.kind);
      if (seenRow === undefined) table.keys.set(key, label.r);
    } else if (ANCHORS.has(label.kind)) {
      current = start(label);
      current.labels.push(label);
      current.kinds.add(label.kind);
      current.keys.set(key, label.r);
    }
    // A 年度目标 block under a 长期 block's indicators waits for its own indicator header.
    else if (label.kind === 'goals' && PERIOD_YEAR_KEYS.has(label.key ?? '')) pending.push(label);
    // Else a 绩效目标 or 资金用途 outside any table: prose, not a part of one.
  }
  return groups;
}

/** Rows that hold an indicator header: at least three of its column labels, one of them 三级 or 指标值. */
function indicatorHeaderRows(labels: readonly Label[]): Set<number> {
  const byRow = new Map<number, Set<LabelKind>>();
  for (const label of labels) {
    if (!HEADER_KINDS.has(label.kind)) continue;
    const kinds = byRow.get(label.r) ?? new Set<LabelKind>();
    kinds.add(label.kind);
    byRow.set(label.r, kinds);
  }
  const rows = new Set<number>();
  const core: LabelKind[] = ['level1', 'level2', 'level3', 'description', 'target', 'basis'];
  for (const [row, kinds] of byRow) {
    if (core.filter((k) => kinds.has(k)).length >= 3 && (kinds.has('level3') || kinds.has('target'))) rows.add(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Reading one table

interface Value {
  raw: CellRaw;
  r: number;
  c: number;
}

interface TableReader {
  sheet: SheetCells;
  cells: Record<string, string>;
  findings: Finding[];
  project: () => string;
  bottom: number;
}

function readTable(sheet: SheetCells, group: TableGroup, bottom: number, findings: Finding[]): TargetTable {
  const cells: Record<string, string> = {};
  const project: Project = {
    unitCode: '',
    unitName: '',
    year: 0,
    amountUnit: '万元',
    code: '',
    name: '',
    budget: { total: null, fiscal: null, other: null },
    fundUse: '',
    spendPlan: [],
    goals: '',
    indicators: [],
  };
  const reader: TableReader = { sheet, cells, findings, project: () => project.code || project.name, bottom };
  const before = findings.length;
  const all = [...group.preamble, ...group.labels];
  const firstOfKind = new Map<LabelKind, Label>();
  for (const label of all) if (!firstOfKind.has(label.kind)) firstOfKind.set(label.kind, label);
  const first = (kind: LabelKind): Label | undefined => firstOfKind.get(kind);
  let lastRow = Math.max(...all.map((l) => l.rect.r1));

  // Identity
  const code = first('code');
  if (code) {
    const v = valueOf(sheet, code);
    cells.code = a1(v.r, v.c);
    project.code = normalizeCode(v.raw);
  }
  const name = first('name');
  if (name) {
    const v = valueOf(sheet, name);
    cells.name = a1(v.r, v.c);
    project.name = textOf(v.raw);
  }
  let codeSource: 'field' | 'name' | undefined = code && project.code !== '' ? 'field' : undefined;
  if (project.code === '' && project.name !== '') {
    const split = codeInName(project.name);
    if (split) {
      project.code = split.code;
      project.name = split.name;
      if (!cells.code) cells.code = cells.name ?? '';
      codeSource = 'name';
    }
  }
  const unit = first('unitName') ?? first('unitLabel');
  if (unit) {
    const v = unit.kind === 'unitName' ? { raw: sheet.raw(unit.r, unit.c), r: unit.r, c: unit.c } : valueOf(sheet, unit);
    const text = textOf(v.raw);
    const match = /^(?:(?:预算)?单位(?:名称)?[:：])?\s*(\d{6})\s*(.*)$/.exec(text.normalize('NFKC'));
    cells.unit = a1(v.r, v.c);
    project.unitCode = match?.[1] ?? '';
    project.unitName = (match ? match[2] ?? '' : text).trim();
  }
  const title = first('title');
  if (title) cells.title = a1(title.r, title.c);
  const year = /(20\d{2})\s*年/.exec(title ? sheet.text(title.r, title.c) : '') ?? null;
  const nameYear = /(20\d{2})\s*年/.exec(project.name);
  if (year) {
    project.year = Number(year[1]);
    cells.year = cells.title ?? '';
  } else if (nameYear) {
    project.year = Number(nameYear[1]);
    if (cells.name) cells.year = cells.name;
  }

  // Budget
  const stated = all.find((l) => l.unit !== undefined);
  if (stated?.unit) {
    project.amountUnit = stated.unit;
    cells.amountUnit = a1(stated.r, stated.c);
  }
  // 中期 | 年度 halves side by side: the budget labels left of the 年度 total are the 中期 half's.
  const longTotal = first('totalLong');
  const yearTotal = longTotal ? all.find((l) => l.kind === 'total' && l.c > longTotal.c && Math.abs(l.r - longTotal.r) <= 1) : undefined;
  const inLongHalf = (l: Label): boolean =>
    longTotal !== undefined && yearTotal !== undefined && BUDGET_ROWS.has(l.kind) && l.c < yearTotal.c && l.r >= longTotal.r && l.r <= longTotal.r + 6;
  const yearLabels = longTotal ? all.filter((l) => !inLongHalf(l)) : all;
  const matrix = readBudgetMatrix(sheet, yearLabels);
  readBudgetFields(reader, yearLabels, matrix, project, project.budget, 'budget');
  let longTerm: PeriodPart | undefined;
  /** Where the 中期 half's indicator values are (`indicators.0.target` …), apart from the year's. */
  const longCells: Record<string, string> = {};
  if (longTotal) {
    longTerm = { goals: '', budget: { total: null, fiscal: null, other: null }, indicators: [] };
    const longLabels = [{ ...longTotal, kind: 'total' as LabelKind }, ...all.filter((l) => inLongHalf(l) && l.kind !== 'total')];
    readBudgetFields(reader, longLabels, undefined, project, longTerm.budget, 'longTerm.budget');
  }
  const execution = readExecution(sheet, yearLabels, matrix, cells);
  project.fundUse = readFundUse(reader, all);

  // Spend plan
  const spend = first('spend');
  if (spend) {
    cells.spendPlan = a1(spend.r, spend.c);
    const plan = readSpendPlan(reader, spend);
    project.spendPlan = plan.checkpoints;
    lastRow = Math.max(lastRow, plan.lastRow);
  }

  // Goals; a 中期/长期 goal is its period's
  const goals = first('goals');
  if (goals) {
    const read = readGoals(sheet, goals);
    if (read.cell) cells.goals = read.cell;
    project.goals = read.text;
  }
  const goalsLong = first('goalsLong');
  if (goalsLong) {
    longTerm ??= { goals: '', budget: { total: null, fiscal: null, other: null }, indicators: [] };
    const read = readGoals(sheet, goalsLong);
    if (read.cell) cells['longTerm.goals'] = read.cell;
    longTerm.goals = read.text;
  }

  // Indicators
  let selfEval: SelfEvaluation | undefined;
  const headerLabels = group.headerRow === undefined ? [] : group.labels.filter((l) => l.r === group.headerRow);
  const family = familyOf({
    kinds: new Set<string>([...group.kinds, ...all.map((l) => l.kind)]),
    title: title ? normalizeLabel(sheet.text(title.r, title.c)) : '',
    halfYear: headerLabels.some((l) => l.kind === 'actual' && /^1-\d{1,2}月|半年|6月底/.test(normalizeLabel(sheet.text(l.r, l.c)))),
  });
  const unmapped: string[] = [];
  if (group.headerRow !== undefined) {
    // 中期 | 年度 indicator halves side by side: a column named twice starts the second half.
    const halves = splitHalves(headerLabels, goalsLong !== undefined && goals !== undefined && goalsLong.c > goals.c);
    const headers = halves?.year ?? headerLabels;
    if (halves) {
      longTerm ??= { goals: '', budget: { total: null, fiscal: null, other: null }, indicators: [] };
      const scratch: Project = { ...project, indicators: [] };
      readIndicators({ ...reader, cells: longCells, findings: [] }, halves.long, scratch, family);
      longTerm.indicators = scratch.indicators;
    }
    unmapped.push(...unmappedHeaders(sheet, group.headerRow, headerLabels));
    // Kept as data (table.unmapped), not as findings: PerfTable's own 自评/监控 sheets have columns of their own.
    const read = readIndicators(reader, headers, project, family);
    selfEval = read.selfEval;
    lastRow = Math.max(lastRow, read.lastRow);
    const weightLabel = all.find((l) => l.kind === 'weight' && l.r < (group.headerRow ?? 0));
    const executionWeight = weightLabel ? readExecutionWeight(sheet, weightLabel, group.headerRow) : undefined;
    if (executionWeight) {
      selfEval = { ...(selfEval ?? {}), executionWeight: executionWeight.raw };
      cells.executionWeight = a1(executionWeight.r, executionWeight.c);
    }
  } else {
    const anchor = code ?? name ?? all[0];
    findings.push(at(reader, anchor ? a1(anchor.r, anchor.c) : 'A1', 'header', 'READ_NO_INDICATOR_HEADER'));
  }

  if (execution) selfEval = { ...(selfEval ?? {}), execution };
  if (longTerm) {
    project.longTerm = longTerm;
    for (const [key, cell] of Object.entries(longCells)) cells[`longTerm.${key}`] = cell;
    if (goalsLong && /长期/.test(goalsLong.key ?? '')) longTerm.label = '长期';
  }
  const range = tableRange(sheet, group.top, Math.min(lastRow, bottom), Object.values(cells));
  cells.table = range.split(':')[0] ?? 'A1';
  for (const f of findings.slice(before)) f.family = family.name;
  const unreadable = [...new Set(findings.slice(before).flatMap((f) => (f.field ? [f.field] : [])))];
  const table: TargetTable = { project, cells, range, unreadable, family, unmapped };
  if (selfEval) table.selfEval = selfEval;
  if (codeSource) table.codeSource = codeSource;
  return table;
}

function at(reader: TableReader, cell: string, field: string, code: CheckCode, params: Params = {}): Finding {
  return finding({ sheet: reader.sheet.name, cell, field, project: reader.project() }, code, params);
}

/**
 * 预算数 and its parts into `budget`: a matrix gives each row label its amount in the budget column,
 * elsewhere each label its value. 预算数 is one amount (the first written of its labels); the parts
 * add up (本级财政资金 + 上级资金). Cells go under `prefix` (`budget.total`).
 */
function readBudgetFields(reader: TableReader, labels: readonly Label[], matrix: BudgetMatrix | undefined, project: Project, budget: Budget, prefix: string): void {
  const { sheet, cells, findings } = reader;
  const labelTexts: Record<BudgetField, string> = { total: '预算数', fiscal: '财政资金', other: '其他资金', carryOver: '上年结转' };
  const hasTotal = labels.some((l) => l.kind === 'total');
  for (const field of ['total', 'fiscal', 'other', 'carryOver'] as const) {
    const sources: Value[] = matrix
      ? matrix.rows.filter((row) => row.field === field).map((row) => ({ raw: sheet.raw(row.r, matrix.budgetColumn), r: row.r, c: matrix.budgetColumn }))
      : labels.filter((l) => l.kind === field || (field === 'total' && l.kind === 'totalInitial' && !hasTotal)).map((l) => valueOf(sheet, l));
    if (sources.length === 0) continue;
    const taken = field === 'total' ? [sources.find((v) => readAmount(v.raw).kind !== 'blank') ?? sources[0]!] : sources;
    cells[`${prefix}.${field}`] = a1(taken[0]!.r, taken[0]!.c);
    let sum: number | null = null;
    for (const v of taken) {
      const address = a1(v.r, v.c);
      const amount = readAmount(v.raw);
      if (amount.kind === 'unreadable') {
        findings.push(at(reader, address, `${prefix}.${field}`, 'READ_AMOUNT_UNREADABLE', { label: labelTexts[field], found: textOf(v.raw) }));
        sum = null;
        break;
      }
      if (amount.kind === 'blank') continue;
      let value = amount.value;
      if (amount.unit) {
        // An amount that names its own unit: the table's unit when none is stated, else converted to it.
        if (!cells.amountUnit) {
          project.amountUnit = amount.unit;
          cells.amountUnit = address;
        } else if (amount.unit !== project.amountUnit) value = project.amountUnit === '万元' ? value / 10000 : value * 10000;
      }
      sum = (sum ?? 0) + value;
    }
    budget[field] = sum === null ? null : Math.round(sum * 1e6) / 1e6;
  }
}

/** A goals label's text: after its colon, beside it (on every row it spans), else in the cell under it. */
function readGoals(sheet: SheetCells, label: Label): { text: string; cell?: string } {
  if (label.inline !== undefined) return { text: label.inline, cell: a1(label.r, label.c) };
  const texts: string[] = [];
  let cell: string | undefined;
  for (let r = label.rect.r0; r <= label.rect.r1; r++) {
    const v = valueOf(sheet, { ...label, r, rect: { ...label.rect, r0: r, r1: r } });
    if (r === label.rect.r0) cell = a1(v.r, v.c);
    const text = textOf(v.raw);
    if (text !== '') texts.push(text);
  }
  const below = label.rect.r1 + 1;
  if (texts.length === 0 && below < sheet.height && sheet.text(below, label.c) !== '' && !sheet.label(below, label.c)) {
    return { text: sheet.text(below, label.c), cell: a1(below, label.c) };
  }
  return cell === undefined ? { text: texts.join('\n') } : { text: texts.join('\n'), cell };
}

/**
 * An indicator header with 二级/三级/指标值 twice (中期 | 年度 side by side): the 年度 half's columns
 * and the other half's, the 一级 column shared. `yearFirst` when the 年度 half is the left one.
 */
function splitHalves(headers: readonly Label[], yearFirst: boolean): { year: Label[]; long: Label[] } | undefined {
  if (headers.filter((h) => h.kind === 'target' || h.kind === 'level3').length <= 2 && headers.filter((h) => h.kind === 'level2').length <= 1) {
    if (headers.filter((h) => h.kind === 'target').length <= 1 && headers.filter((h) => h.kind === 'level3').length <= 1) return undefined;
  }
  const sorted = [...headers].sort((a, b) => a.c - b.c);
  const seen = new Set<LabelKind>();
  let split: number | undefined;
  for (const h of sorted) {
    if (seen.has(h.kind) && (h.kind === 'level2' || h.kind === 'level3' || h.kind === 'target')) {
      split = h.c;
      break;
    }
    seen.add(h.kind);
  }
  if (split === undefined) return undefined;
  const firstHalfStart = Math.min(...sorted.filter((h) => h.kind === 'level2' || h.kind === 'level3' || h.kind === 'target').map((h) => h.c));
  const shared = sorted.filter((h) => h.c < firstHalfStart);
  const left = sorted.filter((h) => h.c >= firstHalfStart && h.c < (split ?? 0));
  const right = sorted.filter((h) => h.c >= (split ?? 0));
  return yearFirst ? { year: [...shared, ...left], long: [...shared, ...right] } : { year: [...shared, ...right], long: [...shared, ...left] };
}

// ---------------------------------------------------------------------------------------------
// Budget matrix and execution (自评表, 监控表)

interface BudgetMatrix {
  /** The column of 全年预算数 (else 年初预算数, else the first amount column). */
  budgetColumn: number;
  columns: Partial<Record<'totalInitial' | 'total' | 'spent' | 'rate' | 'forecast' | 'weight' | 'score', number>>;
  rows: Array<{ field: BudgetField; r: number }>;
  headerRow: number;
}

const MATRIX_COLUMNS = new Set<LabelKind>(['totalInitial', 'total', 'spent', 'rate', 'forecast', 'weight', 'score']);
const BUDGET_ROWS = new Set<LabelKind>(['total', 'fiscal', 'other', 'carryOver']);

/**
 * A budget laid out as a matrix: a row of column labels (年初预算数 | 全年预算数 | 全年执行数 | 分值 |
 * 执行率 | 得分) over rows named by budget parts (年度资金总额, 其中：当年财政拨款, 上年结转资金 …).
 */
function readBudgetMatrix(sheet: SheetCells, all: readonly Label[]): BudgetMatrix | undefined {
  if (!all.some((l) => l.kind === 'spent' || l.kind === 'rate' || l.kind === 'totalInitial' || l.kind === 'forecast')) return undefined;
  const byRow = new Map<number, Label[]>();
  for (const l of all) if (MATRIX_COLUMNS.has(l.kind)) byRow.set(l.r, [...(byRow.get(l.r) ?? []), l]);
  for (const [r, labels] of [...byRow].sort((a, b) => a[0] - b[0])) {
    if (!labels.some((l) => l.kind === 'spent' || l.kind === 'rate' || l.kind === 'totalInitial' || l.kind === 'forecast')) continue;
    const rowLabels = all.filter((l) => BUDGET_ROWS.has(l.kind) && l.r > r && l.r <= r + 8);
    if (rowLabels.length === 0) continue;
    const left = Math.max(...rowLabels.map((l) => l.rect.c1));
    const headers = labels.filter((l) => l.c > left);
    if (headers.length < 2) continue;
    const columns: BudgetMatrix['columns'] = {};
    for (const h of headers) {
      const kind = h.kind as keyof BudgetMatrix['columns'];
      if (columns[kind] === undefined) columns[kind] = h.c;
    }
    const budgetColumn = columns.total ?? columns.totalInitial ?? Math.min(...headers.map((h) => h.c));
    const rows = rowLabels.filter((l) => l.c <= left).map((l) => ({ field: l.kind as BudgetField, r: l.r }));
    void sheet;
    return { budgetColumn, columns, rows, headerRow: r };
  }
  return undefined;
}

/** The 预算执行 block: from the matrix's 预算数 row, else from labels beside their values. */
function readExecution(sheet: SheetCells, all: readonly Label[], matrix: BudgetMatrix | undefined, cells: Record<string, string>): ExecutionBlock | undefined {
  if (!matrix && !all.some((l) => l.kind === 'spent' || l.kind === 'rate' || l.kind === 'forecast' || l.kind === 'execution')) return undefined;
  const out: ExecutionBlock = {};
  const points = all.find((l) => (l.kind === 'execution' || l.kind === 'rate') && l.points !== undefined)?.points;
  if (points !== undefined) out.points = points;
  const put = (key: 'budget' | 'spent' | 'rate' | 'forecast' | 'weight' | 'score', v: Value | undefined): void => {
    if (!v) return;
    out[key] = v.raw;
    cells[`execution.${key}`] = a1(v.r, v.c);
  };
  if (matrix) {
    const row = (matrix.rows.find((x) => x.field === 'total') ?? matrix.rows[0])?.r ?? matrix.headerRow + 1;
    const at = (c: number | undefined): Value | undefined => (c === undefined ? undefined : { raw: sheet.raw(row, c), r: row, c });
    put('budget', at(matrix.budgetColumn));
    put('spent', at(matrix.columns.spent));
    put('rate', at(matrix.columns.rate));
    put('forecast', at(matrix.columns.forecast));
    put('weight', at(matrix.columns.weight));
    put('score', at(matrix.columns.score));
  } else {
    for (const key of ['spent', 'rate', 'forecast'] as const) {
      const label = all.find((l) => l.kind === key);
      if (label) put(key, valueOf(sheet, label));
    }
    if (out.spent !== undefined || out.rate !== undefined) {
      const total = all.find((l) => l.kind === 'total');
      if (total) put('budget', valueOf(sheet, total));
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A label's value: written after a colon in the label's cell; else the first filled cell to its
 * right before the next label (blank cells between are skipped: merged-looking layouts leave
 * them); else, where the whole row is labels (a header row over a row of values), the cell below.
 * A blank value is reported at the first cell after the label, where it should have been.
 */
function valueOf(sheet: SheetCells, label: Label): Value {
  if (label.inline !== undefined) return { raw: label.inline, r: label.r, c: label.c };
  const r = label.r;
  const slot = label.rect.c1 + 1;
  for (let c = slot; c < sheet.width; c++) {
    if (sheet.covered(r, c)) continue;
    if (sheet.text(r, c) === '') continue;
    if (sheet.isStopLabel(r, c)) break;
    return { raw: sheet.raw(r, c), r, c };
  }
  if (rowIsLabels(sheet, r)) {
    const below = label.rect.r1 + 1;
    if (below < sheet.height && !sheet.isStopLabel(below, label.c)) return { raw: sheet.raw(below, label.c), r: below, c: label.c };
  }
  return { raw: null, r, c: Math.min(slot, Math.max(sheet.width - 1, slot)) };
}

/**
 * A row of labels over a row of values: labels side by side, nothing else. A blank cell between
 * two labels is a value slot (`项目编码 | ␣ | 项目名称 | ␣`): that row holds its own (blank) values,
 * and reading below would take the next row's cells for them.
 */
function rowIsLabels(sheet: SheetCells, r: number): boolean {
  let labels = 0;
  let gap = false;
  for (let c = 0; c < sheet.width; c++) {
    if (sheet.covered(r, c)) continue;
    if (sheet.text(r, c) === '') {
      if (labels > 0) gap = true;
      continue;
    }
    if (!sheet.isStopLabel(r, c) || gap) return false;
    labels++;
  }
  return labels >= 2;
}

function textOf(raw: CellRaw): string {
  if (raw === null) return '';
  if (typeof raw === 'number') return Number.isFinite(raw) ? formatNumber(raw) : String(raw);
  return String(raw).trim();
}

/** Full-width characters and spaces are transcription noise; the case is kept for the check. */
function normalizeCode(raw: CellRaw): string {
  return textOf(raw).normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

type Amount = { kind: 'blank' } | { kind: 'unreadable' } | { kind: 'number'; value: number; unit?: AmountUnit };

/** `17.00`, `1,093.50`, `17万元`, `170000元`, `(17.00)`, a number; `—`, `/` and `无` are blank (= 0). */
export function readAmount(raw: CellRaw): Amount {
  if (raw === null) return { kind: 'blank' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'unreadable' };
  if (typeof raw !== 'string') return { kind: 'unreadable' };
  const text = raw.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '').replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1');
  if (text === '' || /^(?:[-—–―/\\]+|无)$/.test(text)) return { kind: 'blank' };
  const match = /^(\()?([+-]?(?:\d+(?:\.\d*)?|\.\d+))(\))?(万元|元|万)?$/.exec(text);
  if (!match || Boolean(match[1]) !== Boolean(match[3])) return { kind: 'unreadable' };
  const value = Number(match[2]) * (match[1] ? -1 : 1);
  if (!Number.isFinite(value)) return { kind: 'unreadable' };
  const unit = match[4] === '元' ? '元' : match[4] ? '万元' : undefined;
  return unit ? { kind: 'number', value, unit } : { kind: 'number', value };
}

/** The text beside 预算规模及资金用途 (on the rows its label spans), or after a 资金用途 label. */
function readFundUse(reader: TableReader, all: readonly Label[]): string {
  const { sheet, cells } = reader;
  const explicit = all.find((l) => l.kind === 'fundUse');
  if (explicit) {
    const v = valueOf(sheet, explicit);
    cells.fundUse = a1(v.r, v.c);
    return textOf(v.raw);
  }
  const section = all.find((l) => l.kind === 'fundUseSection');
  const budgetRow = all.find((l) => l.kind === 'total')?.rect.r1;
  if (!section && budgetRow === undefined) return '';
  // Word drops the vertical merge of the section label: its text row then follows the budget row.
  const from = section ? section.r + 1 : (budgetRow ?? 0) + 1;
  const to = section ? Math.max(section.rect.r1, (budgetRow ?? section.r) + 1) : from;
  const left = section ? section.rect.c1 + 1 : 0;
  const texts: string[] = [];
  for (let r = from; r <= Math.min(to, reader.bottom); r++) {
    let hasLabel = false;
    const row: Array<[string, number]> = [];
    for (let c = left; c < sheet.width; c++) {
      if (sheet.covered(r, c) || sheet.text(r, c) === '') continue;
      if (sheet.label(r, c)) hasLabel = true;
      row.push([sheet.text(r, c), c]);
    }
    if (hasLabel) break;
    for (const [text, c] of row) {
      if (typeof sheet.raw(r, c) !== 'string') continue;
      if (!cells.fundUse) cells.fundUse = a1(r, c);
      texts.push(text);
    }
  }
  if (!cells.fundUse && section) cells.fundUse = a1(section.r + 1, left);
  return texts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Spend plan

const QUARTER: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/** A checkpoint label as a month: `3月底`, `10月末`, `三月底`, `第一季度末`, `上半年`, `全年`. */
export function readCheckpointMonth(raw: CellRaw): number | undefined {
  if (raw === null || typeof raw === 'boolean') return undefined;
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1 && raw <= 12 ? raw : undefined;
  const text = normalizeLabel(raw).replace(/^(?:截至|截止|至)/, '').replace(/(?:累计)?(?:支出)?(?:进度)?(?:\(%\))?$/, '');
  if (text === '') return undefined;
  const quarter = /^第?([一二三四1-4])季度(?:末|底)?$/.exec(text);
  if (quarter) return QUARTER[quarter[1] ?? ''];
  if (/^上半年(?:末|底)?$/.test(text)) return 6;
  if (/^(?:全年|年底|年末|下半年(?:末|底)?)$/.test(text)) return 12;
  const chinese = /^(十[一二]?|[一二三四五六七八九])月(?:底|末|份)?$/.exec(text);
  if (chinese) {
    const n = chinese[1] ?? '';
    return n.startsWith('十') ? 10 + ['', '一', '二'].indexOf(n.slice(1)) : '一二三四五六七八九'.indexOf(n) + 1;
  }
  if (!/月/.test(text)) return undefined;
  const month = readMonth(text);
  return month.ok ? month.value : undefined;
}

interface SpendRead {
  checkpoints: SpendCheckpoint[];
  lastRow: number;
}

function readSpendPlan(reader: TableReader, label: Label): SpendRead {
  const { sheet, cells, findings } = reader;
  // Months on the label's row, else on the row under a label that heads the block.
  let months = checkpointCells(sheet, label.r, label.rect.c1 + 1);
  if (months.length === 0 && label.rect.r1 + 1 <= reader.bottom) months = checkpointCells(sheet, label.rect.r1 + 1, label.c);
  if (months.length === 0) {
    findings.push(at(reader, a1(label.r, label.c), 'spendPlan', 'READ_SPEND_PLAN_UNREADABLE'));
    return { checkpoints: [], lastRow: label.rect.r1 };
  }
  const monthRow = months[0]?.r ?? label.r;
  const valueRow = Math.max(...months.map((m) => sheet.rect(m.r, m.c).r1)) + 1;
  const read: Array<{ month: number; monthCell: string; cell: string; value: PercentCell; text: string }> = [];
  for (const m of months) {
    if (m.month === undefined) {
      const below = valueRow <= reader.bottom ? sheet.text(valueRow, m.c) : '';
      if (below !== '') findings.push(at(reader, a1(m.r, m.c), 'spendPlan', 'READ_MONTH_UNREADABLE', { found: sheet.text(m.r, m.c) }));
      continue;
    }
    const raw = valueRow <= reader.bottom ? sheet.raw(valueRow, m.c) : null;
    read.push({ month: m.month, monthCell: a1(m.r, m.c), cell: a1(valueRow, m.c), value: readPercentCell(raw), text: textOf(raw) });
  }
  // One scale for the whole plan, as core/score/spend-plan reads it: plain numbers are fractions
  // when none is above 1 (Excel stores 25% as 0.25), whole percents otherwise.
  const plain = read.flatMap((r) => (r.value.kind === 'plain' ? [r.value.value] : []));
  const scale = plain.length > 0 && plain.every((v) => Math.abs(v) <= 1) ? 100 : 1;
  const checkpoints: SpendCheckpoint[] = [];
  for (const r of read) {
    const where = `${r.month}月底`;
    if (r.value.kind === 'blank') {
      findings.push(at(reader, r.cell, 'spendPlan', 'SPEND_PLAN_VALUE_MISSING', { label: where }));
      continue;
    }
    if (r.value.kind === 'unreadable') {
      findings.push(at(reader, r.cell, 'spendPlan', 'READ_PERCENT_UNREADABLE', { label: where, found: r.text }));
      continue;
    }
    const index = checkpoints.length;
    checkpoints.push({ month: r.month, percent: r.value.kind === 'plain' ? roundPercent(r.value.value * scale) : r.value.value });
    cells[`spendPlan.${index}`] = r.cell;
    cells[`spendPlan.${index}.month`] = r.monthCell;
  }
  return { checkpoints, lastRow: Math.max(monthRow, valueRow) };
}

/** 0.35 × 100 is 35.00000000000001 in floating point; a plan is never finer than 1e-9 %. */
function roundPercent(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function checkpointCells(sheet: SheetCells, r: number, from: number): Array<{ r: number; c: number; month?: number }> {
  if (r < 0 || r >= sheet.height) return [];
  const out: Array<{ r: number; c: number; month?: number }> = [];
  let found = 0;
  for (let c = from; c < sheet.width; c++) {
    if (sheet.covered(r, c) || sheet.text(r, c) === '') continue;
    if (sheet.isStopLabel(r, c)) break;
    const month = readCheckpointMonth(sheet.raw(r, c));
    if (month !== undefined) found++;
    out.push(month === undefined ? { r, c } : { r, c, month });
  }
  return found > 0 ? out : [];
}

type PercentCell = { kind: 'blank' } | { kind: 'unreadable' } | { kind: 'plain' | 'percent'; value: number };

function readPercentCell(raw: CellRaw): PercentCell {
  if (raw === null) return { kind: 'blank' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'plain', value: raw } : { kind: 'unreadable' };
  if (typeof raw !== 'string') return { kind: 'unreadable' };
  const text = raw.normalize('NFKC').replace(/[\s,]/g, '');
  if (text === '') return { kind: 'blank' };
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(%|百分比)?$/.exec(text);
  if (!match) return { kind: 'unreadable' };
  return { kind: match[2] ? 'percent' : 'plain', value: Number(match[1]) };
}

// ---------------------------------------------------------------------------------------------
// Indicator rows

/** A row whose first text starts like this is a note or a signature under the table: the table ends. */
/** First-column words that end an indicator table: notes, signatures, and a self-evaluation's 合计 row. */
const TABLE_END = /^(?:注|说明|备注|填表|填报|审核|联系|制表|单位负责人|负责人|财务负责人|项目负责人|合计|总计|总分|小计)/;
const KNOWN_LEVEL1 = /^(?:产出|效益|满意度?|成本|项目完成|项目效益|项目产出|社会公众或服务对象满意度|服务对象满意度)(?:指标)?$/;

const COLUMN_NAMES: Partial<Record<HeaderKind, string>> = {
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  basis: '指标值确定依据',
};

function readIndicators(reader: TableReader, headers: readonly Label[], project: Project, family: FormFamily): { selfEval?: SelfEvaluation; lastRow: number } {
  const { sheet, cells, findings } = reader;
  const column: Partial<Record<HeaderKind, number>> = {};
  for (const h of headers) {
    const kind = h.kind as HeaderKind;
    if (column[kind] === undefined) column[kind] = h.c;
  }
  const headerCell = headers[0] ? a1(headers[0].r, headers[0].c) : 'A1';
  cells.header = headerCell;
  if (column.target === undefined) findings.push(at(reader, headerCell, 'header', 'READ_TARGET_COLUMN_MISSING'));
  // A column is missing only where the family's form has it: 监控表 trees have two levels, most forms no 依据.
  const expected = [...(family.kind === 'monitor' ? (['level1', 'level3'] as const) : (['level1', 'level2', 'level3'] as const)), ...(family.parts.basis ? (['basis'] as const) : [])];
  for (const kind of expected) {
    if (column[kind] === undefined) findings.push(at(reader, headerCell, 'header', 'READ_COLUMN_MISSING', { column: COLUMN_NAMES[kind] ?? kind }));
  }
  const firstRow = Math.max(...headers.map((h) => h.rect.r1)) + 1;
  const indicatorColumns = (['level1', 'level2', 'level3', 'description', 'target', 'operator', 'unitColumn', 'basis'] as const).flatMap((k) => (column[k] === undefined ? [] : [column[k]]));
  const firstColumn = Math.min(...indicatorColumns);
  const valueColumns = (['level3', 'description', 'target', 'operator', 'unitColumn', 'basis'] as const).flatMap((k) => (column[k] === undefined ? [] : [column[k]]));
  const self: SelfEvaluation = {};
  if (column.weight !== undefined) self.weights = [];
  if (column.score !== undefined) self.scores = [];
  if (column.actual !== undefined) self.actuals = [];

  /** A cell of this row: its value, through a merge only when the merge starts below the header. */
  const cell = (r: number, kind: HeaderKind): CellRead | undefined => {
    const c = column[kind];
    if (c === undefined) return undefined;
    const rect = sheet.rect(r, c);
    if (rect.r0 < firstRow) return { text: '', raw: null, address: a1(r, c), written: false };
    return { text: sheet.text(r, c), raw: sheet.raw(r, c), address: a1(rect.r0, rect.c0), written: rect.r0 === r };
  };

  let level1 = { text: '', address: '' };
  let level2 = { text: '', address: '' };
  let lastRow = firstRow - 1;
  for (let r = firstRow; r <= reader.bottom; r++) {
    const firstText = firstTextOf(sheet, r);
    if (firstText === undefined) continue;
    // A note ends the table only where a row starts (`注：…` under the table), not as a remark in a cell to the right.
    if ((firstText.c <= firstColumn && TABLE_END.test(normalizeLabel(firstText.text))) || rowHasTableLabel(sheet, r)) {
      // A 自评表's 合计/总分 row: its 得分 is the entered total.
      if (column.score !== undefined && /^(?:合计|总计|总分)/.test(normalizeLabel(firstText.text))) {
        const totalCell = sheet.rect(r, column.score);
        self.total = sheet.raw(totalCell.r0, totalCell.c0);
        cells.total = a1(totalCell.r0, totalCell.c0);
        lastRow = r;
      }
      break;
    }
    const l1 = decorated(cell(r, 'level1'), levelName);
    const l2 = decorated(cell(r, 'level2'), levelName);
    const l3 = decorated(cell(r, 'level3'), indicatorName);
    const description = cell(r, 'description');
    const target = cell(r, 'target');
    const operator = cell(r, 'operator');
    const unitCell = cell(r, 'unitColumn');
    const basis = cell(r, 'basis');
    const filled = [l2, l3, description, target, basis].some((x) => x !== undefined && x.text !== '');
    const inColumns = indicatorColumns.some((c) => sheet.text(r, c) !== '');
    // A footnote under the table: one text merged across the indicator columns, after the rows.
    if (project.indicators.length > 0 && isFootnote(sheet, r, indicatorColumns)) break;
    if (!inColumns) {
      // Text only outside the indicator columns (a remark to the right): not an indicator, but not silently dropped.
      findings.push(at(reader, a1(r, firstText.c), `row.${r + 1}`, 'READ_ROW_UNREADABLE', { found: clip(firstText.text) }));
      continue;
    }
    // Template leftovers (`指标2：` alone, `/` in every cell): skipped, neither read nor reported.
    if (isPlaceholderRow(sheet, r, valueColumns)) continue;
    if (!filled && !(l1 && KNOWN_LEVEL1.test(normalizeLabel(l1.text)))) {
      findings.push(at(reader, a1(r, firstText.c), `row.${r + 1}`, 'READ_ROW_UNREADABLE', { found: clip(firstText.text) }));
      continue;
    }
    // Merged 一级/二级 cells: Excel keeps the value in the top cell (the merge gives it to us); Word
    // text leaves the cells below blank, so a blank 一级 repeats the one above. A blank 二级 repeats
    // the one above only inside the same 一级 group.
    let newLevel1 = false;
    if (l1 && l1.text !== '') {
      newLevel1 = l1.written && l1.address !== level1.address;
      level1 = { text: l1.text, address: l1.address };
    }
    if (l2 && l2.text !== '') level2 = { text: l2.text, address: l2.address };
    else if (newLevel1 || !l2) level2 = { text: '', address: l2?.address ?? '' };

    const index = project.indicators.length;
    const row: IndicatorRow = {
      level1: level1.text,
      level2: level2.text,
      level3: l3?.text ?? '',
      description: description?.text ?? '',
      // Split columns (指标性质 | 指标值 | 度量单位) are one 指标值: `≤` `70` `万元` → `≤70万元`.
      target: joinTarget(operator?.text ?? '', target?.text ?? '', unitCell?.text ?? ''),
      basis: basis?.text ?? '',
    };
    project.indicators.push(row);
    const base = `indicators.${index}`;
    cells[base] = a1(r, firstColumn);
    if (l1) cells[`${base}.level1`] = level1.address || l1.address;
    if (l2) cells[`${base}.level2`] = level2.address || l2.address;
    if (l3) cells[`${base}.level3`] = l3.address;
    if (description) cells[`${base}.description`] = description.address;
    if (target) cells[`${base}.target`] = target.address;
    if (operator) cells[`${base}.operator`] = operator.address;
    if (unitCell) cells[`${base}.unit`] = unitCell.address;
    if (basis) cells[`${base}.basis`] = basis.address;
    for (const [kind, list] of [
      ['weight', self.weights],
      ['score', self.scores],
      ['actual', self.actuals],
    ] as const) {
      const value = cell(r, kind);
      if (!list || !value) continue;
      list.push(value.raw);
      cells[`${base}.${kind}`] = value.address;
    }
    lastRow = r;
  }
  const hasSelf = self.weights !== undefined || self.scores !== undefined || self.actuals !== undefined || self.total !== undefined;
  return hasSelf ? { selfEval: self, lastRow } : { lastRow };
}

type CellRead = { text: string; raw: CellRaw; address: string; written: boolean };

/** A cell with its text cleaned by `clean` (decorations off a name). */
function decorated(cell: CellRead | undefined, clean: (text: string) => string): CellRead | undefined {
  if (!cell || cell.text === '') return cell;
  const text = clean(cell.text);
  return text === cell.text ? cell : { ...cell, text };
}

/** `产出指标(50分)`, `产出指标（必填）`, `①产出指标` → `产出指标`. */
function levelName(text: string): string {
  // Names repeat on every sheet: cleaned once each (bounded, like the label memo).
  let clean = LEVEL_MEMO.get(text);
  if (clean === undefined) {
    // Only a decorated name changes: a plain one stays as written (spaces and all).
    const key = /[(（【[①-⑳:：]|^\s*\d|必填/.test(text) ? labelKey(text).key : text;
    clean = key === '' ? text : key;
    if (LEVEL_MEMO.size >= LABEL_MEMO_SIZE) LEVEL_MEMO.clear();
    LEVEL_MEMO.set(text, clean);
  }
  return clean;
}

const LEVEL_MEMO = new Map<string, string>();

/** `指标1：培训人次` → `培训人次`; a bare `指标1：` is a placeholder → ''. */
function indicatorName(text: string): string {
  // Only the prefix goes; the name stays as written (full-width brackets and all).
  if (!/^\s*(?:[①-⑳]|指标)/.test(text)) return text;
  return text.replace(/^\s*(?:[①-⑳]\s*|指标\s*[0-9０-９]{1,2}\s*[:：]\s*)/, '').trim();
}

const EMPTY_MARK = /^(?:[/\\—–\-－_]+|无|空)$/;

/** A row the template left: `指标2：` with nothing else, or `/` in every cell beside the 一级 and 二级. */
function isPlaceholderRow(sheet: SheetCells, r: number, columns: readonly number[]): boolean {
  const texts = columns.map((c) => sheet.text(r, c).normalize('NFKC')).filter((t) => t !== '');
  return texts.length > 0 && texts.every((t) => EMPTY_MARK.test(t) || /^指标\s*\d{1,2}\s*:?$/.test(t));
}

/** One text merged across most of the indicator columns: a note, not a row. */
function isFootnote(sheet: SheetCells, r: number, columns: readonly number[]): boolean {
  const first = firstTextOf(sheet, r);
  if (!first) return false;
  const rect = sheet.rect(r, first.c);
  const spanned = columns.filter((c) => c >= rect.c0 && c <= rect.c1).length;
  const others = columns.some((c) => (c < rect.c0 || c > rect.c1) && sheet.text(r, c) !== '');
  return spanned >= 3 && !others && first.text.length > 10;
}

/**
 * A 指标值 from split columns: the operator column's symbol (`≧`, `正向` → `≥`), the value, the unit
 * column's unit. A value that already has its operator or unit keeps it; a text value takes no unit.
 */
export function joinTarget(operator: string, value: string, unit: string): string {
  if (value === '' || EMPTY_MARK.test(value.normalize('NFKC'))) return value === '' ? '' : value;
  const op = operatorOf(operator) ?? '';
  const hasOp = /^[≥≤=<>≧≦＞＜═≠]|^(?:不低于|不高于|不少于|不超过|大于|小于|等于)/.test(value.trim());
  const u = unit.normalize('NFKC').trim();
  const numeric = /\d\s*$/.test(value);
  const withUnit = u !== '' && !EMPTY_MARK.test(u) && numeric && !value.endsWith(u) ? `${value}${u}` : value;
  return op !== '' && !hasOp && !/定性/.test(operator) ? `${op}${withUnit}` : withUnit;
}

function firstTextOf(sheet: SheetCells, r: number): { text: string; c: number } | undefined {
  for (let c = 0; c < sheet.width; c++) {
    if (sheet.covered(r, c)) continue;
    const text = sheet.text(r, c);
    if (text !== '') return { text, c };
  }
  return undefined;
}

/** A row with a part of a table (项目编码 …), a title or a unit line belongs to the next table. */
function rowHasTableLabel(sheet: SheetCells, r: number): boolean {
  for (let c = 0; c < sheet.width; c++) {
    const label = sheet.label(r, c);
    if (label && !HEADER_KINDS.has(label.kind)) return true;
  }
  return false;
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** 预算执行率's 分值: the first value under a 分值 label above the indicator header. */
function readExecutionWeight(sheet: SheetCells, label: Label, headerRow: number | undefined): Value | undefined {
  for (let r = label.rect.r1 + 1; r < (headerRow ?? sheet.height); r++) {
    if (sheet.text(r, label.c) !== '') return { raw: sheet.raw(r, label.c), r, c: label.c };
  }
  return undefined;
}

/**
 * A 项目编码 written inside the 项目名称 cell: `51000021R000000019458-项目名`, `项目名（51000021R…）`.
 * A code starts with two digits and has 15 to 30 letters and digits, most of them digits.
 */
export function codeInName(text: string): { code: string; name: string } | undefined {
  if (!/[0-9０-９]{6}/.test(text)) return undefined;
  const norm = text.normalize('NFKC').trim();
  const isCode = (c: string): boolean => /^\d{2}[0-9A-Za-z]{13,28}$/.test(c) && (c.match(/\d/g)?.length ?? 0) >= c.length * 0.6;
  const before = /^([0-9A-Za-z]{15,30})\s*[-—–_:|\s]\s*(.+)$/.exec(norm);
  if (before && isCode(before[1] ?? '')) return { code: before[1] ?? '', name: (before[2] ?? '').trim() };
  const after = /^(.+?)\s*[([]\s*([0-9A-Za-z]{15,30})\s*[)\]]$/.exec(norm);
  if (after && isCode(after[2] ?? '')) return { code: after[2] ?? '', name: (after[1] ?? '').trim() };
  return undefined;
}

/** Texts on the indicator header row that name no column the reader knows. */
function unmappedHeaders(sheet: SheetCells, r: number, headers: readonly Label[]): string[] {
  const known = new Set(headers.map((h) => h.c));
  const out: string[] = [];
  for (let c = 0; c < sheet.width; c++) {
    if (known.has(c) || sheet.covered(r, c) || sheet.text(r, c) === '') continue;
    // 序号 and the side label of a 绩效指标 block are not columns of an indicator.
    if (/^(?:序号|绩效指标|绩效指标\(.*\)|项目|指标)$/.test(normalizeLabel(sheet.text(r, c)))) continue;
    out.push(a1(r, c));
  }
  return out;
}

/** From the table's top row to its last row read, as wide as its filled cells and the blank value cells it read. */
function tableRange(sheet: SheetCells, top: number, bottom: number, addresses: readonly string[]): string {
  let left = Infinity;
  let right = -1;
  for (const address of addresses) {
    const at = parseA1(address);
    if (!at || at[0] < top || at[0] > bottom || at[1] >= sheet.width) continue;
    left = Math.min(left, at[1]);
    right = Math.max(right, at[1]);
  }
  for (let r = top; r <= bottom; r++) {
    for (let c = 0; c < sheet.width; c++) {
      if (sheet.covered(r, c) || sheet.text(r, c) === '') continue;
      const rect = sheet.rect(r, c);
      left = Math.min(left, c);
      right = Math.max(right, rect.c1);
    }
  }
  if (right < 0) return `${a1(top, 0)}:${a1(Math.max(top, bottom), 0)}`;
  return `${a1(top, left)}:${a1(Math.max(top, bottom), right)}`;
}
