import type { LocalizedError, Target } from '../target/types';

/** How a plain number is read against a percent target (DOMAIN.md §4). */
export type PercentMode = 'auto' | 'fraction' | 'whole';

export type Verdict = 'met' | 'partial' | 'not-met';

/** A 完成值 as it comes from a cell, a form or a JSON line. */
export type ActualInput = number | boolean | string | null | undefined;

export type EvaluateErrorCode =
  | 'ACTUAL_EMPTY'
  | 'ACTUAL_UNREADABLE'
  | 'UNIT_MISMATCH'
  | 'PERCENT_AMBIGUOUS'
  | 'BAD_PERCENT_MODE'
  | 'RATE_UNDEFINED';

export interface Evaluation {
  verdict: Verdict;
  /** actual / target for positive targets, target / actual for reverse ones; absent for qualitative. */
  rate?: number;
  /** The actual in the target's unit (`1093万元` against a 元 target is 10930000). */
  actualValue?: number;
  /** Which reading of a plain number a percent target used. */
  percentReading?: 'fraction' | 'whole';
  /** An `eq` target exceeded: met, but a report should ask why. */
  deviation?: 'above';
}

export type EvaluateError = LocalizedError<EvaluateErrorCode | import('../target/types').TargetErrorCode>;

export type EvaluateResult = { ok: true; evaluation: Evaluation; target: Target } | { ok: false; error: EvaluateError };

export interface EvaluateOptions {
  /** `auto` (default), `fraction` or `whole`; the aliases 自动 / 小数 / 整数 are accepted too. */
  percentMode?: PercentMode | string | null;
  level2?: string;
}
