/** 预算执行率 = 执行数 / 预算数; score = min(rate, 1) × weight (DOMAIN.md §5), worked by hand. */
import { executionRate, executionScore } from '../../../src/core/score';
import type { ActualInput } from '../../../src/core';

function rate(spent: ActualInput, budget: ActualInput): number {
  const result = executionRate(spent, budget);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function score(spent: ActualInput, budget: ActualInput, weight?: ActualInput, profile?: string) {
  const result = executionScore(spent, budget, weight, { profile });
  if (!result.ok) throw new Error(result.error.message);
  return result.score;
}

describe('executionRate', () => {
  it('divides the spend by the budget, without a cap', () => {
    expect(rate(12, 17)).toBeCloseTo(0.705882, 6);
    expect(rate(17, 17)).toBe(1);
    expect(rate(18.7, 17)).toBeCloseTo(1.1, 12);
    expect(rate(0, 17)).toBe(0);
  });
  it('reads numbers written as text and converts money units', () => {
    expect(rate('1,200', '1,500')).toBeCloseTo(0.8, 12);
    expect(rate('12万元', '170000元')).toBeCloseTo(0.705882, 6);
    expect(rate('0.5亿元', '10000万元')).toBeCloseTo(0.5, 12);
  });
  it('refuses amounts where only one states its unit (never guess a unit)', () => {
    expect(executionRate('12万元', 17)).toMatchObject({ ok: false, error: { code: 'AMOUNT_UNIT_MISMATCH' } });
  });
  it.each([
    [null, 17, 'AMOUNT_EMPTY'],
    [12, '', 'AMOUNT_EMPTY'],
    [-1, 17, 'AMOUNT_INVALID'],
    ['很多', 17, 'AMOUNT_INVALID'],
    ['12个', 17, 'AMOUNT_INVALID'],
    [true, 17, 'AMOUNT_INVALID'],
    [12, 0, 'BUDGET_INVALID'],
  ] as const)('%p / %p → %s', (spent, budget, code) => {
    expect(executionRate(spent, budget)).toMatchObject({ ok: false, error: { code } });
  });
  it('names which amount is empty', () => {
    const result = executionRate(12, null);
    expect(result.ok ? '' : result.error.message).toBe('未填写预算数');
  });
});

describe('executionScore', () => {
  it('scores min(rate, 1) × weight, rounded half up', () => {
    expect(score(12, 17).score).toBe(7.06); // 0.70588 × 10 = 7.0588
    expect(score(16.5, 17).score).toBe(9.71); // 0.97059 × 10
    expect(score(17, 17).score).toBe(10);
    expect(score(18.7, 17).score).toBe(10); // an overspend is capped at the weight
    expect(score(0, 17).score).toBe(0);
    expect(score(80, 93, 10).score).toBe(8.6); // 0.860215 × 10
  });
  it('takes the weight from the profile when none is given', () => {
    expect(score(12, 17).weight).toBe(10);
    expect(score(12, 17, '', 'execution-20')).toMatchObject({ weight: 20, score: 14.12 }); // 0.70588 × 20 = 14.1176
    expect(score(12, 17, 5).score).toBe(3.53); // 3.5294
  });
  it('expects a reason below 90%', () => {
    expect(score(9, 10).reasonExpected).toBe(false); // exactly 90%
    expect(score(8.9, 10).reasonExpected).toBe(true);
  });
  it('refuses a weight that is not positive and an unknown profile', () => {
    expect(executionScore(12, 17, 0)).toMatchObject({ ok: false, error: { code: 'WEIGHT_INVALID' } });
    expect(executionScore(12, 17, -10)).toMatchObject({ ok: false, error: { code: 'WEIGHT_INVALID' } });
    expect(executionScore(12, 17, 10, { profile: 'x' })).toMatchObject({ ok: false, error: { code: 'PROFILE_UNKNOWN' } });
  });
});
