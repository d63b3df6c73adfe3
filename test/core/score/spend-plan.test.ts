/** 资金支出计划: validation and the planned % at the end of a month, worked by hand (DOMAIN.md §1, §7). */
import { checkSpendPlan, plannedPercent, readMonth, readSpendPlan, type SpendPlan } from '../../../src/core/score';
import { toExcelSerial } from '../../../src/core/evaluate/dates';
import type { ActualInput } from '../../../src/core';

function plan(values: ActualInput[], months?: ActualInput[]): SpendPlan {
  const result = readSpendPlan(values, months);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.plan;
}

const SEED = [
  { month: 3, percent: 25 },
  { month: 6, percent: 50 },
  { month: 10, percent: 75 },
  { month: 12, percent: 100 },
];

describe('readSpendPlan', () => {
  it('reads the seed plan 25/50/75/100 at 3/6/10/12 in every way a cell may hold it', () => {
    expect(plan([25, 50, 75, 100])).toEqual(SEED);
    expect(plan([0.25, 0.5, 0.75, 1])).toEqual(SEED); // Excel's 25% is 0.25
    expect(plan(['25%', '50%', '75%', '100%'])).toEqual(SEED);
    expect(plan(['25百分比', '50', 75, '100％'])).toEqual(SEED);
    expect(plan([0.25, 0.5, 0.75, '100%'])).toEqual(SEED);
    expect(plan([25, 50, 75, 100], [3, 6, 10, 12])).toEqual(SEED);
    expect(plan([25, 50, 75, 100], ['3月底', '6月底', '10月底', '12月底'])).toEqual(SEED);
  });

  it('keeps other checkpoints as data', () => {
    expect(plan([40, 100], [6, 12])).toEqual([
      { month: 6, percent: 40 },
      { month: 12, percent: 100 },
    ]);
    expect(plan([0, 0, 60, 100])).toEqual([
      { month: 3, percent: 0 },
      { month: 6, percent: 0 },
      { month: 10, percent: 60 },
      { month: 12, percent: 100 },
    ]);
  });

  it.each([
    [[25, 20, 75, 100], undefined, 'SPEND_PLAN_DECREASING', '资金支出计划为累计数，「6月底」的 20% 低于「3月底」的 25%'],
    [[25, 50, 75, 90], undefined, 'SPEND_PLAN_LAST_NOT_100', '资金支出计划最后一个节点「12月底」应为 100%，现为 90%'],
    [[0.25, 0.5, 0.75, 0.9], undefined, 'SPEND_PLAN_LAST_NOT_100', '资金支出计划最后一个节点「12月底」应为 100%，现为 90%'],
    [[25, 50, 75, 120], undefined, 'SPEND_PLAN_OUT_OF_RANGE', '资金支出计划「12月底」为 120%，应在 0–100% 之间'],
    [[-5, 50, 75, 100], undefined, 'SPEND_PLAN_OUT_OF_RANGE', '资金支出计划「3月底」为 -5%，应在 0–100% 之间'],
    [[25, 50, '大部分', 100], undefined, 'SPEND_PLAN_NOT_PERCENT', '资金支出计划「10月底」的「大部分」不是百分比'],
    [[25, null, 75, 100], undefined, 'SPEND_PLAN_NOT_PERCENT', '资金支出计划「6月底」的「（空）」不是百分比'],
    [[50, 100, 100], undefined, 'SPEND_PLAN_MONTHS_NEEDED', undefined],
    [[25, 50, 75, 100], [3, 6, 6, 12], 'SPEND_PLAN_MONTHS_INVALID', undefined],
    [[25, 50, 75, 100], [3, 6, 13, 12], 'SPEND_PLAN_MONTHS_INVALID', undefined],
    [[25, 50, 100], [3, 6, 10, 12], 'SPEND_PLAN_MONTHS_MISMATCH', undefined],
    [[], undefined, 'SPEND_PLAN_EMPTY', undefined],
    [[null, null, null, null], undefined, 'SPEND_PLAN_EMPTY', undefined],
  ] as const)('%j (months %j) → %s', (values, months, code, text) => {
    const result = readSpendPlan(values as unknown as ActualInput[], months as ActualInput[] | undefined);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (text && !result.ok) expect(result.error.message).toBe(text);
  });
});

describe('checkSpendPlan', () => {
  it('finds nothing in the seed plan', () => {
    expect(checkSpendPlan(SEED)).toEqual([]);
  });
  it('lists every problem with the index of its checkpoint, for the checker to point at a cell', () => {
    const issues = checkSpendPlan([
      { month: 3, percent: 30 },
      { month: 6, percent: 20 },
      { month: 10, percent: 140 },
      { month: 12, percent: 90 },
    ]);
    expect(issues.map((i) => [i.code, i.index])).toEqual([
      ['SPEND_PLAN_DECREASING', 1],
      ['SPEND_PLAN_OUT_OF_RANGE', 2],
      ['SPEND_PLAN_LAST_NOT_100', 3],
    ]);
    expect(issues[0]?.messageEn).toBe('The spend plan is cumulative, but 20% at the end of month 6 is below 30% at the end of month 3');
  });
  it('reports an empty plan', () => {
    expect(checkSpendPlan([]).map((i) => i.code)).toEqual(['SPEND_PLAN_EMPTY']);
  });
});

describe('plannedPercent: linear between checkpoints from 0% at the start of the year', () => {
  it.each([
    [1, 25 / 3], // 0 → 25 over Jan–Mar: 8.333…
    [2, 50 / 3],
    [3, 25],
    [4, 25 + 25 / 3],
    [6, 50],
    [7, 56.25], // 50 + 25 × 1/4
    [8, 62.5],
    [9, 68.75],
    [10, 75],
    [11, 87.5],
    [12, 100],
  ])('seed plan, end of month %d → %d%%', (month, expected) => {
    expect(plannedPercent(SEED, month)).toBeCloseTo(expected, 10);
  });

  it('holds the last checkpoint after it', () => {
    expect(plannedPercent(plan([50, 100], [3, 10]), 11)).toBe(100);
    expect(plannedPercent(plan([40, 100], [6, 12]), 3)).toBe(20);
    expect(plannedPercent(plan([40, 100], [6, 12]), 9)).toBe(70);
  });
});

describe('readMonth', () => {
  it.each([
    [7, 7],
    [1, 1],
    [12, 12],
    ['7', 7],
    ['7月', 7],
    ['7月底', 7],
    ['1-7月', 7],
    ['1－7月', 7],
    ['1至7月', 7],
    ['七月', 7],
    ['2025-07-31', 7],
    ['2025年7月', 7],
    [toExcelSerial({ year: 2025, month: 7, day: 31 }), 7],
    [toExcelSerial({ year: 2025, month: 12, day: 1 }) + 0.5, 12],
  ])('%p → %d', (value, month) => {
    expect(readMonth(value)).toEqual({ ok: true, value: month });
  });

  it.each([[0], [13], [6.5], [-1], [45], ['13月'], ['2025年'], ['下半年'], [true]])('refuses %p', (value) => {
    expect(readMonth(value as ActualInput)).toMatchObject({ ok: false, error: { code: 'MONTH_INVALID' } });
  });

  it('says an empty month is empty', () => {
    expect(readMonth(null)).toMatchObject({ ok: false, error: { code: 'MONTH_EMPTY' } });
  });
});
