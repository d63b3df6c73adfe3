/**
 * A SheetLayout as rows of HTML table cells: merged areas become one cell with rowSpan/colSpan,
 * covered cells disappear, numbers are shown as their format prints them (`17.00`, `25%`).
 */
import { cellAddress, parseRange } from '../../../core/layout/a1';
import type { CellStyle, CellValue, SheetLayout } from '../../../core/layout/types';

export interface PreviewCell {
  /** `B3` */
  address: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  style: CellStyle | undefined;
  /** A formula whose result the layout does not know: its text is shown instead. */
  formulaText: boolean;
}

export interface PreviewModel {
  /** Column widths in characters (Excel's unit). */
  widths: number[];
  rows: PreviewCell[][];
  /** Rows left out beyond `maxRows`. */
  hiddenRows: number;
}

/** A constant as its number format shows it; formats other than these few show the plain value. */
export function displayValue(value: CellValue, format: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const decimals = /^0(?:\.(0+))?(%?)$/.exec(format);
  if (decimals) {
    const places = decimals[1]?.length ?? 0;
    return decimals[2] === '%' ? `${(value * 100).toFixed(places)}%` : value.toFixed(places);
  }
  // General: what Excel shows for a plain number, without binary noise (0.1 + 0.2).
  return String(Math.round(value * 1e9) / 1e9);
}

interface Slot {
  value: CellValue;
  formula: string | null;
  format: string;
  style: string;
}

export function previewModel(layout: SheetLayout, maxRows = 200): PreviewModel {
  const slots = new Map<string, Slot>();
  for (const block of layout.blocks) {
    const { top, left } = parseRange(block.range);
    block.values.forEach((values, i) =>
      values.forEach((value, j) => {
        slots.set(`${top + i}:${left + j}`, {
          value,
          formula: block.formulas[i]?.[j] ?? null,
          format: block.numberFormats[i]?.[j] ?? 'General',
          style: block.styles[i]?.[j] ?? '',
        });
      }),
    );
  }
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of layout.merges) {
    const { top, left, bottom, right } = parseRange(merge);
    spans.set(`${top}:${left}`, { rowSpan: bottom - top + 1, colSpan: right - left + 1 });
    for (let r = top; r <= bottom; r += 1) for (let c = left; c <= right; c += 1) if (r !== top || c !== left) covered.add(`${r}:${c}`);
  }
  const used = parseRange(layout.usedRange);
  const lastRow = Math.min(used.bottom, used.top + maxRows - 1);
  const rows: PreviewCell[][] = [];
  for (let r = used.top; r <= lastRow; r += 1) {
    const cells: PreviewCell[] = [];
    for (let c = used.left; c <= used.right; c += 1) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const slot = slots.get(key);
      const span = spans.get(key) ?? { rowSpan: 1, colSpan: 1 };
      // A merge cut by maxRows must not reach below the last row shown.
      const rowSpan = Math.min(span.rowSpan, lastRow - r + 1);
      const formulaText = slot !== undefined && slot.formula !== null && slot.value === null;
      cells.push({
        address: cellAddress(r, c),
        text: slot ? (formulaText ? (slot.formula ?? '') : displayValue(slot.value, slot.format)) : '',
        rowSpan,
        colSpan: span.colSpan,
        style: slot ? layout.styles[slot.style] : undefined,
        formulaText,
      });
    }
    rows.push(cells);
  }
  return { widths: layout.columns.map((c) => c.width), rows, hiddenRows: used.bottom - lastRow };
}

