/**
 * Sheets through Office.js: writing a SheetLayout, reading grids, going to a cell. The layout is
 * data made by the core; this module only queues it, so that a sheet costs one `context.sync`
 * (plus one for the whole batch to learn the names already taken, and one to recalculate at the end).
 */
import type { CellStyle, LayoutBlock, SheetLayout } from '../core/layout/types';
import { safeSheetName } from '../core/layout/sheet-names';
import { cellAddress, parseRange } from '../core/layout/a1';
import type { Grid, GridValue } from '../core/read/grid';
import type { ExcelRun } from './office';
import type { WriteOptions, WriteReport } from './port';

/** Writes each layout to a new worksheet. Nothing existing is overwritten. */
export function writeLayouts(run: ExcelRun, layouts: readonly SheetLayout[], options: WriteOptions = {}): Promise<WriteReport> {
  return run(async (context) => {
    let syncs = 0;
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    syncs += 1;
    const taken = sheets.items.map((sheet) => sheet.name);
    const written: WriteReport['written'] = [];
    let cancelled = false;
    for (const layout of layouts) {
      if (options.isCancelled?.()) {
        cancelled = true;
        break;
      }
      const name = safeSheetName(layout.name, taken);
      taken.push(name);
      queueLayout(sheets.add(name), layout);
      // The formulas of a sheet calculate once, after it is whole, not after every range.
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();
      syncs += 1;
      written.push({ requested: layout.name, name });
      options.onProgress?.(written.length, layouts.length, name);
    }
    if (written.length > 0) {
      // Suspended calculation is not made up for by itself: ask for it once everything is written.
      context.application.calculate('Recalculate');
      await context.sync();
      syncs += 1;
    }
    return { written, cancelled, syncs };
  });
}

/** Queues every part of a layout on `sheet`; nothing is sent until the caller syncs. */
export function queueLayout(sheet: Excel.Worksheet, layout: SheetLayout): void {
  for (const block of layout.blocks) queueBlock(sheet, block, layout.styles);
  for (const merge of layout.merges) sheet.getRange(merge).merge(false);
  for (const column of layout.columns) sheet.getRange(`${column.column}:${column.column}`).format.columnWidth = column.widthPoints;
  for (const row of layout.rows) sheet.getRange(`${row.row}:${row.row}`).format.rowHeight = row.height;
  for (const validation of layout.validations) {
    const range = sheet.getRange(validation.range);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: validation.list.join(',') } };
    range.dataValidation.ignoreBlanks = validation.allowBlank;
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: validation.strict ? 'Stop' : 'Warning',
      title: 'PerfTable',
      message: validation.error ?? '',
    };
    if (validation.prompt) range.dataValidation.prompt = { showPrompt: true, title: 'PerfTable', message: validation.prompt };
  }
  for (const rule of layout.conditionalFormats) {
    const format = sheet.getRange(rule.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.fontColor;
  }
  queuePrint(sheet, layout);
  if (layout.freeze) {
    const { rows, columns } = layout.freeze;
    if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${cellAddress(rows, columns)}`));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  }
}

/**
 * One block, written whole: number formats first (a `@` cell then keeps `=1+1` as text), then
 * constants and formulas in one matrix, then the look of every cell in one call.
 */
function queueBlock(sheet: Excel.Worksheet, block: LayoutBlock, styles: Record<string, CellStyle>): void {
  const range = sheet.getRange(block.range);
  range.numberFormat = block.numberFormats;
  range.formulas = block.formulas.map((row, r) => row.map((formula, c) => formula ?? block.values[r]?.[c] ?? null)) as unknown as string[][];
  range.setCellProperties(block.styles.map((row) => row.map((key) => cellProperties(styles[key]))));
}

const HORIZONTAL = { general: 'General', left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

function cellProperties(style: CellStyle | undefined): Excel.SettableCellProperties {
  if (!style) return {};
  const edge: Excel.CellBorder = style.border ? { style: 'Continuous', weight: 'Thin', color: '#000000' } : { style: 'None' };
  const font: Excel.CellPropertiesFont = { bold: style.bold ?? false };
  if (style.fontName) font.name = style.fontName;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = style.fontColor;
  const format: Excel.CellPropertiesFormat = {
    font,
    horizontalAlignment: HORIZONTAL[style.horizontal],
    verticalAlignment: VERTICAL[style.vertical],
    wrapText: style.wrap,
    borders: { top: edge, bottom: edge, left: edge, right: edge },
    protection: { locked: style.locked },
  };
  if (style.fill) format.fill = { color: style.fill };
  return { format };
}

const POINTS_PER_INCH = 72;

function queuePrint(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const print = layout.print;
  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  page.centerHorizontally = print.centerHorizontally;
  page.topMargin = print.margins.top * POINTS_PER_INCH;
  page.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  page.leftMargin = print.margins.left * POINTS_PER_INCH;
  page.rightMargin = print.margins.right * POINTS_PER_INCH;
  page.headerMargin = print.margins.header * POINTS_PER_INCH;
  page.footerMargin = print.margins.footer * POINTS_PER_INCH;
  page.setPrintArea(print.printArea);
  if (print.titleRows) page.setPrintTitleRows(print.titleRows);
  if (print.footer) page.headersFooters.defaultForAllPages.centerFooter = print.footer;
}

/**
 * Excel on the web refuses a response over 5 MB: a used range that big is read in blocks of at most
 * this many cells, each block its own sync (a block that is still too large is halved).
 */
export const READ_BLOCK_CELLS = 100_000;

/** `getMergedAreasOrNullObject` fails on a range holding more merged areas than this (Excel's documented limit). */
export const MERGED_AREAS_LIMIT = 512;

export interface ReadReport {
  grids: Grid[];
  syncs: number;
}

/** Counts the syncs of one read, for the report. */
interface Syncer {
  context: Excel.RequestContext;
  syncs: number;
}

async function sync(s: Syncer): Promise<void> {
  s.syncs += 1;
  await s.context.sync();
}

/**
 * Reads sheets as grids. The sheets' used ranges and merged areas load together in one sync, so
 * a workbook costs one sync to list its sheets (none when `names` are given) and one for all of
 * them. When that sync fails (an answer over Excel's size limit, or a sheet with more than 512
 * merged areas), each sheet is read on its own, with the fallbacks of `readSheet`.
 */
export function readGrids(run: ExcelRun, names?: readonly string[]): Promise<ReadReport> {
  return run(async (context) => {
    const s: Syncer = { context, syncs: 0 };
    let chosen = names ? [...names] : undefined;
    if (!chosen) {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await sync(s);
      chosen = sheets.items.map((sheet) => sheet.name);
    }
    try {
      const reads = chosen.map((name) => queueWholeRead(context.workbook.worksheets.getItem(name), name));
      await sync(s);
      return { grids: reads.map((read) => read()), syncs: s.syncs };
    } catch (error) {
      if (!isReadLimit(error)) throw error;
    }
    const grids: Grid[] = [];
    for (const name of chosen) grids.push(await readSheet(s, () => context.workbook.worksheets.getItem(name), name));
    return { grids, syncs: s.syncs };
  });
}

/** The active sheet as a grid, in one sync (its name, values and merges travel together). */
export function readActiveGrid(run: ExcelRun): Promise<ReadReport> {
  return run(async (context) => {
    const s: Syncer = { context, syncs: 0 };
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const read = queueWholeRead(sheet, () => sheet.name);
    try {
      await sync(s);
      return { grids: [read()], syncs: s.syncs };
    } catch (error) {
      if (!isReadLimit(error)) throw error;
    }
    const again = context.workbook.worksheets.getActiveWorksheet();
    again.load('name');
    await sync(s);
    const grid = await readSheet(s, () => context.workbook.worksheets.getActiveWorksheet(), again.name);
    return { grids: [grid], syncs: s.syncs };
  });
}

/** Queues the load of a sheet's used range (values, position) and merged areas; returns how to read them after the sync. */
function queueWholeRead(sheet: Excel.Worksheet, name: string | (() => string)): () => Grid {
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load('values,rowIndex,columnIndex');
  const merges = range.getMergedAreasOrNullObject();
  merges.load('address');
  return () => {
    const sheetName = typeof name === 'string' ? name : name();
    if (range.isNullObject) return { sheet: sheetName, rows: [], merges: [] };
    const mergeList = merges.isNullObject ? [] : splitAreas(merges.address);
    return toGrid(sheetName, range.values as GridValue[][], range.rowIndex, range.columnIndex, mergeList);
  };
}

/**
 * One sheet, when reading it whole in one answer failed: its size (one sync), its values in blocks
 * under the size limit (one sync each), then its merged areas (one sync; in bands of rows when the
 * sheet has more than 512).
 */
async function readSheet(s: Syncer, sheet: () => Excel.Worksheet, name: string): Promise<Grid> {
  const used = sheet().getUsedRangeOrNullObject(true);
  used.load('rowCount,columnCount,rowIndex,columnIndex');
  await sync(s);
  if (used.isNullObject) return { sheet: name, rows: [], merges: [] };
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const values = await readBlocks(s, used, rowCount, columnCount);
  const merges = await readMerges(s, used, 0, rowCount, columnCount);
  return toGrid(name, values, rowIndex, columnIndex, [...new Set(merges)]);
}

/** Rows [top, top + height) of `range`, as a range. */
function band(range: Excel.Range, top: number, height: number, columns: number): Excel.Range {
  return range.getCell(top, 0).getResizedRange(height - 1, columns - 1);
}

/** The values of `range`, block by block, each block in its own sync; a block Excel refuses as too large is halved. */
async function readBlocks(s: Syncer, range: Excel.Range, rowCount: number, columnCount: number): Promise<GridValue[][]> {
  const values: GridValue[][] = [];
  let rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_CELLS / Math.max(1, columnCount)));
  for (let top = 0; top < rowCount; ) {
    const height = Math.min(rowsPerBlock, rowCount - top);
    const block = band(range, top, height, columnCount);
    block.load('values');
    try {
      await sync(s);
    } catch (error) {
      if (!isPayloadTooLarge(error) || height === 1) throw error;
      rowsPerBlock = Math.max(1, Math.floor(height / 2));
      continue;
    }
    for (const row of block.values as GridValue[][]) values.push(row);
    top += height;
  }
  return values;
}

/**
 * Merged areas of rows [top, top + height) of `range`: one sync; when Excel refuses (more than 512
 * areas), the two halves separately. An area crossing a band's edge is found in both (the caller
 * removes repeats). A single row Excel still refuses gives up its merges rather than the read.
 */
async function readMerges(s: Syncer, range: Excel.Range, top: number, height: number, columns: number): Promise<string[]> {
  const areas = band(range, top, height, columns).getMergedAreasOrNullObject();
  areas.load('address');
  try {
    await sync(s);
  } catch (error) {
    if (!isReadLimit(error)) throw error;
    if (height === 1) return [];
    const half = Math.floor(height / 2);
    const upper = await readMerges(s, range, top, half, columns);
    return upper.concat(await readMerges(s, range, top + half, height - half, columns));
  }
  return areas.isNullObject ? [] : splitAreas(areas.address);
}

/** Failures that reading in smaller parts can avoid: an answer too large, or too many merged areas at once. */
function isReadLimit(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return isPayloadTooLarge(error) || code === 'GeneralException' || code === 'InvalidOperation';
}

function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.includes('PayloadSizeLimitExceeded');
}

/** `Sheet1!A1:B2,Sheet1!C3:C4` → [`A1:B2`, `C3:C4`]. */
function splitAreas(address: string): string[] {
  return address
    .split(',')
    .map((part) => part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, ''))
    .filter((part) => part !== '');
}

/** Places a used range read at (rowIndex, columnIndex) into a grid that starts at A1. */
function toGrid(sheet: string, values: GridValue[][], rowIndex: number, columnIndex: number, merges: string[]): Grid {
  const rows: GridValue[][] = Array.from({ length: rowIndex }, () => []);
  for (const row of values) {
    const padded: GridValue[] = new Array<GridValue>(columnIndex).fill(null);
    for (const value of row) padded.push(value === '' ? null : value);
    rows.push(padded);
  }
  return { sheet, rows, merges };
}

/** Activates `sheet` and selects `address` there: where a finding sends the user. One sync. */
export function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(firstCell(address)).select();
    await context.sync();
  });
}

/** The top-left cell of an A1 range (`B3:D3` → `B3`), so that a whole-row finding selects its start. */
function firstCell(address: string): string {
  const { top, left } = parseRange(address);
  return cellAddress(top, left);
}
