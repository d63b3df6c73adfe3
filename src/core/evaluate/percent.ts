/**
 * The one decision about whether 0.65 and 65 mean the same percent (DOMAIN.md §4).
 * Excel stores 65% as 0.65, but real 自评表 also hold 65 meaning 65%.
 */
import { formatNumber } from '../target/numbers';
import type { PercentMode } from './types';

export type PercentReading =
  | { ok: true; value: number; reading: 'fraction' | 'whole' }
  | { ok: false; fraction: number; whole: number };

/**
 * Reads a plain number `x` against a percent target whose reference value is `reference` (in the
 * target's unit, which is `unitScale` percent). `auto` takes the reading nearer the reference by
 * ratio; equally near readings that differ are ambiguous.
 */
export function readPercent(x: number, reference: number, unitScale: number, mode: PercentMode): PercentReading {
  const fraction = (x * 100) / unitScale;
  const whole = x;
  if (mode === 'fraction') return { ok: true, value: fraction, reading: 'fraction' };
  if (mode === 'whole') return { ok: true, value: whole, reading: 'whole' };
  if (x === 0) return { ok: true, value: 0, reading: 'fraction' };
  // Excel's own storage wins where the reference gives no scale to compare with.
  if (reference === 0) return { ok: true, value: fraction, reading: 'fraction' };
  const distanceFraction = distance(fraction, reference);
  const distanceWhole = distance(whole, reference);
  if (Math.abs(distanceFraction - distanceWhole) <= 1e-9 * Math.max(distanceFraction, distanceWhole, 1)) {
    return { ok: false, fraction, whole };
  }
  return distanceFraction < distanceWhole
    ? { ok: true, value: fraction, reading: 'fraction' }
    : { ok: true, value: whole, reading: 'whole' };
}

/** Distance by ratio where both are positive; relative difference otherwise. */
function distance(value: number, reference: number): number {
  if (value > 0 && reference > 0) return Math.abs(Math.log(value / reference));
  return Math.abs(value - reference) / Math.abs(reference);
}

export function describeReadings(fraction: number, whole: number): { fraction: string; whole: string } {
  return { fraction: formatNumber(fraction), whole: formatNumber(whole) };
}

export const PERCENT_MODES: readonly PercentMode[] = ['auto', 'fraction', 'whole'];

export function isPercentMode(value: unknown): value is PercentMode {
  return typeof value === 'string' && (PERCENT_MODES as readonly string[]).includes(value);
}

const MODE_ALIASES: Record<string, PercentMode> = { '自动': 'auto', '小数': 'fraction', '整数': 'whole' };

/** A percent mode as a person may write it in a formula (`whole`, `整数`, ` AUTO `); undefined if not one. */
export function readPercentMode(value: unknown): PercentMode | undefined {
  if (value === null || value === undefined || value === '') return 'auto';
  if (typeof value !== 'string') return undefined;
  const key = value.trim();
  const lower = key.toLowerCase();
  return isPercentMode(lower) ? lower : MODE_ALIASES[key];
}
