/**
 * 通用公式 (issue 11): a 自评/监控 sheet's rules compiled to formulas every spreadsheet computes
 * (Excel 2010+, WPS, LibreOffice), so that the sheet recalculates without PerfTable.
 */
export { compileRow, canonicalTarget, MAX_FORMULA_LENGTH, type CompiledRow, type FallbackReason, type RowCells, type RowCompilation, type RowInput } from './compile';
export { wordRows, WORD_HEADERS, type WordRow, type WordTable, type WordKind } from './words';
export {
  executionScoreFormula,
  plannedFormula,
  timeLightFormula,
  planLightFormula,
  worstLightFormula,
  indicatorTotal,
  applicableFormula,
  totalFormula,
  gradeFormula,
} from './sheet';
export type { FormulaMode } from './mode';
export { FORMULA_MODES, readFormulaMode } from './mode';
