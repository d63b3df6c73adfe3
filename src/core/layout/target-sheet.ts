/**
 * One project → its 预算项目绩效目标表 as a SheetLayout, mirroring the seed's table (DOMAIN.md §1):
 *
 *   1  预算项目绩效目标表                                   (title, merged across)
 *   2  808001中日唐山…本级                       单位：万元
 *   3  项目编码 | 13020925P…  | 项目名称 | 2025年…
 *   4  预算规模及 | 预算数 | 其中：财政资金 | 其他资金 [| 上年结转]
 *   5  资金用途   | 17.00  | 17.00          |
 *   6             | 资金用途 text (merged)
 *   7  资金支出计划 | 3月底 | 6月底 | 10月底 | 12月底
 *   8  （%）       | 25%   | 50%   | 75%    | 100%
 *   9  绩效目标 | goals text (merged)
 *  10  一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 [| monitoring or self-evaluation columns]
 *  11… indicator rows, 一级 merged down its rows
 *
 * Amounts sit under their labels (as the seed's spend plan does) so that the sheet keeps the
 * indicator table's six columns. The monitoring and self-evaluation modes add a 预算执行情况 block
 * before the indicator header and their columns to the right of 指标值确定依据.
 */
import { BUDGET_TOLERANCE } from '../project/budget';
import { indicatorWeights } from '../score/indicator-weights';
import { STANDARD_SETTINGS } from '../score/profiles';
import { absoluteAddress, cellAddress, columnName, rangeAddress } from './a1';
import {
  AMOUNT_FORMAT,
  GENERAL_FORMAT,
  PERCENT_2_FORMAT,
  PERCENT_FORMAT,
  SCORE_FORMAT,
  SheetBuilder,
  TEXT_FORMAT,
  MIN_ROW_HEIGHT,
  heightForLines,
  lineCount,
  listItems,
  type CellSpec,
  type StyleName,
} from './builder';
import { perfEvalFormula, perfScoreFormula } from './formulas';
import { cleanSheetName } from './sheet-names';
import type { LayoutTable, PrintSettings, SheetLayout } from './types';
import {
  BUILTIN_CATALOG,
  indicatorNameKey,
  level1sOf,
  level2sOf,
  sameIndicatorName,
  treeOf,
  type Catalog,
  type TreeId,
} from '../project/catalog';
import { DEFAULT_SPEND_MONTHS, type IndicatorRow, type Project } from '../project/types';
import { message } from '../i18n/messages';

export type LayoutMode = 'target' | 'monitoring' | 'self-evaluation';

export interface TargetLayoutOptions {
  /** The worksheet name; default the project's name made valid (not made unique: see sheet-names.ts). */
  sheetName?: string;
  /** Default by mode: 预算项目绩效目标表, 项目绩效运行监控表（1-X月）, 项目支出绩效自评表. */
  title?: string;
  /** `target` (default): the 目标表 alone; `monitoring` or `self-evaluation` add their columns. */
  mode?: LayoutMode;
  /** Monitoring: the last month reported (1-X月), 1–12; default 7 (the usual 1-7月 双监控). */
  month?: number;
  /** Tree for the drop-down lists; default the one the project's 一级 names fit (成本指标 as a 一级 → cost2021). */
  tree?: TreeId;
  catalog?: Catalog;
  /**
   * Self-evaluation: prefill 分值 with an even split of the default weights (DOMAIN.md §5:
   * 执行率 10, 产出 50, 效益 30, 满意度 10); the user changes them. Default true.
   */
  weights?: boolean;
}

/** The labels the layout writes, the seed's words (without Word's justification spaces). */
export const TARGET_LABELS = {
  title: '预算项目绩效目标表',
  monitoringTitle: (month: number) => `项目绩效运行监控表（1-${month}月）`,
  selfEvaluationTitle: '项目支出绩效自评表',
  code: '项目编码',
  name: '项目名称',
  budgetBlock: '预算规模及资金用途',
  total: '预算数',
  fiscal: '其中：财政资金',
  other: '其他资金',
  carryOver: '上年结转',
  spendPlan: '资金支出计划（%）',
  month: (month: number) => `${month}月底`,
  goals: '绩效目标',
  amountUnit: (unit: string) => `单位：${unit}`,
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  description: '绩效指标描述',
  target: '指标值',
  basis: '指标值确定依据',
  execution: '预算执行情况',
  yearBudget: '全年预算数',
  spent: '全年执行数',
  spentToMonth: (month: number) => `1-${month}月执行数`,
  rate: '执行率',
  timeProgress: '时间进度',
  weight: '分值',
  score: '得分',
  actual: '实际完成值',
  actualToMonth: (month: number) => `1-${month}月完成值`,
  forecast: '全年预计完成值',
  met: '是否达成',
  forecastMet: '预计是否达成',
  likelihood: '完成目标可能性',
  cause: '偏差原因类型',
  reason: '偏差原因分析及改进措施',
  total2: '合计',
} as const;

/** DOMAIN.md §7: the answers the monitoring columns take. */
export const LIKELIHOOD_CHOICES = ['确定能', '有可能', '完全不可能'] as const;
export const CAUSE_CHOICES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'] as const;

/** The default profile's 预算执行率 weight (DOMAIN.md §5), prefilled for the user to edit. */
const DEFAULT_EXECUTION_WEIGHT = STANDARD_SETTINGS.weights.execution;

/** Widths of 一级 … 指标值确定依据, in characters. */
const BASE_WIDTHS = [12, 16, 20, 30, 15, 18] as const;
const BASE_COLUMNS = ['level1', 'level2', 'level3', 'description', 'target', 'basis'] as const;

type ExtraKind = 'input' | 'inputNumber' | 'inputText' | 'met' | 'score' | 'list';

interface ExtraColumn {
  key: string;
  header: string;
  width: number;
  kind: ExtraKind;
  choices?: readonly string[];
}

function extraColumns(mode: LayoutMode, month: number): ExtraColumn[] {
  const L = TARGET_LABELS;
  if (mode === 'self-evaluation') {
    return [
      { key: 'actual', header: L.actual, width: 14, kind: 'input' },
      { key: 'met', header: L.met, width: 10, kind: 'met' },
      { key: 'weight', header: L.weight, width: 8, kind: 'inputNumber' },
      { key: 'score', header: L.score, width: 8, kind: 'score' },
      { key: 'reason', header: L.reason, width: 24, kind: 'inputText' },
    ];
  }
  if (mode === 'monitoring') {
    return [
      { key: 'actual', header: L.actualToMonth(month), width: 14, kind: 'input' },
      { key: 'forecast', header: L.forecast, width: 14, kind: 'input' },
      { key: 'met', header: L.forecastMet, width: 10, kind: 'met' },
      { key: 'likelihood', header: L.likelihood, width: 12, kind: 'list', choices: LIKELIHOOD_CHOICES },
      { key: 'cause', header: L.cause, width: 14, kind: 'list', choices: CAUSE_CHOICES },
      { key: 'reason', header: L.reason, width: 24, kind: 'inputText' },
    ];
  }
  return [];
}

/** The tree a project's 一级 names fit: the 2021 one when 成本 is a 一级. */
export function detectTree(indicators: readonly IndicatorRow[]): TreeId {
  return indicators.some((row) => indicatorNameKey(row.level1) === '成本') ? 'cost2021' : 'classic';
}

interface IndicatorGroup {
  level1: string;
  first: number;
  rows: IndicatorRow[];
}

/** Consecutive rows with the same 一级 (a blank 一级 continues the one above, as a merged cell reads). */
function groupIndicators(rows: readonly IndicatorRow[]): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  rows.forEach((row, index) => {
    const last = groups[groups.length - 1];
    if (last && (row.level1.trim() === '' || sameIndicatorName(row.level1, last.level1))) last.rows.push(row);
    else groups.push({ level1: row.level1, first: index, rows: [row] });
  });
  return groups;
}

/** A blank form's indicator rows: one per 二级 of the tree, names filled, the rest for the user. */
function skeletonRows(tree: TreeId, catalog: Catalog): IndicatorRow[] {
  return treeOf(tree, catalog).level1s.flatMap((node) =>
    node.level2s.map((level2) => ({ level1: node.name, level2, level3: '', description: '', target: '', basis: '' })),
  );
}

function text(value: string, style: StyleName = 'text'): CellSpec {
  return { value: value === '' ? null : value, format: TEXT_FORMAT, style };
}

function amount(value: number | null | undefined): CellSpec {
  return { value: value ?? null, format: AMOUNT_FORMAT, style: 'number' };
}

function percentSpec(percent: number | null): CellSpec {
  if (percent === null) return { value: null, format: PERCENT_FORMAT, style: 'inputNumber' };
  const fraction = Math.round(percent * 1e6) / 1e8;
  // 25 → 0.25 shown `25%`; a plan like 33.33 keeps its decimals.
  return { value: fraction, format: Number.isInteger(percent) ? PERCENT_FORMAT : PERCENT_2_FORMAT, style: 'center' };
}

const PRINT_MARGINS = { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 };
export const PAGE_FOOTER = '第 &P 页，共 &N 页';

/** The layout of one project's sheet. Pure: the same project and options give the same data. */
export function projectToLayout(project: Project, options: TargetLayoutOptions = {}): SheetLayout {
  const L = TARGET_LABELS;
  const mode = options.mode ?? 'target';
  const month = Math.min(12, Math.max(1, Math.trunc(options.month ?? 7)));
  const catalog = options.catalog ?? BUILTIN_CATALOG;
  const tree = options.tree ?? detectTree(project.indicators);
  const extras = extraColumns(mode, month);
  const widths = [...BASE_WIDTHS, ...extras.map((e) => e.width)];
  const last = widths.length;
  const title = options.title ?? (mode === 'monitoring' ? L.monitoringTitle(month) : mode === 'self-evaluation' ? L.selfEvaluationTitle : L.title);
  const b = new SheetBuilder(options.sheetName ?? cleanSheetName(project.name || project.code, '项目'), 'target', widths);

  // 1 Title.
  b.merge(1, 1, 1, last, { value: title, style: 'title' });
  b.block('title', 1, 1, 1, last, 'title');
  b.atLeast(1, 32);
  b.field('title', 1, 1);

  // 2 Unit (code and name, as the seed writes them) and the amount unit.
  b.merge(2, 1, 2, last - 2, text(`${project.unitCode}${project.unitName}`, 'subtitle'));
  b.merge(2, last - 1, 2, last, text(L.amountUnit(project.amountUnit), 'subtitleRight'));
  b.block('unit', 2, 1, 2, last, 'subtitle');
  b.atLeast(2, MIN_ROW_HEIGHT);
  b.field('unit', 2, 1);
  b.field('amountUnit', 2, last - 1);

  // 3 Identity.
  b.set(3, 1, text(L.code, 'label'));
  b.merge(3, 2, 3, 3, text(project.code));
  b.set(3, 4, text(L.name, 'label'));
  b.merge(3, 5, 3, last, text(project.name));
  b.block('identity', 3, 1, 3, last, 'text');
  b.fitText(3, project.name, 5, last);
  b.fitText(3, project.code, 2, 3);
  b.field('code', 3, 2);
  b.field('name', 3, 5);

  // 4–6 预算规模及资金用途: labels, amounts under them, the use of funds.
  const amounts: Array<[string, string, number | null | undefined]> = [
    ['total', L.total, project.budget.total],
    ['fiscal', L.fiscal, project.budget.fiscal],
    ['other', L.other, project.budget.other],
  ];
  if (project.budget.carryOver !== undefined) amounts.push(['carryOver', L.carryOver, project.budget.carryOver]);
  b.merge(4, 1, 6, 1, text(L.budgetBlock, 'label'));
  amounts.forEach(([key, label, value], i) => {
    b.set(4, 2 + i, text(label, 'label'));
    b.set(5, 2 + i, amount(value));
    b.field(key, 5, 2 + i);
  });
  const afterAmounts = 2 + amounts.length;
  if (afterAmounts < last) {
    b.merge(4, afterAmounts, 4, last, { style: 'label' });
    b.merge(5, afterAmounts, 5, last, { style: 'number' });
  }
  b.merge(6, 2, 6, last, text(project.fundUse));
  b.block('budget', 4, 1, 6, last, 'text');
  b.atLeast(4, MIN_ROW_HEIGHT);
  b.atLeast(5, MIN_ROW_HEIGHT);
  b.fitText(6, project.fundUse, 2, last);
  b.field('fundUse', 6, 2);
  // 预算数 is what the user wrote, never a formula; the sheet flags it live when the parts disagree.
  const lastPart = afterAmounts - 1;
  b.conditionalFormats.push({
    range: cellAddress(5, 2),
    formula: `=ABS(N(${absoluteAddress(5, 2)})-SUM(${absoluteAddress(5, 3)}:${absoluteAddress(5, lastPart)}))>${BUDGET_TOLERANCE[project.amountUnit]}`,
    fill: '#FFC7CE',
    fontColor: '#9C0006',
    code: 'LAYOUT_BUDGET_MISMATCH',
  });

  // 资金支出计划（%）: month labels over percents, as many column pairs as there are checkpoints.
  let row = 7;
  const plan = project.spendPlan.length > 0 ? project.spendPlan : DEFAULT_SPEND_MONTHS.map((m) => ({ month: m, percent: null }));
  const perRow = last - 1;
  const planRows = Math.max(1, Math.ceil(plan.length / perRow)) * 2;
  b.merge(row, 1, row + planRows - 1, 1, text(L.spendPlan, 'label'));
  plan.forEach((checkpoint, i) => {
    const r = row + Math.floor(i / perRow) * 2;
    const c = 2 + (i % perRow);
    b.set(r, c, text(L.month(checkpoint.month), 'label'));
    b.set(r + 1, c, percentSpec(checkpoint.percent));
    b.field(`spend.${checkpoint.month}`, r + 1, c);
  });
  const filledLast = plan.length % perRow === 0 ? last + 1 : 2 + (plan.length % perRow);
  if (filledLast <= last) {
    const r = row + planRows - 2;
    b.merge(r, filledLast, r, last, { style: 'label' });
    b.merge(r + 1, filledLast, r + 1, last, { style: 'center' });
  }
  b.block('spend-plan', row, 1, row + planRows - 1, last, 'center');
  for (let r = row; r < row + planRows; r += 1) b.atLeast(r, MIN_ROW_HEIGHT);
  row += planRows;

  // 绩效目标
  b.set(row, 1, text(L.goals, 'label'));
  b.merge(row, 2, row, last, text(project.goals));
  b.block('goals', row, 1, row, last, 'text');
  b.fitText(row, project.goals, 2, last);
  b.field('goals', row, 2);
  row += 1;

  // 预算执行情况 (monitoring, self-evaluation): the budget rows of DOMAIN.md §5 and §7.
  let execution: { row: number; weight?: string; score?: string } | undefined;
  if (mode !== 'target') {
    const values = row + 1;
    const budgetCell = cellAddress(values, 2);
    const spentCell = cellAddress(values, 3);
    const rateCell = cellAddress(values, 4);
    b.merge(row, 1, values, 1, text(L.execution, 'label'));
    b.set(row, 2, text(L.yearBudget, 'label'));
    b.set(values, 2, { value: project.budget.total ?? null, format: AMOUNT_FORMAT, style: 'inputNumber' });
    b.set(row, 3, text(mode === 'monitoring' ? L.spentToMonth(month) : L.spent, 'label'));
    b.set(values, 3, { format: AMOUNT_FORMAT, style: 'inputNumber' });
    b.set(row, 4, text(L.rate, 'label'));
    b.set(values, 4, { formula: `=IF(OR(N(${budgetCell})=0,${spentCell}=""),"",${spentCell}/${budgetCell})`, value: '', format: PERCENT_2_FORMAT, style: 'formula' });
    b.field('execution.budget', values, 2);
    b.field('execution.spent', values, 3);
    b.field('execution.rate', values, 4);
    b.input(values, 2, values, 3);
    let used = 4;
    if (mode === 'self-evaluation') {
      const weightCell = cellAddress(values, 5);
      b.set(row, 5, text(L.weight, 'label'));
      b.set(values, 5, { value: options.weights === false ? null : DEFAULT_EXECUTION_WEIGHT, format: GENERAL_FORMAT, style: 'inputNumber' });
      b.set(row, 6, text(L.score, 'label'));
      // DOMAIN.md §5: min(rate, 1) × weight, rounded to 2 decimals.
      b.set(values, 6, { formula: `=IF(OR(${rateCell}="",${weightCell}=""),"",ROUND(MIN(${rateCell},1)*${weightCell},2))`, value: '', format: SCORE_FORMAT, style: 'formula' });
      b.field('execution.weight', values, 5);
      b.field('execution.score', values, 6);
      b.input(values, 5, values, 5);
      execution = { row: values, weight: weightCell, score: cellAddress(values, 6) };
      used = 6;
    } else {
      b.set(row, 5, text(L.timeProgress, 'label'));
      b.set(values, 5, { value: Math.round((month / 12) * 1e4) / 1e4, format: PERCENT_2_FORMAT, style: 'center' });
      b.field('execution.timeProgress', values, 5);
      execution = { row: values };
      used = 5;
    }
    if (used < last) {
      b.merge(row, used + 1, row, last, { style: 'label' });
      b.merge(values, used + 1, values, last, { style: 'center' });
    }
    b.block('execution', row, 1, values, last, 'center');
    b.atLeast(row, MIN_ROW_HEIGHT);
    b.atLeast(values, MIN_ROW_HEIGHT);
    row += 2;
  }

  // Indicator header.
  const headerRow = row;
  const headers = [L.level1, L.level2, L.level3, L.description, L.target, L.basis, ...extras.map((e) => e.header)];
  headers.forEach((header, i) => b.set(headerRow, i + 1, text(header, 'header')));
  b.block('indicator-header', headerRow, 1, headerRow, last, 'header');
  b.atLeast(headerRow, heightForHeaders(headers, widths));
  row += 1;

  // Indicator rows.
  const indicators = project.indicators.length > 0 ? project.indicators : skeletonRows(tree, catalog);
  const first = row;
  const lastRow = first + indicators.length - 1;
  const weights = mode === 'self-evaluation' && options.weights !== false ? indicatorWeights(indicators) : [];
  const column = (key: string): number => 1 + BASE_COLUMNS.length + extras.findIndex((e) => e.key === key);
  indicators.forEach((indicator, i) => {
    const r = first + i;
    b.set(r, 2, text(indicator.level2, 'center'));
    b.set(r, 3, text(indicator.level3));
    b.set(r, 4, text(indicator.description));
    b.set(r, 5, text(indicator.target, 'center'));
    b.set(r, 6, text(indicator.basis));
    let lines = 1;
    [indicator.level2, indicator.level3, indicator.description, indicator.target, indicator.basis].forEach((value, k) => {
      lines = Math.max(lines, lineCountIn(value, widths[k + 1] ?? 10));
    });
    b.atLeast(r, heightForLines(lines));
    const ref = (key: string): string => cellAddress(r, key === 'target' ? 5 : key === 'level2' ? 2 : column(key));
    extras.forEach((extra, k) => {
      const c = 1 + BASE_COLUMNS.length + k;
      switch (extra.kind) {
        case 'input':
          b.set(r, c, { format: GENERAL_FORMAT, style: 'input' });
          break;
        case 'inputText':
        case 'list':
          b.set(r, c, { format: TEXT_FORMAT, style: 'input' });
          break;
        case 'inputNumber':
          b.set(r, c, { value: weights[i] ?? null, format: GENERAL_FORMAT, style: 'inputNumber' });
          break;
        case 'met': {
          const actual = mode === 'monitoring' ? ref('forecast') : ref('actual');
          b.set(r, c, { formula: perfEvalFormula(actual, ref('target'), ref('level2')), value: '', style: 'formula' });
          break;
        }
        case 'score':
          b.set(r, c, { formula: perfScoreFormula(ref('actual'), ref('target'), ref('weight'), ref('level2')), value: '', format: SCORE_FORMAT, style: 'formula' });
          break;
      }
    });
  });
  // 一级 merged down its rows.
  for (const group of groupIndicators(indicators)) {
    const top = first + group.first;
    const bottom = top + group.rows.length - 1;
    b.merge(top, 1, bottom, 1, text(group.level1, 'center'));
    const names = group.rows.map((r) => r.level2);
    const known = level2sOf(group.level1, { tree, catalog });
    const list = listItems([...(known.length > 0 ? known : allLevel2s(tree, catalog)), ...names.filter((n) => !known.some((k) => sameIndicatorName(k, n)))]);
    b.validations.push({
      range: rangeAddress(top, 2, bottom, 2),
      list,
      allowBlank: true,
      strict: false,
      prompt: message('LAYOUT_PICK_LEVEL2', { level1: group.level1 }).message,
      error: message('LAYOUT_PICK_LEVEL2', { level1: group.level1 }).message,
    });
  }
  if (indicators.length > 0) {
    const level1s = level1sOf(tree, catalog);
    const own = indicators.map((r) => r.level1).filter((n) => n.trim() !== '' && !level1s.some((k) => sameIndicatorName(k, n)));
    b.validations.push({
      range: rangeAddress(first, 1, lastRow, 1),
      list: listItems([...level1s, ...own]),
      allowBlank: true,
      strict: false,
      prompt: message('LAYOUT_PICK_LEVEL1').message,
      error: message('LAYOUT_PICK_LEVEL1').message,
    });
    extras.forEach((extra, k) => {
      const c = 1 + BASE_COLUMNS.length + k;
      if (extra.kind === 'list' && extra.choices) {
        b.validations.push({
          range: rangeAddress(first, c, lastRow, c),
          list: listItems(extra.choices),
          allowBlank: true,
          strict: true,
          error: message('LAYOUT_PICK_LIST').message,
        });
      }
      if (extra.kind === 'input' || extra.kind === 'inputText' || extra.kind === 'inputNumber' || extra.kind === 'list') b.input(first, c, lastRow, c);
    });
    b.block('indicators', first, 1, lastRow, last, 'text');
  }
  const columns: Record<string, string> = {};
  BASE_COLUMNS.forEach((key, i) => (columns[key] = columnName(i + 1)));
  extras.forEach((extra, k) => (columns[extra.key] = columnName(1 + BASE_COLUMNS.length + k)));
  const table: LayoutTable = { name: 'indicators', headerRow, firstRow: first, lastRow, columns };
  b.tables.push(table);
  row = lastRow + 1;

  // 合计 (self-evaluation): total weight and total score, the budget row included.
  if (mode === 'self-evaluation' && execution && indicators.length > 0) {
    const weightCol = column('weight');
    const scoreCol = column('score');
    const weightRange = `${cellAddress(first, weightCol)}:${cellAddress(lastRow, weightCol)}`;
    const scoreRange = `${cellAddress(first, scoreCol)}:${cellAddress(lastRow, scoreCol)}`;
    const totalWeight =
      options.weights === false ? null : Math.round((weights.reduce<number>((s, w) => s + (w ?? 0), 0) + DEFAULT_EXECUTION_WEIGHT) * 100) / 100;
    b.merge(row, 1, row, weightCol - 1, text(L.total2, 'label'));
    b.set(row, weightCol, { formula: `=SUM(${weightRange},${execution.weight ?? '0'})`, value: totalWeight, format: GENERAL_FORMAT, style: 'formula' });
    b.set(row, scoreCol, {
      formula: `=IF(COUNT(${scoreRange},${execution.score ?? '0'})=0,"",SUM(${scoreRange},${execution.score ?? '0'}))`,
      value: '',
      format: SCORE_FORMAT,
      style: 'formula',
    });
    if (scoreCol < last) b.merge(row, scoreCol + 1, row, last, { style: 'center' });
    b.block('total', row, 1, row, last, 'center');
    b.atLeast(row, MIN_ROW_HEIGHT);
    b.field('total.weight', row, weightCol);
    b.field('total.score', row, scoreCol);
  }

  const print: Omit<PrintSettings, 'printArea'> = {
    paperSize: 'A4',
    orientation: mode === 'target' ? 'portrait' : 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: `$${headerRow}:$${headerRow}`,
    centerHorizontally: true,
    margins: PRINT_MARGINS,
    footer: PAGE_FOOTER,
  };
  return b.build(print, null);
}

function lineCountIn(value: string, width: number): number {
  return value === '' ? 1 : lineCount(value, width);
}

function heightForHeaders(headers: readonly string[], widths: readonly number[]): number {
  return heightForLines(Math.max(...headers.map((h, i) => lineCount(h, widths[i] ?? 10))));
}

function allLevel2s(tree: TreeId, catalog: Catalog): string[] {
  return treeOf(tree, catalog).level1s.flatMap((node) => node.level2s);
}

