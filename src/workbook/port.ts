/**
 * What the task pane may ask of a workbook. Components receive an implementation through props:
 * `office.ts` implements it with Office.js inside Excel, `memory.ts` with exceljs outside Office
 * (a plain browser, e.g. where only WPS is installed), so the UI runs and is tested without Excel.
 */
import type { ChartSpec, SheetLayout } from '../core/layout/types';
import type { Grid } from '../core/read/grid';

export interface InsertedFormula {
  /** The cell written, as Excel names it (`Sheet1!B2`). */
  address: string;
}

export interface WriteOptions {
  /** Called after each sheet is written, with the count done so far. */
  onProgress?: (done: number, total: number, sheet: string) => void;
  /** Checked before each sheet: when true, what is written stays and the rest is skipped. */
  isCancelled?: () => boolean;
}

export interface WriteReport {
  /** The name each layout asked for and the name it got (a taken name gets a suffix, never replaces a sheet). */
  written: Array<{ requested: string; name: string }>;
  cancelled: boolean;
  /** Round trips to Excel (`context.sync`) the write took; 0 outside Excel. */
  syncs: number;
}

/** A cell to highlight for a finding. */
export interface CellMark {
  sheet: string;
  /** A1 address or range. */
  address: string;
  severity: 'error' | 'warning' | 'info';
}

export interface WorkbookActions {
  /** Writes `formula` into the top-left cell of the current selection. */
  insertFormula(formula: string): Promise<InsertedFormula>;
  /** The names of the sheets there are, in order. */
  sheetNames(): Promise<string[]>;
  /** Writes each layout to a new sheet; never replaces one. */
  writeLayouts(layouts: readonly SheetLayout[], options?: WriteOptions): Promise<WriteReport>;
  /** The named sheets (all when absent) as grids. */
  readGrids(names?: readonly string[]): Promise<Grid[]>;
  /** The sheet the user is looking at. */
  readActiveGrid(): Promise<Grid>;
  /** Shows the user a cell: activates its sheet and selects it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Highlights cells, remembering how they looked; values are never touched. */
  markCells(marks: readonly CellMark[]): Promise<void>;
  /** Removes every highlight `markCells` made, restoring what was there. */
  clearMarks(): Promise<void>;
  /** A setting stored in the workbook (so a colleague who opens the file has it); null when unset. */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  /** Draws Excel charts on a sheet from their specs; absent where charts cannot be drawn (exceljs). */
  addCharts?(sheet: string, charts: readonly ChartSpec[]): Promise<void>;
  /** 固化结果: copies a sheet with every PERF formula replaced by its current value; the original stays. */
  freezeSheet?(name: string): Promise<{ name: string; replaced: number }>;
}

/** A workbook held by the page itself (outside Office): it can be opened from and saved to a file. */
export interface FileWorkbook extends WorkbookActions {
  /** Replaces the workbook with the .xlsx file's content. */
  open(data: ArrayBuffer): Promise<void>;
  /** The workbook as an .xlsx file. */
  save(): Promise<Uint8Array>;
}
