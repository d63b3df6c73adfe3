/**
 * The score of one indicator (DOMAIN.md §5): evaluate the actual against the target, then apply the
 * profile's rule for the target's kind, cap at the weight and round half up.
 */
import { roundHalfUp } from '../evaluate/compare';
import { evaluate } from '../evaluate/evaluate';
import type { Evaluation, PercentMode, Verdict } from '../evaluate/types';
import { isReverse } from '../target/operators';
import type { Target } from '../target/types';
import { resolveProfile, type ProfileResult, type ScoreProfile } from './profiles';
import type { Band, IndicatorScore, ScoreResult, ScoreRule } from './types';
import { readWeight, type Input } from './values';

export interface ScoreOptions {
  /** A profile name (`standard`, `linear-reverse+grade-80-70-60`, 标准) or a resolved profile. */
  profile?: string | ScoreProfile | null;
  percentMode?: PercentMode | string | null;
  level2?: string;
}

/** The Chinese words of a verdict, as 自评表 write them. */
export const VERDICT_ZH: Readonly<Record<Verdict, string>> = { met: '达成', partial: '部分达成', 'not-met': '未达成' };

/** A profile given by name (resolved, cached) or already resolved (passed through). */
export function profileOf(profile: ScoreOptions['profile']): ProfileResult {
  return typeof profile === 'object' && profile !== null ? { ok: true, profile } : resolveProfile(profile);
}

/**
 * The rule's score of `actual` against `target` with weight `weight`. Errors are values: an unknown
 * profile, a weight that is not a positive number, and every error of `evaluate` (an empty actual
 * is ACTUAL_EMPTY).
 */
export function scoreIndicator(actual: Input, target: string | Target, weight: Input, options: ScoreOptions = {}): ScoreResult {
  const profile = profileOf(options.profile);
  if (!profile.ok) return profile;
  const w = readWeight(weight);
  if (!w.ok) return w;
  const result = evaluate(actual, target, { percentMode: options.percentMode, level2: options.level2 });
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, score: scoreEvaluation(result.evaluation, result.target, w.value, profile.profile) };
}

/** The score of an evaluation already made, for callers that evaluate once and score and colour from it. */
export function scoreEvaluation(evaluation: Evaluation, target: Target, weight: number, profile: ScoreProfile): IndicatorScore {
  const rule = ruleOf(evaluation, target);
  const score: IndicatorScore = {
    score: scoreOf(rule, evaluation, target, weight, profile),
    weight,
    verdict: evaluation.verdict,
    rule,
    reasonExpected: evaluation.verdict !== 'met',
    evaluation,
    target,
  };
  if (isBanded(rule, profile)) score.band = bandOf(evaluation.verdict, profile);
  return score;
}

/** Just the number of `scoreEvaluation`, without building its record: the path of a 100,000-row PERF.SCORE. */
export function scoreValue(evaluation: Evaluation, target: Target, weight: number, profile: ScoreProfile): number {
  return scoreOf(ruleOf(evaluation, target), evaluation, target, weight, profile);
}

function scoreOf(rule: ScoreRule, evaluation: Evaluation, target: Target, weight: number, profile: ScoreProfile): number {
  // 每项得分不超过分值: over-achievement is capped; no rule gives less than 0.
  const fraction = Math.min(Math.max(fractionOf(rule, evaluation, target, profile), 0), 1);
  return roundHalfUp(fraction * weight, profile.decimals);
}

function ruleOf(evaluation: Evaluation, target: Target): ScoreRule {
  switch (target.kind) {
    case 'qualitative':
      return 'qualitative';
    case 'deadline':
      return 'deadline';
    case 'range':
      // `达成` written against `≥60%`: the officer judged it in words, so there is no ratio to score by.
      return evaluation.actualValue === undefined ? 'outcome' : 'range';
    case 'quantitative':
      if (evaluation.actualValue === undefined) return 'outcome';
      if (target.op === 'eq' && target.value === 0) return 'equal-zero';
      return isReverse(target.op) ? 'reverse' : 'positive';
  }
}

function isBanded(rule: ScoreRule, profile: ScoreProfile): boolean {
  return rule === 'qualitative' || rule === 'outcome' || (rule === 'deadline' && profile.deadline === 'bands');
}

/** The score as a fraction of the weight, before capping. */
function fractionOf(rule: ScoreRule, evaluation: Evaluation, target: Target, profile: ScoreProfile): number {
  const { verdict } = evaluation;
  if (isBanded(rule, profile)) {
    return verdict === 'met' ? profile.bandScores.met : verdict === 'partial' ? profile.bandScores.partial : profile.bandScores.notMet;
  }
  if (verdict === 'met') return 1;
  const actual = evaluation.actualValue ?? 0;
  switch (rule) {
    case 'deadline':
    case 'equal-zero':
      return 0;
    case 'reverse':
      return target.kind === 'quantitative' ? reverseFraction(actual, target.value, profile) : 0;
    case 'range':
      if (target.kind !== 'range') return 0;
      return actual < target.low ? (evaluation.rate ?? 0) : reverseFraction(actual, target.high, profile);
    default:
      // A floor (gte, gt, eq, and relative changes on the size of the change): actual / target.
      return evaluation.rate ?? 0;
  }
}

/** A ceiling exceeded: `target / actual` (standard) or linear to 0 at twice the target (linear-reverse). */
function reverseFraction(actual: number, target: number, profile: ScoreProfile): number {
  if (target <= 0 || actual <= 0) return 0;
  return profile.reverse === 'linear-reverse' ? 1 - (actual - target) / target : target / actual;
}

/** The band a verdict's score must lie in, as fractions of the weight (财预〔2020〕10号: 100–80%（含）, 80–60%（含）, 60–0). */
export function bandOf(verdict: Verdict, profile: ScoreProfile): Band {
  const { met, partial } = profile.bands;
  if (verdict === 'met') return { low: met, high: 1, highInclusive: true };
  if (verdict === 'partial') return { low: partial, high: met, highInclusive: false };
  return { low: 0, high: partial, highInclusive: false };
}
