/**
 * A1 addresses as Excel writes them: `B3`, `A1:F1`, `'2025年项目'!B3`. Rows and columns are 1-based,
 * as in Excel, so that an address in a layout, a grid and a finding mean the same cell.
 */

/** 1 → `A`, 27 → `AA`. */
export function columnName(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`column must be a positive integer, got ${column}`);
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `A` → 1, `aa` → 27. */
export function columnNumber(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`not a column name: ${name}`);
    n = n * 26 + (code - 64);
  }
  return n;
}

/** (3, 2) → `B3`. */
export function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

export interface CellPosition {
  row: number;
  column: number;
}

export interface RangePosition {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const ADDRESS = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** `B3` or `$B$3` → { row: 3, column: 2 }. */
export function parseAddress(address: string): CellPosition {
  const match = ADDRESS.exec(address.trim());
  if (!match) throw new RangeError(`not a cell address: ${address}`);
  return { row: Number(match[2]), column: columnNumber(match[1] ?? '') };
}

/** `A1:F2` (or one cell, `B3`) → its corners, whichever order they were written in. */
export function parseRange(range: string): RangePosition {
  const [first = '', second] = range.split(':');
  const a = parseAddress(first);
  const b = second === undefined ? a : parseAddress(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** Corners → `A1:F2`; a single cell stays `A1:A1` only when `alwaysPair`, otherwise `A1`. */
export function rangeAddress(top: number, left: number, bottom: number, right: number, alwaysPair = false): string {
  const start = cellAddress(top, left);
  const end = cellAddress(bottom, right);
  return start === end && !alwaysPair ? start : `${start}:${end}`;
}

/** `$B$3`: an absolute reference, for formulas that must not shift when copied. */
export function absoluteAddress(row: number, column: number): string {
  return `$${columnName(column)}$${row}`;
}

/** A sheet name as a formula reference: always quoted (`'汇总'!A1`), quotes doubled. */
export function sheetReference(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
