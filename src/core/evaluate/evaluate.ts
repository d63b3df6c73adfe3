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
import type { DeadlineTarget, QualitativeTarget, QuantitativeTarget, RangeTarget, Target } from '../target/types';
import { convert, sameBase } from '../target/units';
import { readActual, type ReadActual } from './actual';
import { compare } from './compare';
import { compareDates, fromExcelSerial, parseWrittenDate, type YearMonthDay } from './dates';
import { describeReadings, readPercent, readPercentMode } from './percent';
import type { ActualInput, EvaluateErrorCode, EvaluateOptions, EvaluateResult, Evaluation, PercentMode } from './types';

type Judged = { ok: true; evaluation: Evaluation } | { ok: false; code: EvaluateErrorCode; params?: Record<string, string | number> };

/** Judges `actual` against `target` (text or parsed). */
export function evaluate(actual: ActualInput, target: string | Target, options: EvaluateOptions = {}): EvaluateResult {
  const mode = readPercentMode(options.percentMode);
  if (!mode) return failure('BAD_PERCENT_MODE', { found: String(options.percentMode) });
  let parsed: Target;
  if (typeof target === 'string') {
    const result = parseTargetCached(target, { level2: options.level2 });
    if (!result.ok) return { ok: false, error: result.error };
    parsed = result.target;
  } else parsed = target;

  const read = readActual(actual);
  if (read.kind === 'empty') return failure('ACTUAL_EMPTY');
  const judged = judge(read, parsed, mode);
  if (!judged.ok) return failure(judged.code, judged.params);
  return { ok: true, evaluation: judged.evaluation, target: parsed };
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

  const targetUnit = target.unit;
  let value: number;
  let percentReading: Evaluation['percentReading'];
  if (read.unit) {
    if (!sameBase(read.unit, targetUnit)) {
      return {
        ok: false,
        code: 'UNIT_MISMATCH',
        params: { actualUnit: read.unit.text, targetUnit: targetUnit.text || '（无）' },
      };
    }
    value = convert(read.value, read.unit, targetUnit);
  } else if (targetUnit.dimension === 'percent') {
    const reference = target.kind === 'range' ? (target.low + target.high) / 2 : target.value;
    const reading = readPercent(read.value, reference, targetUnit.scale, mode);
    if (!reading.ok) {
      const shown = describeReadings(reading.fraction * targetUnit.scale, reading.whole * targetUnit.scale);
      return { ok: false, code: 'PERCENT_AMBIGUOUS', params: { found: read.written, ...shown } };
    }
    value = reading.value;
    percentReading = reading.reading;
  } else value = read.value;

  const evaluation = target.kind === 'range' ? judgeRange(value, target) : judgeComparison(value, target);
  evaluation.actualValue = value;
  if (percentReading) evaluation.percentReading = percentReading;
  return { ok: true, evaluation };
}

function judgeComparison(actual: number, target: QuantitativeTarget): Evaluation {
  const order = compare(actual, target.value);
  let verdict: Evaluation['verdict'];
  let deviation: Evaluation['deviation'];
  switch (target.op) {
    case 'gte':
      verdict = order >= 0 ? 'met' : 'not-met';
      break;
    case 'gt':
      verdict = order > 0 ? 'met' : 'not-met';
      break;
    case 'lte':
      verdict = order <= 0 ? 'met' : 'not-met';
      break;
    case 'lt':
      verdict = order < 0 ? 'met' : 'not-met';
      break;
    case 'eq':
      // A zero target (`0起` accidents) is met by nothing at all; other `eq` targets score like a floor.
      if (target.value === 0) verdict = order <= 0 ? 'met' : 'not-met';
      else {
        verdict = order >= 0 ? 'met' : 'not-met';
        if (order > 0) deviation = 'above';
      }
      break;
  }
  const evaluation: Evaluation = { verdict };
  if (deviation) evaluation.deviation = deviation;
  const rate = completionRate(actual, target.value, isReverse(target.op));
  if (rate !== undefined) evaluation.rate = rate;
  return evaluation;
}

function judgeRange(actual: number, target: RangeTarget): Evaluation {
  const below = compare(actual, target.low) < 0;
  const above = compare(actual, target.high) > 0;
  const evaluation: Evaluation = { verdict: below || above ? 'not-met' : 'met' };
  const rate = below ? completionRate(actual, target.low, false) : above ? completionRate(actual, target.high, true) : 1;
  if (rate !== undefined) evaluation.rate = rate;
  return evaluation;
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
  return { ok: true, evaluation: { verdict } };
}

function unreadable(read: ReadActual): Judged {
  const found = read.kind === 'text' ? read.text : read.kind === 'number' ? read.written : read.kind;
  return { ok: false, code: 'ACTUAL_UNREADABLE', params: { found } };
}

