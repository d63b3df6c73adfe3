/**
 * The 监控灯 of one row at the end of month X as core/score/monitor.ts decides it, as a formula
 * over the 完成值 `x` and the helper cells `n` (折算值) and `v` (判定).
 */
import { LIGHT_ZH } from '../score/monitor';
import type { ExecutionLightBands, IndicatorLightBands, ScoreProfile } from '../score/profiles';
import { normalizeName } from '../target/normalize';
import { isReverse } from '../target/operators';
import type { Target } from '../target/types';
import { atLeast, MET, num, PARTIAL, quoted } from './excel';

const RED = quoted(LIGHT_ZH.red);
const YELLOW = quoted(LIGHT_ZH.yellow);
const GREEN = quoted(LIGHT_ZH.green);
const BLUE = quoted(LIGHT_ZH.blue);

/** 达成 green, 部分达成 yellow, 未达成 red. */
function verdictLight(v: string): string {
  return `IF(${v}=${MET},${GREEN},IF(${v}=${PARTIAL},${YELLOW},${RED}))`;
}

/** Within the target green, else red. */
function insideOutside(v: string): string {
  return `IF(${v}=${MET},${GREEN},${RED})`;
}

/** core `progressLight(value, bands)`: blue (where the bands have it), green, yellow, red by lower bounds. */
export function bandLight(value: string, bands: IndicatorLightBands | ExecutionLightBands): string {
  let formula = `IF(${atLeast(value, bands.yellow)},${YELLOW},${RED})`;
  formula = `IF(${atLeast(value, bands.green)},${GREEN},${formula})`;
  if ('blue' in bands) formula = `IF(${atLeast(value, bands.blue)},${BLUE},${formula})`;
  return formula;
}

/** The light of a row's reading against the target at month X. */
function lightOf(n: string, v: string, target: Target, month: number, profile: ScoreProfile, level2: string | undefined): string {
  if (level2 !== undefined && profile.insideOutsideLevel2.includes(normalizeName(level2))) return insideOutside(v);
  switch (target.kind) {
    case 'qualitative':
      return verdictLight(v);
    case 'deadline': {
      const due = (target.period?.to ?? target.date)?.month ?? 12;
      // Not done but not yet due is on track.
      return `IF(${v}=${MET},${GREEN},IF(${v}=${PARTIAL},${YELLOW},${month < due ? GREEN : RED}))`;
    }
    case 'range':
      return `IF(${n}="",${verdictLight(v)},${insideOutside(v)})`;
    case 'quantitative': {
      if (isReverse(target.op) || target.relative || !(target.value > 0)) return `IF(${n}="",${verdictLight(v)},${insideOutside(v)})`;
      // v = 完成值 ÷ (指标值 × X/12) × 100, rounded as the core rounds it.
      const progress = `ROUND(${n}/(${num(target.value)}*${month}/12)*100,${profile.decimals})`;
      return `IF(${n}="",${verdictLight(v)},${bandLight(progress, profile.indicatorLight)})`;
    }
  }
}

/** The 监控灯 formula: blank until a 完成值 is entered. */
export function lightFormula(x: string, n: string, v: string, target: Target, month: number, profile: ScoreProfile, level2?: string): string {
  return `=IF(${x}="","",${lightOf(n, v, target, month, profile, level2)})`;
}
