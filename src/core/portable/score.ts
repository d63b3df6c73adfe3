/**
 * The 得分 of one row as core/score/indicator.ts computes it, as a formula over the 完成值 `x`,
 * the 分值 `w` and the helper cells `n` (折算值) and `v` (判定): the rule's fraction of the
 * weight, capped to 0–1, times the weight, rounded to the profile's decimals.
 */
import { isReverse } from '../target/operators';
import type { Target } from '../target/types';
import type { ScoreProfile } from '../score/profiles';
import { MET, num, PARTIAL } from './excel';
import { quantityOf } from './reading';

/** The band scores of a verdict (qualitative targets, outcome words, deadlines in `deadline-bands`). */
function bandFraction(v: string, profile: ScoreProfile): string {
  const { met, partial, notMet } = profile.bandScores;
  return `IF(${v}=${MET},${num(met)},IF(${v}=${PARTIAL},${num(partial)},${num(notMet)}))`;
}

/** completionRate(n, value, false) ?? 0: n / value for a positive value and n ≥ 0. */
function floorFraction(n: string, value: number): string {
  return value > 0 ? `IF(${n}<0,0,${n}/${num(value)})` : '0';
}

/** reverseFraction: value / n (standard) or 1 − (n − value) / value (linear-reverse); 0 unless both are positive. */
function ceilingFraction(n: string, value: number, profile: ScoreProfile): string {
  if (!(value > 0)) return '0';
  const v = num(value);
  const fraction = profile.reverse === 'linear-reverse' ? `1-(${n}-${v})/${v}` : `${v}/${n}`;
  return `IF(${n}<=0,0,${fraction})`;
}

/** The fraction of the weight a number `n` that missed the target earns. */
function missedFraction(n: string, target: Target, profile: ScoreProfile): string {
  if (target.kind === 'range') return `IF(${n}<${num(target.low)},${floorFraction(n, target.low)},${ceilingFraction(n, target.high, profile)})`;
  if (target.kind !== 'quantitative') return '0';
  if (target.op === 'eq' && target.value === 0) return '0';
  return isReverse(target.op) ? ceilingFraction(n, target.value, profile) : floorFraction(n, target.value);
}

/** The fraction of the weight, before capping. */
export function fractionFormula(n: string, v: string, target: Target, profile: ScoreProfile): string {
  if (target.kind === 'qualitative') return bandFraction(v, profile);
  if (target.kind === 'deadline') return profile.deadline === 'bands' ? bandFraction(v, profile) : `IF(${v}=${MET},1,0)`;
  const quantity = quantityOf(target);
  if (!quantity) return '0';
  // A word against a number (达成 against ≥60%) has no ratio: the bands apply.
  return `IF(${n}="",${bandFraction(v, profile)},IF(${v}=${MET},1,${missedFraction(n, target, profile)}))`;
}

/** The 得分 formula: blank until the 完成值 and the 分值 are entered; a 分值 that is not a positive number is #N/A. */
export function scoreFormula(x: string, w: string, n: string, v: string, target: Target, profile: ScoreProfile): string {
  const fraction = fractionFormula(n, v, target, profile);
  return `=IF(OR(${x}="",${w}=""),"",IF(AND(ISNUMBER(${w}),${w}>0),ROUND(MIN(MAX(${fraction},0),1)*${w},${profile.decimals}),NA()))`;
}
