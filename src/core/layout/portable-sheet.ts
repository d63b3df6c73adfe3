/**
 * 通用公式 on a 自评/监控 layout (issue 11): after evaluation.ts has completed the sheet with PERF
 * formulas and their cached results, every rule a portable formula can express is rewritten with
 * formulas any spreadsheet computes (core/portable), helper columns (数值, 折算值, 判定) and a 词表
 * are added to the right of the print area, and each row records the 指标值 it was compiled from.
 * A row the compiler cannot express keeps its PERF formula and says so in its 说明 cell.
 */
import { cellAddress, columnName, parseAddress, rangeAddress } from './a1';
import { GENERAL_FORMAT, TEXT_FORMAT, STYLES, widthToPoints, type StyleName } from './builder';
import type { BlockName, CellValue, LayoutBlock, SheetLayout } from './types';
import type { ActualInput } from '../evaluate/types';
import { message } from '../i18n/messages';
import type { Project } from '../project/types';
import { helperValues } from '../portable/cache';
import { compileRow, type FallbackReason, type RowCells } from '../portable/compile';
import { num } from '../portable/excel';
import {
  gradeFormula,
  planLightFormula,
  plannedFormula,
  timeLightFormula,
  totalFormula,
  worstLightFormula,
} from '../portable/sheet';
import { WORD_HEADERS, wordRows, type WordTable } from '../portable/words';
import { PORTABLE_LABELS, type PortableHelper } from '../portable/labels';

export { PORTABLE_LABELS };
import type { ScoreProfile } from '../score/profiles';

/** A row that keeps its PERF formula, for the CLI's JSON and the pane. */
export interface PortableFallback {
  /** 1-based row of the sheet. */
  row: number;
  indicator: string;
  target: string;
  reason: FallbackReason;
  message: string;
  messageEn: string;
}

/** What evaluation.ts's editor offers (structural, so that this file does not import it). */
export interface CellEditor {
  readonly layout: SheetLayout;
  set(address: string, edit: { value?: CellValue; formula?: string | null; format?: string; style?: StyleName }): void;
  cache(address: string, value: CellValue): void;
  get(address: string): { value: CellValue; formula: string | null };
  readonly lastColumn: number;
  resize(): void;
}


type HelperKey = PortableHelper;

const HELPER_WIDTH = 12;
const WORD_WIDTHS = [16, 6, 8, 6];

export interface PortableContext {
  project: Project;
  profile: ScoreProfile;
  mode: 'self-evaluation' | 'monitoring';
  month: number;
  actuals: readonly ActualInput[];
  forecasts: readonly ActualInput[];
}

function addColumn(layout: SheetLayout, width: number): number {
  const column = layout.columns.length + 1;
  layout.columns.push({ column: columnName(column), width, widthPoints: widthToPoints(width) });
  return column;
}

/** A block of empty cells (formats General, one style) that set() can then fill. */
function addBlock(layout: SheetLayout, name: BlockName, top: number, left: number, bottom: number, right: number, style: StyleName): void {
  const rows = bottom - top + 1;
  const columns = right - left + 1;
  const matrix = <T>(value: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
  const block: LayoutBlock = {
    name,
    range: rangeAddress(top, left, bottom, right, true),
    values: matrix<CellValue>(null),
    formulas: matrix<string | null>(null),
    numberFormats: matrix(GENERAL_FORMAT),
    styles: matrix<string>(style),
  };
  layout.blocks.push(block);
  layout.styles[style] ??= { ...STYLES[style] };
}

/** Rewrites a completed 自评/监控 layout with portable formulas; returns the rows that keep PERF. */
export function applyPortableFormulas(editor: CellEditor, context: PortableContext): PortableFallback[] {
  const layout = editor.layout;
  const table = layout.tables.find((t) => t.name === 'indicators');
  if (!table || table.lastRow < table.firstRow) return [];
  const printArea = layout.print.printArea;
  const col = (key: string): string => {
    const letter = table.columns[key];
    if (!letter) throw new RangeError(`no column ${key}`);
    return letter;
  };
  const monitoring = context.mode === 'monitoring';
  const keys: HelperKey[] = monitoring
    ? ['number', 'reading', 'verdict', 'forecastNumber', 'forecastReading', 'forecastVerdict', 'compiledFrom', 'note']
    : ['number', 'reading', 'verdict', 'compiledFrom', 'note'];

  // Helper columns beside the table, then a gap, then the 词表 from the header row down.
  const helper: Partial<Record<HelperKey, string>> = {};
  const firstHelper = editor.lastColumn + 1;
  for (const key of keys) helper[key] = columnName(addColumn(layout, key === 'compiledFrom' || key === 'note' ? 20 : HELPER_WIDTH));
  const lastHelper = firstHelper + keys.length - 1;
  addBlock(layout, 'indicator-header', table.headerRow, firstHelper, table.headerRow, lastHelper, 'header');
  addBlock(layout, 'indicators', table.firstRow, firstHelper, table.lastRow, lastHelper, 'formula');
  keys.forEach((key, k) => editor.set(cellAddress(table.headerRow, firstHelper + k), { value: PORTABLE_LABELS[key] }));
  for (const key of keys) table.columns[`portable.${key}`] = helper[key]!;

  addColumn(layout, 2);
  const wordColumn = addColumn(layout, WORD_WIDTHS[0]!);
  for (const width of WORD_WIDTHS.slice(1)) addColumn(layout, width);
  const words = wordRows();
  const wordTop = table.headerRow;
  addBlock(layout, 'header', wordTop, wordColumn, wordTop, wordColumn + 3, 'header');
  addBlock(layout, 'rows', wordTop + 1, wordColumn, wordTop + words.length, wordColumn + 3, 'center');
  WORD_HEADERS.forEach((header, k) => editor.set(cellAddress(wordTop, wordColumn + k), { value: k === 0 ? `${header}（通用公式词表）` : header }));
  words.forEach((word, i) => {
    const r = wordTop + 1 + i;
    [word.word, word.kind, word.verdict].forEach((value, k) => editor.set(cellAddress(r, wordColumn + k), { value }));
    editor.set(cellAddress(r, wordColumn + 3), { value: word.rank });
  });
  const wordRange = (k: number): string => `$${columnName(wordColumn + k)}$${wordTop + 1}:$${columnName(wordColumn + k)}$${wordTop + words.length}`;
  const wordTable: WordTable = { words: wordRange(0), kinds: wordRange(1), verdicts: wordRange(2), ranks: wordRange(3) };
  layout.fields['portable.words'] = cellAddress(wordTop, wordColumn);

  const fallbacks: PortableFallback[] = [];
  context.project.indicators.forEach((indicator, i) => {
    const r = table.firstRow + i;
    const at = (key: HelperKey): string => `${helper[key]}${r}`;
    const level2 = indicator.level2.trim() === '' ? undefined : indicator.level2;
    const cells: RowCells = { actual: `${col('actual')}${r}`, number: at('number'), reading: at('reading'), verdict: at('verdict') };
    if (!monitoring) cells.weight = `${col('weight')}${r}`;
    const compiled = compileRow({
      target: indicator.target,
      ...(level2 !== undefined ? { level2 } : {}),
      profile: context.profile,
      ...(monitoring ? { month: context.month } : {}),
      words: wordTable,
      cells,
    });
    editor.set(at('compiledFrom'), { value: compiled.ok ? compiled.row.compiledFrom : compiled.compiledFrom });
    if (!compiled.ok) {
      const text = message(`PORTABLE_FALLBACK_${compiled.reason}`);
      editor.set(at('note'), { value: text.message });
      fallbacks.push({ row: r, indicator: indicator.level3, target: indicator.target, reason: compiled.reason, ...text });
      return;
    }
    const { row } = compiled;
    const cached = helperValues(context.actuals[i] ?? null, indicator.target, level2);
    editor.set(at('number'), { formula: row.number, value: cached.number, format: GENERAL_FORMAT });
    editor.set(at('reading'), { formula: row.reading, value: cached.reading, format: GENERAL_FORMAT });
    editor.set(at('verdict'), { formula: row.verdict, value: cached.verdict, format: GENERAL_FORMAT });
    if (monitoring) {
      if (row.light && table.columns.light) editor.set(`${table.columns.light}${r}`, { formula: row.light });
      const forecast = compileRow({
        target: indicator.target,
        ...(level2 !== undefined ? { level2 } : {}),
        profile: context.profile,
        words: wordTable,
        cells: { actual: `${col('forecast')}${r}`, number: at('forecastNumber'), reading: at('forecastReading'), verdict: at('forecastVerdict') },
      });
      if (forecast.ok) {
        const values = helperValues(context.forecasts[i] ?? null, indicator.target, level2);
        editor.set(at('forecastNumber'), { formula: forecast.row.number, value: values.number, format: GENERAL_FORMAT });
        editor.set(at('forecastReading'), { formula: forecast.row.reading, value: values.reading, format: GENERAL_FORMAT });
        editor.set(at('forecastVerdict'), { formula: forecast.row.verdict, value: values.verdict, format: GENERAL_FORMAT });
        editor.set(`${col('met')}${r}`, { formula: forecast.row.met });
      }
    } else {
      editor.set(`${col('met')}${r}`, { formula: row.met });
      if (row.score) editor.set(`${col('score')}${r}`, { formula: row.score });
    }
  });

  const light = table.columns.light;
  if (monitoring) portableMonitoringFigures(editor, context, light ? `${light}${table.firstRow}:${light}${table.lastRow}` : undefined);
  else portableSelfEvaluationFigures(editor, context.profile, `${col('score')}${table.firstRow}:${col('score')}${table.lastRow}`, `${col('weight')}${table.firstRow}:${col('weight')}${table.lastRow}`);

  editor.resize();
  // The helper columns and the 词表 serve the formulas; the printed form stays as it was.
  layout.print = { ...layout.print, printArea };
  return fallbacks;
}

function field(layout: SheetLayout, key: string): string | undefined {
  return layout.fields[key];
}

function portableSelfEvaluationFigures(editor: CellEditor, profile: ScoreProfile, scores: string, weights: string): void {
  const layout = editor.layout;
  const executionScore = field(layout, 'execution.score');
  const total = field(layout, 'total.score');
  const grade = field(layout, 'total.grade');
  if (executionScore && total) editor.set(total, { formula: totalFormula(executionScore, scores, weights, undefined, profile) });
  if (total && grade) editor.set(grade, { formula: gradeFormula(total, profile) });
}

/** The plan's percent cells on the sheet (or its constants), one per checkpoint, for plannedFormula. */
function planCells(layout: SheetLayout, project: Project): { cells: string[]; months: number[] } | undefined {
  const plan = project.spendPlan;
  if (plan.length === 0 || plan.some((c) => c.percent === null || !Number.isFinite(c.percent))) return undefined;
  const cells = plan.map((c) => {
    const address = layout.fields[`spend.${c.month}`];
    if (!address) return num((c.percent ?? 0) / 100);
    const { row, column } = parseAddress(address);
    return `$${columnName(column)}$${row}`;
  });
  return { cells, months: plan.map((c) => c.month) };
}

function portableMonitoringFigures(editor: CellEditor, context: PortableContext, lights: string | undefined): void {
  const layout = editor.layout;
  const { profile, month } = context;
  const rate = field(layout, 'execution.rate');
  const planned = field(layout, 'execution.planned');
  const timeLight = field(layout, 'execution.timeLight');
  const planLight = field(layout, 'execution.planLight');
  const projectLight = field(layout, 'execution.light');
  const plan = planCells(layout, context.project);
  if (plan && planned) editor.set(planned, { formula: plannedFormula(month, plan.cells, plan.months) });
  if (rate && timeLight) editor.set(timeLight, { formula: timeLightFormula(rate, month, profile) });
  if (plan && rate && planned && planLight) editor.set(planLight, { formula: planLightFormula(rate, planned, profile) });
  if (projectLight && lights) editor.set(projectLight, { formula: worstLightFormula(lights) });
  if (!plan) return;
  for (let m = 1; m <= 12; m += 1) {
    const label = field(layout, `chart.${m}`);
    if (!label) continue;
    const { row } = parseAddress(label);
    editor.set(cellAddress(row, 2), { formula: plannedFormula(m, plan.cells, plan.months) });
  }
}

/** 固化 (values): every formula replaced by the value it shows; text stays text. */
export function valuesOnly(layout: SheetLayout): void {
  for (const block of layout.blocks) {
    block.formulas.forEach((row, i) =>
      row.forEach((formula, j) => {
        if (formula === null) return;
        row[j] = null;
        const value = block.values[i]![j];
        if (typeof value === 'string') block.numberFormats[i]![j] = TEXT_FORMAT;
      }),
    );
  }
}
