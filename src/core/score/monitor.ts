/**
 * 绩效运行监控 (DOMAIN.md §7), "双监控": an indicator's progress and the budget's execution at the
 * end of month X, as a colour and the figures behind it. Time progress is X/12.
 */
import { compare, roundHalfUp } from '../evaluate/compare';
import { evaluate } from '../evaluate/evaluate';
import type { Evaluation, Verdict } from '../evaluate/types';
import { localizedError } from '../i18n/messages';
import { normalizeName } from '../target/normalize';
import { isReverse } from '../target/operators';
import type { Target } from '../target/types';
import { executionRate } from './execution';
import { profileOf, type ScoreOptions } from './indicator';
import type { ExecutionLightBands, IndicatorLightBands, ScoreProfile } from './profiles';
import { plannedPercent, type SpendPlan } from './spend-plan';
import type { Failure, Light } from './types';
import { shown, type Input, type Read } from './values';

/** The Excel surface shows 红 / 黄 / 绿 / 蓝. */
export const LIGHT_ZH: Readonly<Record<Light, string>> = { red: '红', yellow: '黄', green: '绿', blue: '蓝' };

/** Worst first: a project's colour is its worst indicator's (DOMAIN.md §7). */
const SEVERITY: Readonly<Record<Light, number>> = { red: 3, yellow: 2, green: 1, blue: 0 };

/** The worst of `lights` (red > yellow > green > blue); undefined for none. */
export function worstLight(lights: Iterable<Light>): Light | undefined {
  let worst: Light | undefined;
  for (const light of lights) if (worst === undefined || SEVERITY[light] > SEVERITY[worst]) worst = light;
  return worst;
}

const LIGHT_WORDS: Readonly<Record<string, Light>> = {
  '红': 'red', '红灯': 'red', '红色': 'red', red: 'red',
  '黄': 'yellow', '黄灯': 'yellow', '黄色': 'yellow', yellow: 'yellow',
  '绿': 'green', '绿灯': 'green', '绿色': 'green', green: 'green',
  '蓝': 'blue', '蓝灯': 'blue', '蓝色': 'blue', blue: 'blue',
};

/** A light written as 红 / 红灯 / red; blank is undefined; other text is an error. */
export function readLight(value: Input): Read<Light | undefined> {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return { ok: true, value: undefined };
  const light = typeof value === 'string' ? LIGHT_WORDS[value.normalize('NFKC').trim().toLowerCase()] : undefined;
  if (!light) return { ok: false, error: localizedError('LIGHT_UNREADABLE', -1, { found: shown(value) }) };
  return { ok: true, value: light };
}

/**
 * How a light was decided:
 * - `progress`: v = 完成值 ÷ (指标值 × X/12) × 100 against the profile's bands;
 * - `inside-outside`: within the target green, else red (reverse, equal-to-zero, range, relative
 *   changes, and the 二级 a profile bands that way);
 * - `verdict`: 达成 green, 部分达成 yellow, 未达成 red (qualitative targets and outcome words);
 * - `deadline`: done green; not done red once the deadline's month is past, green before it.
 */
export type LightBasis = 'progress' | 'inside-outside' | 'verdict' | 'deadline';

export interface IndicatorLight {
  light: Light;
  basis: LightBasis;
  verdict: Verdict;
  month: number;
  /** X / 12. */
  timeProgress: number;
  /** 指标值 × X/12, in the target's unit (`progress` only). */
  expected?: number;
  /** 完成值 ÷ expected × 100, rounded to the profile's decimals (`progress` only). */
  v?: number;
  /** The deadline's month (`deadline` only). */
  dueMonth?: number;
  evaluation: Evaluation;
  target: Target;
}

export type IndicatorLightResult = { ok: true; light: IndicatorLight } | Failure;

/** An indicator's colour at the end of `month` (1–12, already read). */
export function indicatorLight(actual: Input, target: string | Target, month: number, options: ScoreOptions = {}): IndicatorLightResult {
  const profile = profileOf(options.profile);
  if (!profile.ok) return profile;
  const result = evaluate(actual, target, { percentMode: options.percentMode, level2: options.level2 });
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, light: lightOfEvaluation(result.evaluation, result.target, month, profile.profile, options.level2) };
}

/** The light of an evaluation already made (month 1–12, already read). */
export function lightOfEvaluation(evaluation: Evaluation, target: Target, month: number, profile: ScoreProfile, level2: string | undefined): IndicatorLight {
  const timeProgress = month / 12;
  const decided = decide(evaluation, target, month, profile, level2);
  const light: IndicatorLight = { light: decided.light, basis: decided.basis, verdict: evaluation.verdict, month, timeProgress, evaluation, target };
  if (decided.expected !== undefined) light.expected = decided.expected;
  if (decided.v !== undefined) light.v = decided.v;
  if (decided.dueMonth !== undefined) light.dueMonth = decided.dueMonth;
  return light;
}

/** Just the colour of `lightOfEvaluation`, for a path that colours 100,000 rows. */
export function lightValue(evaluation: Evaluation, target: Target, month: number, profile: ScoreProfile, level2?: string): Light {
  return decide(evaluation, target, month, profile, level2).light;
}

type Decision = Pick<IndicatorLight, 'light' | 'basis' | 'expected' | 'v' | 'dueMonth'>;

function decide(evaluation: Evaluation, target: Target, month: number, profile: ScoreProfile, level2: string | undefined): Decision {
  const { verdict } = evaluation;
  const inside: Decision = { light: verdict === 'met' ? 'green' : 'red', basis: 'inside-outside' };
  if (level2 !== undefined && profile.insideOutsideLevel2.length > 0 && profile.insideOutsideLevel2.includes(normalizeName(level2))) return inside;
  switch (target.kind) {
    case 'qualitative':
      return { light: verdictLight(verdict), basis: 'verdict' };
    case 'deadline': {
      const due = (target.period?.to ?? target.date)?.month ?? 12;
      // Not done but not yet due is on track; the year is the budget year's.
      const light: Light = verdict === 'met' ? 'green' : verdict === 'partial' ? 'yellow' : month < due ? 'green' : 'red';
      return { light, basis: 'deadline', dueMonth: due };
    }
    case 'range':
      return evaluation.actualValue === undefined ? { light: verdictLight(verdict), basis: 'verdict' } : inside;
    case 'quantitative': {
      const actual = evaluation.actualValue;
      if (actual === undefined) return { light: verdictLight(verdict), basis: 'verdict' };
      // A ceiling, a zero target, or a change against last year is a level to hold, not a quantity that accrues by month.
      if (isReverse(target.op) || target.relative || !(target.value > 0)) return inside;
      const expected = (target.value * month) / 12;
      const v = roundHalfUp((actual / expected) * 100, profile.decimals);
      return { light: progressLight(v, profile.indicatorLight), basis: 'progress', expected, v };
    }
  }
}

function verdictLight(verdict: Verdict): Light {
  return verdict === 'met' ? 'green' : verdict === 'partial' ? 'yellow' : 'red';
}

/** v against the bands: below `yellow` red, below `green` yellow, below `blue` green, else blue. */
export function progressLight(v: number, bands: IndicatorLightBands | ExecutionLightBands): Light {
  if ('blue' in bands && compare(v, bands.blue) >= 0) return 'blue';
  if (compare(v, bands.green) >= 0) return 'green';
  if (compare(v, bands.yellow) >= 0) return 'yellow';
  return 'red';
}

export interface ExecutionLight {
  /** 1-X月执行数 / 全年预算数. */
  rate: number;
  month: number;
  timeProgress: number;
  /** rate ÷ (X/12) × 100, rounded to the profile's decimals. */
  v: number;
  light: Exclude<Light, 'blue'>;
  /** Against the spend plan, where one is given: the planned cumulative share (0–1) at the end of month X. */
  planned?: number;
  /** rate − planned, in percentage points, rounded. */
  gapPoints?: number;
  /** rate ÷ planned × 100, rounded; absent when nothing was planned yet. */
  planV?: number;
  planLight?: Exclude<Light, 'blue'>;
}

export type ExecutionLightResult = { ok: true; light: ExecutionLight } | Failure;

/**
 * Budget execution at the end of `month` against time progress and, when `plan` is given, against
 * the spend plan. Both are reported; neither hides the other (DOMAIN.md §7).
 */
export function executionLight(
  spent: Input,
  budget: Input,
  month: number,
  plan?: SpendPlan | null,
  options: Pick<ScoreOptions, 'profile'> = {},
): ExecutionLightResult {
  const profile = profileOf(options.profile);
  if (!profile.ok) return profile;
  const rate = executionRate(spent, budget);
  if (!rate.ok) return rate;
  const { decimals, executionLight: bands } = profile.profile;
  const timeProgress = month / 12;
  const v = roundHalfUp((rate.value / timeProgress) * 100, decimals);
  const light: ExecutionLight = { rate: rate.value, month, timeProgress, v, light: bandOnly(progressLight(v, bands)) };
  if (plan) {
    const planned = plannedPercent(plan, month) / 100;
    light.planned = planned;
    light.gapPoints = roundHalfUp((rate.value - planned) * 100, decimals);
    if (planned > 0) {
      light.planV = roundHalfUp((rate.value / planned) * 100, decimals);
      light.planLight = bandOnly(progressLight(light.planV, bands));
    } else light.planLight = 'green'; // nothing was planned yet, so nothing is behind
  }
  return { ok: true, light };
}

function bandOnly(light: Light): Exclude<Light, 'blue'> {
  return light === 'blue' ? 'green' : light;
}
