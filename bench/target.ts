/**
 * Issue 2's figures: parsing, evaluation against a baseline, and one array call of 100,000 rows.
 */
import { compare, evaluate, parseTarget, type QuantitativeTarget } from '../src/core';
import { evalCells } from '../src/functions/target-functions';
import { bestMs, perSecond, sink, type BenchResult } from './measure';

const SHAPES = [
  (i: number) => `≥${i}百分比`,
  (i: number) => `≤${i}人`,
  (i: number) => `${i}个`,
  (i: number) => `${i}%-${i + 5}%`,
  (i: number) => `不低于${i}.5万元`,
  (i: number) => `较上年提高${i}%`,
  (i: number) => `${i}场以上`,
  (i: number) => `按时完工${i}次为合格`,
];

function distinctTargets(count: number): string[] {
  return Array.from({ length: count }, (_, i) => SHAPES[i % SHAPES.length]!(Math.floor(i / SHAPES.length) + 1));
}

export function benchTarget(): BenchResult[] {
  const results: BenchResult[] = [];

  const texts = distinctTargets(50_000);
  const parseMs = bestMs(() => {
    for (const text of texts) sink[0] = parseTarget(text);
  }, 3, 1);
  const parses = perSecond(texts.length, parseMs);
  results.push({ name: 'targets parsed per second (50,000 distinct strings)', value: parses, unit: '/s', target: '≥ 200,000', pass: parses >= 200_000 });

  // Evaluation: the public path with the target parsed once, against a loop doing only the comparison.
  const rows = 200_000;
  const actuals = Array.from({ length: rows }, (_, i) => 0.4 + (i % 50) / 100);
  const parsed = parseTarget('≥60%');
  if (!parsed.ok || parsed.target.kind !== 'quantitative') throw new Error('bench target did not parse');
  const target: QuantitativeTarget = parsed.target;
  const verdicts: boolean[] = new Array<boolean>(rows);
  const publicMs = bestMs(() => {
    for (let i = 0; i < rows; i++) {
      const result = evaluate(actuals[i], target);
      verdicts[i] = result.ok && result.evaluation.verdict === 'met';
    }
  });
  const baselineMs = bestMs(() => {
    for (let i = 0; i < rows; i++) verdicts[i] = compare(actuals[i]! * 100, target.value) >= 0;
  });
  sink[1] = verdicts;
  const evaluations = perSecond(rows, publicMs);
  const ratio = publicMs / baselineMs;
  results.push({ name: 'verdicts per second, public evaluate path (target parsed once)', value: evaluations, unit: '/s' });
  results.push({ name: 'baseline: the same comparisons done directly', value: perSecond(rows, baselineMs), unit: '/s' });
  results.push({ name: 'public path ÷ baseline (time)', value: Math.round(ratio * 100) / 100, unit: '×', target: '≤ 3', pass: ratio <= 3 });

  // One PERF.EVAL call over a 100,000-row column, through the argument gate.
  const column = Array.from({ length: 100_000 }, (_, i) => [0.4 + (i % 50) / 100]);
  const arrayMs = bestMs(() => {
    sink[2] = evalCells(column, [['≥60百分比']]);
  });
  results.push({ name: 'PERF.EVAL over 100,000 rows, one call', value: Math.round(arrayMs * 10) / 10, unit: 'ms', target: '< 50', pass: arrayMs < 50 });
  return results;
}
