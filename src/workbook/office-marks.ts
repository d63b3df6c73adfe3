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

/** Marks are refused, before anything changes, on a protected sheet: Excel would refuse the fills one by one. */
export class ProtectedSheetError extends Error {
  constructor(readonly sheets: string[]) {
    const list = sheets.map((name) => `「${name}」`).join('、');
    super(`工作表${list}受保护，未做任何标记；请先撤消工作表保护。 / Sheet(s) ${sheets.join(', ')} are protected: nothing was marked. Unprotect them first.`);
    this.name = 'ProtectedSheetError';
  }
}

/**
 * Two syncs: (1) read the fills there are and whether each sheet is protected; (2) save the
 * original fills, then mark. The record is queued before the fills, so that a fill Excel refuses
 * (a batch is not a transaction) leaves nothing that 清除标记 cannot restore.
 */
export function markCells(run: ExcelRun, marks: readonly CellMark[]): Promise<void> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
    setting.load('value');
    const protections = protectionsOf(context, marks.map((mark) => mark.sheet));
    const reads = marks.map((mark) => {
      const range = context.workbook.worksheets.getItem(mark.sheet).getRange(mark.address);
      return { mark, range, properties: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) };
    });
    await context.sync();
    const locked = protectedSheets(protections);
    if (locked.length > 0) throw new ProtectedSheetError(locked);
    const saved: SavedFill[] = setting.isNullObject ? [] : parseSaved(setting.value);
    // A cell marked twice keeps the fill it had before the first mark.
    const already = new Set(saved.map((s) => `${s.sheet}!${s.address}`));
    for (const { mark, properties } of reads) {
      if (!already.has(`${mark.sheet}!${mark.address}`)) {
        saved.push({ sheet: mark.sheet, address: mark.address, fills: properties.value.map((row) => row.map(originalFill)) });
      }
    }
    context.workbook.settings.add(MARKS_SETTING_KEY, JSON.stringify(saved));
    for (const { mark, range } of reads) range.format.fill.color = MARK_FILL[mark.severity];
    await context.sync();
  });
}

/** Queues the load of each named sheet's protection. */
function protectionsOf(context: Excel.RequestContext, names: readonly string[]): Map<string, Excel.WorksheetProtection> {
  const protections = new Map<string, Excel.WorksheetProtection>();
  for (const name of new Set(names)) {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load('protected');
    protections.set(name, protection);
  }
  return protections;
}

function protectedSheets(protections: Map<string, Excel.WorksheetProtection>): string[] {
  return [...protections].filter(([, protection]) => protection.protected).map(([name]) => name);
}

/**
 * Two syncs: read what was saved, then put every fill back and forget it. A sheet protected since
 * it was marked keeps its record, to be restored once it is unprotected.
 */
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
    const records = parseSaved(setting.value).filter((s) => present.has(s.sheet));
    const protections = protectionsOf(context, records.map((s) => s.sheet));
    await context.sync();
    const locked = new Set(protectedSheets(protections));
    for (const saved of records.filter((s) => !locked.has(s.sheet))) {
      const range = sheets.getItem(saved.sheet).getRange(saved.address);
      saved.fills.forEach((row, r) =>
        row.forEach((fill, c) => {
          const cell = range.getCell(r, c);
          if (fill === null) cell.format.fill.clear();
          else cell.format.fill.color = fill;
        }),
      );
    }
    const kept = records.filter((s) => locked.has(s.sheet));
    if (kept.length > 0) context.workbook.settings.add(MARKS_SETTING_KEY, JSON.stringify(kept));
    else setting.delete();
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
