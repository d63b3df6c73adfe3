/** Reads a SheetLayout cell by address, as a test wants to see it. */
import { parseAddress, parseRange } from '../../../src/core/layout/a1';
import type { CellValue, SheetLayout } from '../../../src/core/layout/types';

export interface LayoutCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  style: string;
  block: string;
}

export function cellAt(layout: SheetLayout, address: string): LayoutCell | undefined {
  const { row, column } = parseAddress(address);
  for (const block of layout.blocks) {
    const { top, left, bottom, right } = parseRange(block.range);
    if (row < top || row > bottom || column < left || column > right) continue;
    const i = row - top;
    const j = column - left;
    return {
      value: block.values[i]?.[j] ?? null,
      formula: block.formulas[i]?.[j] ?? null,
      numberFormat: block.numberFormats[i]?.[j] ?? '',
      style: block.styles[i]?.[j] ?? '',
      block: block.name,
    };
  }
  return undefined;
}

export function valueAt(layout: SheetLayout, address: string): CellValue | undefined {
  return cellAt(layout, address)?.value;
}

/** Every cell of every block, with its address. */
export function everyCell(layout: SheetLayout): Array<LayoutCell & { row: number; column: number }> {
  const cells: Array<LayoutCell & { row: number; column: number }> = [];
  for (const block of layout.blocks) {
    const { top, left } = parseRange(block.range);
    block.values.forEach((row, i) =>
      row.forEach((value, j) =>
        cells.push({
          row: top + i,
          column: left + j,
          value,
          formula: block.formulas[i]?.[j] ?? null,
          numberFormat: block.numberFormats[i]?.[j] ?? '',
          style: block.styles[i]?.[j] ?? '',
          block: block.name,
        }),
      ),
    );
  }
  return cells;
}

/** Invariants of any layout: matrix shapes, styles that exist, merges inside the used range with empty covered cells. */
export function expectWellFormed(layout: SheetLayout): void {
  for (const block of layout.blocks) {
    const { top, left, bottom, right } = parseRange(block.range);
    const height = bottom - top + 1;
    const width = right - left + 1;
    for (const matrix of [block.values, block.formulas, block.numberFormats, block.styles]) {
      expect(matrix).toHaveLength(height);
      for (const row of matrix) expect(row).toHaveLength(width);
    }
    for (const row of block.styles) for (const style of row) expect(layout.styles[style]).toBeDefined();
  }
  const used = parseRange(layout.usedRange);
  for (const merge of layout.merges) {
    const m = parseRange(merge);
    expect(m.bottom).toBeLessThanOrEqual(used.bottom);
    expect(m.right).toBeLessThanOrEqual(used.right);
    for (const cell of everyCell(layout)) {
      const inside = cell.row >= m.top && cell.row <= m.bottom && cell.column >= m.left && cell.column <= m.right;
      if (inside && (cell.row !== m.top || cell.column !== m.left)) {
        expect(cell.value).toBeNull();
        expect(cell.formula).toBeNull();
      }
    }
  }
  // Blocks do not overlap: each cell is written once.
  const seen = new Set<string>();
  for (const cell of everyCell(layout)) {
    const key = `${cell.row},${cell.column}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
  }
  // Text stays text: every string constant is formatted @, so no adapter turns it into a formula or a number.
  for (const cell of everyCell(layout)) if (typeof cell.value === 'string' && cell.formula === null) expect(cell.numberFormat).toBe('@');
  for (const cell of everyCell(layout)) if (cell.formula !== null) expect(cell.formula.startsWith('=')).toBe(true);
}

