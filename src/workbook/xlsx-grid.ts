/**
 * Plain grids → an .xlsx file, for `perftable import`: the cells as they are (text stays text),
 * merges kept, and just enough format to read the result (column widths, wrapped text, borders
 * around table rows). Layouts with styles and formulas go through xlsx.ts; this is for data that
 * has no layout, such as a Word document's tables.
 */
import type * as ExcelJS from 'exceljs';
import type { Grid } from '../core/read/grid';
import { createWorkbook, workbookToXlsx } from './xlsx';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface GridWriteOptions {
  /** Sheets whose rows below the first are a table (bordered); the others are prose. Default: all but prose sheets. */
  isTable?: (grid: Grid) => boolean;
}

/** Columns as wide as their text (a CJK character counts twice), between 8 and 60 characters. */
function columnWidths(grid: Grid): number[] {
  const widths: number[] = [];
  grid.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      // A title spread over the whole row says nothing about its own column's width.
      if (r === 0 && (grid.merges ?? []).some((m) => m.startsWith('A1:'))) return;
      const text = String(value);
      let width = 0;
      for (const ch of text) width += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
      widths[c] = Math.max(widths[c] ?? 8, Math.min(60, width + 2));
    });
  });
  return widths;
}

export async function gridsToXlsxBuffer(grids: readonly Grid[], options: GridWriteOptions = {}): Promise<Uint8Array> {
  const workbook = createWorkbook();
  for (const grid of grids) {
    const ws = workbook.addWorksheet(grid.sheet);
    const table = options.isTable ? options.isTable(grid) : grid.rows.some((row) => row.length > 1);
    columnWidths(grid).forEach((width, c) => (ws.getColumn(c + 1).width = width));
    const hasTitle = (grid.merges ?? []).some((m) => m.startsWith('A1:'));
    grid.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        if (value !== null) cell.value = value;
        cell.alignment = { wrapText: true, vertical: 'middle' };
        if (table && !(hasTitle && r === 0)) cell.border = BORDER;
      });
    });
    if (hasTitle) ws.getCell(1, 1).font = { bold: true, size: 14 };
    if (!table) ws.getColumn(1).width = 100;
    for (const merge of grid.merges ?? []) ws.mergeCells(merge);
  }
  return workbookToXlsx(workbook);
}
