/**
 * A workbook held by the page itself, for the task pane outside Office (a plain browser, e.g.
 * where only WPS is installed): the whole `FileWorkbook` port on an exceljs workbook in memory.
 * Layouts are written through xlsx.ts exactly as `perftable generate` writes them; the user gets
 * the result with `save()` (an .xlsx download) and brings a register in with `open()`.
 *
 * exceljs is about 1 MB. It is loaded with `import()` on the first call that needs the workbook,
 * never at start: webpack puts xlsx.ts and exceljs in a chunk of their own, which Excel never
 * fetches. Only types are imported statically here.
 *
 * Settings (`loadSetting`/`saveSetting`) live in a very hidden sheet, `SETTINGS_SHEET`, one key
 * per row (key in A, the value in B and, when longer than one cell holds, C, D …), so they travel
 * in the saved file as Office's workbook settings travel in Excel's. That sheet is left out of
 * `sheetNames()` and of `readGrids()` without names.
 */
import type * as ExcelJS from 'exceljs';
import { parseRange } from '../core/layout/a1';
import { safeSheetName } from '../core/layout/sheet-names';
import type { FileMessageCode } from '../core/i18n/messages-file';
import type { Grid } from '../core/read/grid';
import { MARK_FILL, MARKS_SETTING_KEY } from './office-marks';
import type { CellMark, FileWorkbook, WriteOptions, WriteReport } from './port';

/** The .xlsx adapter, loaded on demand (it brings exceljs with it). */
export type XlsxModule = typeof import('./xlsx');

/** Findings of the bounded reader that mean exceljs would do unbounded work on the file. */
const EXCELJS_UNSAFE = new Set(['READ_FILE_MERGE_TOO_LARGE', 'READ_FILE_MERGE_LIMIT', 'READ_FILE_CELL_LIMIT', 'READ_FILE_OUTSIDE_GRID']);

/** The hidden sheet that holds the settings. */
export const SETTINGS_SHEET = '_PerfTableSettings';

/** A cell holds at most 32,767 characters; values are cut in pieces well below that. */
const SETTING_PIECE = 30_000;

export interface MemoryWorkbook extends FileWorkbook {
  /** The cell `selectCell` last showed (there is no grid on screen to move): null before any. */
  selection(): { sheet: string; address: string } | null;
}

export interface MemoryWorkbookOptions {
  /** How xlsx.ts (and exceljs) is loaded; tests count the calls. */
  load?: () => Promise<XlsxModule>;
  /**
   * Awaited between two sheets of `writeLayouts`, so that a progress bar repaints and a Cancel
   * click is heard while the page writes (default: one macrotask).
   */
  pause?: () => Promise<void>;
}

let shared: Promise<XlsxModule> | undefined;

/** The one dynamic import of the .xlsx adapter; webpack names its chunk `exceljs`. */
export function loadXlsxModule(): Promise<XlsxModule> {
  if (!shared) {
    const loading = import(/* webpackChunkName: "exceljs" */ './xlsx');
    shared = loading;
    // A chunk that did not arrive (offline for a moment) is fetched again on the next call.
    loading.catch(() => {
      if (shared === loading) shared = undefined;
    });
  }
  return shared;
}

const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** An exceljs fill as saved for a marked cell: JSON, so it can be kept in the settings sheet. */
type SavedFill = ExcelJS.Fill | null;

interface SavedMark {
  sheet: string;
  address: string;
  /** Per cell of `address`, row by row: the fill it had, or null where it had none. */
  fills: SavedFill[][];
}

function markFill(severity: CellMark['severity']): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${MARK_FILL[severity].slice(1).toUpperCase()}` } };
}

/**
 * Sets a cell's fill without touching any other cell: xlsx.ts shares one style object between
 * cells of the same look, and exceljs's `cell.fill = …` would change that shared object.
 */
function setFill(cell: ExcelJS.Cell, fill: SavedFill): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

function parseSavedMarks(text: string | null): SavedMark[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as SavedMark[]) : [];
  } catch {
    // A damaged value cannot restore anything; the marks it described stay as they are.
    return [];
  }
}

export function createMemoryWorkbook(options: MemoryWorkbookOptions = {}): MemoryWorkbook {
  const load = options.load ?? loadXlsxModule;
  const pause = options.pause ?? nextMacrotask;
  let book: Promise<{ xlsx: XlsxModule; workbook: ExcelJS.Workbook }> | undefined;
  let selected: { sheet: string; address: string } | null = null;
  /** The opened file's sheets as the bounded reader read them; dropped once a value is written. */
  let opened: Grid[] | undefined;

  /** The workbook, created empty on first use. */
  function current(): Promise<{ xlsx: XlsxModule; workbook: ExcelJS.Workbook }> {
    if (!book) {
      const loading = load().then((xlsx) => ({ xlsx, workbook: xlsx.createWorkbook() }));
      book = loading;
      // A load that failed is tried again next time, not remembered as failed.
      loading.catch(() => {
        if (book === loading) book = undefined;
      });
    }
    return book;
  }

  const userSheets = (workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] => workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET);

  function sheetOrThrow(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
    const ws = name === SETTINGS_SHEET ? undefined : workbook.getWorksheet(name);
    // Office.js throws ItemNotFound for a missing sheet: so does this, so callers handle one behaviour.
    if (!ws) throw new Error(`no sheet named ${name}`);
    return ws;
  }

  function readSetting(workbook: ExcelJS.Workbook, key: string): string | null {
    const ws = workbook.getWorksheet(SETTINGS_SHEET);
    if (!ws) return null;
    for (let r = 1; r <= ws.rowCount; r += 1) {
      const row = ws.getRow(r);
      if (row.getCell(1).value !== key) continue;
      const pieces: string[] = [];
      for (let c = 2; ; c += 1) {
        const value = row.getCell(c).value;
        if (typeof value !== 'string') break;
        pieces.push(value);
      }
      return pieces.join('');
    }
    return null;
  }

  function writeSetting(workbook: ExcelJS.Workbook, key: string, value: string): void {
    const ws = workbook.getWorksheet(SETTINGS_SHEET) ?? workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
    let r = 1;
    while (r <= ws.rowCount && ws.getRow(r).getCell(1).value !== key) r += 1;
    const row = ws.getRow(r);
    row.getCell(1).value = key;
    const pieces: string[] = [];
    for (let i = 0; i < value.length; i += SETTING_PIECE) pieces.push(value.slice(i, i + SETTING_PIECE));
    if (pieces.length === 0) pieces.push('');
    // Clear what a longer earlier value left, then write the pieces.
    for (let c = 2; typeof row.getCell(c).value === 'string'; c += 1) row.getCell(c).value = null;
    pieces.forEach((piece, i) => (row.getCell(2 + i).value = piece));
  }

  return {
    async insertFormula(formula) {
      opened = undefined;
      const { xlsx, workbook } = await current();
      const target = selected ?? { sheet: userSheets(workbook)[0]?.name ?? 'Sheet1', address: 'A1' };
      const ws = workbook.getWorksheet(target.sheet) ?? workbook.addWorksheet(target.sheet);
      const { top, left } = parseRange(target.address);
      ws.getCell(top, left).value = { formula: xlsx.toFileFormula(formula) } as ExcelJS.CellFormulaValue;
      return { address: `${ws.name}!${ws.getCell(top, left).address}` };
    },

    async sheetNames() {
      // A workbook never touched has no sheets: no need to fetch exceljs to say so.
      if (!book) return [];
      const { workbook } = await current();
      return userSheets(workbook).map((ws) => ws.name);
    },

    async writeLayouts(layouts, writeOptions: WriteOptions = {}): Promise<WriteReport> {
      opened = undefined;
      const { xlsx, workbook } = await current();
      const taken = workbook.worksheets.map((ws) => ws.name);
      const written: WriteReport['written'] = [];
      for (const layout of layouts) {
        if (writeOptions.isCancelled?.()) return { written, cancelled: true, syncs: 0 };
        const name = safeSheetName(layout.name, taken);
        taken.push(name);
        xlsx.writeLayout(workbook, name === layout.name ? layout : { ...layout, name });
        written.push({ requested: layout.name, name });
        writeOptions.onProgress?.(written.length, layouts.length, name);
        // Writing is synchronous: without a pause the page would not repaint until the end.
        if (written.length < layouts.length) await pause();
      }
      return { written, cancelled: false, syncs: 0 };
    },

    async readGrids(names) {
      const { xlsx, workbook } = await current();
      const sheets = names ? names.map((name) => sheetOrThrow(workbook, name)) : userSheets(workbook);
      // As the file was read (dates as dates, formulas without results marked) until something is written.
      const asOpened = opened;
      if (asOpened) return sheets.map((ws) => asOpened.find((g) => g.sheet === ws.name) ?? xlsx.worksheetToGrid(ws));
      return sheets.map((ws) => xlsx.worksheetToGrid(ws));
    },

    async readActiveGrid(): Promise<Grid> {
      const { xlsx, workbook } = await current();
      const ws = (selected && workbook.getWorksheet(selected.sheet)) || userSheets(workbook)[0];
      if (!ws) throw new Error('no active sheet');
      return opened?.find((g) => g.sheet === ws.name) ?? xlsx.worksheetToGrid(ws);
    },

    async selectCell(sheet, address) {
      const { workbook } = await current();
      sheetOrThrow(workbook, sheet);
      selected = { sheet, address };
    },

    async markCells(marks) {
      const { workbook } = await current();
      const saved = parseSavedMarks(readSetting(workbook, MARKS_SETTING_KEY));
      // A cell marked twice keeps the fill it had before the first mark.
      const already = new Set(saved.map((s) => `${s.sheet}!${s.address}`));
      for (const mark of marks) {
        const ws = sheetOrThrow(workbook, mark.sheet);
        const { top, left, bottom, right } = parseRange(mark.address);
        const fills: SavedFill[][] = [];
        for (let r = top; r <= bottom; r += 1) {
          const row: SavedFill[] = [];
          for (let c = left; c <= right; c += 1) {
            const cell = ws.getCell(r, c);
            row.push(cell.style?.fill ? (JSON.parse(JSON.stringify(cell.style.fill)) as ExcelJS.Fill) : null);
            setFill(cell, markFill(mark.severity));
          }
          fills.push(row);
        }
        if (!already.has(`${mark.sheet}!${mark.address}`)) {
          saved.push({ sheet: mark.sheet, address: mark.address, fills });
          already.add(`${mark.sheet}!${mark.address}`);
        }
      }
      writeSetting(workbook, MARKS_SETTING_KEY, JSON.stringify(saved));
    },

    async clearMarks() {
      const { workbook } = await current();
      const saved = parseSavedMarks(readSetting(workbook, MARKS_SETTING_KEY));
      if (saved.length === 0) return;
      // Restored last-marked first, so that overlapping marks end with the oldest original.
      for (const mark of [...saved].reverse()) {
        const ws = mark.sheet === SETTINGS_SHEET ? undefined : workbook.getWorksheet(mark.sheet);
        if (!ws) continue; // deleted since: nothing left to restore
        const { top, left } = parseRange(mark.address);
        mark.fills.forEach((row, i) => row.forEach((fill, j) => setFill(ws.getCell(top + i, left + j), fill)));
      }
      writeSetting(workbook, MARKS_SETTING_KEY, '[]');
    },

    async loadSetting(key) {
      if (!book) return null;
      const { workbook } = await current();
      return readSetting(workbook, key);
    },

    async saveSetting(key, value) {
      const { workbook } = await current();
      writeSetting(workbook, key, value);
    },

    async open(data) {
      // The bounded reader first (ooxml-read.ts): a file that is not a readable .xlsx, or one over a
      // limit that exceljs would pay for cell by cell (a merge over the whole sheet), is refused
      // with its reason before exceljs sees it; its grids serve reading until the workbook changes.
      const { readWorkbookFile, UnreadableWorkbookError } = await import(/* webpackChunkName: "ooxml-read" */ './ooxml-read');
      const read = readWorkbookFile(data);
      if (!read.ok) throw new UnreadableWorkbookError(read.error);
      const overLimit = read.grids.flatMap((g) => g.findings ?? []).find((f) => EXCELJS_UNSAFE.has(f.code));
      if (overLimit) throw new UnreadableWorkbookError({ code: overLimit.code as FileMessageCode, message: overLimit.message, messageEn: overLimit.messageEn });
      const xlsx = await load();
      const workbook = await xlsx.loadWorkbook(data);
      book = Promise.resolve({ xlsx, workbook });
      opened = read.grids.filter((g) => g.sheet !== SETTINGS_SHEET);
      selected = null;
    },

    async freezeSheet(name) {
      opened = undefined;
      const { workbook } = await current();
      // 固化结果 only: its own small chunk, fetched when a sheet is frozen.
      const { freezeWorksheet } = await import(/* webpackChunkName: "freeze" */ './xlsx-evaluation');
      return freezeWorksheet(workbook, name);
    },

    async save() {
      const { xlsx, workbook } = await current();
      // Cached results show where the add-in is absent (see xlsx.ts workbookToXlsx).
      return xlsx.workbookToXlsx(workbook);
    },

    selection: () => selected,
  };
}
