/**
 * Weights and entered scores, where a sheet has self-evaluation columns (DOMAIN.md §5, §8). The
 * score rules are core/score's (`checkScore`); this file adds the sums: all weights (with 预算执行率's)
 * make 100, and each 一级's weights the profile's share where the profile fixes one.
 */
import { compare } from '../evaluate/compare';
import { indicatorNameKey } from '../project/catalog';
import { checkScore } from '../score/check';
import { resolveProfile, type ScoreProfile } from '../score/profiles';
import { isBlank, readWeight } from '../score/values';
import { formatNumber } from '../target/numbers';
import type { Reporter } from './context';

export function checkWeights(r: Reporter): void {
  const self = r.context.selfEval;
  if (!self?.weights) return;
  const resolved = resolveProfile(r.context.profile);
  const profile: ScoreProfile | undefined = resolved.ok ? resolved.profile : undefined;
  const rows = r.project.indicators;
  const weights: Array<number | undefined> = [];
  const anyWeight = self.weights.some((w) => !isBlank(w));
  if (!anyWeight) return; // an empty 分值 column: a template not yet filled in

  self.weights.forEach((raw, i) => {
    const field = `indicators.${i}.weight`;
    if (isBlank(raw)) {
      r.add(field, 'WEIGHT_MISSING');
      weights.push(undefined);
      return;
    }
    const read = readWeight(raw);
    if (!read.ok) {
      r.addWorded(field, 'WEIGHT_INVALID', read.error);
      weights.push(undefined);
      return;
    }
    weights.push(read.value);
  });

  let execution: number | undefined;
  if (self.executionWeight !== undefined && !isBlank(self.executionWeight)) {
    const read = readWeight(self.executionWeight);
    if (read.ok) execution = read.value;
    else r.addWorded('executionWeight', 'WEIGHT_INVALID', read.error);
  }

  // The sums mean something only when every weight reads.
  if (weights.every((w): w is number => w !== undefined)) {
    const indicators = weights.reduce((a, b) => a + b, 0);
    const share = profile?.weights.indicators ?? 90;
    const sum = indicators + (execution ?? 0);
    // Without a 预算执行率 row the indicators alone may make 100, or the profile's share of it.
    const allowed = execution !== undefined ? [100] : [100, share];
    if (!allowed.some((a) => compare(sum, a) === 0)) {
      r.add('indicators.0.weight', 'WEIGHT_TOTAL', { sum: formatNumber(round2(sum)), expected: allowed.join(' 或 ') });
    }
    if (profile?.weights.level1) checkLevel1(r, weights, profile.weights.level1);
  }

  if (!self.scores) return;
  self.scores.forEach((entered, i) => {
    const row = rows[i];
    const weight = weights[i];
    if (!row || weight === undefined || isBlank(entered)) return;
    // A formula not yet calculated (a file written without Excel) is the rule itself, not an entered score.
    if (typeof entered === 'string' && entered.trimStart().startsWith('=')) return;
    const field = `indicators.${i}.score`;
    const checked = checkScore(entered, self.actuals?.[i] ?? null, row.target, weight, {
      profile: profile ?? null,
      level2: row.level2,
    });
    if (!checked.ok) {
      r.add(field, 'SCORE_NOT_CHECKED', { reason: checked.error.message });
      return;
    }
    const reason = checked.check.reason;
    if (!checked.check.allowed && reason && isScoreCode(reason.code)) r.addWorded(field, reason.code, reason);
  });
}

const SCORE_CODES = ['SCORE_CHECK_NEGATIVE', 'SCORE_CHECK_ABOVE_WEIGHT', 'SCORE_CHECK_OUT_OF_BAND', 'SCORE_CHECK_DIFFERS'] as const;

function isScoreCode(code: string): code is (typeof SCORE_CODES)[number] {
  return (SCORE_CODES as readonly string[]).includes(code);
}

function checkLevel1(r: Reporter, weights: readonly number[], split: Readonly<{ 产出: number; 效益: number; 满意度: number }>): void {
  const sums = new Map<string, { sum: number; index: number; name: string }>();
  r.project.indicators.forEach((row, i) => {
    const key = indicatorNameKey(row.level1);
    const entry = sums.get(key) ?? { sum: 0, index: i, name: row.level1 };
    entry.sum += weights[i] ?? 0;
    sums.set(key, entry);
  });
  // The 2021 tree (成本 as a 一级) has no fixed split in any profile.
  if (sums.has('成本')) return;
  for (const [key, expected] of Object.entries(split)) {
    const entry = sums.get(key);
    if (!entry || compare(entry.sum, expected) === 0) continue;
    r.add(`indicators.${entry.index}.level1`, 'WEIGHT_LEVEL1', { level1: entry.name, sum: formatNumber(round2(entry.sum)), expected });
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
