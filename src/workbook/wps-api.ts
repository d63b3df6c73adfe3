/**
 * The part of WPS 表格's object model (ET, a synchronous, VBA-like API injected as the globals
 * `wps` and `Application`) that PerfTable uses, typed structurally. Kingsoft's own typings
 * (`et-jsapi-declare`) describe far more and declare enums that do not exist at run time; these
 * few interfaces are what the adapter may touch, and a type test checks them against the vendor's.
 *
 * Rules of this object model (../shared/WPS.md §1.6): write with `Value2`/`Formula` (`Value` is a
 * read-only method); collections are indexed with `.Item()`; parameterised properties are calls
 * (`Address(false, false)`); colours are BGR numbers; every access is a synchronous call across
 * a process bridge, so blocks move as 2-D arrays, never cell by cell.
 */

/** What `Value2` holds: a scalar for one cell, else rows × columns (error cells as CVErr numbers). */
export type EtValue = string | number | boolean | null | undefined;
export type EtMatrix = EtValue | EtValue[] | EtValue[][];

export interface EtFont {
  Name: string;
  Size: number;
  Bold: boolean;
  Color: number;
}

export interface EtInterior {
  Color: number | null;
  /** -4142 (xlNone) when the cell has no fill. */
  ColorIndex: number | null;
  Pattern: number | null;
}

export interface EtBorder {
  LineStyle: number;
  Weight: number;
  Color: number;
}

export interface EtBorders {
  Item(index: number): EtBorder;
}

export interface EtValidation {
  Delete(): void;
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  ShowError: boolean;
  ErrorMessage: string;
  ShowInput: boolean;
  InputMessage: string;
}

export interface EtFormatCondition {
  Interior: { Color: number };
  Font: { Color: number };
}

export interface EtFormatConditions {
  Count: number;
  Add(type: number, operator?: number, formula1?: string, formula2?: string): EtFormatCondition;
}

export interface EtRange {
  Value2: EtMatrix;
  Formula: EtMatrix;
  NumberFormat: string | null;
  /** A read-only method in WPS: assigning it throws. */
  Value(type?: number): EtMatrix;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Resize(rows: number, columns: number): EtRange;
  Cells: { Item(row: number, column: number): EtRange };
  Rows: { Count: number };
  Columns: { Count: number };
  Row: number;
  Column: number;
  Left: number;
  Top: number;
  Width: number;
  Height: number;
  MergeCells: boolean | null;
  Merge(across?: boolean): void;
  Font: EtFont;
  Interior: EtInterior;
  Borders: EtBorders;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  Locked: boolean;
  ColumnWidth: number;
  RowHeight: number;
  Validation: EtValidation;
  FormatConditions: EtFormatConditions;
  Select(): void;
  Worksheet: EtWorksheet;
}

export interface EtSeries {
  Name: string;
  Values: EtRange | string;
  XValues: EtRange | string;
}

export interface EtChart {
  ChartType: number;
  HasTitle: boolean;
  ChartTitle: { Text: string };
  SetSourceData(source: EtRange): void;
  SeriesCollection(): { NewSeries(): EtSeries; Count: number };
}

export interface EtChartObjects {
  Add(left: number, top: number, width: number, height: number): { Chart: EtChart };
  Count: number;
}

export interface EtPageSetup {
  PaperSize: number;
  Orientation: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  CenterHorizontally: boolean;
  PrintArea: string;
  PrintTitleRows: string;
  CenterFooter: string;
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
}

export interface EtWorksheet {
  Name: string;
  /** -1 visible, 0 hidden, 2 very hidden (xlSheetVisibility). */
  Visible: number;
  Range(address: string): EtRange;
  UsedRange: EtRange;
  Activate(): void;
  ChartObjects(): EtChartObjects;
  PageSetup: EtPageSetup;
}

export interface EtWorksheets {
  Count: number;
  Item(index: number | string): EtWorksheet;
  /** Without arguments WPS inserts before the active sheet: pass `after`. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtWorkbook {
  Worksheets: EtWorksheets;
  ActiveSheet: EtWorksheet;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export interface EtApplication {
  ActiveWorkbook: EtWorkbook;
  Selection: EtRange;
  ActiveWindow: EtWindow;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  /** -4105 automatic, -4135 manual (xlCalculation). */
  Calculation: number;
}
