/**
 * Timing helpers for `npm run bench`: warm up, then take the best of several runs, so that a busy
 * machine gives the same figures as an idle one as far as possible.
 */

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** What the figure should be, in words (`≥ 200,000`, `< 50 ms`). */
  target?: string;
  /** Whether the figure meets its target, where there is one. */
  pass?: boolean;
}

/** Milliseconds of the fastest of `runs` calls of `fn` after `warmups` untimed calls. */
export function bestMs(fn: () => void, runs = 5, warmups = 2): number {
  for (let i = 0; i < warmups; i++) fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    best = Math.min(best, elapsed);
  }
  return best;
}

export function perSecond(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

/** Keeps results alive so that the optimiser cannot drop the work being measured. */
export const sink: unknown[] = [];
