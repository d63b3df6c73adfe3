/**
 * The one comparison of numbers: relative tolerance 1e-9, so that 0.6 × 100 meets `≥60%`
 * although 0.6 * 100 is 60.00000000000001 in floating point.
 */
const RELATIVE_TOLERANCE = 1e-9;
const ABSOLUTE_TOLERANCE = 1e-12;

/** -1, 0 or 1 as `a` is below, equal to (within tolerance) or above `b`. */
export function compare(a: number, b: number): -1 | 0 | 1 {
  const tolerance = Math.max(RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)), ABSOLUTE_TOLERANCE);
  if (Math.abs(a - b) <= tolerance) return 0;
  return a < b ? -1 : 1;
}

/** Rounds half away from zero to `decimals` places, as Excel's ROUND does, without 1.005 → 1.00 drift. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Nudge by the float error of the multiplication so that 1.005 rounds to 1.01.
  const rounded = Math.round(scaled + scaled * Number.EPSILON * 4);
  return (Math.sign(value) * rounded) / factor;
}
