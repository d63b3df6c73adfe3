/**
 * Formula text every spreadsheet reads alike (Excel 2010+, WPS, LibreOffice): number and text
 * literals, and the core's one tolerant comparison (core/evaluate/compare.ts) spelled as a formula.
 */
import { VERDICT_ZH } from '../score/indicator';

/** A number as a formula literal; negatives in parentheses so `N-(-5)` stays one operand. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value).toUpperCase();
  return value < 0 ? `(${text})` : text;
}

/** `他说"好"` → `"他说""好"""` (the texts compiled here are short: words, a 指标值). */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The tolerance of `compare(a, b)` for an expression `a` against a constant `b`:
 * max(1e-9 × max(|a|, |b|), 1e-12), so that 0.6×100 meets 60 as it does in the core.
 */
function tolerance(a: string, b: number): string {
  const bigger = b === 0 ? `ABS(${a})` : `MAX(ABS(${a}),${num(Math.abs(b))})`;
  return `MAX(1E-9*${bigger},1E-12)`;
}

/** `compare(a, b) = 0`: equal within the tolerance. */
export function equalTo(a: string, b: number): string {
  return `ABS(${a}-${num(b)})<=${tolerance(a, b)}`;
}

/** `compare(a, b) >= 0`. */
export function atLeast(a: string, b: number): string {
  return `OR(${a}>${num(b)},${equalTo(a, b)})`;
}

/** `compare(a, b) > 0`. */
export function above(a: string, b: number): string {
  return `AND(${a}>${num(b)},NOT(${equalTo(a, b)}))`;
}

/** `compare(a, b) <= 0`. */
export function atMost(a: string, b: number): string {
  return `OR(${a}<${num(b)},${equalTo(a, b)})`;
}

/** `compare(a, b) < 0`. */
export function below(a: string, b: number): string {
  return `AND(${a}<${num(b)},NOT(${equalTo(a, b)}))`;
}

/** The verdict words the helper column shows: the core's VERDICT_ZH, quoted. */
export const MET = quoted(VERDICT_ZH.met);
export const PARTIAL = quoted(VERDICT_ZH.partial);
export const NOT_MET = quoted(VERDICT_ZH['not-met']);
