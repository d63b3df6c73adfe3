/**
 * The .xlsx adapter: writes SheetLayouts to a file and reads a file back to Grids, with exceljs.
 * Used by the command line (node) and by the task pane outside Office (browser). It decides
 * nothing about the layout: it maps the data of core/layout onto exceljs, cell for cell what
 * workbook/office.ts writes through Office.js.
 *
 * Importing: `import * as ExcelJS from 'exceljs'` works in both places. Node resolves exceljs's
 * `main` (excel.js); webpack (target web) resolves its `browser` field, the prebuilt
 * `dist/exceljs.min.js`, which carries its own Buffer/stream polyfills, so no webpack fallbacks
 * are needed. It is about 1 MB: the pane should load this module with `import()` and only outside
 * Office.
 */
import * as ExcelJS from 'exceljs';
import { parseRange } from '../core/layout/a1';
import type { CellStyle, CellValue, ConditionalFormat, LayoutBlock, ListValidation, SheetLayout } from '../core/layout/types';
import type { Grid, GridValue } from '../core/read/grid';
import { emptyTextResults } from './ooxml-cached-text';
import { fromFileFormula, toFileFormula } from './ooxml-formula';
import { withCurrentCalcEngine } from './ooxml-write-calc';

// The formula translation is shared with the reader (ooxml-read*.ts), which must not load exceljs.
export { CUSTOM_FUNCTION_NAMESPACE, fromFileFormula, toFileFormula } from './ooxml-formula';

/** `#RRGGBB` → exceljs ARGB. */
function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

function excelStyle(style: CellStyle, numFmt: string, locked: boolean): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { name: style.fontName, size: style.fontSize };
  if (style.bold) font.bold = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  const alignment: Partial<ExcelJS.Alignment> = {
    vertical: style.vertical === 'center' ? 'middle' : style.vertical,
    wrapText: style.wrap,
  };
  if (style.horizontal !== 'general') alignment.horizontal = style.horizontal;
  const result: Partial<ExcelJS.Style> = { font, alignment, protection: { locked } };
  if (numFmt !== 'General') result.numFmt = numFmt;
  if (style.border) result.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) result.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  return result;
}

/**
 * The number format of a formula cell whose cached result is a boolean. LibreOffice keeps a cached
 * result only when it is a number or a non-empty text (sc/source/filter/oox/formulabuffer.cxx,
 * `applyCellFormulaValues`): a `t="b"` result is recalculated on load, and an add-in function it
 * does not know gives #NAME?. So a boolean is cached as 1/0 shown TRUE/FALSE by this format,
 * which Excel, WPS and LibreOffice all display as Excel shows a boolean; once PerfTable
 * recalculates the cell in Excel it holds a real boolean again (a boolean ignores number formats).
 */
export const BOOLEAN_RESULT_FORMAT = '"TRUE";"TRUE";"FALSE"';

/**
 * A formula with the value it is expected to show, cached in the file: a number, a text (empty
 * text stays empty text, `t="str"` with an empty value), a boolean as 1/0 (see
 * BOOLEAN_RESULT_FORMAT). Null: no cached value is known (the cell shows what the host computes).
 * Generic: any formula and its computed value, PERF or not.
 */
export function cachedFormula(formula: string, value: CellValue): ExcelJS.CellFormulaValue {
  const result = value === null ? undefined : typeof value === 'boolean' ? (value ? 1 : 0) : value;
  return { formula: toFileFormula(formula), result } as ExcelJS.CellFormulaValue;
}

function cellValue(value: CellValue, formula: string | null): ExcelJS.CellValue {
  if (formula !== null) return cachedFormula(formula, value);
  // A string is written as a string (a shared string): exceljs never reads it as a formula or a number.
  return value;
}

function writeBlock(ws: ExcelJS.Worksheet, layout: SheetLayout, block: LayoutBlock, unlocked: (row: number, column: number) => boolean, styles: Map<string, Partial<ExcelJS.Style>>): void {
  const { top, left } = parseRange(block.range);
  block.values.forEach((row, i) => {
    row.forEach((value, j) => {
      const r = top + i;
      const c = left + j;
      const cell = ws.getCell(r, c);
      const formula = block.formulas[i]?.[j] ?? null;
      if (formula !== null || value !== null) cell.value = cellValue(value, formula);
      const styleName = block.styles[i]?.[j] ?? '';
      const numFmt = formula !== null && typeof value === 'boolean' ? BOOLEAN_RESULT_FORMAT : (block.numberFormats[i]?.[j] ?? 'General');
      const style = layout.styles[styleName];
      if (!style) return;
      const locked = style.locked && !unlocked(r, c);
      const key = `${styleName}\u0000${numFmt}\u0000${locked}`;
      let excel = styles.get(key);
      if (!excel) {
        excel = excelStyle(style, numFmt, locked);
        styles.set(key, excel);
      }
      // Shared per (style, format): exceljs keeps the reference, and nothing changes a style after this.
      cell.style = excel;
    });
  });
}

function writeValidation(ws: ExcelJS.Worksheet, validation: ListValidation): void {
  const dv: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: validation.allowBlank,
    formulae: [`"${validation.list.join(',')}"`],
    showErrorMessage: true,
    errorStyle: validation.strict ? 'stop' : 'warning',
  };
  if (validation.error) dv.error = validation.error;
  if (validation.prompt) {
    dv.showInputMessage = true;
    dv.prompt = validation.prompt;
  }
  // exceljs 4.4 has `dataValidations.add(range, …)` (one entry for a whole range) but leaves it out of its types.
  (ws as unknown as WithDataValidations).dataValidations.add(validation.range, dv);
}

/** The part of exceljs's Worksheet its type declarations omit. */
export interface WithDataValidations {
  dataValidations: {
    add(address: string, validation: ExcelJS.DataValidation): void;
    model: Record<string, ExcelJS.DataValidation | undefined>;
  };
}

function writeConditionalFormat(ws: ExcelJS.Worksheet, format: ConditionalFormat, priority: number): void {
  ws.addConditionalFormatting({
    ref: format.range,
    rules: [
      {
        type: 'expression',
        priority,
        formulae: [toFileFormula(format.formula)],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } }, font: { color: { argb: argb(format.fontColor) } } },
      },
    ],
  });
}

/** `$10:$10` → `10:10`, as exceljs takes print titles. */
function rowsWithoutDollars(rows: string): string {
  return rows.replace(/\$/g, '');
}

/** Writes one layout as a new worksheet of `workbook` and returns it. The name must be free (see safeSheetName). */
export function writeLayout(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const { print } = layout;
  const ws = workbook.addWorksheet(layout.name, {
    views: layout.freeze ? [{ state: 'frozen', xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }] : [{}],
    pageSetup: {
      paperSize: 9, // A4
      orientation: print.orientation,
      fitToPage: true,
      fitToWidth: print.fitToWidth,
      fitToHeight: print.fitToHeight,
      horizontalCentered: print.centerHorizontally,
      // exceljs prefixes each corner with `$`; `A$1` makes that `$A$1`, the absolute reference Excel writes.
      printArea: print.printArea.replace(/([A-Z]+)(\d+)/g, '$1$$$2'),
      margins: print.margins,
      ...(print.titleRows ? { printTitlesRow: rowsWithoutDollars(print.titleRows) } : {}),
    },
    headerFooter: { oddFooter: `&C${print.footer}` },
  });
  layout.columns.forEach((column, i) => (ws.getColumn(i + 1).width = column.width));
  for (const { row, height } of layout.rows) ws.getRow(row).height = height;

  const inputs = layout.inputs.map(parseRange);
  const unlocked = (r: number, c: number): boolean => inputs.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const block of layout.blocks) writeBlock(ws, layout, block, unlocked, styles);
  for (const merge of layout.merges) ws.mergeCells(merge);
  for (const validation of layout.validations) writeValidation(ws, validation);
  layout.conditionalFormats.forEach((format, i) => writeConditionalFormat(ws, format, i + 1));
  return ws;
}

/**
 * A new workbook that keeps the results PerfTable cached with its formulas when it is opened:
 * recalculating on open would turn every PERF formula into #NAME? where the add-in is absent
 * (Excel without PerfTable, WPS). With the add-in, formulas calculate as their inputs change.
 */
export function createWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PerfTable';
  workbook.calcProperties.fullCalcOnLoad = false;
  return workbook;
}

/**
 * An exceljs workbook as the bytes of an .xlsx file that shows its cached results where it is
 * opened: the current calculation engine, no full calculation on load (see ooxml-write-calc.ts).
 * Every .xlsx PerfTable writes goes through here.
 */
export async function workbookToXlsx(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.calcProperties.fullCalcOnLoad = false;
  const written = (await workbook.xlsx.writeBuffer()) as unknown;
  // Node gives a Buffer (a Uint8Array); the browser build an ArrayBuffer-backed buffer.
  return withCurrentCalcEngine(written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer));
}

/** The layouts, in order, as the bytes of one .xlsx file. */
export async function layoutsToXlsxBuffer(layouts: readonly SheetLayout[]): Promise<Uint8Array> {
  const workbook = createWorkbook();
  for (const layout of layouts) writeLayout(workbook, layout);
  return workbookToXlsx(workbook);
}

/** Excel's serial date (1900 system): days since 1899-12-30, as Office.js `values` gives dates. */
function serialDate(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function plainValue(value: unknown): GridValue | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialDate(value);
  if (typeof value === 'object' && 'error' in value) return String((value as ExcelJS.CellErrorValue).error);
  return undefined;
}

/**
 * A formula cell's cached result as the formula gave it: 0/1 under BOOLEAN_RESULT_FORMAT is the
 * boolean PerfTable cached that way.
 */
export function formulaResultOf(cell: ExcelJS.Cell): unknown {
  const result: unknown = cell.result;
  if (cell.numFmt === BOOLEAN_RESULT_FORMAT && (result === 0 || result === 1)) return result === 1;
  return result;
}

function gridValueOf(cell: ExcelJS.Cell): GridValue {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      return null; // only the top-left cell of a merged area holds the value, as in Office.js
    case ExcelJS.ValueType.Formula: {
      // `cell.result`, not `value.result`: exceljs's value object drops a result of 0.
      const result = formulaResultOf(cell);
      const plain = plainValue(result);
      if (result !== undefined && plain !== undefined) return plain;
      return fromFileFormula(cell.formula);
    }
    case ExcelJS.ValueType.RichText:
      return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
    case ExcelJS.ValueType.Hyperlink:
      return String((value as ExcelJS.CellHyperlinkValue).text ?? '');
    default: {
      const plain = plainValue(value);
      return plain === undefined ? String(cell.text) : plain;
    }
  }
}

/** The worksheet as a Grid: values from A1 (rows end at their last value), merged areas as ranges. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: GridValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const value = gridValueOf(cell);
      if (value === null) return;
      const cells = rows[r - 1] ?? (rows[r - 1] = []);
      while (cells.length < c - 1) cells.push(null);
      cells[c - 1] = value;
    });
  });
  for (let r = 0; r < rows.length; r += 1) rows[r] ??= [];
  return { sheet: ws.name, rows, merges: [...(ws.model.merges ?? [])] };
}

function toArrayBuffer(data: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

/**
 * An .xlsx file as an exceljs workbook, to change and save again: formula cells cached as empty
 * text keep that result (exceljs alone drops it, see ooxml-cached-text.ts).
 */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(toArrayBuffer(data));
  for (const [name, addresses] of await emptyTextResults(data)) {
    const ws = workbook.getWorksheet(name);
    if (!ws) continue;
    for (const address of addresses) {
      const cell = ws.getCell(address);
      if (cell.type === ExcelJS.ValueType.Formula && (cell.result === undefined || cell.result === null)) {
        cell.value = { formula: cell.formula, result: '' } as ExcelJS.CellFormulaValue;
      }
    }
  }
  return workbook;
}

// Reading a file goes through the bounded reader, which needs no exceljs (ooxml-read.ts).
export { readGrids } from './ooxml-read';
