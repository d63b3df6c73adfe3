/**
 * The data of scoring (绩效自评, DOMAIN.md §5) and monitoring (绩效运行监控, §7): results, lights and
 * the error codes whose wording lives in `core/i18n/messages.ts`.
 */
import type { EvaluateError, Evaluation, Verdict } from '../evaluate/types';
import type { LocalizedError, Target } from '../target/types';

export type ScoreErrorCode =
  | 'PROFILE_UNKNOWN'
  | 'PROFILE_CONFLICT'
  | 'WEIGHT_INVALID'
  | 'SCORE_EMPTY'
  | 'SCORE_INVALID'
  | 'AMOUNT_EMPTY'
  | 'AMOUNT_INVALID'
  | 'AMOUNT_UNIT_MISMATCH'
  | 'BUDGET_INVALID'
  | 'TOTAL_SIZE_MISMATCH'
  | 'TOTAL_SCORE_EMPTY'
  | 'TOTAL_SCORE_INVALID'
  | 'TOTAL_SCORE_ABOVE_WEIGHT'
  | 'TOTAL_WEIGHT_INVALID'
  | 'TOTAL_APPLICABLE_UNREADABLE'
  | 'TOTAL_WEIGHTS_NEEDED'
  | 'TOTAL_NONE_APPLICABLE'
  | 'GRADE_TOTAL_INVALID'
  | 'MONTH_EMPTY'
  | 'MONTH_INVALID'
  | 'SPEND_PLAN_EMPTY'
  | 'SPEND_PLAN_NOT_PERCENT'
  | 'SPEND_PLAN_OUT_OF_RANGE'
  | 'SPEND_PLAN_DECREASING'
  | 'SPEND_PLAN_LAST_NOT_100'
  | 'SPEND_PLAN_MONTHS_INVALID'
  | 'SPEND_PLAN_MONTHS_MISMATCH'
  | 'SPEND_PLAN_MONTHS_NEEDED'
  | 'LIGHT_UNREADABLE';

export type ScoreError = LocalizedError<ScoreErrorCode> | EvaluateError;

export type Failure = { ok: false; error: ScoreError };

/** Which row of DOMAIN.md §5's table gave a score. */
export type ScoreRule =
  | 'positive'
  | 'reverse'
  | 'equal-zero'
  | 'range'
  | 'qualitative'
  | 'deadline'
  /** A quantitative target judged by an outcome word (`达成` against `≥60%`): no rate, so the bands apply. */
  | 'outcome';

/** The scores a verdict may be given, as fractions of the weight: `low` ≤ s/w, and s/w < `high` or ≤ when `highInclusive`. */
export interface Band {
  low: number;
  high: number;
  highInclusive: boolean;
}

export interface IndicatorScore {
  /** The rule's score, capped at the weight and rounded (half up) to the profile's decimals. */
  score: number;
  weight: number;
  verdict: Verdict;
  rule: ScoreRule;
  /** Present where the rule allows a score set by hand inside a band (qualitative, outcome words, deadline bands). */
  band?: Band;
  /** DOMAIN.md §5: a 偏差原因分析 is expected (a quantitative target not met, a qualitative one not 达成). */
  reasonExpected: boolean;
  evaluation: Evaluation;
  target: Target;
}

export type ScoreResult = { ok: true; score: IndicatorScore } | Failure;

/** Monitoring colours; the worst of a project's indicators is the project's (red > yellow > green > blue). */
export type Light = 'red' | 'yellow' | 'green' | 'blue';

export type Grade4 = '优' | '良' | '中' | '差';
