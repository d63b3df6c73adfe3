/** Layouts: projects and registers as worksheets of data (see types.ts), for the adapters in src/workbook. */
export * from './types';
export * from './a1';
export { projectToLayout, detectTree, TARGET_LABELS, LIKELIHOOD_CHOICES, CAUSE_CHOICES, type LayoutMode, type TargetLayoutOptions } from './target-sheet';
export { summaryLayout, SUMMARY_SHEET, SUMMARY_TITLE, type SummaryEntry, type SummaryLayoutOptions } from './summary-sheet';
export { registerLayouts, registerSheetLayout, indicatorListLayout, notesLayout, NOTES_SHEET, REGISTER_NOTES, type RegisterLayoutOptions } from './register-sheet';
export { projectsToLayouts, type BatchLayoutOptions } from './batch';
export { safeSheetName, safeSheetNames, cleanSheetName, MAX_SHEET_NAME_LENGTH } from './sheet-names';
export { TEXT_FORMAT, AMOUNT_FORMAT, PERCENT_FORMAT, STYLES } from './builder';
export { perfEvalFormula, perfScoreFormula, sheetLinkFormula, formulaText } from './formulas';
export { layoutToGrid } from './to-grid';
