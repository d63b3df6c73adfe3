/**
 * Issue 3's figures: indicator scores per second through the public core path, and one PERF.SCORE
 * array call of 100,000 rows through the custom-function gate (target under 100 ms).
 */
import { scoreIndicator } from '../src/core/score';
import { lightCells, scoreCells } from '../src/functions/score-functions';
import { bestMs, perSecond, sink, type BenchResult } from './measure';

/**
 * Actuals and targets as a 自评表 holds them: the seed's 指标值 and the other kinds, mostly numbers,
 * with the outcome words, amounts with units and dates that real columns also hold.
 */
const CASES: ReadonlyArray<readonly [number | string | boolean, string]> = [
  [0.65, '≥60百分比'],
  [0.55, '≥60百分比'],
  [0.97, '100百分比'],
  [90, '≤86人'],
  [4, '≥5个'],
  ['达成', '按时完工为合格'],
  ['部分达成', '在预算指标范围内支出为优'],
  [0.92, '≥90百分比'],
  ['12万元', '≤11.376万元'],
  [0.93, '90%-95%'],
  [0, '=0起'],
  ['2025年11月20日', '2025年12月底前'],
];

function columns(rows: number): { actual: unknown[][]; target: unknown[][]; weight: unknown[][] } {
  const actual: unknown[][] = new Array<unknown[]>(rows);
  const target: unknown[][] = new Array<unknown[]>(rows);
  const weight: unknown[][] = new Array<unknown[]>(rows);
  for (let i = 0; i < rows; i++) {
    const [a, t] = CASES[i % CASES.length]!;
    // Numbers vary from row to row, as real actuals do; words and dates repeat.
    actual[i] = [typeof a === 'number' ? a + (i % 97) / 10_000 : a];
    target[i] = [t];
    weight[i] = [5 + (i % 6)];
  }
  return { actual, target, weight };
}

export function benchScore(): BenchResult[] {
  const results: BenchResult[] = [];

  // Scores per second through scoreIndicator: parse (cached), evaluate and score, one row at a time.
  const count = 200_000;
  const inputs = columns(count);
  const publicMs = bestMs(() => {
    let total = 0;
    for (let i = 0; i < count; i++) {
      const result = scoreIndicator(inputs.actual[i]![0] as number | string, inputs.target[i]![0] as string, 10);
      if (result.ok) total += result.score.score;
    }
    sink[10] = total;
  }, 3, 1);
  results.push({ name: 'indicator scores per second, public path (scoreIndicator)', value: perSecond(count, publicMs), unit: '/s' });

  // One PERF.SCORE call over three 100,000-row columns (actual, target, weight).
  const rows = 100_000;
  const { actual, target, weight } = columns(rows);
  // Seven runs rather than five: the figure has a target, and a busy machine should not decide it.
  const scoreMs = bestMs(() => {
    sink[11] = scoreCells(actual, target, weight);
  }, 7, 2);
  results.push({ name: 'PERF.SCORE over 100,000 rows, one call', value: Math.round(scoreMs * 10) / 10, unit: 'ms', target: '< 100', pass: scoreMs < 100 });

  // The same column coloured for July (PERF.LIGHT): no target asked for, shown for comparison.
  const lightMs = bestMs(() => {
    sink[12] = lightCells(actual, target, [[7]]);
  });
  results.push({ name: 'PERF.LIGHT over 100,000 rows, one call', value: Math.round(lightMs * 10) / 10, unit: 'ms' });
  return results;
}
