/**
 * The sheets an officer fills in after the 绩效目标表 (DOMAIN.md §5, §7): a 绩效自评表 and a
 * 绩效运行监控表 for month X, made from a project (as PerfTable made it or as the reader read it)
 * by `projectToLayout` in its self-evaluation or monitoring mode, then completed here:
 *
 * - self-evaluation: the 分值 come from the chosen profile (its 一级 weights spread evenly over the
 *   三级 rows of each 一级), the 得分 use the profile, 合计 is `执行率得分 + PERF.TOTAL(得分, 分值)`,
 *   a 评价等级 row holds `PERF.GRADE`, and 预算执行 gets a cell for its 偏差原因;
 * - monitoring: 预算执行 gets the planned % (`PERF.PLANNED`), the two budget lights
 *   (`PERF.EXECLIGHT` against time progress and against the spend plan), the project's light
 *   (`PERF.WORSTLIGHT`) and a 偏差原因 cell; each indicator gets a 监控灯 column (`PERF.LIGHT`);
 *   the lights colour their cells by conditional formats on the text they show (a custom function
 *   cannot sit inside a conditional-format rule); below the table a chart data block (months 1–12:
 *   planned cumulative % by `PERF.PLANNED`, actual cumulative % typed in) and a line chart of it.
 *
 * Every formula cell carries the value the PERF functions will show for the inputs given (the
 * core computes it, the same code the functions run), so that a file opened without PerfTable
 * shows numbers, and values the user entered (inputs) are written into their cells.
 */
import { absoluteAddress, cellAddress, columnName, parseAddress, parseRange, rangeAddress } from './a1';
import { GENERAL_FORMAT, PERCENT_2_FORMAT, STYLES, TEXT_FORMAT, widthToPoints, type StyleName } from './builder';
import { formulaText, plannedFormula, worstLightFormula } from './formulas';
import { applyPortableFormulas, valuesOnly } from './portable-sheet';
import type { FormulaMode } from '../portable/mode';
import { safeSheetName } from './sheet-names';
import { projectToLayout, type TargetLayoutOptions } from './target-sheet';
import type { CellValue, ConditionalFormat, LayoutBlock, SheetLayout } from './types';
import { roundHalfUp } from '../evaluate/compare';
import { evaluate } from '../evaluate/evaluate';
import type { Project } from '../project/types';
import { executionRate } from '../score/execution';
import { indicatorWeights } from '../score/indicator-weights';
import { scoreIndicator } from '../score/indicator';
import { executionLight, indicatorLight, LIGHT_ZH, worstLight } from '../score/monitor';
import { DEFAULT_PROFILE_NAME, resolveProfile, type ScoreProfile } from '../score/profiles';
import { plannedPercent, type SpendPlan } from '../score/spend-plan';
import { gradeOf, totalScore } from '../score/total';
import type { Light } from '../score/types';
import { evaluationColumns } from '../check/reasons';
import type { Grid } from '../read/grid';
import { isSummarySheet } from '../read/register';
import { readTargetSheets } from '../read/target-sheet';

export type EvaluationMode = 'self-evaluation' | 'monitoring';

/** What the user entered (or the reader found on the sheet): written into the input cells. */
export interface EvaluationInputs {
  /** 全年执行数 (self-evaluation) or 1-X月执行数 (monitoring), in the project's amount unit. */
  spent?: CellValue;
  /** 预算执行率's 分值; the profile's when absent. */
  executionWeight?: CellValue;
  /** 预算执行's 偏差原因分析及改进措施. */
  executionReason?: string | null;
  /** Per indicator row, in the project's order: 实际完成值 or 1-X月完成值. */
  actuals?: CellValue[];
  /** Monitoring: 全年预计完成值 per row. */
  forecasts?: CellValue[];
  /** Self-evaluation: 分值 per row; a blank keeps the profile's share. */
  weights?: CellValue[];
  /** 偏差原因分析及改进措施 per row. */
  reasons?: Array<string | null>;
  /** Monitoring: 完成目标可能性 per row (确定能 / 有可能 / 完全不可能). */
  likelihood?: Array<string | null>;
  /** Monitoring: 偏差原因类型 per row (经费保障 …). */
  causes?: Array<string | null>;
  /** Monitoring: actual cumulative spend at the end of months 1–12, as a fraction (0.45 = 45%). */
  cumulative?: Array<number | null>;
}

export interface EvaluationLayoutOptions {
  mode: EvaluationMode;
  /** Monitoring: the month X of 1-X月, 1–12; default 7. */
  month?: number;
  /** A scoring profile name (`standard` when absent). */
  profile?: string;
  sheetName?: string;
  inputs?: EvaluationInputs;
  tree?: TargetLayoutOptions['tree'];
  catalog?: TargetLayoutOptions['catalog'];
  /**
   * `perf` (default): PERF custom functions, which need PerfTable; `portable`: formulas every
   * spreadsheet computes (issue 11), rows it cannot express keep PERF (`layout.portableFallbacks`);
   * `values`: the results only (固化), nothing recalculates.
   */
  formulas?: FormulaMode;
}

/** The labels this file adds to the ones of target-sheet.ts. */
export const EVALUATION_LABELS = {
  grade: '评价等级',
  planned: '计划支出进度',
  timeLight: '执行监控（时间进度）',
  planLight: '执行监控（支出计划）',
  projectLight: '项目监控灯',
  light: '监控灯',
  executionReason: '偏差原因分析及改进措施',
  chartMonth: '月份',
  chartPlanned: '计划累计支出进度',
  chartActual: '实际累计支出进度',
  chartTitle: '资金支出进度：计划与实际（累计）',
  chartNote: (month: number) => `注：下表为资金支出进度图的数据（累计%）：计划进度由资金支出计划算出；实际进度 ${month}月 取执行率，其他月份可填写。`,
  selfEvaluationSuffix: '-自评',
  monitoringSuffix: (month: number) => `-监控${month}月`,
} as const;

/** Conditional-format colours of a light: fill and font, Excel's own good/neutral/bad palette plus blue. */
export const LIGHT_COLORS: Readonly<Record<Light, { fill: string; fontColor: string }>> = {
  red: { fill: '#FFC7CE', fontColor: '#9C0006' },
  yellow: { fill: '#FFEB9C', fontColor: '#9C5700' },
  green: { fill: '#C6EFCE', fontColor: '#006100' },
  blue: { fill: '#BDD7EE', fontColor: '#1F4E78' },
};

const LIGHTS: readonly Light[] = ['red', 'yellow', 'green', 'blue'];
const LIGHT_WIDTH = 8;

/** The name of the sheet made for `sheet` (before making it unique among the workbook's names). */
export function evaluationSheetName(sheet: string, mode: EvaluationMode, month = 7): string {
  const suffix = mode === 'self-evaluation' ? EVALUATION_LABELS.selfEvaluationSuffix : EVALUATION_LABELS.monitoringSuffix(month);
  // Sheet names are at most 31 characters: the suffix stays, the name is shortened.
  const room = 31 - [...suffix].length;
  return [...sheet].slice(0, room).join('') + suffix;
}

/** The name of a frozen copy (固化结果) of `sheet`, unique among `taken`. */
export function frozenSheetName(sheet: string, taken: Iterable<string>): string {
  const suffix = '-固化';
  return safeSheetName([...sheet].slice(0, 31 - suffix.length).join('') + suffix, taken);
}

// ---------------------------------------------------------------------------------------------
// Editing a layout in place: cells by address, a column appended, merges replaced

interface CellEdit {
  value?: CellValue;
  formula?: string | null;
  format?: string;
  style?: StyleName;
}

class LayoutEditor {
  constructor(readonly layout: SheetLayout) {}

  private locate(address: string): { block: LayoutBlock; i: number; j: number } {
    const { row, column } = parseAddress(address);
    for (const block of this.layout.blocks) {
      const r = parseRange(block.range);
      if (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right) return { block, i: row - r.top, j: column - r.left };
    }
    throw new RangeError(`no block holds ${address}`);
  }

  get(address: string): { value: CellValue; formula: string | null } {
    const { block, i, j } = this.locate(address);
    return { value: block.values[i]?.[j] ?? null, formula: block.formulas[i]?.[j] ?? null };
  }

  set(address: string, edit: CellEdit): void {
    const { block, i, j } = this.locate(address);
    const rows = [block.values, block.formulas, block.numberFormats, block.styles] as const;
    if (rows.some((m) => m[i] === undefined)) throw new RangeError(`bad block ${block.range}`);
    if (edit.formula !== undefined) block.formulas[i]![j] = edit.formula;
    if (edit.value !== undefined) block.values[i]![j] = edit.value;
    if (edit.style !== undefined) block.styles[i]![j] = edit.style;
    const formula = block.formulas[i]![j];
    const value = block.values[i]![j];
    // The builder's rule: a text constant is formatted `@`, so that no adapter reads it as a formula.
    if (formula === null && typeof value === 'string') block.numberFormats[i]![j] = TEXT_FORMAT;
    else if (edit.format !== undefined) block.numberFormats[i]![j] = edit.format;
    else if (block.numberFormats[i]![j] === TEXT_FORMAT && formula !== null) block.numberFormats[i]![j] = GENERAL_FORMAT;
  }

  /** Sets the cached result of a formula cell (null: not known). */
  cache(address: string, value: CellValue): void {
    const { block, i, j } = this.locate(address);
    if (block.formulas[i]?.[j] === null) throw new RangeError(`${address} holds no formula`);
    block.values[i]![j] = value;
  }

  get lastColumn(): number {
    return this.layout.columns.length;
  }

  /** Adds a column to the right of every full-width block; a merge that ended at the old last column now ends at the new one. */
  appendColumn(width: number): number {
    const old = this.lastColumn;
    const added = old + 1;
    for (const block of this.layout.blocks) {
      const r = parseRange(block.range);
      if (r.right !== old) continue;
      block.range = rangeAddress(r.top, r.left, r.bottom, added, true);
      block.values.forEach((row) => row.push(null));
      block.formulas.forEach((row) => row.push(null));
      block.numberFormats.forEach((row) => row.push(row[row.length - 1] ?? GENERAL_FORMAT));
      block.styles.forEach((row) => row.push(row[row.length - 1] ?? 'center'));
    }
    this.layout.merges = this.layout.merges.map((merge) => {
      const r = parseRange(merge);
      return r.right === old ? rangeAddress(r.top, r.left, r.bottom, added, true) : merge;
    });
    this.layout.columns.push({ column: columnName(added), width, widthPoints: widthToPoints(width) });
    this.resize();
    return added;
  }

  /** Adds a block of one row under everything, styled `style`, `columns` wide. */
  appendRow(name: LayoutBlock['name'], row: number, columns: number, style: StyleName, height?: number): void {
    const width = Array.from({ length: columns });
    this.layout.blocks.push({
      name,
      range: rangeAddress(row, 1, row, columns, true),
      values: [width.map(() => null)],
      formulas: [width.map(() => null)],
      numberFormats: [width.map(() => GENERAL_FORMAT)],
      styles: [width.map(() => style)],
    });
    if (height !== undefined) this.layout.rows.push({ row, height });
    this.resize();
  }

  unmerge(range: string): void {
    const before = this.layout.merges.length;
    this.layout.merges = this.layout.merges.filter((m) => m !== range);
    if (this.layout.merges.length === before) throw new RangeError(`no merge ${range}`);
  }

  merge(range: string): void {
    this.layout.merges.push(range);
  }

  addStyle(name: StyleName): void {
    this.layout.styles[name] ??= { ...STYLES[name] };
  }

  /** usedRange and the print area follow the blocks (and `extraRows` below them, for a chart). */
  resize(extraBottom = 0): void {
    let bottom = 1;
    let right = this.lastColumn;
    for (const block of this.layout.blocks) {
      const r = parseRange(block.range);
      bottom = Math.max(bottom, r.bottom);
      right = Math.max(right, r.right);
    }
    for (const chart of this.layout.charts ?? []) bottom = Math.max(bottom, parseRange(chart.anchor).bottom);
    this.layout.usedRange = rangeAddress(1, 1, Math.max(bottom, extraBottom), right, true);
    this.layout.print = { ...this.layout.print, printArea: this.layout.usedRange };
  }
}

function lightFormats(range: string, topLeft: string): ConditionalFormat[] {
  return LIGHTS.map((light) => ({
    range,
    formula: `=${topLeft}="${LIGHT_ZH[light]}"`,
    fill: LIGHT_COLORS[light].fill,
    fontColor: LIGHT_COLORS[light].fontColor,
    code: `LAYOUT_LIGHT_${light.toUpperCase()}`,
  }));
}

/** The profile argument of a PERF call: left out (``) for the default, so the formulas read as the README shows them. */
function profileArgument(profile: string): string {
  return profile === DEFAULT_PROFILE_NAME ? '' : formulaText(profile);
}

/** `PERF.NAME(a,b,,d)`: empty arguments are left empty (optional), trailing ones dropped. */
export function perfCall(name: string, args: ReadonlyArray<string | undefined>): string {
  const list = args.map((a) => a ?? '');
  while (list.length > 0 && list[list.length - 1] === '') list.pop();
  return `PERF.${name}(${list.join(',')})`;
}

function blankish(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function numberOf(value: CellValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The layouts

/**
 * A project's 绩效自评表 or 绩效运行监控表 (month X), with the inputs written in and every formula's
 * expected result cached. Pure: the same project and options give the same data.
 */
export function evaluationLayout(project: Project, options: EvaluationLayoutOptions): SheetLayout {
  const resolved = resolveProfile(options.profile);
  if (!resolved.ok) throw new RangeError(resolved.error.message);
  const profile = resolved.profile;
  const profileName = options.profile && options.profile.trim() !== '' ? options.profile.trim() : DEFAULT_PROFILE_NAME;
  const month = Math.min(12, Math.max(1, Math.trunc(options.month ?? 7)));
  const base: TargetLayoutOptions = { mode: options.mode, month, weights: false };
  if (options.sheetName !== undefined) base.sheetName = options.sheetName;
  if (options.tree) base.tree = options.tree;
  if (options.catalog) base.catalog = options.catalog;
  const layout = projectToLayout(project, base);
  const editor = new LayoutEditor(layout);
  const inputs = options.inputs ?? {};
  if (options.mode === 'self-evaluation') completeSelfEvaluation(editor, project, profile, profileName, inputs);
  else completeMonitoring(editor, project, profile, profileName, month, inputs);
  return withFormulaMode(layout, project, { mode: options.mode, month, profile, formulas: options.formulas ?? 'perf', inputs });
}

/**
 * A 自评/监控 layout (this file's, or target-sheet.ts's in its self-evaluation or monitoring mode)
 * rewritten for a formula mode: `portable` compiles its rules to formulas any spreadsheet computes
 * and lists the rows that keep PERF in `portableFallbacks`; `values` keeps the results only; `perf`
 * leaves it as it is.
 */
export function withFormulaMode(
  layout: SheetLayout,
  project: Project,
  options: { mode: EvaluationMode; month?: number; profile?: ScoreProfile; formulas: FormulaMode; inputs?: EvaluationInputs },
): SheetLayout {
  if (options.formulas === 'values') valuesOnly(layout);
  if (options.formulas !== 'portable') return layout;
  const profile = options.profile ?? resolveDefaultProfile();
  const inputs = options.inputs ?? {};
  const actuals = project.indicators.map((_row, i) => inputs.actuals?.[i] ?? null);
  const forecasts = project.indicators.map((_row, i) => inputs.forecasts?.[i] ?? null);
  const month = Math.min(12, Math.max(1, Math.trunc(options.month ?? 7)));
  layout.portableFallbacks = applyPortableFormulas(new LayoutEditor(layout), { project, profile, mode: options.mode, month, actuals, forecasts });
  return layout;
}

function resolveDefaultProfile(): ScoreProfile {
  const resolved = resolveProfile(DEFAULT_PROFILE_NAME);
  if (!resolved.ok) throw new RangeError(resolved.error.message);
  return resolved.profile;
}

interface Table {
  first: number;
  last: number;
  col: (key: string) => string;
}

function indicatorTable(layout: SheetLayout): Table {
  const table = layout.tables.find((t) => t.name === 'indicators');
  if (!table) throw new RangeError('the layout has no indicator table');
  return {
    first: table.firstRow,
    last: table.lastRow,
    col: (key) => {
      const column = table.columns[key];
      if (!column) throw new RangeError(`no column ${key}`);
      return column;
    },
  };
}

function field(layout: SheetLayout, key: string): string {
  const address = layout.fields[key];
  if (!address) throw new RangeError(`no field ${key}`);
  return address;
}

/** Writes the row inputs common to both modes: actuals and reasons. */
function writeRowInputs(editor: LayoutEditor, project: Project, table: Table, inputs: EvaluationInputs): void {
  project.indicators.forEach((_row, i) => {
    const r = table.first + i;
    const actual = inputs.actuals?.[i];
    if (!blankish(actual)) editor.set(`${table.col('actual')}${r}`, { value: actual ?? null });
    const reason = inputs.reasons?.[i];
    if (!blankish(reason)) editor.set(`${table.col('reason')}${r}`, { value: reason ?? null });
  });
}

function completeSelfEvaluation(editor: LayoutEditor, project: Project, profile: ScoreProfile, profileName: string, inputs: EvaluationInputs): void {
  const layout = editor.layout;
  const E = EVALUATION_LABELS;
  const table = indicatorTable(layout);
  const spentCell = field(layout, 'execution.spent');
  const rateCell = field(layout, 'execution.rate');
  const weightCell = field(layout, 'execution.weight');
  const scoreCell = field(layout, 'execution.score');
  const execRow = parseAddress(spentCell).row;
  const last = editor.lastColumn;
  const p = profileArgument(profileName);

  // 预算执行: the profile's weight, what was spent, and a cell for its 偏差原因 where the merged filler was.
  const executionWeight = numberOf(inputs.executionWeight) ?? profile.weights.execution;
  editor.set(weightCell, { value: executionWeight });
  if (!blankish(inputs.spent)) editor.set(spentCell, { value: inputs.spent ?? null });
  const reasonLeft = parseAddress(scoreCell).column + 1;
  if (reasonLeft <= last) {
    editor.set(cellAddress(execRow - 1, reasonLeft), { value: E.executionReason, style: 'label' });
    const reasonRange = rangeAddress(execRow, reasonLeft, execRow, last, true);
    editor.set(cellAddress(execRow, reasonLeft), { value: inputs.executionReason ?? null, format: TEXT_FORMAT, style: 'input' });
    for (let c = reasonLeft + 1; c <= last; c += 1) editor.set(cellAddress(execRow, c), { style: 'input', format: TEXT_FORMAT });
    layout.inputs.push(reasonRange);
    layout.fields['execution.reason'] = cellAddress(execRow, reasonLeft);
    editor.addStyle('input');
  }

  // 分值 from the profile, unless entered; 得分 by the profile.
  const weights = indicatorWeights(project.indicators, profile);
  writeRowInputs(editor, project, table, inputs);
  const rowWeights: Array<number | null> = project.indicators.map((_row, i) => {
    const entered = inputs.weights?.[i];
    const weight = blankish(entered) ? weights[i] ?? null : (numberOf(entered) ?? null);
    editor.set(`${table.col('weight')}${table.first + i}`, { value: blankish(entered) ? weight : (entered ?? null) });
    return weight;
  });
  project.indicators.forEach((row, i) => {
    const r = table.first + i;
    const [actual, target, weight, level2] = ['actual', 'target', 'weight', 'level2'].map((k) => `${table.col(k)}${r}`) as [string, string, string, string];
    editor.set(`${table.col('score')}${r}`, {
      formula: `=IF(OR(${actual}="",${weight}=""),"",${perfCall('SCORE', [actual, target, weight, p, '"auto"', level2])})`,
    });
    const value = inputs.actuals?.[i];
    if (blankish(value)) return;
    const evaluation = evaluate(value, row.target, { level2: row.level2 });
    editor.cache(`${table.col('met')}${r}`, evaluation.ok ? evaluation.evaluation.verdict === 'met' : null);
    const w = rowWeights[i];
    if (w === null || w === undefined) return;
    const score = scoreIndicator(value, row.target, w, { profile, level2: row.level2 });
    editor.cache(`${table.col('score')}${r}`, score.ok ? score.score.score : null);
  });

  // 执行率 and its score.
  const rate = blankish(inputs.spent) ? undefined : executionRate(inputs.spent ?? null, project.budget.total);
  if (rate?.ok) {
    editor.cache(rateCell, rate.value);
    editor.cache(scoreCell, roundHalfUp(Math.min(rate.value, 1) * executionWeight, profile.decimals));
  }

  // 合计: weights, and the total as 执行率得分 + PERF.TOTAL of the indicator scores; then 评价等级.
  const totalWeightCell = field(layout, 'total.weight');
  const totalCell = field(layout, 'total.score');
  const totalRow = parseAddress(totalCell).row;
  const weightRange = `${table.col('weight')}${table.first}:${table.col('weight')}${table.last}`;
  const scoreRange = `${table.col('score')}${table.first}:${table.col('score')}${table.last}`;
  const weightSum = rowWeights.every((w) => w !== null) ? roundHalfUp(rowWeights.reduce<number>((s, w) => s + (w ?? 0), 0) + executionWeight, 2) : null;
  editor.cache(totalWeightCell, weightSum);
  editor.set(totalCell, {
    formula: `=IF(OR(${scoreCell}="",COUNT(${scoreRange})<ROWS(${scoreRange})),"",ROUND(${scoreCell}+${perfCall('TOTAL', [scoreRange, weightRange, '', p])},2))`,
  });
  const scores = project.indicators.map((_row, i) => editor.get(`${table.col('score')}${table.first + i}`).value);
  let total: number | null = null;
  if (rate?.ok && scores.length > 0 && scores.every((s) => typeof s === 'number')) {
    const sum = totalScore(scores, rowWeights, null, { profile });
    if (sum.ok) total = roundHalfUp(roundHalfUp(Math.min(rate.value, 1) * executionWeight, profile.decimals) + sum.total.total, 2);
  }
  // The formula's guard gives "" while 执行率得分 or a row's 得分 is blank; null stays for an error result.
  const guardedBlank = editor.get(scoreCell).value === '' || scores.some((v) => v === '');
  editor.cache(totalCell, total ?? (guardedBlank ? '' : null));

  const gradeRow = totalRow + 1;
  const scoreColumn = parseAddress(totalCell).column;
  editor.appendRow('total', gradeRow, last, 'center', 24);
  editor.set(cellAddress(gradeRow, 1), { value: E.grade, style: 'label' });
  for (let c = 2; c < scoreColumn; c += 1) editor.set(cellAddress(gradeRow, c), { style: 'label' });
  editor.merge(rangeAddress(gradeRow, 1, gradeRow, scoreColumn - 1, true));
  const gradeCell = cellAddress(gradeRow, scoreColumn);
  const grade = total === null ? null : gradeOf(total, { profile });
  editor.set(gradeCell, { formula: `=IF(${totalCell}="","",${perfCall('GRADE', [totalCell, p])})`, value: grade?.ok ? grade.grade : total === null && guardedBlank ? '' : null, style: 'formula' });
  editor.addStyle('formula');
  editor.addStyle('label');
  layout.fields['total.grade'] = gradeCell;
}

function completeMonitoring(editor: LayoutEditor, project: Project, profile: ScoreProfile, profileName: string, month: number, inputs: EvaluationInputs): void {
  const layout = editor.layout;
  const E = EVALUATION_LABELS;
  const table = indicatorTable(layout);
  const p = profileArgument(profileName);
  const budgetCell = field(layout, 'execution.budget');
  const spentCell = field(layout, 'execution.spent');
  const rateCell = field(layout, 'execution.rate');
  const timeCell = field(layout, 'execution.timeProgress');
  const execRow = parseAddress(spentCell).row;
  const labelRow = execRow - 1;

  // The indicators' 监控灯, a column of its own at the right.
  const lightColumn = editor.appendColumn(LIGHT_WIDTH);
  const last = lightColumn;
  const headerRow = table.first - 1;
  editor.set(cellAddress(headerRow, lightColumn), { value: E.light, style: 'header' });
  const lightLetter = columnName(lightColumn);
  const indicatorTableData = layout.tables.find((t) => t.name === 'indicators');
  if (indicatorTableData) indicatorTableData.columns.light = lightLetter;

  writeRowInputs(editor, project, table, inputs);
  const plan: SpendPlan = project.spendPlan;
  const lights: Light[] = [];
  project.indicators.forEach((row, i) => {
    const r = table.first + i;
    const forecast = inputs.forecasts?.[i];
    if (!blankish(forecast)) editor.set(`${table.col('forecast')}${r}`, { value: forecast ?? null });
    const likelihood = inputs.likelihood?.[i];
    if (!blankish(likelihood)) editor.set(`${table.col('likelihood')}${r}`, { value: likelihood ?? null });
    const cause = inputs.causes?.[i];
    if (!blankish(cause)) editor.set(`${table.col('cause')}${r}`, { value: cause ?? null });
    if (!blankish(forecast)) {
      const evaluation = evaluate(forecast, row.target, { level2: row.level2 });
      editor.cache(`${table.col('met')}${r}`, evaluation.ok ? evaluation.evaluation.verdict === 'met' : null);
    }
    const actual = `${table.col('actual')}${r}`;
    const lightCell = `${lightLetter}${r}`;
    editor.set(lightCell, {
      formula: `=IF(${actual}="","",${perfCall('LIGHT', [actual, `${table.col('target')}${r}`, String(month), p, `${table.col('level2')}${r}`])})`,
      format: GENERAL_FORMAT,
      style: 'formula',
    });
    const value = inputs.actuals?.[i];
    if (blankish(value)) {
      editor.cache(lightCell, '');
      return;
    }
    const light = indicatorLight(value, row.target, month, { profile, level2: row.level2 });
    if (light.ok) lights.push(light.light.light);
    editor.cache(lightCell, light.ok ? LIGHT_ZH[light.light.light] : null);
  });
  const lightRange = `${lightLetter}${table.first}:${lightLetter}${table.last}`;
  if (project.indicators.length > 0) layout.conditionalFormats.push(...lightFormats(lightRange, `${lightLetter}${table.first}`));

  // 预算执行: planned %, the two budget lights, the project's light, a 偏差原因 cell.
  const firstFree = parseAddress(timeCell).column + 1;
  editor.unmerge(rangeAddress(labelRow, firstFree, labelRow, last, true));
  editor.unmerge(rangeAddress(execRow, firstFree, execRow, last, true));
  const planArgs = planArguments(layout, project);
  const [plannedCol, timeLightCol, planLightCol, projectLightCol, reasonCol] = [0, 1, 2, 3, 4].map((k) => firstFree + k) as [number, number, number, number, number];
  const plannedCell = cellAddress(execRow, plannedCol);
  const labels: Array<[number, string]> = [
    [plannedCol, E.planned],
    [timeLightCol, E.timeLight],
    [planLightCol, E.planLight],
    [projectLightCol, E.projectLight],
    [reasonCol, E.executionReason],
  ];
  for (const [c, text] of labels) editor.set(cellAddress(labelRow, c), { value: text, style: 'label' });
  for (let c = reasonCol + 1; c <= last; c += 1) editor.set(cellAddress(labelRow, c), { value: null, style: 'label' });
  if (reasonCol < last) editor.merge(rangeAddress(labelRow, reasonCol, labelRow, last, true));
  const planned = plan.length > 0 && planArgs ? plannedPercent(plan, month) / 100 : null;
  editor.set(plannedCell, {
    formula: planArgs ? plannedFormula(month, planArgs) : '=""',
    value: planned === null ? '' : roundHalfUp(planned, 6),
    format: PERCENT_2_FORMAT,
    style: 'formula',
  });
  const execLightCall = perfCall('EXECLIGHT', [spentCell, budgetCell, String(month), ...(planArgs ? planArgs.split(/,(?![^{]*})/) : ['', '']), p]);
  const execLight = (index: 1 | 2): string => `=IF(${spentCell}="","",INDEX(${execLightCall},1,${index}))`;
  const timeLightCell = cellAddress(execRow, timeLightCol);
  const planLightCell = cellAddress(execRow, planLightCol);
  editor.set(timeLightCell, { formula: execLight(1), format: GENERAL_FORMAT, style: 'formula' });
  editor.set(planLightCell, { formula: planArgs ? execLight(2) : '=""', format: GENERAL_FORMAT, style: 'formula' });
  const projectLightCell = cellAddress(execRow, projectLightCol);
  editor.set(projectLightCell, { formula: worstLightFormula(lightRange), format: GENERAL_FORMAT, style: 'formula' });
  const worst = worstLight(lights);
  editor.cache(projectLightCell, worst ? LIGHT_ZH[worst] : '');
  const reasonCell = cellAddress(execRow, reasonCol);
  editor.set(reasonCell, { value: inputs.executionReason ?? null, format: TEXT_FORMAT, style: 'input' });
  for (let c = reasonCol + 1; c <= last; c += 1) editor.set(cellAddress(execRow, c), { value: null, format: TEXT_FORMAT, style: 'input' });
  if (reasonCol < last) editor.merge(rangeAddress(execRow, reasonCol, execRow, last, true));
  layout.inputs.push(rangeAddress(execRow, reasonCol, execRow, last, true));
  layout.conditionalFormats.push(...lightFormats(rangeAddress(execRow, timeLightCol, execRow, projectLightCol), timeLightCell));
  Object.assign(layout.fields, {
    'execution.planned': plannedCell,
    'execution.timeLight': timeLightCell,
    'execution.planLight': planLightCell,
    'execution.light': projectLightCell,
    'execution.reason': reasonCell,
  });
  for (const style of ['label', 'formula', 'input', 'header'] as const) editor.addStyle(style);

  if (!blankish(inputs.spent)) editor.set(spentCell, { value: inputs.spent ?? null });
  const spent = inputs.spent;
  const rate = blankish(spent) ? undefined : executionRate(spent ?? null, project.budget.total);
  if (rate?.ok) {
    editor.cache(rateCell, rate.value);
    const light = executionLight(spent ?? null, project.budget.total, month, plan.length > 0 && planArgs ? plan : null, { profile });
    if (light.ok) {
      editor.cache(timeLightCell, LIGHT_ZH[light.light.light]);
      if (planArgs) editor.cache(planLightCell, light.light.planLight ? LIGHT_ZH[light.light.planLight] : null);
    } else {
      editor.cache(timeLightCell, null);
      if (planArgs) editor.cache(planLightCell, null);
    }
  } else {
    editor.cache(timeLightCell, blankish(spent) ? '' : null);
    if (planArgs) editor.cache(planLightCell, blankish(spent) ? '' : null);
  }
  if (!planArgs) editor.cache(planLightCell, '');

  // A note ends the indicator table for every reader (注 starts a row), then the chart's data.
  const noteRow = table.last + 1;
  editor.appendRow('notes', noteRow, last, 'note', 30);
  editor.set(cellAddress(noteRow, 1), { value: E.chartNote(month) });
  editor.merge(rangeAddress(noteRow, 1, noteRow, last, true));
  editor.addStyle('note');
  layout.fields.note = cellAddress(noteRow, 1);
  chartBlock(editor, project, month, table.last + 2, planArgs, rate?.ok ? rate.value : null, inputs.cumulative ?? []);
}

/**
 * `$B$8:$E$8,$B$7:$E$7`: the plan's percents and its month labels (`3月底`, which PERF.PLANNED reads)
 * when they sit in one row; otherwise the plan as constants. Undefined without a plan.
 */
function planArguments(layout: SheetLayout, project: Project): string | undefined {
  const plan = project.spendPlan;
  if (plan.length === 0 || plan.some((c) => c.percent === null || !Number.isFinite(c.percent))) return undefined;
  const cells = plan.map((c) => layout.fields[`spend.${c.month}`]).filter((a): a is string => a !== undefined);
  if (cells.length === plan.length) {
    const positions = cells.map(parseAddress);
    const row = positions[0]?.row ?? 0;
    const contiguous = positions.every((pos, i) => pos.row === row && pos.column === (positions[0]?.column ?? 0) + i);
    if (contiguous && positions[0] && row > 1) {
      const first = positions[0];
      const lastPos = positions[positions.length - 1] ?? first;
      return `${absoluteAddress(row, first.column)}:${absoluteAddress(row, lastPos.column)},${absoluteAddress(row - 1, first.column)}:${absoluteAddress(row - 1, lastPos.column)}`;
    }
  }
  return `{${plan.map((c) => c.percent).join(',')}},{${plan.map((c) => c.month).join(',')}}`;
}

/**
 * Months 1–12 under the indicator table: planned cumulative % (PERF.PLANNED on the plan's cells),
 * actual cumulative % (typed in; month X is the 执行率 above), and a line chart over them.
 */
function chartBlock(editor: LayoutEditor, project: Project, month: number, top: number, planArgs: string | undefined, rate: number | null, cumulative: ReadonlyArray<number | null>): void {
  const layout = editor.layout;
  const E = EVALUATION_LABELS;
  const last = editor.lastColumn;
  const rateCell = field(layout, 'execution.rate');
  editor.appendRow('header', top, 3, 'header', 24);
  editor.set(cellAddress(top, 1), { value: E.chartMonth });
  editor.set(cellAddress(top, 2), { value: E.chartPlanned });
  editor.set(cellAddress(top, 3), { value: E.chartActual });
  layout.fields['chart.header'] = cellAddress(top, 1);
  for (let m = 1; m <= 12; m += 1) {
    const r = top + m;
    editor.appendRow('rows', r, 3, 'center');
    editor.set(cellAddress(r, 1), { value: `${m}月` });
    const planned = planArgs ? roundHalfUp(plannedPercent(project.spendPlan, m) / 100, 6) : null;
    editor.set(cellAddress(r, 2), { formula: planArgs ? plannedFormula(m, planArgs) : '=""', value: planned ?? '', format: PERCENT_2_FORMAT, style: 'formula' });
    if (m === month) {
      editor.set(cellAddress(r, 3), { formula: `=${rateCell}`, value: rate ?? '', format: PERCENT_2_FORMAT, style: 'formula' });
    } else {
      editor.set(cellAddress(r, 3), { value: cumulative[m - 1] ?? null, format: PERCENT_2_FORMAT, style: 'inputNumber' });
      layout.inputs.push(rangeAddress(r, 3, r, 3, true));
    }
    layout.fields[`chart.${m}`] = cellAddress(r, 1);
  }
  editor.addStyle('inputNumber');
  const categories = `A${top + 1}:A${top + 12}`;
  layout.charts = [
    {
      type: 'line',
      title: E.chartTitle,
      categories,
      series: [
        { name: E.chartPlanned, values: `B${top + 1}:B${top + 12}` },
        { name: E.chartActual, values: `C${top + 1}:C${top + 12}` },
      ],
      anchor: rangeAddress(top, 5, top + 16, Math.max(last, 8), true),
    },
  ];
  editor.resize();
}

// ---------------------------------------------------------------------------------------------
// From a workbook: the project sheets there are, and what their cells already hold

/** A project sheet a self-evaluation or monitoring sheet can be made from. */
export interface EvaluationSource {
  sheet: string;
  project: Project;
  /** What the sheet already is: a 目标表, or a self-evaluation or monitoring sheet (then values carry over). */
  kind: 'target' | EvaluationMode;
  /** Monitoring: its month. */
  month?: number;
  /** Values found on the sheet, for a new sheet of the same kind (and month). */
  found: EvaluationInputs;
}

function strings(values: ReadonlyArray<string | null>): Array<string | null> | undefined {
  return values.some((v) => v !== null) ? [...values] : undefined;
}

/** Every 绩效目标表 (or evaluation sheet) the reader finds on `grids`, summary sheets left out. */
export function evaluationSources(grids: readonly Grid[]): EvaluationSource[] {
  const out: EvaluationSource[] = [];
  for (const grid of grids) {
    if (isSummarySheet(grid)) continue;
    for (const table of readTargetSheets(grid).tables) {
      if (!table.cells.header || table.project.indicators.length === 0) continue;
      const read = { sheet: grid.sheet, project: table.project, cells: table.cells, ...(table.selfEval ? { selfEval: table.selfEval } : {}) };
      const columns = evaluationColumns(grid, read);
      const found: EvaluationInputs = {};
      const actuals = table.selfEval?.actuals;
      if (actuals && actuals.some((v) => !blankish(v) && !(typeof v === 'string' && v.startsWith('=')))) found.actuals = actuals.map((v) => (typeof v === 'string' && v.startsWith('=') ? null : v));
      const weights = table.selfEval?.weights;
      if (weights && columns.mode === 'self-evaluation') found.weights = [...weights];
      if (table.selfEval?.executionWeight !== undefined) found.executionWeight = table.selfEval.executionWeight;
      const reasons = strings(columns.reasons);
      if (reasons) found.reasons = reasons;
      if (columns.forecasts.some((v) => !blankish(v))) found.forecasts = [...columns.forecasts];
      const likelihood = strings(columns.likelihood);
      if (likelihood) found.likelihood = likelihood;
      const causes = strings(columns.causes);
      if (causes) found.causes = causes;
      if (!blankish(columns.spent)) found.spent = columns.spent ?? null;
      if (columns.executionReason) found.executionReason = columns.executionReason;
      const source: EvaluationSource = { sheet: grid.sheet, project: table.project, kind: columns.mode ?? 'target', found };
      if (columns.month !== undefined) source.month = columns.month;
      out.push(source);
    }
  }
  return out;
}

/**
 * What carries over from `source` to a new sheet of `mode` (month): everything it holds when it is
 * a sheet of the same kind (and month); from a 目标表 or the other kind, only entered 完成值 of a
 * self-evaluation (never a 1-X月 value as a year's 完成值, nor the other way round).
 */
export function carriedInputs(source: EvaluationSource, mode: EvaluationMode, month = 7): EvaluationInputs {
  const same = source.kind === mode && (mode === 'self-evaluation' || source.month === month);
  if (same) return { ...source.found };
  if (mode === 'self-evaluation' && source.kind === 'target' && source.found.actuals) return { actuals: [...source.found.actuals] };
  return {};
}

/** `given` over `carried`: a value the caller gives wins; a blank one keeps what the sheet had. */
export function mergeInputs(carried: EvaluationInputs, given: EvaluationInputs): EvaluationInputs {
  const out: EvaluationInputs = { ...carried };
  const rowKeys = ['actuals', 'forecasts', 'weights', 'reasons', 'likelihood', 'causes', 'cumulative'] as const;
  for (const key of rowKeys) {
    const g = given[key] as CellValue[] | undefined;
    if (!g) continue;
    const c = (carried[key] as CellValue[] | undefined) ?? [];
    const length = Math.max(g.length, c.length);
    (out as Record<string, CellValue[]>)[key] = Array.from({ length }, (_v, i) => (blankish(g[i]) ? (c[i] ?? null) : (g[i] ?? null)));
  }
  if (!blankish(given.spent)) out.spent = given.spent ?? null;
  if (!blankish(given.executionWeight)) out.executionWeight = given.executionWeight ?? null;
  if (!blankish(given.executionReason)) out.executionReason = given.executionReason ?? null;
  return out;
}
