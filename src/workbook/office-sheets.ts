/**
 * Sheets through Office.js: writing a SheetLayout, reading grids, going to a cell. The layout is
 * data made by the core; this module only queues it, so that a sheet costs one `context.sync`
 * (plus one for the whole batch to learn the names already taken).
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
    for (const layout of layouts) {
      if (options.isCancelled?.()) return { written, cancelled: true, syncs };
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
    return { written, cancelled: false, syncs };
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

/** Excel on the web refuses payloads over 5 MB: a used range that big is read in blocks of this many cells. */
export const READ_BLOCK_CELLS = 100_000;

export interface ReadReport {
  grids: Grid[];
  syncs: number;
}

/**
 * Reads sheets as grids. The sheets' used ranges and merged areas load together in one sync, so
 * a workbook costs one sync to list its sheets (none when `names` are given) and one for all of
 * them. Only when Excel refuses the size of the answer does a sheet fall back to blocks (two
 * more syncs for all the large sheets together).
 */
export function readGrids(run: ExcelRun, names?: readonly string[]): Promise<ReadReport> {
  return run(async (context) => {
    let syncs = 0;
    let chosen = names ? [...names] : undefined;
    if (!chosen) {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      syncs += 1;
      chosen = sheets.items.map((sheet) => sheet.name);
    }
    const worksheets = chosen.map((name) => context.workbook.worksheets.getItem(name));
    try {
      const reads = worksheets.map((sheet, i) => queueWholeRead(sheet, chosen[i] ?? ''));
      await context.sync();
      syncs += 1;
      return { grids: reads.map((read) => read()), syncs };
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
    }
    const blocked = await readInBlocks(context, worksheets, chosen);
    return { grids: blocked.grids, syncs: syncs + 1 + blocked.syncs };
  });
}

/** The active sheet as a grid, in one sync (its name, values and merges travel together). */
export function readActiveGrid(run: ExcelRun): Promise<ReadReport> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const read = queueWholeRead(sheet, () => sheet.name);
    try {
      await context.sync();
      return { grids: [read()], syncs: 1 };
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
    }
    sheet.load('name');
    await context.sync();
    const blocked = await readInBlocks(context, [sheet], [sheet.name]);
    return { grids: blocked.grids, syncs: 2 + blocked.syncs };
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

/** Large sheets: their sizes first, then all their blocks in one more sync. */
async function readInBlocks(context: Excel.RequestContext, worksheets: Excel.Worksheet[], names: string[]): Promise<ReadReport> {
  const used = worksheets.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load('rowCount,columnCount,rowIndex,columnIndex');
    const merges = range.getMergedAreasOrNullObject();
    merges.load('address');
    return { range, merges };
  });
  await context.sync();
  const pending = used.map(({ range, merges }) => {
    const blocks: Excel.Range[] = [];
    if (!range.isNullObject) {
      const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_CELLS / Math.max(1, range.columnCount)));
      for (let top = 0; top < range.rowCount; top += rowsPerBlock) {
        const height = Math.min(rowsPerBlock, range.rowCount - top);
        const block = range.getCell(top, 0).getResizedRange(height - 1, range.columnCount - 1);
        block.load('values');
        blocks.push(block);
      }
    }
    return { range, merges, blocks };
  });
  await context.sync();
  const grids = pending.map(({ range, merges, blocks }, i) => {
    const name = names[i] ?? '';
    if (range.isNullObject) return { sheet: name, rows: [], merges: [] };
    const values = blocks.flatMap((block) => block.values as GridValue[][]);
    return toGrid(name, values, range.rowIndex, range.columnIndex, merges.isNullObject ? [] : splitAreas(merges.address));
  });
  return { grids, syncs: 2 };
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
