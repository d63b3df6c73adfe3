/**
 * Self-evaluation and monitoring sheets in .xlsx files (exceljs): added to a workbook that is
 * kept as it is, with every formula's computed value cached, so that a file opened where PerfTable
 * is not installed (another office, WPS, a phone) shows numbers and not #NAME?; and a frozen copy
 * of a sheet (固化结果) with the PERF formulas replaced by their cached results.
 *
 * exceljs cannot write charts: a layout's `charts` are left out here. The chart data block stays
 * on the sheet (months, planned and actual cumulative %), so that a chart is one click away in
 * Excel (select it, 插入 › 折线图); inside Excel the task pane draws the chart itself.
 */
import * as ExcelJS from 'exceljs';
import { frozenSheetName } from '../core/layout/evaluation';
import { safeSheetName } from '../core/layout/sheet-names';
import type { SheetLayout } from '../core/layout/types';
import { addSheetsToPackage } from './ooxml-add-sheets';
import { createWorkbook, formulaResultOf, loadWorkbook as loadXlsx, workbookToXlsx, writeLayout, type WithDataValidations } from './xlsx';

/** `_xldudf_PERF_` as it is stored, or `PERF.` as a file written by another tool may hold it. */
const PERF_CALL = /_xldudf_PERF_|(^|[^A-Za-z0-9_.])PERF\./i;

/**
 * A workbook read from a user's file remembers the file's bytes, so that adding sheets to it
 * writes the original package with the new sheet parts added (ooxml-add-sheets.ts) instead of
 * re-serialising it with exceljs, which loses charts, pivots, a legacy password, custom
 * properties … The exceljs model still gets the sheets (for reading back), but is not what is saved.
 */
interface Original {
  bytes: Uint8Array;
  added: SheetLayout[];
  /** Set when the model was changed in another way (固化结果): then only a full write has it. */
  changed: boolean;
}
const originals = new WeakMap<ExcelJS.Workbook, Original>();

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = await loadXlsx(data);
  originals.set(workbook, { bytes: new Uint8Array(data instanceof ArrayBuffer ? data.slice(0) : data.slice()), added: [], changed: false });
  return workbook;
}

/**
 * Writes the layouts as new sheets (a taken name gets a suffix; no sheet is replaced) and keeps
 * the cached results: the workbook is set not to recalculate on open, since Excel without the
 * add-in would turn every PERF formula into #NAME? if it did.
 */
export function addEvaluationSheets(workbook: ExcelJS.Workbook, layouts: readonly SheetLayout[]): Array<{ requested: string; name: string }> {
  const taken = workbook.worksheets.map((ws) => ws.name);
  const written: Array<{ requested: string; name: string }> = [];
  for (const layout of layouts) {
    const name = safeSheetName(layout.name, taken);
    taken.push(name);
    const named = name === layout.name ? layout : { ...layout, name };
    writeLayout(workbook, named);
    originals.get(workbook)?.added.push(named);
    written.push({ requested: layout.name, name });
  }
  // An opened file may have asked for a recalculation on open; the cached results must show instead.
  workbook.calcProperties.fullCalcOnLoad = false;
  return written;
}

/** The workbook as .xlsx bytes. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const original = originals.get(workbook);
  if (!original || original.changed) return workbookToXlsx(workbook);
  if (original.added.length === 0) return original.bytes;
  const fresh = createWorkbook();
  for (const layout of original.added) writeLayout(fresh, layout);
  const sheets = new Uint8Array((await fresh.xlsx.writeBuffer()) as ArrayBuffer);
  return (await addSheetsToPackage(original.bytes, sheets)).bytes;
}

/** A new file holding only `layouts`, with their cached results (for tests and the CLI without an input). */
export async function evaluationLayoutsToXlsx(layouts: readonly SheetLayout[]): Promise<Uint8Array> {
  const workbook = createWorkbook();
  addEvaluationSheets(workbook, layouts);
  return workbookBuffer(workbook);
}

export interface FreezeResult {
  /** The copy's name (`<sheet>-固化`, made unique). */
  name: string;
  /** How many PERF formulas became values. */
  replaced: number;
}

/**
 * 固化结果: copies `name` to a new sheet with every PERF formula replaced by its cached result
 * (other formulas, values, styles, merges, widths, validations and conditional formats as they
 * are). The original is not touched.
 */
export function freezeWorksheet(workbook: ExcelJS.Workbook, name: string): FreezeResult {
  const source = workbook.getWorksheet(name);
  if (!source) throw new Error(`no sheet named ${name}`);
  const copyName = frozenSheetName(name, workbook.worksheets.map((ws) => ws.name));
  const original = originals.get(workbook);
  if (original) original.changed = true;
  const copy = workbook.addWorksheet(copyName, { views: source.views.map((v) => ({ ...v })), pageSetup: { ...source.pageSetup }, headerFooter: { ...source.headerFooter } });
  let replaced = 0;
  source.columns.forEach((column, i) => {
    if (column.width !== undefined) copy.getColumn(i + 1).width = column.width;
  });
  source.eachRow({ includeEmpty: true }, (row, r) => {
    const target = copy.getRow(r);
    if (row.height !== undefined) target.height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const to = target.getCell(c);
      if (cell.type === ExcelJS.ValueType.Merge) {
        to.style = cell.style;
        return;
      }
      if (cell.type === ExcelJS.ValueType.Formula && PERF_CALL.test(cell.formula)) {
        const result = formulaResultOf(cell);
        to.value = result === undefined || result === null ? null : (result as ExcelJS.CellValue);
        replaced += 1;
      } else {
        to.value = cell.value;
      }
      to.style = cell.style;
    });
  });
  for (const merge of source.model.merges ?? []) copy.mergeCells(merge);
  const validations = (source as unknown as WithDataValidations).dataValidations.model;
  for (const [address, validation] of Object.entries(validations)) {
    if (validation) (copy as unknown as WithDataValidations).dataValidations.add(address, validation);
  }
  const formats = (source as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  for (const format of formats) copy.addConditionalFormatting(format);
  return { name: copyName, replaced };
}
