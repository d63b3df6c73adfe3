/**
 * A WorkbookActions for component tests: every method a jest mock with a harmless answer, any of
 * them replaceable. It stands in for Excel in tests that are about the UI, not about Office.js.
 */
import type { FileWorkbook, WorkbookActions } from '../../src/workbook/port';

export type FakeWorkbook = { [K in keyof WorkbookActions]: jest.Mock };

export function fakeWorkbook(overrides: Partial<WorkbookActions> = {}): FakeWorkbook & WorkbookActions {
  const fake: FakeWorkbook = {
    insertFormula: jest.fn(async () => ({ address: 'Sheet1!B2' })),
    sheetNames: jest.fn(async () => ['Sheet1']),
    writeLayouts: jest.fn(async (layouts: Array<{ name: string }>) => ({
      written: layouts.map((l) => ({ requested: l.name, name: l.name })),
      cancelled: false,
      syncs: 0,
    })),
    readGrids: jest.fn(async () => []),
    readActiveGrid: jest.fn(async () => ({ sheet: 'Sheet1', rows: [] })),
    selectCell: jest.fn(async () => undefined),
    markCells: jest.fn(async () => undefined),
    clearMarks: jest.fn(async () => undefined),
    loadSetting: jest.fn(async () => null),
    saveSetting: jest.fn(async () => undefined),
  };
  for (const [key, value] of Object.entries(overrides)) (fake as Record<string, unknown>)[key] = jest.fn(value as never);
  return fake as FakeWorkbook & WorkbookActions;
}

/** A FileWorkbook for a standalone pane: a fake workbook that also opens and saves (an empty file). */
export function fakeFileWorkbook(overrides: Partial<FileWorkbook> = {}): FakeWorkbook & FileWorkbook {
  const { open, save, ...rest } = overrides;
  return Object.assign(fakeWorkbook(rest), {
    open: jest.fn(open ?? (async () => undefined)),
    save: jest.fn(save ?? (async () => new Uint8Array())),
  });
}
