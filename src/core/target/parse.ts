/**
 * The 指标值 parser (DOMAIN.md §3). It never throws: every string is a target or an error value.
 *
 * Order of reading: `X为合格` (graded), a deadline, a quantity (operator, number, unit, range,
 * relative change), and whatever is left is qualitative text.
 */
import { localizedError } from '../i18n/messages';
import { scanDeadline } from './deadline';
import { GRADE_WORDS, NO_WORDS, YES_WORDS } from './grades';
import { normalizeName, normalizeTarget, originalPosition } from './normalize';
import { scanNumber, startsNumber } from './numbers';
import {
  BASIS_WORDS,
  CHANGE_VERBS,
  COMPLETION_VERBS,
  OPERATOR_CHARS,
  OPERATOR_SYMBOLS,
  OPERATOR_WORDS_AFTER,
  OPERATOR_WORDS_BEFORE,
  matchAt,
} from './operators';
import type {
  Operator,
  ParseResult,
  QualitativeTarget,
  QuantitativeTarget,
  RangeTarget,
  RelativeChange,
  TargetContext,
  TargetError,
  TargetErrorCode,
  Unit,
} from './types';
import { KNOWN_UNIT_TEXTS, NO_UNIT, isExactUnit, isKnownUnit, isMoney, sameBase, unitFromText } from './units';

const GRADED = /^(.+?)(?:即为|视为|为|算)(合格|优秀|优良|优|良好|良|中等|中|达标|及格)$/;
const TRAILING_PUNCTUATION = /[。；;,、!！]+$/;
const RANGE_SEPARATOR = /^(?:-|~|至|到)/;
const PLAIN_NUMERIC = /^[\d.,%‰+\-~≥≤<>=≠!]+$/;

/** Parses a 指标值. `context.level2` (the 二级指标) decides how a bare amount of money reads. */
export function parseTarget(text: string, context: TargetContext = {}): ParseResult {
  const original = typeof text === 'string' ? text : String(text ?? '');
  const normalized = normalizeTarget(original);
  const s = normalized.text.replace(TRAILING_PUNCTUATION, '');
  const position = (i: number): number => originalPosition(normalized, i, original.length);
  const fail = (code: TargetErrorCode, i: number, params: Record<string, string | number> = {}): ParseResult => ({
    ok: false,
    error: localizedError(code, i < 0 ? -1 : position(i), params) as TargetError,
  });
  const written = original.trim();

  if (s === '') return fail('EMPTY_TARGET', -1);

  const graded = GRADED.exec(s);
  if (graded) return { ok: true, target: gradedTarget(written, graded[1] ?? '', graded[2] ?? '', context) };

  const deadline = scanDeadline(s, written);
  if (deadline) return deadline.ok ? { ok: true, target: deadline.target } : fail('INVALID_DATE', deadline.position, { found: deadline.found });

  const quantity = scanQuantity(s, written, context);
  if (quantity) {
    if (quantity.ok) return { ok: true, target: quantity.target };
    return fail(quantity.code, quantity.at, quantity.params);
  }
  return { ok: true, target: qualitative(written, s) };
}

function gradedTarget(written: string, condition: string, gradeWord: string, context: TargetContext): QualitativeTarget {
  const target: QualitativeTarget = { kind: 'qualitative', text: written, condition };
  const grade = GRADE_WORDS[gradeWord];
  if (grade) target.grade = grade;
  const inner = scanQuantity(condition, condition, context);
  if (inner?.ok) target.conditionTarget = inner.target;
  return target;
}

function qualitative(written: string, s: string): QualitativeTarget {
  const target: QualitativeTarget = { kind: 'qualitative', text: written };
  const grade = GRADE_WORDS[s];
  if (grade) target.grade = grade;
  if (YES_WORDS.has(s)) target.polarity = 'yes';
  if (NO_WORDS.has(s)) target.polarity = 'no';
  return target;
}

type QuantityScan =
  | { ok: true; target: QuantitativeTarget | RangeTarget }
  | { ok: false; code: TargetErrorCode; at: number; params?: Record<string, string | number> };

/**
 * Tries to read `s` as a quantity, allowing a subject before it (`满意度≥90%`, `企业开工率达60%`).
 * Returns null when `s` is not a quantity (it is then qualitative), an error when it clearly
 * meant to be one (an operator symbol was written, or it is made of digits and signs only).
 */
function scanQuantity(s: string, written: string, context: TargetContext): QuantityScan | null {
  for (let k = 0; k < s.length; k++) {
    const ch = s[k] ?? '';
    if (canBeginQuantity(s, k)) {
      const attempt = scanFrom(s, k, written, context);
      if (attempt) return attempt;
    }
    // A subject has no digits or operator symbols in it.
    if (/[\d≥≤<>=+\-~.,%]/.test(ch)) break;
  }
  return null;
}

/** First characters of every word that can begin a quantity: a cheap test before the tables. */
const WORD_STARTS = new Set(
  [...OPERATOR_WORDS_BEFORE, ...BASIS_WORDS, ...CHANGE_VERBS, ['百分之', null] as const].map(([w]) => w.charAt(0)),
);

function canBeginQuantity(s: string, k: number): boolean {
  if (startsNumber(s, k) || OPERATOR_CHARS.test(s.slice(k, k + 1))) return true;
  if (!WORD_STARTS.has(s.charAt(k))) return false;
  return (
    s.startsWith('百分之', k) ||
    matchAt(s, k, OPERATOR_WORDS_BEFORE) !== undefined ||
    matchAt(s, k, BASIS_WORDS) !== undefined ||
    matchAt(s, k, CHANGE_VERBS) !== undefined
  );
}

interface WrittenOperator {
  op: Operator;
  word: string;
  at: number;
}

/** Reads a quantity starting at `k`; null when it does not fit (and nothing was committed to). */
function scanFrom(s: string, k: number, written: string, context: TargetContext): QuantityScan | null {
  let i = k;
  const before: WrittenOperator[] = [];
  let relative: RelativeChange | undefined;
  let symbol = false;

  const basis = matchAt(s, i, BASIS_WORDS);
  if (basis) i += basis[0].length;
  const levelWord = matchAt(s, i, OPERATOR_WORDS_BEFORE);
  const verb = matchAt(s, i, CHANGE_VERBS);
  if (verb && (!levelWord || verb[0].length >= levelWord[0].length)) {
    relative = { direction: verb[1] };
    if (basis) relative.basis = basis[1];
    i += verb[0].length;
  } else if (basis) {
    return null; // 较上年有所提升: a basis without a verb and a number is prose.
  }

  // Operators before the number: symbols and words, in any order (`不低于`, `≥`).
  for (;;) {
    const run = OPERATOR_CHARS.exec(s.slice(i));
    if (run) {
      const entry = OPERATOR_SYMBOLS.find(([sym]) => sym === run[0]);
      if (!entry) return { ok: false, code: 'UNKNOWN_OPERATOR', at: i, params: { found: run[0] } };
      before.push({ op: entry[1], word: entry[0], at: i });
      symbol = true;
      i += run[0].length;
      continue;
    }
    const word = matchAt(s, i, OPERATOR_WORDS_BEFORE);
    if (word) {
      before.push({ op: word[1], word: word[0], at: i });
      i += word[0].length;
      continue;
    }
    break;
  }

  const committedByShape = k === 0 && PLAIN_NUMERIC.test(s);
  let committedToRange = false;
  const committed = (): boolean => symbol || committedByShape || committedToRange;
  const reject = (code: TargetErrorCode, at: number, params?: Record<string, string | number>): QuantityScan | null =>
    committed() ? { ok: false, code, at, params } : null;

  // The number (`百分之九十` is 90%).
  let forcedPercent = false;
  if (s.startsWith('百分之', i)) {
    forcedPercent = true;
    i += 3;
  }
  const first = scanNumber(s, i);
  if (!first) return reject('MISSING_NUMBER', i);
  if (!first.ok) return reject('MALFORMED_NUMBER', i, { found: first.found });
  i = first.end;

  // Words after the number are read from the end: `以上`, `以内`, and `内办结`.
  let end = s.length;
  const verbAtEnd = COMPLETION_VERBS.find((v) => s.endsWith(v) && /内$/.test(s.slice(0, s.length - v.length)));
  if (verbAtEnd && s.length - verbAtEnd.length > i) end -= verbAtEnd.length;
  let after: WrittenOperator | undefined;
  const tail = s.slice(i, end);
  const suffix = OPERATOR_WORDS_AFTER.find(([w]) => tail.endsWith(w));
  if (suffix) {
    after = { op: suffix[1], word: suffix[0], at: end - suffix[0].length };
    end -= suffix[0].length;
  }

  const firstUnit = scanUnitText(s, i, end);
  i = firstUnit.end;
  if (forcedPercent && firstUnit.text !== '') return reject('UNEXPECTED_TEXT', firstUnit.start, { found: firstUnit.text });
  let unitText = forcedPercent ? '%' + firstUnit.text : firstUnit.text;

  let high: number | undefined;
  const separator = RANGE_SEPARATOR.exec(s.slice(i, end));
  if (separator) {
    const secondAt = i + separator[0].length;
    const second = scanNumber(s, secondAt);
    if (!second) return reject('INCOMPLETE_RANGE', secondAt);
    if (!second.ok) return reject('MALFORMED_NUMBER', secondAt, { found: second.found });
    const secondUnit = scanUnitText(s, second.end, end);
    i = secondUnit.end;
    // Two numbers around a dash: this was meant as a range, whatever surrounds it.
    committedToRange = true;
    if (unitText === '') unitText = secondUnit.text;
    else if (secondUnit.text !== '' && secondUnit.text !== unitText) {
      if (!sameBase(unitFromText(unitText), unitFromText(secondUnit.text))) {
        return reject('RANGE_UNIT_MISMATCH', secondAt, { low: unitText, high: secondUnit.text });
      }
    }
    high = second.value;
  }

  if (i < end) return reject('UNEXPECTED_TEXT', i, { found: s.slice(i, end) });
  // `12内内`, `60%以上以上`: an operator word left inside the unit.
  const doubled = OPERATOR_WORDS_AFTER.find(([w]) => unitText.endsWith(w));
  if (doubled) return reject('UNEXPECTED_TEXT', end - doubled[0].length, { found: doubled[0] });

  const badUnitAt = unitProblem(unitText);
  if (badUnitAt >= 0) {
    const at = firstUnit.start + Math.max(0, badUnitAt - (forcedPercent ? 1 : 0));
    return committed() || before.length > 0 ? { ok: false, code: 'UNEXPECTED_TEXT', at, params: { found: unitText.slice(badUnitAt) } } : null;
  }

  const unit = unitText === '' ? NO_UNIT : unitFromText(unitText);
  const explicit = before.length > 0 || after !== undefined || relative !== undefined;
  const subject = k > 0 ? s.slice(0, k) : undefined;
  // Without an operator, a unit we do not know is a sign of prose (`引进1个重点产业项目`).
  if (!explicit && unit.dimension !== 'none' && !isKnownUnit(unit.text) && (subject !== undefined || unit.text.length > 4)) {
    return null;
  }

  if (high !== undefined) {
    if (before.length > 0 || relative || after) return reject('UNEXPECTED_TEXT', before[0]?.at ?? after?.at ?? k, { found: s.slice(k) });
    if (first.value > high) {
      return { ok: false, code: 'RANGE_INVERTED', at: k, params: { low: first.value, high } };
    }
    const range: RangeTarget = { kind: 'range', low: first.value, high, unit, text: written };
    if (subject) range.subject = subject;
    return { ok: true, target: range };
  }

  const operators = after ? [...before, after] : before;
  const floor = operators.find((w) => w.op === 'gte' || w.op === 'gt');
  const ceiling = operators.find((w) => w.op === 'lte' || w.op === 'lt');
  if (floor && ceiling) {
    const [a, b] = floor.at < ceiling.at ? [floor, ceiling] : [ceiling, floor];
    return { ok: false, code: 'CONFLICTING_OPERATORS', at: b.at, params: { first: a.word, second: b.word } };
  }

  let op: Operator;
  let implicitOp = false;
  if (before[0]) op = before[0].op;
  else if (after) op = after.op;
  else if (relative) op = 'gte';
  else {
    implicitOp = true;
    op = implicitOperator(first.value, unit, context);
  }
  const target: QuantitativeTarget = { kind: 'quantitative', op, value: first.value, unit, implicitOp, text: written };
  if (relative) target.relative = relative;
  if (subject) target.subject = subject;
  return { ok: true, target };
}

/**
 * A bare value is a floor, except an amount of money under a 成本 indicator (a cost is a ceiling)
 * and a bare zero, which can only mean "none at all" (`0起` accidents): a floor of 0 is always met.
 */
function implicitOperator(value: number, unit: Unit, context: TargetContext): Operator {
  if (value === 0) return 'eq';
  const costContext = [context.level2, context.level1].some((name) => name !== undefined && normalizeName(name).includes('成本'));
  if (costContext && isMoney(unit)) return 'lte';
  return 'gte';
}

/** The unit text from `start`, up to a digit, a range separator or `end`. */
function scanUnitText(s: string, start: number, end: number): { text: string; start: number; end: number } {
  let j = start;
  while (j < end) {
    const ch = s[j] ?? '';
    if (/\d/.test(ch)) {
      // m2, m3, km2: a power belongs to the unit.
      if (/[m]$/.test(s.slice(start, j)) && /[23]/.test(ch)) {
        j++;
        continue;
      }
      break;
    }
    if (ch === '-' || ch === '~' || ((ch === '至' || ch === '到') && startsNumber(s, j + 1))) break;
    j++;
  }
  return { text: s.slice(start, j), start, end: j };
}

/** Words that never belong inside a unit: a second operator, a change verb, a numeral, 为 (of 为合格). */
const NOT_IN_UNIT = new RegExp(
  [...OPERATOR_WORDS_BEFORE, ...OPERATOR_WORDS_AFTER, ...CHANGE_VERBS, ...BASIS_WORDS]
    .map(([w]) => w.replace(/[()]/g, '\\$&'))
    .concat('[零〇一二两三四五六七八九十百千为]')
    .join('|'),
);

/** Index of the first character that cannot be part of a unit (the second `%` of `%%`), or -1. */
function unitProblem(unitText: string): number {
  if (unitText === '' || isExactUnit(unitText)) return -1;
  // Only a counting word takes the noun it counts (`个项目`); `%%` or `月完成` are not units.
  const known = KNOWN_UNIT_TEXTS.find((u) => unitText.startsWith(u));
  const from = known ? known.length : 0;
  if (known && unitFromText(known).dimension !== 'count' && unitText[from] !== '/') return from;
  for (let j = from; j < unitText.length; j++) {
    const ch = unitText[j] ?? '';
    if (/[\p{L}\p{M}/·*×²³()]/u.test(ch)) continue;
    return j;
  }
  const word = NOT_IN_UNIT.exec(unitText.slice(from));
  return word ? from + word.index : -1;
}
