/**
 * A 完成值 as the evaluator sees it: empty, a number (with or without a unit), an outcome word,
 * a yes/no, a grade, or text it cannot judge.
 */
import { GRADE_WORDS, NO_WORDS, OUTCOME_WORDS, YES_WORDS, type Outcome } from '../target/grades';
import { normalizeTarget } from '../target/normalize';
import { parseTarget } from '../target/parse';
import type { Grade, Unit } from '../target/types';
import type { ActualInput } from './types';

export type ReadActual =
  | { kind: 'empty' }
  /** `written` is the text as typed, absent for a number from a cell. */
  | { kind: 'number'; value: number; unit?: Unit; written?: string }
  | { kind: 'outcome'; outcome: Outcome }
  | { kind: 'yes-no'; yes: boolean }
  | { kind: 'grade'; grade: Grade }
  | { kind: 'text'; text: string };

/** Reads what a cell or a JSON line holds. */
export function readActual(actual: ActualInput): ReadActual {
  if (actual === null || actual === undefined) return { kind: 'empty' };
  if (typeof actual === 'boolean') return { kind: 'yes-no', yes: actual };
  if (typeof actual === 'number') {
    return Number.isFinite(actual) ? { kind: 'number', value: actual } : { kind: 'text', text: String(actual) };
  }
  const text = normalizeTarget(String(actual)).text.replace(/[。；;,、!！]+$/, '');
  if (text === '') return { kind: 'empty' };
  const outcome = OUTCOME_WORDS[text];
  if (outcome) return { kind: 'outcome', outcome };
  if (YES_WORDS.has(text)) return { kind: 'yes-no', yes: true };
  if (NO_WORDS.has(text)) return { kind: 'yes-no', yes: false };
  const grade = GRADE_WORDS[text];
  if (grade) return { kind: 'grade', grade };
  const parsed = parseTarget(text);
  if (parsed.ok && parsed.target.kind === 'quantitative' && !parsed.target.relative) {
    const { value, unit } = parsed.target;
    return unit.dimension === 'none' ? { kind: 'number', value, written: text } : { kind: 'number', value, unit, written: text };
  }
  return { kind: 'text', text };
}

/**
 * What a person typed in a text box, as a cell would hold it: `0.65` → 0.65, `TRUE` → true,
 * `` → null; anything else stays text (`65%` keeps its sign, so it is never ambiguous).
 */
export function actualFromInput(typed: string): number | boolean | string | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  if (/^true$/i.test(trimmed)) return true;
  if (/^false$/i.test(trimmed)) return false;
  const plain = trimmed.replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(plain)) return Number(plain);
  return trimmed;
}
