/**
 * A batch: projects → the sheets the task pane and `perftable generate` write, the 汇总 first,
 * then one sheet per project, every name valid and unique against the workbook's sheets.
 */
import { safeSheetName } from './sheet-names';
import { SUMMARY_SHEET, summaryLayout } from './summary-sheet';
import { projectToLayout, type TargetLayoutOptions } from './target-sheet';
import type { SheetLayout } from './types';
import type { Project } from '../project/types';

export interface BatchLayoutOptions extends Omit<TargetLayoutOptions, 'sheetName'> {
  /** Names of the sheets already in the workbook: never reused, never replaced. */
  existing?: Iterable<string>;
  /** Write the 汇总 sheet (default true). */
  summary?: boolean;
}

/** The sheets for `projects`: [汇总, project 1, project 2, …]. */
export function projectsToLayouts(projects: readonly Project[], options: BatchLayoutOptions = {}): SheetLayout[] {
  const { existing = [], summary = true, ...targetOptions } = options;
  const taken = [...existing];
  const summaryName = summary ? safeSheetName(SUMMARY_SHEET, taken) : undefined;
  if (summaryName) taken.push(summaryName);
  const sheets = projects.map((project) => {
    const sheetName = safeSheetName(project.name || project.code, taken, '项目');
    taken.push(sheetName);
    return projectToLayout(project, { ...targetOptions, sheetName });
  });
  if (!summaryName) return sheets;
  const entries = projects.map((project, i) => ({ project, layout: sheets[i] as SheetLayout }));
  return [summaryLayout(entries, { name: summaryName }), ...sheets];
}
