/**
 * 预算执行率 and its score (DOMAIN.md §5): rate = 执行数 / 调整后预算数; score = min(rate, 1) × weight.
 */
import { compare, roundHalfUp } from '../evaluate/compare';
import { localizedError } from '../i18n/messages';
import { profileOf, type ScoreOptions } from './indicator';
import type { Failure } from './types';
import { readAmount, readWeight, sameUnitAmounts, shown, type Input, type Read } from './values';

/** 执行数 / 预算数, not capped (an overspend shows as more than 1). */
export function executionRate(spent: Input, budget: Input): Read<number> {
  const s = readAmount(spent, 'spent');
  if (!s.ok) return s;
  const b = readAmount(budget, 'budget');
  if (!b.ok) return b;
  const amounts = sameUnitAmounts(s.value, b.value, { spent, budget });
  if (!amounts.ok) return amounts;
  const [spentValue, budgetValue] = amounts.value;
  if (!(budgetValue > 0)) return { ok: false, error: localizedError('BUDGET_INVALID', -1, { found: shown(budget) }) };
  return { ok: true, value: spentValue / budgetValue };
}

export interface ExecutionScore {
  score: number;
  rate: number;
  weight: number;
  /** Below the profile's threshold (90%), a 偏差原因 is expected. */
  reasonExpected: boolean;
}

export type ExecutionScoreResult = { ok: true; score: ExecutionScore } | Failure;

/** The 预算执行率 row's score; the weight defaults to the profile's (10 in `standard`). */
export function executionScore(spent: Input, budget: Input, weight?: Input, options: Pick<ScoreOptions, 'profile'> = {}): ExecutionScoreResult {
  const profile = profileOf(options.profile);
  if (!profile.ok) return profile;
  const w = weight === null || weight === undefined || weight === '' ? { ok: true as const, value: profile.profile.weights.execution } : readWeight(weight);
  if (!w.ok) return w;
  const rate = executionRate(spent, budget);
  if (!rate.ok) return rate;
  return {
    ok: true,
    score: {
      score: roundHalfUp(Math.min(rate.value, 1) * w.value, profile.profile.decimals),
      rate: rate.value,
      weight: w.value,
      reasonExpected: compare(rate.value, profile.profile.reasonBelowExecutionRate) < 0,
    },
  };
}
