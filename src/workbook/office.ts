/**
 * The one module that talks to Office.js. Everything else in the pane works against
 * `WorkbookActions` and never sees `Office` or `Excel`.
 */
import { addCharts, freezeSheet } from './office-evaluation';
import { clearMarks, markCells } from './office-marks';
import { readActiveGrid, readGrids, selectCell, writeLayouts } from './office-sheets';
import type { InsertedFormula, WorkbookActions } from './port';

/** `Excel.run` narrowed to the one overload used here, so tests can pass a mock context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Resolved lazily: `Excel` only exists once office.js has loaded inside Excel. */
const excelRun: ExcelRun = (batch) => Excel.run(batch);

export function createOfficeWorkbook(run: ExcelRun = excelRun): WorkbookActions {
  return {
    insertFormula(formula: string): Promise<InsertedFormula> {
      return run(async (context) => {
        const cell = context.workbook.getSelectedRange().getCell(0, 0);
        // `formulas` takes the invariant (en-US) syntax whatever the user's locale, so `,` and `.` are safe.
        cell.formulas = [[formula]];
        cell.load('address');
        // One round trip: the write and the address read go to Excel together.
        await context.sync();
        return { address: cell.address };
      });
    },
    sheetNames: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
    writeLayouts: (layouts, options) => writeLayouts(run, layouts, options),
    readGrids: async (names) => (await readGrids(run, names)).grids,
    readActiveGrid: async () => {
      const { grids } = await readActiveGrid(run);
      const [grid] = grids;
      if (!grid) throw new Error('no active sheet');
      return grid;
    },
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    markCells: (marks) => markCells(run, marks),
    clearMarks: () => clearMarks(run),
    loadSetting: (key) =>
      run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(key);
        item.load('value');
        await context.sync();
        return item.isNullObject ? null : String(item.value);
      }),
    saveSetting: (key, value) =>
      run(async (context) => {
        // Workbook settings travel with the file: a colleague who opens it sees the same catalog.
        context.workbook.settings.add(key, value);
        await context.sync();
      }),
    addCharts: async (sheet, charts) => {
      await addCharts(run, sheet, charts);
    },
    freezeSheet: async (name) => {
      const { name: copy, replaced } = await freezeSheet(run, name);
      return { name: copy, replaced };
    },
  };
}

/** What `Office.onReady` reports, reduced to what the pane needs. */
export interface OfficeReadyInfo {
  /** `'Excel'` inside Excel; null when office.js runs in a plain browser. */
  host: string | null;
}

/**
 * Waits for office.js. Resolves null when office.js is not on the page (opened outside Office,
 * or the CDN could not be reached) or when it does not report ready within `timeoutMs`.
 */
export async function waitForOffice(timeoutMs: number): Promise<OfficeReadyInfo | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    return info ? { host: info.host ? String(info.host) : null } : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
