/**
 * Issue 14's whole-column figure: =PERF.EVAL(F:F,E:E) over 1,048,576 rows of which 1,000 hold data,
 * against the same call over only those 1,000 rows. The empty tail should cost little.
 */
import { evalCells } from '../src/functions/target-functions';
import { bestMs, sink, type BenchResult } from './measure';

const EXCEL_ROWS = 1_048_576;
const USED = 1_000;

export function benchWholeColumn(): BenchResult[] {
  const usedActuals = Array.from({ length: USED }, (_, i) => [0.4 + (i % 50) / 100]);
  const usedTargets = Array.from({ length: USED }, () => ['≥60%']);
  // As Excel passes F:F: every row, the empty ones as null.
  const wholeActuals: unknown[][] = Array.from({ length: EXCEL_ROWS }, (_, i) => (i < USED ? usedActuals[i]! : [null]));
  const wholeTargets: unknown[][] = Array.from({ length: EXCEL_ROWS }, (_, i) => (i < USED ? usedTargets[i]! : [null]));
  const usedMs = bestMs(() => {
    sink[0] = evalCells(usedActuals, usedTargets);
  });
  const wholeMs = bestMs(() => {
    sink[1] = evalCells(wholeActuals, wholeTargets);
  }, 3, 1);
  return [
    { name: `PERF.EVAL(F:F,E:E): ${EXCEL_ROWS.toLocaleString('en-US')} rows, ${USED.toLocaleString('en-US')} used`, value: Math.round(wholeMs * 10) / 10, unit: 'ms' },
    { name: `the same ${USED.toLocaleString('en-US')} used rows alone`, value: Math.round(usedMs * 100) / 100, unit: 'ms' },
    {
      name: 'whole column ÷ used rows (time; the empty tail is one pass)',
      value: Math.round((wholeMs / usedMs) * 10) / 10,
      unit: '×',
    },
  ];
}
