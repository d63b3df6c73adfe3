/**
 * 分值 prefilled for a unit to edit (DOMAIN.md §5): each 一级's weight in the profile, spread
 * evenly over that 一级's 三级 rows. The one place both the 目标表 and the 自评表 layouts take it from.
 */
import { indicatorNameKey } from '../project/catalog';
import type { IndicatorRow } from '../project/types';
import { STANDARD_SETTINGS, type ScoreSettings } from './profiles';

/** `total` over `count` rows, 2 decimals, the last row taking what rounding left. */
export function splitEvenly(total: number, count: number): number[] {
  const share = Math.floor((total / count) * 100) / 100;
  const out = Array.from({ length: count }, () => share);
  out[count - 1] = Math.round((total - share * (count - 1)) * 100) / 100;
  return out;
}

/**
 * The 分值 of each indicator row, or null for rows under a 一级 the profile gives no weight. A
 * profile that leaves the 一级 split to the unit (execution-20) keeps the standard proportions of
 * its indicator share. Blank 一级 cells repeat the one above (merged cells).
 */
export function indicatorWeights(rows: readonly IndicatorRow[], settings: Pick<ScoreSettings, 'weights'> = STANDARD_SETTINGS): Array<number | null> {
  const standard: Readonly<Record<string, number>> = STANDARD_SETTINGS.weights.level1 ?? {};
  const standardShare = STANDARD_SETTINGS.weights.indicators;
  const scale = settings.weights.level1 ? 1 : settings.weights.indicators / standardShare;
  const level1: Readonly<Record<string, number>> = settings.weights.level1 ?? standard;
  const shares = new Map<string, number>();
  for (const [key, value] of Object.entries(level1)) shares.set(key, value * scale);
  let current = '';
  const keys = rows.map((row) => {
    current = row.level1.trim() === '' ? current : row.level1;
    return indicatorNameKey(current);
  });
  const out: Array<number | null> = keys.map(() => null);
  for (const key of new Set(keys)) {
    const share = shares.get(key);
    if (share === undefined) continue;
    const indices = keys.flatMap((k, i) => (k === key ? [i] : []));
    splitEvenly(share, indices.length).forEach((weight, i) => (out[indices[i] ?? 0] = weight));
  }
  return out;
}
