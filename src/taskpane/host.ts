/**
 * Decides where the pane runs: inside Excel, with the open workbook to write to, or on its own
 * (a plain browser, another Office host, or office.js did not load) with a workbook held in the
 * page, which the user downloads as an .xlsx file and can fill from an uploaded one.
 */
import { createMemoryWorkbook } from '../workbook/memory';
import { createOfficeWorkbook, waitForOffice, type OfficeReadyInfo } from '../workbook/office';
import type { FileWorkbook, WorkbookActions } from '../workbook/port';

export type PaneHost = { kind: 'excel'; workbook: WorkbookActions } | { kind: 'standalone'; workbook: FileWorkbook };

/** Long enough for office.js inside Excel, short enough that a plain browser does not wait long. */
export const OFFICE_READY_TIMEOUT_MS = 1500;

/**
 * The host for what `Office.onReady` reported. Making the in-page workbook costs nothing: exceljs
 * is fetched only when it is first used (see workbook/memory.ts).
 */
export function hostFromReadyInfo(
  info: OfficeReadyInfo | null,
  makeWorkbook: () => WorkbookActions = createOfficeWorkbook,
  makeFileWorkbook: () => FileWorkbook = createMemoryWorkbook,
): PaneHost {
  // Outside Office, onReady reports a null host; other hosts (Word…) have no cells to write.
  return info?.host === 'Excel' ? { kind: 'excel', workbook: makeWorkbook() } : { kind: 'standalone', workbook: makeFileWorkbook() };
}

export async function detectHost(
  wait: () => Promise<OfficeReadyInfo | null> = () => waitForOffice(OFFICE_READY_TIMEOUT_MS),
  makeWorkbook: () => WorkbookActions = createOfficeWorkbook,
  makeFileWorkbook: () => FileWorkbook = createMemoryWorkbook,
): Promise<PaneHost> {
  return hostFromReadyInfo(await wait(), makeWorkbook, makeFileWorkbook);
}
