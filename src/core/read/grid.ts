/**
 * A worksheet as plain data, the meeting point of the workbook adapters (Office.js, exceljs) and
 * the readers in core/read. Adapters produce grids; readers turn grids into projects and findings.
 */
import type { Severity } from '../target/lint';
import { parseRange } from '../layout/a1';

/** What a cell holds, as Office.js `Range.values` gives it: errors as their text (`#N/A`), dates as serial numbers. */
export type GridValue = string | number | boolean | null;

export interface Grid {
  /** The worksheet's name. */
  sheet: string;
  /**
   * Cell values from A1: `rows[0][0]` is A1, `rows[r - 1][c - 1]` is the cell at row r, column c.
   * Rows may be ragged; a missing cell is null. A number stored as text stays a string; a formula
   * gives its result (or its text, `=…`, when the file holds no result).
   */
  rows: GridValue[][];
  /** Merged areas as A1 ranges (`A11:A14`); only the top-left cell of each holds a value. */
  merges?: string[];
  /**
   * What the file's reader found before any reader of tables (workbook/ooxml-read): a sheet part
   * missing, a limit reached, formulas saved without results. The checker reports them first.
   */
  findings?: ReadFinding[];
  /** Cells (A1) holding a formula the file has no result for: `rows` has its text there, its value is unknown. */
  formulasWithoutValue?: string[];
}

/**
 * A finding of a reader, in the shape every finding has (DOMAIN.md §8): where, how bad, a stable
 * code, and the Chinese and English texts from the message catalog.
 */
export interface ReadFinding {
  sheet: string;
  /** A1 address (`C5`), or a range for a whole row or column; empty when no cell applies. */
  cell: string;
  severity: Severity;
  code: string;
  message: string;
  messageEn: string;
}

/** The value at (row, column), 1-based; null outside the grid. */
export function gridValue(grid: Grid, row: number, column: number): GridValue {
  return grid.rows[row - 1]?.[column - 1] ?? null;
}

/** The number of columns of the widest row. */
export function gridWidth(grid: Grid): number {
  return grid.rows.reduce((max, row) => Math.max(max, row.length), 0);
}

/**
 * The rows with each merged area's value copied into every cell it covers, as a reader that
 * looks at one row at a time needs them (a 一级指标 merged down its rows).
 */
export function fillMerges(grid: Grid): GridValue[][] {
  const rows = grid.rows.map((row) => row.slice());
  for (const merge of grid.merges ?? []) {
    const { top, left, bottom, right } = parseRange(merge);
    const value = grid.rows[top - 1]?.[left - 1] ?? null;
    for (let r = top; r <= bottom; r += 1) {
      const row = rows[r - 1] ?? (rows[r - 1] = []);
      for (let c = left; c <= right; c += 1) {
        while (row.length < c) row.push(null);
        row[c - 1] = value;
      }
    }
  }
  // Rows that only merges created may be holes: make them real, empty rows.
  for (let r = 0; r < rows.length; r += 1) rows[r] ??= [];
  return rows;
}

/** A cell's text, trimmed; numbers as JavaScript writes them; null and empty text → ''. */
export function cellText(value: GridValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
