/**
 * An actual value against a target: the verdict, the completion rate and how the actual was read
 * (DOMAIN.md §4). Errors are values: an empty actual, a unit from another dimension, an ambiguous
 * percent, text that cannot be judged.
 */
import { localizedError } from '../i18n/messages';
import { GRADE_RANK, type Outcome } from '../target/grades';
import { lastDay } from '../target/deadline';
import { normalizeTarget } from '../target/normalize';
import { isReverse } from '../target/operators';
import { parseTargetCached } from '../target/cache';
import type { DeadlineTarget, Operator, QualitativeTarget, QuantitativeTarget, RangeTarget, Target } from '../target/types';
import { convert, sameBase } from '../target/units';
import { readActual, type ReadActual } from './actual';
import { compare } from './compare';
import { compareDates, fromExcelSerial, parseWrittenDate, type YearMonthDay } from './dates';
import { choosePercentReading, describeReadings, fractionReading, readPercentMode } from './percent';
import type { ActualInput, EvaluateErrorCode, EvaluateOptions, EvaluateResult, Evaluation, PercentMode } from './types';

/** Why an actual could not be judged; an instance, so the hot path tells it from an Evaluation cheaply. */
class Unjudged {
  constructor(
    readonly code: EvaluateErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {}
}

type Judged = Evaluation | Unjudged;

/** Judges `actual` against `target` (text or parsed). */
export function evaluate(actual: ActualInput, target: string | Target, options?: EvaluateOptions): EvaluateResult {
  // A column of numbers against a parsed target: kept small so that the engine can inline it
  // into the caller's loop. Anything else, an error included, takes the full path below.
  if (typeof actual === 'number' && Number.isFinite(actual) && options === undefined && typeof target !== 'string' && target.kind === 'quantitative') {
    const judged = judgeNumber(actual, target, 'auto');
    if (!(judged instanceof Unjudged)) return { ok: true, evaluation: judged, target };
  }
  return evaluateFully(actual, target, options);
}

function evaluateFully(actual: ActualInput, target: string | Target, options?: EvaluateOptions): EvaluateResult {
  const mode = options?.percentMode === undefined ? 'auto' : readPercentMode(options.percentMode);
  if (!mode) return failure('BAD_PERCENT_MODE', { found: String(options?.percentMode) });
  let parsed: Target;
  if (typeof target === 'string') {
    const result = parseTargetCached(target, { level2: options?.level2 });
    if (!result.ok) return { ok: false, error: result.error };
    parsed = result.target;
  } else parsed = target;

  // The hot path (a column of numbers against a parsed target) skips reading the actual as text.
  if (typeof actual === 'number' && Number.isFinite(actual) && (parsed.kind === 'quantitative' || parsed.kind === 'range')) {
    const judged = judgeNumber(actual, parsed, mode);
    if (judged instanceof Unjudged) return failure(judged.code, judged.params);
    return { ok: true, evaluation: judged, target: parsed };
  }
  const read = readActual(actual);
  if (read.kind === 'empty') return failure('ACTUAL_EMPTY');
  const judged = judge(read, parsed, mode);
  if (judged instanceof Unjudged) return failure(judged.code, judged.params);
  return { ok: true, evaluation: judged, target: parsed };
}

function failure(code: EvaluateErrorCode, params: Record<string, string | number> = {}): EvaluateResult {
  return { ok: false, error: localizedError(code, -1, params) };
}

function judge(read: ReadActual, target: Target, mode: PercentMode): Judged {
  switch (target.kind) {
    case 'quantitative':
    case 'range':
      return judgeQuantity(read, target, mode);
    case 'deadline':
      return judgeDeadline(read, target);
    case 'qualitative':
      return judgeQualitative(read, target, mode);
  }
}

const OUTCOME_OF_YES = (yes: boolean): Outcome => (yes ? 'met' : 'not-met');

function judgeQuantity(read: ReadActual, target: QuantitativeTarget | RangeTarget, mode: PercentMode): Judged {
  // An officer may state the outcome in words even against a number; no rate then.
  if (read.kind === 'outcome') return verdictOnly(read.outcome);
  if (read.kind === 'yes-no') return verdictOnly(OUTCOME_OF_YES(read.yes));
  if (read.kind !== 'number') return unreadable(read);
  if (read.unit) {
    if (!sameBase(read.unit, target.unit)) {
      return new Unjudged('UNIT_MISMATCH', { actualUnit: read.unit.text, targetUnit: target.unit.text || '（无）' });
    }
    return judgeValue(convert(read.value, read.unit, target.unit), target, undefined);
  }
  return judgeNumber(read.value, target, mode, read.written);
}

/** A plain number (no unit) against a quantity: the percent reading decides what it means. */
function judgeNumber(x: number, target: QuantitativeTarget | RangeTarget, mode: PercentMode, written?: string): Judged {
  const unit = target.unit;
  if (unit.dimension !== 'percent') return judgeValue(x, target, undefined);
  const reference = target.kind === 'range' ? (target.low + target.high) / 2 : target.value;
  const reading = choosePercentReading(x, reference, unit.scale, mode);
  if (reading === 'ambiguous') {
    const shown = describeReadings(fractionReading(x, unit.scale) * unit.scale, x * unit.scale);
    return new Unjudged('PERCENT_AMBIGUOUS', { found: written ?? String(x), ...shown });
  }
  return judgeValue(reading === 'fraction' ? fractionReading(x, unit.scale) : x, target, reading);
}

function judgeValue(value: number, target: QuantitativeTarget | RangeTarget, reading: Evaluation['percentReading']): Evaluation {
  return target.kind === 'range' ? judgeRange(value, target, reading) : judgeComparison(value, target, reading);
}

/** Every Evaluation is made here, with all its fields, so that they share one shape (fast in V8). */
function evaluation(
  verdict: Outcome,
  rate?: number,
  actualValue?: number,
  percentReading?: Evaluation['percentReading'],
  deviation?: Evaluation['deviation'],
): Evaluation {
  return { verdict, rate, actualValue, percentReading, deviation };
}

/**
 * Whether an actual `order`ed against the target value (−1 below, 0 equal, 1 above) meets `op`.
 * A zero `eq` target (`0起` accidents) is met by nothing at all; other `eq` targets score like a floor.
 */
export function meets(order: -1 | 0 | 1, op: Operator, targetValue: number): boolean {
  switch (op) {
    case 'gte':
      return order >= 0;
    case 'gt':
      return order > 0;
    case 'lte':
      return order <= 0;
    case 'lt':
      return order < 0;
    case 'eq':
      return targetValue === 0 ? order <= 0 : order >= 0;
  }
}

function judgeComparison(actual: number, target: QuantitativeTarget, reading: Evaluation['percentReading']): Evaluation {
  const order = compare(actual, target.value);
  // An `eq` target exceeded is met, but a report should ask why.
  const deviation = target.op === 'eq' && target.value !== 0 && order > 0 ? 'above' : undefined;
  const verdict = meets(order, target.op, target.value) ? 'met' : 'not-met';
  return evaluation(verdict, completionRate(actual, target.value, isReverse(target.op)), actual, reading, deviation);
}

function judgeRange(actual: number, target: RangeTarget, reading: Evaluation['percentReading']): Evaluation {
  const below = compare(actual, target.low) < 0;
  const above = compare(actual, target.high) > 0;
  const rate = below ? completionRate(actual, target.low, false) : above ? completionRate(actual, target.high, true) : 1;
  return evaluation(below || above ? 'not-met' : 'met', rate, actual, reading);
}

/** actual/target for floors, target/actual for ceilings; undefined where that divides by zero or a sign flips. */
export function completionRate(actual: number, target: number, reverse: boolean): number | undefined {
  const [numerator, denominator] = reverse ? [target, actual] : [actual, target];
  if (denominator <= 0 || numerator < 0) return undefined;
  return numerator / denominator;
}

function judgeDeadline(read: ReadActual, target: DeadlineTarget): Judged {
  if (read.kind === 'outcome') return verdictOnly(read.outcome);
  if (read.kind === 'yes-no') return verdictOnly(OUTCOME_OF_YES(read.yes));
  let done: YearMonthDay | undefined;
  if (read.kind === 'number' && !read.unit) done = fromExcelSerial(read.value);
  else if (read.kind === 'text') {
    const written = parseWrittenDate(read.text);
    if (written) {
      const [year, month, day] = lastDay(written, new Date().getUTCFullYear());
      done = { year, month, day: written.day ?? day };
    }
  }
  const point = target.period ? target.period.to : target.date;
  if (!done || !point) return unreadable(read);
  // A deadline without a year is read in the year the work was done.
  const [year, month, day] = lastDay(point, done.year);
  return verdictOnly(compareDates(done, { year, month, day }) <= 0 ? 'met' : 'not-met');
}

function judgeQualitative(read: ReadActual, target: QualitativeTarget, mode: PercentMode): Judged {
  switch (read.kind) {
    case 'outcome':
      return verdictOnly(read.outcome);
    case 'yes-no':
      return verdictOnly(OUTCOME_OF_YES(target.polarity === 'no' ? !read.yes : read.yes));
    case 'grade': {
      if (target.grade) return verdictOnly(GRADE_RANK[read.grade] >= GRADE_RANK[target.grade] ? 'met' : 'not-met');
      const rank = GRADE_RANK[read.grade];
      return verdictOnly(rank >= 3 || read.grade === '合格' || read.grade === '达标' ? 'met' : rank === 2 ? 'partial' : 'not-met');
    }
    case 'number':
      if (target.conditionTarget) return judgeQuantity(read, target.conditionTarget, mode);
      return unreadable(read);
    case 'text': {
      // The target's own words (`有效` against `有效`, `按时完工` against `按时完工为合格`) meet it.
      const same = (text: string | undefined): boolean => text !== undefined && normalizeTarget(text).text === read.text;
      if (same(target.text) || same(target.condition)) return verdictOnly('met');
      return unreadable(read);
    }
    case 'empty':
      return unreadable(read);
  }
}

function verdictOnly(verdict: Outcome): Judged {
  return evaluation(verdict);
}

function unreadable(read: ReadActual): Judged {
  const found = read.kind === 'text' ? read.text : read.kind === 'number' ? (read.written ?? String(read.value)) : read.kind;
  return new Unjudged('ACTUAL_UNREADABLE', { found });
}

