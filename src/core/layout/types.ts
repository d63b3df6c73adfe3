/**
 * A worksheet as data: what to write where, how it looks, what the user may pick, how it prints.
 * Both adapters (workbook/office.ts through Office.js, workbook/xlsx.ts through exceljs) write
 * exactly this and decide nothing; tests compare this data, never Office calls.
 *
 * Conventions: addresses are A1 (`B3`, `A11:A14`), rows and columns 1-based; formulas are in the
 * invariant (en-US) syntax `Range.formulas` takes, with a leading `=`; sizes are Excel's units
 * (column width in characters of the default font, row height in points).
 */

import type { LimitFinding } from './excel-limits';

/** A constant a cell holds. */
export type CellValue = string | number | boolean | null;

/** Which part of a sheet a block is, so tests, readers and the pane can find it by name. */
export type BlockName =
  | 'title'
  | 'unit'
  | 'identity'
  | 'budget'
  | 'spend-plan'
  | 'goals'
  | 'execution'
  | 'indicator-header'
  | 'indicators'
  | 'total'
  | 'header'
  | 'rows'
  | 'notes';

/**
 * A rectangle of cells written together: in Office.js one `Range` (`numberFormat`, then
 * `formulas`, then `setCellProperties`), in exceljs cell by cell. Every matrix has the shape of
 * `range`. A merged area's covered cells hold null and the top-left cell's style.
 */
export interface LayoutBlock {
  name: BlockName;
  /** `A3:F3` (a single cell is written `A3:A3`, so every block's range has two corners). */
  range: string;
  /**
   * Constants, and for a formula cell the value it is expected to show (its cached result in a
   * file; null when unknown). A string here is always text: its number format is `@`, so neither
   * adapter can turn `=1+1`, `-5%` or `100%` into a formula or a number.
   */
  values: CellValue[][];
  /** Formula text (`=SUM(D4:D8)`) or null for a constant. */
  formulas: (string | null)[][];
  /** Excel number formats: `General`, `@` (text), `0.00`, `0%`. */
  numberFormats: string[][];
  /** Keys of `SheetLayout.styles`. */
  styles: string[][];
}

export type HorizontalAlignment = 'general' | 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'center' | 'bottom';

/**
 * How a cell looks and whether it is locked. Maps one to one onto Office.js
 * `SettableCellProperties.format` and exceljs `Style`.
 */
export interface CellStyle {
  /** Font face; set on every cell so a file and a workbook written through Office.js look the same. */
  fontName: string;
  bold?: boolean;
  /** Points. */
  fontSize: number;
  /** `#RRGGBB`. */
  fontColor?: string;
  /** Background, `#RRGGBB`. */
  fill?: string;
  horizontal: HorizontalAlignment;
  vertical: VerticalAlignment;
  wrap: boolean;
  /** Thin border on all four sides (tables are ruled like the Word tables they mirror). */
  border: boolean;
  /** False for cells the user fills in later, so that protecting the sheet leaves them editable. */
  locked: boolean;
}

export interface ColumnSpec {
  /** `A` */
  column: string;
  /** Characters of the default font (exceljs `width`, Excel's column width). */
  width: number;
  /** The same width in points (Office.js `format.columnWidth`), for a 7-pixel-digit default font. */
  widthPoints: number;
}

export interface RowSpec {
  row: number;
  /** Points (exceljs `height`, Office.js `format.rowHeight`). Merged and wrapped text never auto-fits, hence set. */
  height: number;
}

/**
 * A drop-down list on `range`. `strict: false` (the default for indicator names) warns but
 * accepts other text, because a unit may use names of its own and what it wrote is kept.
 */
export interface ListValidation {
  range: string;
  /** Items, in order; written inline (`产出指标,效益指标`), so they never contain a comma and total ≤ 255 characters. */
  list: string[];
  allowBlank: boolean;
  strict: boolean;
  /** Shown while the cell is selected. */
  prompt?: string;
  /** Shown when a value is not in the list. */
  error?: string;
}

/** A formula-driven highlight (a check the sheet shows live, instead of overwriting what the user wrote). */
export interface ConditionalFormat {
  range: string;
  /** A formula (with `=`) that is TRUE where the highlight applies, relative to the range's top-left cell. */
  formula: string;
  fill: string;
  fontColor: string;
  /** Why, for the pane and for tests (code in the message catalog). */
  code: string;
}

export interface PrintSettings {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit to this many pages wide; 0 = automatic. */
  fitToWidth: number;
  /** Fit to this many pages tall; 0 = as many as needed. */
  fitToHeight: number;
  /** Rows repeated at the top of every printed page, `$10:$10`, or null. */
  titleRows: string | null;
  /** `A1:F22` */
  printArea: string;
  centerHorizontally: boolean;
  /** Inches. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Centre footer with Excel's codes (`&P` page, `&N` pages). */
  footer: string;
}

/** A table inside a sheet (the indicator rows, a register's rows): where it is and which column holds what. */
export interface LayoutTable {
  name: 'indicators' | 'register' | 'indicator-list' | 'summary';
  /** The row of column headers. */
  headerRow: number;
  /** First and last data rows; `lastRow < firstRow` when the table has no rows. */
  firstRow: number;
  lastRow: number;
  /** Field key → column letter (`level1` → `A`, `target` → `E`). */
  columns: Record<string, string>;
}

export type SheetKind = 'target' | 'summary' | 'register' | 'indicator-list' | 'notes';

export interface SheetLayout {
  /** The worksheet's name: at most 31 characters, none of []:*?/\, unique where it is written (see sheet-names.ts). */
  name: string;
  kind: SheetKind;
  /** The whole written area, `A1:F22`. */
  usedRange: string;
  blocks: LayoutBlock[];
  /** Merged areas, A1 ranges; written after the blocks. */
  merges: string[];
  columns: ColumnSpec[];
  rows: RowSpec[];
  styles: Record<string, CellStyle>;
  validations: ListValidation[];
  conditionalFormats: ConditionalFormat[];
  /** Areas the user fills in later (completion values, scores, reasons): unlocked, for a protected sheet. */
  inputs: string[];
  print: PrintSettings;
  /** Rows and columns kept in view while scrolling. */
  freeze: { rows: number; columns: number } | null;
  /**
   * Where each labelled value is: `code` → `B3`, `total` → `B5`, `spend.3` → `B8` … so that a
   * reader, the checker or the pane can go to a field without searching for its label.
   */
  fields: Record<string, string>;
  tables: LayoutTable[];
  /** 通用公式 (issue 11): the rows that kept their PERF formula, when the layout was written portable. */
  portableFallbacks?: import('./portable-sheet').PortableFallback[];
  /** Charts drawn from the sheet's own cells (Excel chart objects, so they follow the numbers); exceljs cannot write them. */
  charts?: ChartSpec[];
  /** What was shortened to fit Excel's limits (see excel-limits.ts); absent when nothing was. */
  limitFindings?: LimitFinding[];
}

/** A chart as data: a line chart of `series` over `categories`, placed over the cells of `anchor`. */
export interface ChartSpec {
  type: 'line';
  title: string;
  /** A1 range of the category labels (`A25:A36`). */
  categories: string;
  /** Each series: its legend name and the A1 range of its values (same length as `categories`). */
  series: Array<{ name: string; values: string }>;
  /** The cells the chart covers, `E24:L40`. */
  anchor: string;
}
