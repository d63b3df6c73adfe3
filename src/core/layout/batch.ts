/**
 * A batch: projects → the sheets the task pane and `perftable generate` write, the 汇总 first,
 * then one sheet per project, every name valid and unique against the workbook's sheets.
 */
import { SheetNameIndex } from './sheet-names';
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
  // One index for the whole batch: claiming a name is O(1), so 50,000 projects cost linear time.
  const names = new SheetNameIndex(existing);
  const summaryName = summary ? names.claim(SUMMARY_SHEET) : undefined;
  const sheets = projects.map((project) => projectToLayout(project, { ...targetOptions, sheetName: names.claim(project.name || project.code, '项目') }));
  if (!summaryName) return sheets;
  const entries = projects.map((project, i) => ({ project, layout: sheets[i] as SheetLayout }));
  return [summaryLayout(entries, { name: summaryName }), ...sheets];
}
