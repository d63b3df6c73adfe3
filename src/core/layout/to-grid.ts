/**
 * A layout as the Grid a reader would get from the written sheet: constants as they are, formula
 * cells as their expected results (or their text when no result is known). Lets the register
 * reader and the checker run on a layout without writing a file, and lets tests compare a
 * written file with the data it came from.
 */
import { parseRange } from './a1';
import type { CellValue, SheetLayout } from './types';
import type { Grid, GridValue } from '../read/grid';

export function layoutToGrid(layout: SheetLayout): Grid {
  const rows: GridValue[][] = [];
  for (const block of layout.blocks) {
    const { top, left } = parseRange(block.range);
    block.values.forEach((values, i) => {
      values.forEach((value, j) => {
        const formula = block.formulas[i]?.[j] ?? null;
        const cell: GridValue = formula !== null && value === null ? formula : value;
        if (cell === null) return;
        const row = rows[top + i - 1] ?? (rows[top + i - 1] = []);
        while (row.length < left + j - 1) row.push(null);
        row[left + j - 1] = cell;
      });
    });
  }
  for (let r = 0; r < rows.length; r += 1) rows[r] ??= [];
  return { sheet: layout.name, rows, merges: [...layout.merges] };
}

/** The value a layout writes at `address` (a formula cell's expected result), or null where it writes none. */
export function layoutValueAt(layout: SheetLayout, address: string): CellValue {
  const { top, left } = parseRange(address);
  for (const block of layout.blocks) {
    const r = parseRange(block.range);
    if (top >= r.top && top <= r.bottom && left >= r.left && left <= r.right) return block.values[top - r.top]?.[left - r.left] ?? null;
  }
  return null;
}
