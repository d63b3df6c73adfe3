/** Grid helpers for tests that compare a grid read from a file with one made from a layout. */
import type { Grid } from '../../src/core/read/grid';

/** Rows without trailing nulls and merges in order, so grids from different sources compare. */
export function trimmed(grid: Grid): Grid {
  const rows = grid.rows.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return { sheet: grid.sheet, rows, merges: [...(grid.merges ?? [])].sort() };
}
