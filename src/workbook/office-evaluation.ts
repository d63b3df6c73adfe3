/**
 * Self-evaluation and monitoring sheets through Office.js: Excel's own chart objects for a
 * layout's `charts` (so a chart follows the numbers as they change), and 固化结果, a copy of a
 * sheet with its PERF formulas replaced by the values they show now, for a colleague without
 * PerfTable. Nothing here changes a sheet the user has: charts go on the sheet just written, and
 * freezing writes only to the copy.
 */
import type { ChartSpec } from '../core/layout/types';
import { cellAddress, parseRange } from '../core/layout/a1';
import type { ExcelRun } from './office';
import { frozenSheetName } from '../core/layout/evaluation';

export interface ChartReport {
  charts: number;
  syncs: number;
}

/** Queues one chart on `sheet`: a line chart of the first series, the rest added, placed over its anchor. */
export function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): Excel.Chart {
  const [first, ...rest] = spec.series;
  if (!first) throw new RangeError('a chart needs a series');
  const chart = sheet.charts.add('Line', sheet.getRange(first.values), 'Columns');
  chart.title.text = spec.title;
  chart.legend.position = 'Bottom';
  const categories = sheet.getRange(spec.categories);
  const series = chart.series.getItemAt(0);
  series.name = first.name;
  series.setXAxisValues(categories);
  for (const more of rest) {
    const added = chart.series.add(more.name);
    added.setValues(sheet.getRange(more.values));
    added.setXAxisValues(categories);
  }
  const anchor = parseRange(spec.anchor);
  chart.setPosition(cellAddress(anchor.top, anchor.left), cellAddress(anchor.bottom, anchor.right));
  return chart;
}

/** Draws `charts` on the sheet `name` in one sync. */
export function addCharts(run: ExcelRun, name: string, charts: readonly ChartSpec[]): Promise<ChartReport> {
  return run(async (context) => {
    if (charts.length === 0) return { charts: 0, syncs: 0 };
    const sheet = context.workbook.worksheets.getItem(name);
    for (const spec of charts) queueChart(sheet, spec);
    await context.sync();
    return { charts: charts.length, syncs: 1 };
  });
}

export interface FreezeReport {
  /** The copy's name. */
  name: string;
  /** How many PERF formulas became values. */
  replaced: number;
  syncs: number;
}

/** A PERF call in Office.js's syntax (`PERF.SCORE(`), not inside a text constant. */
function hasPerfCall(formula: unknown): boolean {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  const outside = formula.split(/"(?:[^"]|"")*"/).join('');
  return /(^|[^A-Za-z0-9_.])PERF\.[A-Za-z]/i.test(outside);
}

/**
 * 固化结果 in two syncs: (1) copy the sheet to the end and read the copy's formulas and values and
 * the names taken; (2) rename the copy and write its used range back with every PERF formula
 * replaced by its value (other formulas and constants written as they were). The original sheet
 * is never written to.
 */
export function freezeSheet(run: ExcelRun, name: string): Promise<FreezeReport> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const copy = sheets.getItem(name).copy('End');
    const used = copy.getUsedRangeOrNullObject();
    used.load(['formulas', 'values', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    await context.sync();
    const taken = sheets.items.map((s) => s.name);
    const target = frozenSheetName(name, taken);
    copy.name = target;
    let replaced = 0;
    if (!(used as unknown as { isNullObject?: boolean }).isNullObject && used.rowCount > 0 && used.columnCount > 0) {
      const formulas = used.formulas as unknown[][];
      const values = used.values as unknown[][];
      const out = formulas.map((row, r) =>
        row.map((formula, c) => {
          if (!hasPerfCall(formula)) return formula;
          replaced += 1;
          return values[r]?.[c] ?? '';
        }),
      );
      if (replaced > 0) {
        const top = used.rowIndex + 1;
        const left = used.columnIndex + 1;
        const address = `${cellAddress(top, left)}:${cellAddress(top + used.rowCount - 1, left + used.columnCount - 1)}`;
        copy.getRange(address).formulas = out as string[][];
      }
    }
    await context.sync();
    return { name: target, replaced, syncs: 2 };
  });
}
