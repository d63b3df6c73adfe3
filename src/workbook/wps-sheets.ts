/**
 * Sheets through WPS 表格's object model: writing a SheetLayout, reading a grid. The layout is data
 * made by the core; this module maps it onto ET calls. Every call crosses a process bridge, so a
 * block moves in one `Value2` and one `Formula` assignment per rectangle, and styles go to runs of
 * equal cells, never cell by cell.
 */
import { cellAddress, parseRange, rangeAddress } from '../core/layout/a1';
import type { CellStyle, ChartSpec, ConditionalFormat, LayoutBlock, ListValidation, SheetLayout } from '../core/layout/types';
import type { Grid, GridValue } from '../core/read/grid';
import type { EtApplication, EtRange, EtWorksheet } from './wps-api';
import { XL, bgrFromHex, gridValueFromEt, toMatrix } from './wps-constants';

const HORIZONTAL: Record<CellStyle['horizontal'], number> = {
  general: XL.hAlignGeneral,
  left: XL.hAlignLeft,
  center: XL.hAlignCenter,
  right: XL.hAlignRight,
};
const VERTICAL: Record<CellStyle['vertical'], number> = { top: XL.vAlignTop, center: XL.vAlignCenter, bottom: XL.vAlignBottom };

/** A rectangle of cells that share one value of some attribute (a format, a style). */
interface Run<T> {
  range: string;
  value: T;
}

/**
 * Horizontal runs of equal values, merged downwards where consecutive rows have the same run:
 * a column of one format or a table body of one style becomes one rectangle, one call.
 */
export function runsOf<T>(matrix: T[][], top: number, left: number, same: (a: T, b: T) => boolean = Object.is): Array<Run<T>> {
  interface Open {
    startRow: number;
    left: number;
    right: number;
    value: T;
  }
  const runs: Array<Run<T>> = [];
  let open: Open[] = [];
  const close = (run: Open, lastRow: number) => runs.push({ range: rangeAddress(run.startRow, run.left, lastRow, run.right), value: run.value });
  matrix.forEach((row, i) => {
    const r = top + i;
    const current: Array<{ left: number; right: number; value: T }> = [];
    row.forEach((value, j) => {
      const last = current[current.length - 1];
      if (last && same(last.value, value) && last.right === left + j - 1) last.right = left + j;
      else current.push({ left: left + j, right: left + j, value });
    });
    const next: Open[] = [];
    for (const piece of current) {
      const index = open.findIndex((o) => o.left === piece.left && o.right === piece.right && same(o.value, piece.value));
      if (index >= 0) {
        next.push(open[index]!);
        open.splice(index, 1);
      } else {
        next.push({ startRow: r, ...piece });
      }
    }
    for (const stale of open) close(stale, r - 1);
    open = next;
  });
  for (const run of open) close(run, top + matrix.length - 1);
  return runs;
}

/** Writes one layout on `sheet` (new and empty). Alerts stay off only while merging. */
export function writeLayoutToSheet(app: EtApplication, sheet: EtWorksheet, layout: SheetLayout): void {
  for (const block of layout.blocks) writeBlock(sheet, block, layout);
  writeInputs(sheet, layout);
  if (layout.merges.length > 0) {
    const alerts = app.DisplayAlerts;
    app.DisplayAlerts = false;
    try {
      for (const merge of layout.merges) sheet.Range(merge).Merge();
    } finally {
      app.DisplayAlerts = alerts;
    }
  }
  for (const column of layout.columns) sheet.Range(`${column.column}:${column.column}`).ColumnWidth = column.width;
  for (const row of layout.rows) sheet.Range(`${row.row}:${row.row}`).RowHeight = row.height;
  for (const validation of layout.validations) writeValidation(sheet, validation);
  for (const format of layout.conditionalFormats) writeConditionalFormat(sheet, format);
  writePrint(sheet, layout);
}

/**
 * One block: number formats first (a `@` cell then keeps `=1+1` as text, as Excel and WPS treat
 * text-formatted input), constants in one `Value2`, formulas in one `Formula` per run, styles per run.
 */
function writeBlock(sheet: EtWorksheet, block: LayoutBlock, layout: SheetLayout): void {
  const { top, left } = parseRange(block.range);
  for (const run of runsOf(block.numberFormats, top, left)) sheet.Range(run.range).NumberFormat = run.value;
  const hasConstant = block.values.some((row, i) => row.some((value, j) => value !== null && (block.formulas[i]?.[j] ?? null) === null));
  if (hasConstant) {
    // Formula cells get their expected value here too; the formula written next replaces it.
    sheet.Range(block.range).Value2 = block.values.map((row) => row.map((value) => value));
  }
  const formulaRuns = runsOf(
    block.formulas.map((row) => row.map((formula) => formula !== null)),
    top,
    left,
  ).filter((run) => run.value);
  for (const run of formulaRuns) {
    const area = parseRange(run.range);
    const formulas = block.formulas
      .slice(area.top - top, area.bottom - top + 1)
      .map((row) => row.slice(area.left - left, area.right - left + 1));
    sheet.Range(run.range).Formula = formulas.length === 1 && formulas[0]!.length === 1 ? formulas[0]![0]! : formulas;
  }
  for (const run of runsOf(block.styles, top, left)) {
    const style = layout.styles[run.value];
    if (style) writeStyle(sheet.Range(run.range), style);
  }
}

function writeStyle(range: EtRange, style: CellStyle): void {
  const font = range.Font;
  font.Name = style.fontName;
  font.Size = style.fontSize;
  font.Bold = style.bold ?? false;
  if (style.fontColor) font.Color = bgrFromHex(style.fontColor);
  if (style.fill) range.Interior.Color = bgrFromHex(style.fill);
  range.HorizontalAlignment = HORIZONTAL[style.horizontal];
  range.VerticalAlignment = VERTICAL[style.vertical];
  range.WrapText = style.wrap;
  range.Locked = style.locked;
  if (style.border) {
    const borders = range.Borders;
    for (const edge of XL.edges) {
      const border = borders.Item(edge);
      border.LineStyle = XL.lineContinuous;
      border.Weight = XL.weightThin;
      border.Color = 0;
    }
  }
}

/** Input areas stay editable when the sheet is protected, whatever their style says. */
function writeInputs(sheet: EtWorksheet, layout: SheetLayout): void {
  for (const input of layout.inputs) sheet.Range(input).Locked = false;
}

function writeValidation(sheet: EtWorksheet, validation: ListValidation): void {
  const rule = sheet.Range(validation.range).Validation;
  rule.Delete();
  rule.Add(XL.validateList, validation.strict ? XL.alertStop : XL.alertWarning, XL.between, validation.list.join(','));
  rule.IgnoreBlank = validation.allowBlank;
  rule.InCellDropdown = true;
  rule.ShowError = true;
  if (validation.error) rule.ErrorMessage = validation.error;
  if (validation.prompt) {
    rule.ShowInput = true;
    rule.InputMessage = validation.prompt;
  }
}

function writeConditionalFormat(sheet: EtWorksheet, format: ConditionalFormat): void {
  const condition = sheet.Range(format.range).FormatConditions.Add(XL.expression, undefined, format.formula);
  condition.Interior.Color = bgrFromHex(format.fill);
  condition.Font.Color = bgrFromHex(format.fontColor);
}

const POINTS_PER_INCH = 72;

function writePrint(sheet: EtWorksheet, layout: SheetLayout): void {
  const { print } = layout;
  const page = sheet.PageSetup;
  page.PaperSize = XL.paperA4;
  page.Orientation = print.orientation === 'landscape' ? XL.landscape : XL.portrait;
  page.Zoom = false;
  page.FitToPagesWide = print.fitToWidth === 0 ? false : print.fitToWidth;
  page.FitToPagesTall = print.fitToHeight === 0 ? false : print.fitToHeight;
  page.CenterHorizontally = print.centerHorizontally;
  page.PrintArea = print.printArea;
  if (print.titleRows) page.PrintTitleRows = print.titleRows;
  if (print.footer) page.CenterFooter = print.footer;
  page.TopMargin = print.margins.top * POINTS_PER_INCH;
  page.BottomMargin = print.margins.bottom * POINTS_PER_INCH;
  page.LeftMargin = print.margins.left * POINTS_PER_INCH;
  page.RightMargin = print.margins.right * POINTS_PER_INCH;
  page.HeaderMargin = print.margins.header * POINTS_PER_INCH;
  page.FooterMargin = print.margins.footer * POINTS_PER_INCH;
}

/** Line charts over the sheet's own cells, placed over their anchors. */
export function writeCharts(sheet: EtWorksheet, charts: readonly ChartSpec[]): void {
  for (const spec of charts) {
    const anchor = sheet.Range(spec.anchor);
    const chart = sheet.ChartObjects().Add(anchor.Left, anchor.Top, anchor.Width, anchor.Height).Chart;
    chart.ChartType = XL.lineChart;
    chart.HasTitle = true;
    chart.ChartTitle.Text = spec.title;
    const collection = chart.SeriesCollection();
    for (const series of spec.series) {
      const added = collection.NewSeries();
      added.Name = series.name;
      added.Values = sheet.Range(series.values);
      added.XValues = sheet.Range(spec.categories);
    }
  }
}

/**
 * The sheet as a grid, in a constant number of calls whatever its size: the used range's address
 * and its values, and its merged areas from the range's XML Spreadsheet text where WPS gives it
 * (one call; otherwise `MergeCells` says whether there are any to look for).
 */
export function readSheet(sheet: EtWorksheet): Grid {
  const name = sheet.Name;
  const used = sheet.UsedRange;
  const address = used.Address(false, false);
  const { top, left, bottom } = parseRange(address.includes(':') ? address : `${address}:${address}`);
  const values = toMatrix(used.Value2, bottom - top + 1);
  const rows: GridValue[][] = Array.from({ length: top - 1 }, () => []);
  for (const row of values) {
    const padded: GridValue[] = new Array<GridValue>(left - 1).fill(null);
    for (const value of row) padded.push(gridValueFromEt(value));
    while (padded.length > 0 && padded[padded.length - 1] === null) padded.pop();
    rows.push(padded);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return { sheet: name, rows, merges: rows.length === 0 ? [] : readMerges(used, top, left) };
}

/** Merged areas of the used range: none when `MergeCells` is false, else from its XML Spreadsheet text. */
function readMerges(used: EtRange, top: number, left: number): string[] {
  if (used.MergeCells === false) return [];
  let xml: unknown;
  try {
    xml = used.Value(XL.rangeValueXmlSpreadsheet);
  } catch {
    return [];
  }
  return typeof xml === 'string' ? mergesFromXmlSpreadsheet(xml, top, left) : [];
}

/**
 * Merged areas from XML Spreadsheet 2003 text (`<Row ss:Index="3"><Cell ss:Index="2"
 * ss:MergeAcross="3" ss:MergeDown="1">`), placed at the range's top-left cell.
 */
export function mergesFromXmlSpreadsheet(xml: string, top: number, left: number): string[] {
  const merges: string[] = [];
  let row = top - 1;
  for (const rowMatch of xml.matchAll(/<(?:ss:)?Row\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:ss:)?Row>)/g)) {
    const rowIndex = /ss:Index="(\d+)"/.exec(rowMatch[1] ?? '');
    row = rowIndex ? top + Number(rowIndex[1]) - 1 : row + 1;
    let column = left - 1;
    for (const cellMatch of (rowMatch[3] ?? '').matchAll(/<(?:ss:)?Cell\b([^>]*?)(\/>|>)/g)) {
      const attributes = cellMatch[1] ?? '';
      const index = /ss:Index="(\d+)"/.exec(attributes);
      column = index ? left + Number(index[1]) - 1 : column + 1;
      const across = Number(/ss:MergeAcross="(\d+)"/.exec(attributes)?.[1] ?? 0);
      const down = Number(/ss:MergeDown="(\d+)"/.exec(attributes)?.[1] ?? 0);
      if (across > 0 || down > 0) merges.push(rangeAddress(row, column, row + down, column + across));
      column += across;
    }
  }
  return merges;
}

/** `Sheet1!B3` for a one-cell range. */
export function cellName(range: EtRange): string {
  return `${range.Worksheet.Name}!${cellAddress(range.Row, range.Column)}`;
}
