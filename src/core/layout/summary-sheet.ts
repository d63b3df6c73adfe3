/**
 * The 汇总 sheet of a batch: a row per project with a link to its sheet, its amounts and its
 * number of indicators, and a 合计 row. The amounts are formulas on the project sheets (with the
 * values as their cached results), so the summary follows later edits of a project sheet.
 */
import { cellAddress } from './a1';
import { AMOUNT_FORMAT, GENERAL_FORMAT, SCORE_FORMAT, SheetBuilder, TEXT_FORMAT, heightForLines, lineCount, type CellSpec } from './builder';
import { sheetCellFormula, sheetLinkFormula } from './formulas';
import { PAGE_FOOTER, TARGET_LABELS } from './target-sheet';
import { layoutValueAt } from './to-grid';
import type { SheetLayout } from './types';
import type { Project } from '../project/types';

/** The column only a 汇总 sheet has: readers use it to tell a summary from a register. */
export const SUMMARY_MARKER_HEADER = '三级指标数';

export const SUMMARY_SHEET = '汇总';
export const SUMMARY_TITLE = '预算项目绩效目标汇总表';

export interface SummaryEntry {
  project: Project;
  /** The project's sheet as it will be written (its name and field addresses are used). */
  layout: SheetLayout;
}

export interface SummaryLayoutOptions {
  name?: string;
  title?: string;
}

function roundSum(values: ReadonlyArray<number | null | undefined>): number {
  return Math.round(values.reduce<number>((sum, v) => sum + (v ?? 0), 0) * 1e9) / 1e9;
}

/** The summary of `entries`, in their order. */
export function summaryLayout(entries: readonly SummaryEntry[], options: SummaryLayoutOptions = {}): SheetLayout {
  const L = TARGET_LABELS;
  const withScore = entries.some((e) => e.layout.fields['total.score'] !== undefined);
  const headers = ['序号', L.code, L.name, L.total, '财政资金', L.other, SUMMARY_MARKER_HEADER, ...(withScore ? ['自评得分'] : [])];
  const widths = [6, 24, 36, 12, 12, 12, 10, ...(withScore ? [10] : [])];
  const last = widths.length;
  const b = new SheetBuilder(options.name ?? SUMMARY_SHEET, 'summary', widths);

  b.merge(1, 1, 1, last, { value: options.title ?? SUMMARY_TITLE, style: 'title' });
  b.block('title', 1, 1, 1, last, 'title');
  b.atLeast(1, 32);

  const units = [...new Set(entries.map((e) => `${e.project.unitCode}${e.project.unitName}`))];
  const amountUnits = [...new Set(entries.map((e) => e.project.amountUnit))];
  // Amounts in different units do not add up: then no totals, and the unit line says so.
  const oneUnit = amountUnits.length <= 1;
  b.merge(2, 1, 2, last - 2, { value: units.length === 1 ? units[0] : units.length === 0 ? null : '（多个单位）', format: TEXT_FORMAT, style: 'subtitle' });
  b.merge(2, last - 1, 2, last, { value: oneUnit ? L.amountUnit(amountUnits[0] ?? '万元') : '单位：见各表', style: 'subtitleRight' });
  b.block('unit', 2, 1, 2, last, 'subtitle');

  headers.forEach((header, i) => b.set(3, i + 1, { value: header, style: 'header' }));
  b.block('header', 3, 1, 3, last, 'header');
  b.atLeast(3, 24);

  const first = 4;
  entries.forEach(({ project, layout }, i) => {
    const r = first + i;
    const sheet = layout.name;
    const ref = (field: string, value: number | null | undefined, format: string): CellSpec => {
      const address = layout.fields[field];
      return address ? { formula: sheetCellFormula(sheet, address), value: value ?? 0, format, style: 'number' } : { value: null, format, style: 'number' };
    };
    b.set(r, 1, { value: i + 1, style: 'center' });
    b.set(r, 2, { value: project.code === '' ? null : project.code, format: TEXT_FORMAT, style: 'text' });
    b.set(r, 3, { formula: sheetLinkFormula(sheet, 'A1', project.name || sheet), value: project.name || sheet, style: 'link' });
    b.set(r, 4, ref('total', project.budget.total, AMOUNT_FORMAT));
    b.set(r, 5, ref('fiscal', project.budget.fiscal, AMOUNT_FORMAT));
    b.set(r, 6, ref('other', project.budget.other, AMOUNT_FORMAT));
    const table = layout.tables.find((t) => t.name === 'indicators');
    const level3 = table?.columns.level3;
    const count = project.indicators.filter((row) => row.level3.trim() !== '').length;
    b.set(
      r,
      7,
      table && level3 && table.lastRow >= table.firstRow
        ? { formula: `=COUNTA(${sheetCellFormula(sheet, `${level3}${table.firstRow}:${level3}${table.lastRow}`).slice(1)})`, value: count, style: 'center' }
        : { value: 0, style: 'center' },
    );
    if (withScore) b.set(r, 8, layout.fields['total.score'] ? { formula: sheetCellFormula(sheet, layout.fields['total.score']), value: layoutValueAt(layout, layout.fields['total.score']), format: SCORE_FORMAT, style: 'number' } : { style: 'number' });
    b.atLeast(r, heightForLines(lineCount(project.name, widths[2] ?? 36)));
  });
  const lastRow = first + entries.length - 1;
  if (entries.length > 0) b.block('rows', first, 1, lastRow, last, 'text');

  // 合计
  const totalRow = lastRow + 1;
  b.merge(totalRow, 1, totalRow, 3, { value: L.total2, style: 'label' });
  const sum = (column: number, values: ReadonlyArray<number | null | undefined>, format: string): CellSpec =>
    entries.length > 0 && oneUnit
      ? { formula: `=SUM(${cellAddress(first, column)}:${cellAddress(lastRow, column)})`, value: roundSum(values), format, style: 'number' }
      : { format, style: 'number' };
  b.set(totalRow, 4, sum(4, entries.map((e) => e.project.budget.total), AMOUNT_FORMAT));
  b.set(totalRow, 5, sum(5, entries.map((e) => e.project.budget.fiscal), AMOUNT_FORMAT));
  b.set(totalRow, 6, sum(6, entries.map((e) => e.project.budget.other), AMOUNT_FORMAT));
  b.set(
    totalRow,
    7,
    entries.length > 0
      ? { formula: `=SUM(${cellAddress(first, 7)}:${cellAddress(lastRow, 7)})`, value: entries.reduce((s, e) => s + e.project.indicators.filter((r) => r.level3.trim() !== '').length, 0), format: GENERAL_FORMAT, style: 'center' }
      : { style: 'center' },
  );
  b.block('total', totalRow, 1, totalRow, last, 'number');
  b.atLeast(totalRow, 22);
  b.field('total', totalRow, 4);
  b.field('fiscal', totalRow, 5);
  b.field('other', totalRow, 6);
  b.tables.push({
    name: 'summary',
    headerRow: 3,
    firstRow: first,
    lastRow,
    columns: { index: 'A', code: 'B', name: 'C', total: 'D', fiscal: 'E', other: 'F', indicators: 'G', ...(withScore ? { score: 'H' } : {}) },
  });
  return b.build(
    {
      paperSize: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: '$3:$3',
      centerHorizontally: true,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      footer: PAGE_FOOTER,
    },
    { rows: 3, columns: 0 },
  );
}
