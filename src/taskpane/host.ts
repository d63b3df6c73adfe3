/**
 * Decides where the pane runs: inside Excel, with a workbook it can write to, or on its own
 * (a plain browser, or office.js did not load) where it can only try targets.
 */
import { createOfficeWorkbook, waitForOffice, type OfficeReadyInfo } from '../workbook/office';
import type { WorkbookActions } from '../workbook/port';

export type PaneHost = { kind: 'excel'; workbook: WorkbookActions } | { kind: 'standalone' };

/** Long enough for office.js inside Excel, short enough that a plain browser does not wait long. */
export const OFFICE_READY_TIMEOUT_MS = 1500;

export function hostFromReadyInfo(
  info: OfficeReadyInfo | null,
  makeWorkbook: () => WorkbookActions = createOfficeWorkbook,
): PaneHost {
  // Outside Office, onReady reports a null host; other hosts (Word…) have no cells to write.
  return info?.host === 'Excel' ? { kind: 'excel', workbook: makeWorkbook() } : { kind: 'standalone' };
}

export async function detectHost(
  wait: () => Promise<OfficeReadyInfo | null> = () => waitForOffice(OFFICE_READY_TIMEOUT_MS),
  makeWorkbook: () => WorkbookActions = createOfficeWorkbook,
): Promise<PaneHost> {
  return hostFromReadyInfo(await wait(), makeWorkbook);
}
