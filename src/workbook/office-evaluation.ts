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

/** 固化结果 is refused, before anything changes, on a protected sheet: its copy would be protected too. */
export class ProtectedFreezeError extends Error {
  constructor(readonly sheet: string) {
    super(`工作表「${sheet}」受保护，未生成固化副本；请先撤消工作表保护。 / Sheet ${sheet} is protected: no frozen copy was made. Unprotect it first.`);
    this.name = 'ProtectedFreezeError';
  }
}

/**
 * Text a PERF function showed, written so that Excel keeps it as text: `values` are read like typed
 * input, where `0012` would become 12 and `=…` a formula. Numbers and booleans go as they are.
 */
function asTyped(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/**
 * 固化结果: a copy of the sheet with every PERF formula replaced by the value it shows now.
 * (1) Read the names taken, whether the sheet is protected, and its formulas and values; (2) where
 * PERF formulas spill, read how far (skipped when none is found); (3) copy the sheet, rename the
 * copy, and write values into the PERF cells only (each with its spill), read from the original.
 * Every other cell of the copy is left as Excel copied it: text such as `'0012` stays text, and
 * other dynamic arrays keep their spill. The original sheet is never written to.
 */
export function freezeSheet(run: ExcelRun, name: string): Promise<FreezeReport> {
  return run(async (context) => {
    let syncs = 0;
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const original = sheets.getItem(name);
    const protection = original.protection;
    protection.load('protected');
    const used = original.getUsedRangeOrNullObject();
    used.load(['formulas', 'values', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    await context.sync();
    syncs += 1;
    if (protection.protected) throw new ProtectedFreezeError(name);
    const anchors: Array<{ row: number; column: number }> = [];
    if (!used.isNullObject) {
      const formulas = used.formulas as unknown[][];
      formulas.forEach((row, r) => row.forEach((formula, c) => (hasPerfCall(formula) ? anchors.push({ row: r, column: c }) : undefined)));
    }
    const spills = anchors.map(({ row, column }) => {
      const spill = used.getCell(row, column).getSpillingToRangeOrNullObject();
      spill.load('address');
      return spill;
    });
    if (spills.length > 0) {
      await context.sync();
      syncs += 1;
    }
    const taken = sheets.items.map((s) => s.name);
    const target = frozenSheetName(name, taken);
    const copy = original.copy('End');
    copy.name = target;
    const values = used.isNullObject ? [] : (used.values as unknown[][]);
    anchors.forEach(({ row, column }, i) => {
      const top = used.rowIndex + row + 1;
      const left = used.columnIndex + column + 1;
      const spill = spills[i]!;
      // A spilled result is written whole, its anchor first, so nothing is left for #SPILL!.
      const area = spill.isNullObject ? { top, left, bottom: top, right: left } : parseRange(spill.address.slice(spill.address.lastIndexOf('!') + 1).replace(/\$/g, ''));
      const block: unknown[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const line: unknown[] = [];
        for (let c = area.left; c <= area.right; c++) line.push(asTyped(values[r - used.rowIndex - 1]?.[c - used.columnIndex - 1] ?? ''));
        block.push(line);
      }
      copy.getRange(`${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`).values = block as string[][];
    });
    await context.sync();
    syncs += 1;
    return { name: target, replaced: anchors.length, syncs };
  });
}
