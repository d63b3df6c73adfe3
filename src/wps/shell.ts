/**
 * The WPS add-in shell around the pane: the `wps` root, its shared storage and the task pane. The
 * only place besides workbook/wps*.ts that touches WPS's globals (lint enforces it).
 */

export interface RibbonControl {
  Id?: string;
}

interface TaskPane {
  ID: string;
  Visible: boolean;
  DockPosition?: number;
}

/** The members of `wps` the shell uses; every one may be missing on some build. */
export interface WpsRoot {
  AddCustomFunction?: unknown;
  PluginStorage?: { setItem(key: string, value: string): void; getItem(key: string): string | null | undefined };
  CreateTaskPane?: (url: string, title?: string) => TaskPane;
  GetTaskPane?: (id: string) => TaskPane | null | undefined;
}

/** Where the hidden page leaves the result of registering functions, for the pane to show. */
export const FUNCTIONS_REPORT_KEY = 'perftable.functions';
/** Keyed per host: one add-in name registered for 文字/表格/演示 would otherwise share the pane id. */
const PANE_KEY = 'perftable.pane.et';
const DOCK_RIGHT = 2;

export function wpsRoot(): WpsRoot | undefined {
  const value = (globalThis as { wps?: unknown }).wps;
  return typeof value === 'object' && value !== null ? (value as WpsRoot) : undefined;
}

/** Opens the task pane, or shows/hides the one already open. */
export function openTaskPane(root: WpsRoot | undefined, pageUrl: string): void {
  if (!root?.CreateTaskPane) return;
  const id = root.PluginStorage?.getItem(PANE_KEY);
  const existing = id ? root.GetTaskPane?.(id) : undefined;
  if (existing) {
    existing.Visible = !existing.Visible;
    return;
  }
  const pane = root.CreateTaskPane(new URL('taskpane.html', pageUrl).href, '绩效表助手');
  pane.DockPosition = DOCK_RIGHT;
  pane.Visible = true;
  root.PluginStorage?.setItem(PANE_KEY, pane.ID);
}

/** What the hidden page reported about custom functions, if it ran. */
export function functionsReport(root: WpsRoot | undefined): { supported: boolean; reason?: string; reasonEn?: string } | null {
  const text = root?.PluginStorage?.getItem(FUNCTIONS_REPORT_KEY);
  if (!text) return null;
  try {
    return JSON.parse(text) as { supported: boolean; reason?: string; reasonEn?: string };
  } catch {
    return null;
  }
}
