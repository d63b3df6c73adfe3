/**
 * The one decision about whether 0.65 and 65 mean the same percent (DOMAIN.md §4).
 * Excel stores 65% as 0.65, but real 自评表 also hold 65 meaning 65%.
 */
import { formatNumber } from '../target/numbers';
import type { PercentMode } from './types';

/**
 * Which reading of a plain number `x` a percent target takes; its reference value is `reference`
 * (in the target's unit, which is `unitScale` percent). `auto` takes the reading nearer the
 * reference by ratio; equally near readings that differ are `ambiguous`. A string, not an object:
 * this runs once per cell of a 100,000-row column.
 */
export function choosePercentReading(x: number, reference: number, unitScale: number, mode: PercentMode): 'fraction' | 'whole' | 'ambiguous' {
  if (mode !== 'auto') return mode;
  // 0 is 0% either way; and with a zero reference Excel's own storage (0.65 = 65%) wins.
  if (x === 0 || reference === 0) return 'fraction';
  const fraction = fractionReading(x, unitScale);
  if (x > 0 && reference > 0) {
    // Nearer by ratio: |ln(f/r)| < |ln(x/r)|. The reference is nearer the larger reading exactly
    // when it lies above the readings' geometric mean √(f·x), i.e. when r² > f·x: no logarithms.
    const product = fraction * x;
    const square = reference * reference;
    if (Math.abs(square - product) <= 1e-9 * Math.max(square, product)) return 'ambiguous';
    return square > product === fraction > x ? 'fraction' : 'whole';
  }
  const distanceFraction = distance(fraction, reference);
  const distanceWhole = distance(x, reference);
  if (Math.abs(distanceFraction - distanceWhole) <= 1e-9 * Math.max(distanceFraction, distanceWhole)) return 'ambiguous';
  return distanceFraction < distanceWhole ? 'fraction' : 'whole';
}

/** `x` read as a fraction (0.65 → 65%), in the target's unit. */
export function fractionReading(x: number, unitScale: number): number {
  return (x * 100) / unitScale;
}

/** Distance by ratio (≥ 1) where both are positive; 1 + relative difference otherwise. */
function distance(value: number, reference: number): number {
  if (value > 0 && reference > 0) return value > reference ? value / reference : reference / value;
  return 1 + Math.abs(value - reference) / Math.abs(reference);
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
