/**
 * Writes a batch: one sheet per project, then the 汇总 sheet. The summary goes last so that a
 * cancelled batch leaves only whole project sheets and no summary pointing at sheets that were
 * never written; it is made from the names the sheets really got.
 */
import { projectsToLayouts } from '../../../core/layout/batch';
import { summaryLayout } from '../../../core/layout/summary-sheet';
import type { SheetLayout } from '../../../core/layout/types';
import type { Catalog } from '../../../core/project/catalog';
import type { Project } from '../../../core/project/types';
import type { WorkbookActions } from '../../../workbook/port';

export interface BatchOptions {
  /** Write the 汇总 sheet (default true). */
  summary?: boolean;
  catalog?: Catalog;
  /** Sheets done so far, of all the batch will write (project sheets and the summary). */
  onProgress?: (done: number, total: number, sheet: string) => void;
  isCancelled?: () => boolean;
}

export interface BatchReport {
  /** The project sheets written, in order, with the names they got. */
  sheets: SheetLayout[];
  /** The summary as written, when it was. */
  summary?: SheetLayout;
  /** Projects whose sheet was not written (the batch was cancelled first). */
  skipped: number;
  cancelled: boolean;
}

export async function generateBatch(workbook: WorkbookActions, projects: readonly Project[], options: BatchOptions = {}): Promise<BatchReport> {
  const withSummary = options.summary ?? true;
  const existing = await workbook.sheetNames();
  const planned = projectsToLayouts(projects, { existing, summary: withSummary, catalog: options.catalog });
  const summaryName = withSummary ? planned[0]?.name : undefined;
  const layouts = withSummary ? planned.slice(1) : planned;
  const total = layouts.length + (withSummary ? 1 : 0);

  const report = await workbook.writeLayouts(layouts, {
    onProgress: (done, _total, sheet) => options.onProgress?.(done, total, sheet),
    isCancelled: options.isCancelled,
  });
  const sheets = report.written.map((w, i) => {
    const layout = layouts[i] as SheetLayout;
    return w.name === layout.name ? layout : { ...layout, name: w.name };
  });
  const skipped = projects.length - sheets.length;
  // A Cancel that came after the last project sheet still stops before the summary.
  const cancelled = report.cancelled || (options.isCancelled?.() ?? false);
  if (cancelled || summaryName === undefined) return { sheets, skipped, cancelled };

  const entries = sheets.map((layout, i) => ({ project: projects[i] as Project, layout }));
  const summary = summaryLayout(entries, { name: summaryName });
  const written = await workbook.writeLayouts([summary]);
  const name = written.written[0]?.name ?? summary.name;
  options.onProgress?.(total, total, name);
  return { sheets, summary: name === summary.name ? summary : { ...summary, name }, skipped, cancelled: false };
}
