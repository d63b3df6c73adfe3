/**
 * Totals and grades (DOMAIN.md §5): total = Σ scores of the rows that apply; when rows are marked
 * not applicable the total is rescaled to 100 (折算) by the weights of the rows that remain.
 */
import { compare, roundHalfUp } from '../evaluate/compare';
import { NO_WORDS, YES_WORDS } from '../target/grades';
import { localizedError } from '../i18n/messages';
import { profileOf, type ScoreOptions } from './indicator';
import type { Failure, Grade4 } from './types';
import { isBlank, plainNumber, shown, type Input } from './values';

export interface Total {
  /** Rounded half up to the profile's decimals. */
  total: number;
  /** Σ of the applicable scores, before rescaling. */
  sum: number;
  /** Σ of the applicable weights, where weights were given. */
  applicableWeight?: number;
  rescaled: boolean;
  /** How many rows applied. */
  rows: number;
}

export type TotalResult = { ok: true; total: Total } | Failure;

/** Words for "does not apply" beyond 否 / FALSE, as 自评表 write them. */
export const NOT_APPLICABLE_WORDS: ReadonlySet<string> = new Set(['不适用', '不参与', '不计分', '不评价', 'N/A', 'n/a', 'NA', '0']);
const APPLICABLE = new Set(['适用', '参与', '计分', '1']);

/** Whether a row applies: blank, TRUE, 是, 适用 → true; FALSE, 否, 不适用 → false; anything else → undefined. */
export function readApplicable(value: Input): boolean | undefined {
  if (isBlank(value)) return true;
  if (typeof value === 'boolean') return value;
  const text = String(value).normalize('NFKC').trim();
  if (YES_WORDS.has(text) || APPLICABLE.has(text)) return true;
  if (NO_WORDS.has(text) || NOT_APPLICABLE_WORDS.has(text)) return false;
  return undefined;
}

/**
 * The total of `scores` (one per row). `weights` and `applicable`, where given, have one cell per
 * row too (a single `applicable` cell applies to every row). A score above its row's weight, an
 * empty score in a row that applies, or rows marked not applicable without weights: each an error.
 */
export function totalScore(
  scores: readonly Input[],
  weights?: readonly Input[] | null,
  applicable?: readonly Input[] | null,
  options: Pick<ScoreOptions, 'profile'> = {},
): TotalResult {
  const profile = profileOf(options.profile);
  if (!profile.ok) return profile;
  const n = scores.length;
  const sizeError = (name: string, nameEn: string, found: number): Failure => ({
    ok: false,
    error: localizedError('TOTAL_SIZE_MISMATCH', -1, { name, nameEn, found, expected: n }),
  });
  const hasWeights = !!weights && weights.length > 0;
  if (hasWeights && weights.length !== n) return sizeError('分值', 'weights', weights.length);
  if (applicable && applicable.length !== n && applicable.length !== 1) return sizeError('是否适用', 'applicable', applicable.length);

  let sum = 0;
  let weightSum = 0;
  let rows = 0;
  let skipped = false;
  for (let i = 0; i < n; i++) {
    const row = i + 1;
    const flag = applicable ? (applicable.length === 1 ? applicable[0] : applicable[i]) : null;
    const applies = readApplicable(flag);
    if (applies === undefined) return { ok: false, error: localizedError('TOTAL_APPLICABLE_UNREADABLE', -1, { row, found: shown(flag) }) };
    if (!applies) {
      skipped = true;
      continue;
    }
    const cell = scores[i];
    if (isBlank(cell)) return { ok: false, error: localizedError('TOTAL_SCORE_EMPTY', -1, { row }) };
    const score = plainNumber(cell);
    if (score === undefined || score < 0) return { ok: false, error: localizedError('TOTAL_SCORE_INVALID', -1, { row, found: shown(cell) }) };
    if (hasWeights) {
      const weightCell = weights[i];
      const weight = plainNumber(weightCell);
      if (weight === undefined || !(weight > 0)) {
        return { ok: false, error: localizedError('TOTAL_WEIGHT_INVALID', -1, { row, found: shown(weightCell) }) };
      }
      if (compare(score, weight) > 0) return { ok: false, error: localizedError('TOTAL_SCORE_ABOVE_WEIGHT', -1, { row, score, weight }) };
      weightSum += weight;
    }
    sum += score;
    rows++;
  }
  if (rows === 0) return { ok: false, error: localizedError('TOTAL_NONE_APPLICABLE', -1) };
  if (skipped && !hasWeights) return { ok: false, error: localizedError('TOTAL_WEIGHTS_NEEDED', -1) };
  const decimals = profile.profile.decimals;
  // 折算: what the remaining rows earned out of what they could earn, on a scale of 100.
  const total = skipped ? (sum * 100) / weightSum : sum;
  const result: Total = { total: roundHalfUp(total, decimals), sum: roundHalfUp(sum, decimals), rescaled: skipped, rows };
  if (hasWeights) result.applicableWeight = roundHalfUp(weightSum, decimals);
  return { ok: true, total: result };
}

export type GradeResult = { ok: true; grade: Grade4 } | Failure;

/** 优 / 良 / 中 / 差 of a total by the profile's thresholds (standard: ≥90, ≥80, ≥60). */
export function gradeOf(total: Input, options: Pick<ScoreOptions, 'profile'> = {}): GradeResult {
  const profile = profileOf(options.profile);
  if (!profile.ok) return profile;
  const value = plainNumber(total);
  if (value === undefined || compare(value, 0) < 0 || compare(value, 100) > 0) {
    return { ok: false, error: localizedError('GRADE_TOTAL_INVALID', -1, { found: shown(total) }) };
  }
  for (const threshold of profile.profile.grades) {
    const order = compare(value, threshold.min);
    if (order > 0 || (order === 0 && threshold.inclusive)) return { ok: true, grade: threshold.grade };
  }
  return { ok: true, grade: '差' };
}
