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
import type { AmountUnit, IndicatorRow, Project, SpendCheckpoint } from '../project/types';
import { readMonth } from '../score/month';
import { formatNumber } from '../target/numbers';
import { readDepartmentGrid, type DepartmentText } from './department';
import type { Grid } from './grid';

export type CellRaw = string | number | boolean | null;

/** 分值, 得分 and 完成值 of each indicator row, as written, where the sheet has those columns. */
export interface SelfEvaluation {
  weights?: CellRaw[];
  scores?: CellRaw[];
  actuals?: CellRaw[];
  /** 预算执行率's 分值, read under a 分值 label above the indicator table. */
  executionWeight?: CellRaw;
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
  if (tables.length === 0 && !department && !isList) {
    findings.push(finding({ sheet: grid.sheet, cell: 'A1' }, 'READ_NO_TABLE'));
  }
  return department ? { tables, findings, department } : { tables, findings };
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
        if (info) out.push({ kind: info.kind, inline: info.inline, unit: info.unit, r, c, rect: this.rect(r, c) });
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

type PartKind = 'code' | 'name' | 'total' | 'fiscal' | 'other' | 'carryOver' | 'fundUseSection' | 'fundUse' | 'spend' | 'goals' | 'unitLabel';
type HeaderKind = 'level1' | 'level2' | 'level3' | 'description' | 'target' | 'basis' | 'actual' | 'weight' | 'score';
type PreambleKind = 'title' | 'unitName' | 'amountUnit';
type LabelKind = PartKind | HeaderKind | PreambleKind;

interface LabelInfo {
  kind: LabelKind;
  /** `项目编码：1302…`: the value written in the label's own cell. */
  inline?: string;
  /** The amount unit a label states (`预算数（万元）`, `单位：元`). */
  unit?: AmountUnit;
}

interface Label extends LabelInfo {
  r: number;
  c: number;
  rect: Rect;
}

const PART_KINDS: ReadonlySet<LabelKind> = new Set<LabelKind>(['code', 'name', 'total', 'fiscal', 'other', 'carryOver', 'fundUseSection', 'fundUse', 'spend', 'goals', 'unitLabel']);
const HEADER_KINDS: ReadonlySet<LabelKind> = new Set<LabelKind>(['level1', 'level2', 'level3', 'description', 'target', 'basis', 'actual', 'weight', 'score']);

const UNIT_SUFFIX = '(?:\\((万元|元)\\))?';
/** Labels that may carry their value after a colon in the same cell. */
const VALUE_LABELS: ReadonlyArray<readonly [PartKind, RegExp]> = [
  ['code', /^项目(?:编码|代码|编号)$/],
  ['name', /^项目名称$/],
  ['total', new RegExp(`^(?:项目)?(?:年度)?(?:预算(?:数|金额|资金|总额)|资金总额)${UNIT_SUFFIX}$`)],
  ['fiscal', new RegExp(`^(?:当年)?财政(?:资金|拨款)${UNIT_SUFFIX}$`)],
  ['other', new RegExp(`^其他资金${UNIT_SUFFIX}$`)],
  ['carryOver', new RegExp(`^上年结转(?:资金)?${UNIT_SUFFIX}$`)],
  ['fundUse', /^(?:资金|项目)用途$/],
  ['goals', /^(?:年度|项目)?(?:总体)?绩效目标$/],
  ['unitLabel', /^(?:预算)?单位名称$/],
];

const HEADER_LABELS: ReadonlyArray<readonly [HeaderKind, RegExp]> = [
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['level3', /^三级指标(?:名称)?$/],
  ['description', /^(?:绩效)?指标(?:描述|解释|说明|内容)$/],
  ['basis', /^(?:指标值)?(?:确定|设定|设置)依据$/],
  ['target', /^(?:年度)?(?:绩效)?(?:指标值|目标值|指标目标值|预期指标值|预期目标值)(?:\(.*\))?$/],
  ['actual', /^(?:实际)?完成值$|^1-\d{1,2}月(?:实际)?完成值$|^全年(?:实际)?完成值$/],
  ['weight', /^(?:分值|权重|权重分值|指标分值)$/],
  ['score', /^(?:得分|自评得分)$/],
];

const TITLE = /绩效(?:目标|自评|监控|运行监控)(?:申报|情况)?表$/;
/** `808001中日唐山…本级`, optionally after `单位：` or `预算单位：`. */
const UNIT_NAME = /^(?:(?:预算)?单位(?:名称)?:)?(\d{6})([^\d].*)$/;
const AMOUNT_UNIT = /^(?:金额)?单位:(万元|元)$/;

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
  if (/^预算规模(?:及资金用途|及用途)?$/.test(norm)) return { kind: 'fundUseSection' };
  if (/^资金支出计划/.test(norm) || /^(?:分月|分季度?)?支出计划(?:\(%\))?$/.test(norm)) return { kind: 'spend' };
  for (const [kind, pattern] of HEADER_LABELS) if (pattern.test(norm)) return { kind };
  // `其中：财政资金` is a label, not `其中` with a value; `项目编码：1302…` is a label with its value.
  const [head, ...rest] = norm.replace(/^其中:?/, '').split(':');
  const bare = (head ?? '').replace(/:$/, '');
  for (const [kind, pattern] of VALUE_LABELS) {
    const match = pattern.exec(bare);
    if (!match) continue;
    const info: LabelInfo = { kind };
    if (match[1]) info.unit = match[1] as AmountUnit;
    if (rest.length > 0 && rest.join(':') !== '') info.inline = text.replace(/^\s*(?:其中\s*[:：])?[^:：]*[:：]\s*/, '').trim();
    return info;
  }
  if (TITLE.test(norm)) return { kind: 'title' };
  if (UNIT_NAME.test(norm)) return { kind: 'unitName' };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Grouping labels into tables

interface TableGroup {
  top: number;
  labels: Label[];
  preamble: Label[];
  kinds: Set<LabelKind>;
  headerRow?: number;
}

/** Kinds that appear once per table: seeing one again starts the next table. */
const ONCE: ReadonlySet<LabelKind> = new Set<LabelKind>(['code', 'name', 'total', 'fiscal', 'other', 'carryOver', 'spend', 'goals', 'fundUseSection']);

/**
 * Parts that open a table when no open table can take them. The others (绩效目标, 资金用途, 单位名称)
 * only join an open table: department prose has `绩效目标：…` lines that must not become tables,
 * nor be taken for the next table's goals.
 */
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
    const group: TableGroup = { top, labels: [], preamble: pending, kinds: new Set(pending.map((p) => p.kind)) };
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
    if (table && !(ONCE.has(label.kind) && table.kinds.has(label.kind))) {
      table.labels.push(label);
      table.kinds.add(label.kind);
    } else if (ANCHORS.has(label.kind)) {
      current = start(label);
      current.labels.push(label);
      current.kinds.add(label.kind);
    }
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
  const amounts: Array<[keyof Project['budget'], string]> = [
    ['total', '预算数'],
    ['fiscal', '财政资金'],
    ['other', '其他资金'],
    ['carryOver', '上年结转'],
  ];
  for (const [field, labelText] of amounts) {
    const label = first(field);
    if (!label) continue;
    const v = valueOf(sheet, label);
    const address = a1(v.r, v.c);
    cells[`budget.${field}`] = address;
    const amount = readAmount(v.raw);
    if (amount.kind === 'unreadable') {
      findings.push(at(reader, address, `budget.${field}`, 'READ_AMOUNT_UNREADABLE', { label: labelText, found: textOf(v.raw) }));
      project.budget[field] = null;
      continue;
    }
    if (amount.kind === 'blank') {
      project.budget[field] = null;
      continue;
    }
    let value = amount.value;
    if (amount.unit) {
      // An amount that names its own unit: the table's unit when none is stated, else converted to it.
      if (!cells.amountUnit) {
        project.amountUnit = amount.unit;
        cells.amountUnit = address;
      } else if (amount.unit !== project.amountUnit) value = project.amountUnit === '万元' ? value / 10000 : value * 10000;
    }
    project.budget[field] = value;
  }
  project.fundUse = readFundUse(reader, all);

  // Spend plan
  const spend = first('spend');
  if (spend) {
    cells.spendPlan = a1(spend.r, spend.c);
    const plan = readSpendPlan(reader, spend);
    project.spendPlan = plan.checkpoints;
    lastRow = Math.max(lastRow, plan.lastRow);
  }

  // Goals
  const goals = first('goals');
  if (goals) {
    const texts: string[] = [];
    for (let r = goals.rect.r0; r <= goals.rect.r1; r++) {
      const v = goals.inline !== undefined ? { raw: goals.inline, r, c: goals.c } : valueOf(sheet, { ...goals, r, rect: { ...goals.rect, r0: r, r1: r } });
      if (r === goals.rect.r0) cells.goals = a1(v.r, v.c);
      const text = textOf(v.raw);
      if (text !== '') texts.push(text);
      if (goals.inline !== undefined) break;
    }
    project.goals = texts.join('\n');
  }

  // Indicators
  let selfEval: SelfEvaluation | undefined;
  if (group.headerRow !== undefined) {
    const headers = group.labels.filter((l) => l.r === group.headerRow);
    const read = readIndicators(reader, headers, project);
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

  const range = tableRange(sheet, group.top, Math.min(lastRow, bottom), Object.values(cells));
  cells.table = range.split(':')[0] ?? 'A1';
  const unreadable = [...new Set(findings.slice(before).flatMap((f) => (f.field ? [f.field] : [])))];
  const table: TargetTable = { project, cells, range, unreadable };
  if (selfEval) table.selfEval = selfEval;
  return table;
}

function at(reader: TableReader, cell: string, field: string, code: CheckCode, params: Params = {}): Finding {
  return finding({ sheet: reader.sheet.name, cell, field, project: reader.project() }, code, params);
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

function readIndicators(reader: TableReader, headers: readonly Label[], project: Project): { selfEval?: SelfEvaluation; lastRow: number } {
  const { sheet, cells, findings } = reader;
  const column: Partial<Record<HeaderKind, number>> = {};
  for (const h of headers) {
    const kind = h.kind as HeaderKind;
    if (column[kind] === undefined) column[kind] = h.c;
  }
  const headerCell = headers[0] ? a1(headers[0].r, headers[0].c) : 'A1';
  cells.header = headerCell;
  if (column.target === undefined) findings.push(at(reader, headerCell, 'header', 'READ_TARGET_COLUMN_MISSING'));
  for (const kind of ['level1', 'level2', 'level3', 'basis'] as const) {
    if (column[kind] === undefined) findings.push(at(reader, headerCell, 'header', 'READ_COLUMN_MISSING', { column: COLUMN_NAMES[kind] ?? kind }));
  }
  const firstRow = Math.max(...headers.map((h) => h.rect.r1)) + 1;
  const indicatorColumns = (['level1', 'level2', 'level3', 'description', 'target', 'basis'] as const).flatMap((k) => (column[k] === undefined ? [] : [column[k]]));
  const firstColumn = Math.min(...indicatorColumns);
  const self: SelfEvaluation = {};
  if (column.weight !== undefined) self.weights = [];
  if (column.score !== undefined) self.scores = [];
  if (column.actual !== undefined) self.actuals = [];

  /** A cell of this row: its value, through a merge only when the merge starts below the header. */
  const cell = (r: number, kind: HeaderKind): { text: string; raw: CellRaw; address: string; written: boolean } | undefined => {
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
    if ((firstText.c <= firstColumn && TABLE_END.test(normalizeLabel(firstText.text))) || rowHasTableLabel(sheet, r)) break;
    const l1 = cell(r, 'level1');
    const l2 = cell(r, 'level2');
    const l3 = cell(r, 'level3');
    const description = cell(r, 'description');
    const target = cell(r, 'target');
    const basis = cell(r, 'basis');
    const filled = [l2, l3, description, target, basis].some((x) => x !== undefined && x.text !== '');
    const inColumns = indicatorColumns.some((c) => sheet.text(r, c) !== '');
    if (!inColumns) {
      // Text only outside the indicator columns (a remark to the right): not an indicator, but not silently dropped.
      findings.push(at(reader, a1(r, firstText.c), `row.${r + 1}`, 'READ_ROW_UNREADABLE', { found: clip(firstText.text) }));
      continue;
    }
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
      target: target?.text ?? '',
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
  const hasSelf = self.weights !== undefined || self.scores !== undefined || self.actuals !== undefined;
  return hasSelf ? { selfEval: self, lastRow } : { lastRow };
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
