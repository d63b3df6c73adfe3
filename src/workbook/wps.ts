/**
 * The workbook port on WPS 表格: what workbook/office.ts does with Office.js, done with WPS's
 * synchronous object model. The only module (with wps-*.ts beside it) that touches `Application`.
 * Calls take effect at once and nothing rolls back, so each operation checks what it can before
 * it changes anything, and saves what it must restore before it changes it.
 */
import { parseRange } from '../core/layout/a1';
import { safeSheetName } from '../core/layout/sheet-names';
import type { Grid } from '../core/read/grid';
import type { CellMark, WorkbookActions, WriteReport } from './port';
import type { EtApplication, EtWorkbook, EtWorksheet } from './wps-api';
import { XL, bgrFromHex, hexFromBgr } from './wps-constants';
import { cellName, readSheet, writeCharts, writeLayoutToSheet } from './wps-sheets';
import { MARK_FILL, MARKS_SETTING_KEY } from './mark-fills';

/** Where PerfTable keeps its settings in a WPS workbook: a very hidden sheet (settings travel with the file). */
export const SETTINGS_SHEET = 'PerfTable设置';
/** A cell holds at most 32,767 characters: longer settings continue in the next columns. */
const SETTING_CHUNK = 30_000;

interface SavedFill {
  sheet: string;
  address: string;
  fills: Array<Array<string | null>>;
}

function sheets(book: EtWorkbook): EtWorksheet[] {
  const list: EtWorksheet[] = [];
  const count = book.Worksheets.Count;
  for (let i = 1; i <= count; i += 1) list.push(book.Worksheets.Item(i));
  return list;
}

function userSheets(book: EtWorkbook): EtWorksheet[] {
  return sheets(book).filter((sheet) => sheet.Name !== SETTINGS_SHEET);
}

/**
 * The port on WPS. `app` is resolved at every call, never kept: the add-in's page may outlive a
 * workbook, and the globals are only complete once WPS has loaded the add-in.
 */
export function createWpsWorkbook(app: () => EtApplication): WorkbookActions {
  const settings = settingsStore(app);
  return {
    insertFormula: async (formula) => {
      const cell = app().Selection.Cells.Item(1, 1);
      cell.Formula = formula;
      return { address: cellName(cell) };
    },
    sheetNames: async () => userSheets(app().ActiveWorkbook).map((sheet) => sheet.Name),
    writeLayouts: async (layouts, options = {}) => {
      const application = app();
      const book = application.ActiveWorkbook;
      const taken = sheets(book).map((sheet) => sheet.Name);
      const written: WriteReport['written'] = [];
      const calculation = application.Calculation;
      const updating = application.ScreenUpdating;
      const active = book.ActiveSheet;
      application.ScreenUpdating = false;
      application.Calculation = XL.calculationManual;
      try {
        for (const layout of layouts) {
          if (options.isCancelled?.()) return { written, cancelled: true, syncs: 0 };
          const name = safeSheetName(layout.name, taken);
          taken.push(name);
          // Without arguments Add() inserts before the active sheet: new sheets go at the end.
          const last = book.Worksheets.Item(book.Worksheets.Count);
          const sheet = book.Worksheets.Add(null, last);
          sheet.Name = name;
          writeLayoutToSheet(application, sheet, layout);
          if (layout.freeze) freeze(application, sheet, layout.freeze);
          written.push({ requested: layout.name, name });
          options.onProgress?.(written.length, layouts.length, name);
        }
      } finally {
        // Adding a sheet activates it: the user is left where they were.
        active.Activate();
        application.Calculation = calculation;
        application.ScreenUpdating = updating;
      }
      return { written, cancelled: false, syncs: 0 };
    },
    readGrids: async (names) => {
      const book = app().ActiveWorkbook;
      const chosen = names ? names.map((name) => book.Worksheets.Item(name)) : userSheets(book);
      return chosen.map(readSheet);
    },
    readActiveGrid: async (): Promise<Grid> => readSheet(app().ActiveWorkbook.ActiveSheet),
    selectCell: async (sheet, address) => {
      const worksheet = app().ActiveWorkbook.Worksheets.Item(sheet);
      worksheet.Activate();
      worksheet.Range(address).Cells.Item(1, 1).Select();
    },
    markCells: async (marks) => {
      const book = app().ActiveWorkbook;
      const saved = parseSaved(settings.load(MARKS_SETTING_KEY));
      const already = new Set(saved.map((s) => `${s.sheet}!${s.address}`));
      for (const mark of marks) {
        if (already.has(`${mark.sheet}!${mark.address}`)) continue;
        saved.push({ sheet: mark.sheet, address: mark.address, fills: readFills(book, mark) });
        already.add(`${mark.sheet}!${mark.address}`);
      }
      // The undo record is saved before any fill changes: a failure half way leaves restorable cells.
      settings.save(MARKS_SETTING_KEY, JSON.stringify(saved));
      for (const mark of marks) book.Worksheets.Item(mark.sheet).Range(mark.address).Interior.Color = bgrFromHex(MARK_FILL[mark.severity]);
    },
    clearMarks: async () => {
      const book = app().ActiveWorkbook;
      const present = new Set(sheets(book).map((sheet) => sheet.Name));
      for (const saved of parseSaved(settings.load(MARKS_SETTING_KEY))) {
        if (!present.has(saved.sheet)) continue;
        const range = book.Worksheets.Item(saved.sheet).Range(saved.address);
        saved.fills.forEach((row, r) =>
          row.forEach((fill, c) => {
            const interior = range.Cells.Item(r + 1, c + 1).Interior;
            if (fill === null) interior.ColorIndex = XL.colorIndexNone;
            else interior.Color = bgrFromHex(fill);
          }),
        );
      }
      settings.remove(MARKS_SETTING_KEY);
    },
    loadSetting: async (key) => settings.load(key),
    saveSetting: async (key, value) => settings.save(key, value),
    addCharts: async (sheet, charts) => writeCharts(app().ActiveWorkbook.Worksheets.Item(sheet), charts),
  };
}

/** Panes freeze per window, on the active sheet: the sheet is activated first. */
function freeze(app: EtApplication, sheet: EtWorksheet, panes: { rows: number; columns: number }): void {
  sheet.Activate();
  const window = app.ActiveWindow;
  window.FreezePanes = false;
  window.SplitColumn = panes.columns;
  window.SplitRow = panes.rows;
  window.FreezePanes = panes.rows > 0 || panes.columns > 0;
}

/** The fill of every cell of a mark, read cell by cell (a range's Interior is null when mixed). */
function readFills(book: EtWorkbook, mark: CellMark): Array<Array<string | null>> {
  const range = book.Worksheets.Item(mark.sheet).Range(mark.address);
  const { top, left, bottom, right } = parseRange(mark.address);
  const fills: Array<Array<string | null>> = [];
  for (let r = 0; r <= bottom - top; r += 1) {
    const row: Array<string | null> = [];
    for (let c = 0; c <= right - left; c += 1) {
      const interior = range.Cells.Item(r + 1, c + 1).Interior;
      row.push(interior.ColorIndex === XL.colorIndexNone || interior.Color === null ? null : hexFromBgr(interior.Color));
    }
    fills.push(row);
  }
  return fills;
}

function parseSaved(value: string | null): SavedFill[] {
  if (value === null) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as SavedFill[]) : [];
  } catch {
    return [];
  }
}

interface SettingsStore {
  load(key: string): string | null;
  save(key: string, value: string): void;
  remove(key: string): void;
}

/**
 * Settings in a very hidden sheet of the workbook: a key in column A, its text in B (and C, D …
 * past a cell's limit), written as text so that nothing in it is read as a formula.
 */
function settingsStore(app: () => EtApplication): SettingsStore {
  const find = (create: boolean): EtWorksheet | null => {
    const book = app().ActiveWorkbook;
    const existing = sheets(book).find((sheet) => sheet.Name === SETTINGS_SHEET);
    if (existing || !create) return existing ?? null;
    const sheet = book.Worksheets.Add(null, book.Worksheets.Item(book.Worksheets.Count));
    sheet.Name = SETTINGS_SHEET;
    sheet.Visible = XL.sheetVeryHidden;
    return sheet;
  };
  const rowsOf = (sheet: EtWorksheet) => readSheet(sheet).rows;
  return {
    load(key) {
      const sheet = find(false);
      if (!sheet) return null;
      const row = rowsOf(sheet).find((cells) => cells[0] === key);
      return row ? row.slice(1).map((part) => (part === null ? '' : String(part))).join('') : null;
    },
    save(key, value) {
      const sheet = find(true)!;
      const rows = rowsOf(sheet);
      const index = rows.findIndex((cells) => cells[0] === key);
      const row = index >= 0 ? index + 1 : rows.length + 1;
      const chunks = [key];
      for (let at = 0; at < value.length || chunks.length === 1; at += SETTING_CHUNK) chunks.push(value.slice(at, at + SETTING_CHUNK));
      const old = index >= 0 ? (rows[index]?.length ?? 0) : 0;
      const width = Math.max(chunks.length, old);
      const range = sheet.Range(`A${row}`).Resize(1, width);
      range.NumberFormat = '@';
      range.Value2 = [Array.from({ length: width }, (_, i) => chunks[i] ?? null)];
    },
    remove(key) {
      const sheet = find(false);
      if (!sheet) return;
      const rows = rowsOf(sheet);
      const index = rows.findIndex((cells) => cells[0] === key);
      if (index < 0) return;
      const width = rows[index]?.length ?? 1;
      sheet.Range(`A${index + 1}`).Resize(1, width).Value2 = [Array.from({ length: width }, () => null)];
    },
  };
}
