/**
 * Highlights for findings, and their removal: the fill of each marked cell is read first and
 * kept in the workbook's settings, so that clearing restores exactly what was there, even after
 * the pane was closed. Values are never touched.
 */
import type { ExcelRun } from './office';
import type { CellMark } from './port';
import { MARK_FILL, MARKS_SETTING_KEY } from './mark-fills';


export { MARK_FILL, MARKS_SETTING_KEY } from './mark-fills';

interface SavedFill {
  sheet: string;
  address: string;
  /** Per cell: the colour it had, or null where it had no fill. */
  fills: Array<Array<string | null>>;
}

/** Two syncs: one to read the fills there are, one to mark and save them. */
export function markCells(run: ExcelRun, marks: readonly CellMark[]): Promise<void> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
    setting.load('value');
    const reads = marks.map((mark) => {
      const range = context.workbook.worksheets.getItem(mark.sheet).getRange(mark.address);
      return { mark, range, properties: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) };
    });
    await context.sync();
    const saved: SavedFill[] = setting.isNullObject ? [] : parseSaved(setting.value);
    // A cell marked twice keeps the fill it had before the first mark.
    const already = new Set(saved.map((s) => `${s.sheet}!${s.address}`));
    for (const { mark, range, properties } of reads) {
      if (!already.has(`${mark.sheet}!${mark.address}`)) {
        saved.push({ sheet: mark.sheet, address: mark.address, fills: properties.value.map((row) => row.map(originalFill)) });
      }
      range.format.fill.color = MARK_FILL[mark.severity];
    }
    context.workbook.settings.add(MARKS_SETTING_KEY, JSON.stringify(saved));
    await context.sync();
  });
}

/** Two syncs: read what was saved, then put every fill back and forget it. */
export function clearMarks(run: ExcelRun): Promise<void> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
    setting.load('value');
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    if (setting.isNullObject) return;
    // A sheet deleted since it was marked has nothing left to restore.
    const present = new Set(sheets.items.map((sheet) => sheet.name));
    for (const saved of parseSaved(setting.value).filter((s) => present.has(s.sheet))) {
      const range = sheets.getItem(saved.sheet).getRange(saved.address);
      saved.fills.forEach((row, r) =>
        row.forEach((fill, c) => {
          const cell = range.getCell(r, c);
          if (fill === null) cell.format.fill.clear();
          else cell.format.fill.color = fill;
        }),
      );
    }
    setting.delete();
    await context.sync();
  });
}

function originalFill(cell: Excel.CellProperties): string | null {
  const fill = cell.format?.fill;
  if (!fill || fill.pattern === 'None' || !fill.color) return null;
  return fill.color;
}

function parseSaved(value: unknown): SavedFill[] {
  try {
    const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    return Array.isArray(parsed) ? (parsed as SavedFill[]) : [];
  } catch {
    return [];
  }
}
