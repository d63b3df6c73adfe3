/**
 * 一键汇总: one row per self-evaluation or monitoring sheet of a workbook, with its project's
 * 执行率, 得分, 等级 and 监控灯. Each figure is a formula on the project's sheet (absolute, so that
 * sorting the rows keeps them right) with its current value cached. No 合计 row: the table is
 * meant to be sorted (数据 › 排序), and a total row would sort into the middle.
 *
 * The sheets are found by their labels (as evaluation.ts writes them, and as the reader reads any
 * 绩效目标表), so the summary can be made from whatever the workbook holds now.
 */
import { absoluteAddress, cellAddress } from './a1';
import { GENERAL_FORMAT, PERCENT_2_FORMAT, SCORE_FORMAT, SheetBuilder, TEXT_FORMAT, heightForLines, lineCount, type CellSpec } from './builder';
import { EVALUATION_LABELS, LIGHT_COLORS } from './evaluation';
import { sheetLinkFormula, sheetCellFormula } from './formulas';
import { SUMMARY_MARKER_HEADER } from './summary-sheet';
import { PAGE_FOOTER, TARGET_LABELS } from './target-sheet';
import type { SheetLayout } from './types';
import { a1, parseA1 } from '../check/address';
import type { Grid, GridValue } from '../read/grid';
import { normalizeLabel, readTargetSheets } from '../read/target-sheet';
import { LIGHT_ZH } from '../score/monitor';
import type { Light } from '../score/types';

export const EVALUATION_SUMMARY_SHEET = '绩效汇总';
export const EVALUATION_SUMMARY_TITLE = '项目绩效自评与监控汇总表';

/** One sheet's figures: where they are (A1 on its sheet) and what they show now. */
export interface EvaluationSummaryEntry {
  sheet: string;
  code: string;
  name: string;
  mode: 'self-evaluation' | 'monitoring';
  /** Monitoring: X of 1-X月. */
  month?: number;
  indicators: number;
  cells: { rate?: string; score?: string; grade?: string; light?: string };
  values: { rate: number | null; score: number | null; grade: string | null; light: string | null };
}

/** X of a `1-X月执行数` label between rows `from` and `to`. */
function findMonthLabel(grid: Grid, from: number, to: number): number | undefined {
  for (let r = from; r <= to; r++) {
    const row = grid.rows[r];
    if (!Array.isArray(row)) continue;
    for (const v of row) {
      const match = typeof v === 'string' ? /^1-(\d{1,2})月执行数$/.exec(normalizeLabel(v)) : null;
      if (match) return Number(match[1]);
    }
  }
  return undefined;
}

function valueAt(grid: Grid, address: string | undefined): GridValue {
  if (!address) return null;
  const p = parseA1(address);
  if (!p) return null;
  const row = grid.rows[p[0]];
  return Array.isArray(row) ? (row[p[1]] ?? null) : null;
}

function numeric(value: GridValue): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function textOrNull(value: GridValue): string | null {
  return typeof value === 'string' && value.trim() !== '' && !value.startsWith('=') ? value.trim() : null;
}

/** Where a label is on a grid: 0-based row and column of the first cell whose text is `label`. */
function findLabel(grid: Grid, label: string, from = 0, to = grid.rows.length - 1): [number, number] | undefined {
  for (let r = Math.max(0, from); r <= Math.min(to, grid.rows.length - 1); r++) {
    const row = grid.rows[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && normalizeLabel(v) === label) return [r, c];
    }
  }
  return undefined;
}

/** The cell to the right of a label's merged area (the merge starting at the label), on the same row. */
function rightOf(grid: Grid, r: number, c: number): number {
  for (const merge of grid.merges ?? []) {
    const [from = '', to = from] = merge.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    if (a && b && a[0] === r && a[1] === c) return b[1] + 1;
  }
  return c + 1;
}

/** The self-evaluation and monitoring sheets of a workbook, with their figures. */
export function findEvaluationSheets(grids: readonly Grid[]): EvaluationSummaryEntry[] {
  const out: EvaluationSummaryEntry[] = [];
  for (const grid of grids) {
    const { tables } = readTargetSheets(grid);
    for (const table of tables) {
      const header = table.cells.header ? parseA1(table.cells.header) : undefined;
      if (!header) continue;
      // By the columns, not the title (titles vary): a forecast column is monitoring, a 得分 column self-evaluation.
      const mode = findLabel(grid, TARGET_LABELS.forecast, header[0], header[0])
        ? 'monitoring'
        : findLabel(grid, TARGET_LABELS.score, header[0], header[0])
          ? 'self-evaluation'
          : undefined;
      if (!mode) continue;
      const top = table.cells.table ? (parseA1(table.cells.table)?.[0] ?? 0) : 0;
      const cells: EvaluationSummaryEntry['cells'] = {};
      const rateLabel = findLabel(grid, TARGET_LABELS.rate, top, header[0]);
      if (rateLabel) cells.rate = a1(rateLabel[0] + 1, rateLabel[1]);
      if (mode === 'self-evaluation') {
        // 合计's score sits in the 得分 column of the indicator header; 评价等级's grade beside its label.
        const scoreHeader = findLabel(grid, TARGET_LABELS.score, header[0], header[0]);
        const total = findLabel(grid, TARGET_LABELS.total2, header[0] + 1);
        if (scoreHeader && total) cells.score = a1(total[0], scoreHeader[1]);
        const grade = findLabel(grid, EVALUATION_LABELS.grade, header[0] + 1);
        if (grade) cells.grade = a1(grade[0], rightOf(grid, grade[0], grade[1]));
      } else {
        const light = findLabel(grid, EVALUATION_LABELS.projectLight, top, header[0]);
        if (light) cells.light = a1(light[0] + 1, light[1]);
      }
      const spentLabel = mode === 'monitoring' ? findMonthLabel(grid, top, header[0]) : undefined;
      const entry: EvaluationSummaryEntry = {
        sheet: grid.sheet,
        code: table.project.code,
        name: table.project.name,
        mode,
        indicators: table.project.indicators.filter((row) => row.level3.trim() !== '').length,
        cells,
        values: {
          rate: numeric(valueAt(grid, cells.rate)),
          score: numeric(valueAt(grid, cells.score)),
          grade: textOrNull(valueAt(grid, cells.grade)),
          light: textOrNull(valueAt(grid, cells.light)),
        },
      };
      if (spentLabel !== undefined) entry.month = spentLabel;
      out.push(entry);
    }
  }
  return out;
}

export interface EvaluationSummaryOptions {
  name?: string;
  title?: string;
}

/** The 一键汇总 sheet of `entries`, in their order. */
export function evaluationSummaryLayout(entries: readonly EvaluationSummaryEntry[], options: EvaluationSummaryOptions = {}): SheetLayout {
  const L = TARGET_LABELS;
  // 三级指标数 marks the sheet as a summary, so the checker does not read it as a register.
  const headers = ['序号', L.code, L.name, '表别', L.rate, '自评得分', '评价等级', '监控灯', SUMMARY_MARKER_HEADER];
  const widths = [6, 24, 36, 14, 10, 10, 10, 8, 10];
  const last = widths.length;
  const b = new SheetBuilder(options.name ?? EVALUATION_SUMMARY_SHEET, 'summary', widths);
  b.merge(1, 1, 1, last, { value: options.title ?? EVALUATION_SUMMARY_TITLE, style: 'title' });
  b.block('title', 1, 1, 1, last, 'title');
  b.atLeast(1, 32);
  headers.forEach((header, i) => b.set(2, i + 1, { value: header, style: 'header' }));
  b.block('header', 2, 1, 2, last, 'header');
  b.atLeast(2, 24);

  const first = 3;
  entries.forEach((entry, i) => {
    const r = first + i;
    const ref = (address: string | undefined, value: string | number | null, format: string): CellSpec => {
      if (!address) return { value: null, format, style: 'center' };
      const p = parseA1(address);
      const absolute = p ? absoluteAddress(p[0] + 1, p[1] + 1) : address;
      // `&""` keeps an empty source cell empty rather than 0.
      const formula = format === TEXT_FORMAT || format === GENERAL_FORMAT ? `=${sheetCellFormula(entry.sheet, absolute).slice(1)}&""` : sheetCellFormula(entry.sheet, absolute);
      return { formula, value: value ?? '', format: format === TEXT_FORMAT ? GENERAL_FORMAT : format, style: 'center' };
    };
    b.set(r, 1, { value: i + 1, style: 'center' });
    b.set(r, 2, { value: entry.code === '' ? null : entry.code, format: TEXT_FORMAT, style: 'text' });
    b.set(r, 3, { formula: sheetLinkFormula(entry.sheet, 'A1', entry.name || entry.sheet), value: entry.name || entry.sheet, style: 'link' });
    b.set(r, 4, { value: entry.mode === 'monitoring' ? `监控（1-${entry.month ?? 12}月）` : '自评', format: TEXT_FORMAT, style: 'center' });
    b.set(r, 5, ref(entry.cells.rate, entry.values.rate, PERCENT_2_FORMAT));
    b.set(r, 6, ref(entry.cells.score, entry.values.score, SCORE_FORMAT));
    b.set(r, 7, ref(entry.cells.grade, entry.values.grade, GENERAL_FORMAT));
    b.set(r, 8, ref(entry.cells.light, entry.values.light, GENERAL_FORMAT));
    b.set(r, 9, { value: entry.indicators, style: 'center' });
    b.atLeast(r, heightForLines(lineCount(entry.name, widths[2] ?? 36)));
  });
  const lastRow = first + entries.length - 1;
  if (entries.length > 0) {
    b.block('rows', first, 1, lastRow, last, 'text');
    const lights = `${cellAddress(first, 8)}:${cellAddress(lastRow, 8)}`;
    for (const light of ['red', 'yellow', 'green', 'blue'] as Light[]) {
      b.conditionalFormats.push({
        range: lights,
        formula: `=${cellAddress(first, 8)}="${LIGHT_ZH[light]}"`,
        fill: LIGHT_COLORS[light].fill,
        fontColor: LIGHT_COLORS[light].fontColor,
        code: `LAYOUT_LIGHT_${light.toUpperCase()}`,
      });
    }
  }
  b.tables.push({
    name: 'summary',
    headerRow: 2,
    firstRow: first,
    lastRow,
    columns: { index: 'A', code: 'B', name: 'C', kind: 'D', rate: 'E', score: 'F', grade: 'G', light: 'H', indicators: 'I' },
  });
  return b.build(
    {
      paperSize: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: '$2:$2',
      centerHorizontally: true,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      footer: PAGE_FOOTER,
    },
    { rows: 2, columns: 0 },
  );
}
