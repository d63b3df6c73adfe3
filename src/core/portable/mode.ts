/**
 * How a 自评/监控 sheet writes its rules: PERF custom functions (needs PerfTable), portable
 * formulas (any spreadsheet recalculates them), or values only (固化: nothing recalculates).
 */
export type FormulaMode = 'perf' | 'portable' | 'values';

export const FORMULA_MODES: readonly FormulaMode[] = ['perf', 'portable', 'values'];

/** A mode as typed on a command line (`portable`, ` PERF `); undefined if not one. */
export function readFormulaMode(value: unknown): FormulaMode | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  return (FORMULA_MODES as readonly string[]).includes(key) ? (key as FormulaMode) : undefined;
}
