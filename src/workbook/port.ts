/**
 * What the task pane may ask of the workbook. Components receive an implementation through
 * props; only `src/workbook/office.ts` implements it with Office.js, so the UI runs (and is
 * tested) without Excel.
 */
export interface WorkbookActions {
  /** Writes `formula` into the top-left cell of the current selection. */
  insertFormula(formula: string): Promise<InsertedFormula>;
}

export interface InsertedFormula {
  /** The cell written, as Excel names it (`Sheet1!B2`). */
  address: string;
}
