/**
 * Builds worksheet formulas as text, in the invariant (en-US) syntax that `Range.formulas` takes.
 */
import type { PercentMode } from '../core';

/** A value a formula argument can hold: what `actualFromInput` turns typed text into. */
export type FormulaValue = number | boolean | string;

/** Excel rejects a text constant longer than 255 characters inside a formula. */
const MAX_TEXT_CONSTANT = 255;

/** `他说"好"` → `"他说""好"""`; longer text is joined from pieces with `&`. */
export function textConstant(text: string): string {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_TEXT_CONSTANT) {
    let cut = MAX_TEXT_CONSTANT;
    // Never split a surrogate pair (rare CJK extension characters, emoji).
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces.map((piece) => `"${piece.replace(/"/g, '""')}"`).join('&');
}

/** Numbers and booleans stay themselves; text is quoted so Excel never reads it as a formula or a reference. */
export function formulaArgument(value: FormulaValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : textConstant(String(value));
  return textConstant(value);
}

/** The optional arguments of PERF.EVAL, in its order: `PERF.EVAL(actual, target, [percentMode], [level2])`. */
export interface PerfEvalOptions {
  percentMode?: PercentMode;
  level2?: string;
}

/**
 * `=PERF.EVAL(0.65,"≥60%")`: the cell formula that evaluates `actual` against `target`. Options
 * are written only when they change the result, so the common formula stays short; the cell
 * then reaches the same verdict as the pane.
 */
export function perfEvalFormula(actual: FormulaValue, target: string, options: PerfEvalOptions = {}): string {
  const args = [formulaArgument(actual), textConstant(target)];
  const level2 = options.level2?.trim() ?? '';
  const percentMode = options.percentMode ?? 'auto';
  if (level2 !== '') args.push(textConstant(percentMode), textConstant(level2));
  else if (percentMode !== 'auto') args.push(textConstant(percentMode));
  return `=PERF.EVAL(${args.join(',')})`;
}
