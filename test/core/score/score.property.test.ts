/** Properties that hold for every input: scores within [0, w], monotone rules, a non-decreasing plan. */
import fc from 'fast-check';
import { plannedPercent, readSpendPlan, scoreIndicator, totalScore } from '../../../src/core/score';

const weight = fc.integer({ min: 1, max: 5000 }).map((n) => n / 100);
const amount = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100);
const positiveAmount = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100);
const profile = fc.constantFrom('standard', 'linear-reverse', 'bands-80-50', 'deadline-bands');

function score(actual: number, target: string, w: number, p: string): number {
  const result = scoreIndicator(actual, target, w, { profile: p });
  if (!result.ok) throw new Error(result.error.message);
  return result.score.score;
}

describe('scores', () => {
  it('lie between 0 and the weight, with at most 2 decimals', () => {
    fc.assert(
      fc.property(amount, positiveAmount, weight, fc.constantFrom('≥', '>', '≤', '<', '='), profile, (actual, target, w, op, p) => {
        const s = score(actual, `${op}${target}个`, w, p);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(w);
        expect(Math.abs(s * 100 - Math.round(s * 100))).toBeLessThan(1e-6);
      }),
    );
  });

  it('never fall as a positive actual rises', () => {
    fc.assert(
      fc.property(amount, amount, positiveAmount, weight, (a, b, target, w) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(score(low, `≥${target}个`, w, 'standard')).toBeLessThanOrEqual(score(high, `≥${target}个`, w, 'standard'));
      }),
    );
  });

  it('never rise as a reverse actual rises, in either reverse rule', () => {
    fc.assert(
      fc.property(amount, amount, positiveAmount, weight, fc.constantFrom('standard', 'linear-reverse'), (a, b, target, w, p) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(score(low, `≤${target}个`, w, p)).toBeGreaterThanOrEqual(score(high, `≤${target}个`, w, p));
      }),
    );
  });

  it('give linear-reverse no more than standard above the ceiling', () => {
    fc.assert(
      fc.property(positiveAmount, positiveAmount, weight, (actual, target, w) => {
        expect(score(actual, `≤${target}个`, w, 'linear-reverse')).toBeLessThanOrEqual(score(actual, `≤${target}个`, w, 'standard') + 1e-9);
      }),
    );
  });
});

describe('totals', () => {
  it('equal the rounded sum when every row applies', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }).map((n) => n / 100), { minLength: 1, maxLength: 30 }), (scores) => {
        const result = totalScore(scores);
        const sum = scores.reduce((a, b) => a + b, 0);
        expect(result.ok && result.total.total).toBeCloseTo(sum, 6);
      }),
    );
  });
});

describe('planned percent', () => {
  const plan = fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 })
    .map((xs) => [...xs.sort((a, b) => a - b), 100]);

  it('never falls from month to month, stays within 0–100 and reaches 100 in December', () => {
    fc.assert(
      fc.property(plan, (values) => {
        const result = readSpendPlan(values);
        if (!result.ok) throw new Error(result.error.message);
        let previous = 0;
        for (let month = 1; month <= 12; month++) {
          const planned = plannedPercent(result.plan, month);
          expect(planned).toBeGreaterThanOrEqual(previous - 1e-9);
          expect(planned).toBeLessThanOrEqual(100 + 1e-9);
          previous = planned;
        }
        expect(previous).toBeCloseTo(100, 9);
      }),
    );
  });
});
