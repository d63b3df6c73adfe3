/** 绩效运行监控 (DOMAIN.md §7): indicator lights and budget execution lights, worked by hand. */
import {
  executionLight,
  indicatorLight,
  readLight,
  readSpendPlan,
  worstLight,
  type Light,
  type ScoreOptions,
  type SpendPlan,
} from '../../../src/core/score';
import type { ActualInput } from '../../../src/core';

function light(actual: ActualInput, target: string, month: number, options: ScoreOptions = {}) {
  const result = indicatorLight(actual, target, month, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.light;
}

const SEED_PLAN = ((): SpendPlan => {
  const result = readSpendPlan([25, 50, 75, 100]);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
})();

describe('indicatorLight: positive, v = actual ÷ (target × X/12) × 100', () => {
  // ≥5个 at the end of June: expected 5 × 6/12 = 2.5.
  it.each([
    [1.49, 59.6, 'red'],
    [1.5, 60, 'yellow'], // exactly 60: yellow
    [1.99, 79.6, 'yellow'],
    [2, 80, 'green'], // exactly 80: green
    [2.99, 119.6, 'green'],
    [3, 120, 'blue'], // exactly 120: blue (overrun)
    [5, 200, 'blue'],
    [0, 0, 'red'],
  ] as const)('%d of ≥5个 in June → v %d, %s', (actual, v, colour) => {
    expect(light(actual, '≥5个', 6)).toMatchObject({ light: colour, basis: 'progress', v, expected: 2.5, month: 6, timeProgress: 0.5 });
  });

  it('rounds v to 2 decimals', () => {
    // ≥280人次 in July: expected 280 × 7/12 = 163.33; 150 → 91.836… → 91.84
    expect(light(150, '≥280人次', 7)).toMatchObject({ light: 'green', v: 91.84 });
    // ≥60% in July: expected 35%; 40% → 114.285… → 114.29
    expect(light(0.4, '≥60%', 7)).toMatchObject({ light: 'green', v: 114.29 });
  });

  it('reads December as the whole year', () => {
    expect(light(5, '≥5个', 12)).toMatchObject({ light: 'green', v: 100 });
  });
});

describe('indicatorLight: levels are inside (green) or outside (red)', () => {
  it.each([
    [80, '≤86人', 'green'],
    [86, '≤86人', 'green'],
    [90, '≤86人', 'red'],
    [0, '=0起', 'green'],
    [1, '=0起', 'red'],
    [0.93, '90%-95%', 'green'],
    [0.85, '90%-95%', 'red'],
    ['3%', '较上年提高5%', 'red'], // a change against last year is not prorated by month
    ['6%', '较上年提高5%', 'green'],
  ] as const)('%p against %s in June → %s', (actual, target, colour) => {
    expect(light(actual, target, 6)).toMatchObject({ light: colour, basis: 'inside-outside' });
  });
});

describe('indicatorLight: qualitative by verdict', () => {
  it.each([
    ['达成', 'green'],
    ['部分达成', 'yellow'],
    ['未达成', 'red'],
  ] as const)('%s → %s', (actual, colour) => {
    expect(light(actual, '效果明显', 7)).toMatchObject({ light: colour, basis: 'verdict' });
  });
  it('colours an outcome word against a number by its verdict', () => {
    expect(light('基本完成', '≥5个', 7)).toMatchObject({ light: 'yellow', basis: 'verdict' });
  });
});

describe('indicatorLight: deadlines', () => {
  it('is green when done, yellow when partly done', () => {
    expect(light('已完成', '2025年10月底前', 7)).toMatchObject({ light: 'green', basis: 'deadline', dueMonth: 10 });
    expect(light('基本完成', '2025年10月底前', 11)).toMatchObject({ light: 'yellow' });
  });
  it('is green while not yet due and red from the deadline month on', () => {
    expect(light('未完成', '2025年10月底前', 7).light).toBe('green');
    expect(light('未完成', '2025年10月底前', 9).light).toBe('green');
    expect(light('未完成', '2025年10月底前', 10).light).toBe('red');
    expect(light('未完成', '2025年10月底前', 12).light).toBe('red');
  });
});

describe('indicatorLight: monitor-inside-outside bands 质量/时效/成本 as levels', () => {
  const options = { profile: 'monitor-inside-outside', level2: '质量指标' };
  it('does not prorate a quality rate', () => {
    // standard: ≥95% in March expects 23.75%, so 96% would be v = 404.21, blue.
    expect(light(0.96, '≥95%', 3, { level2: '质量指标' })).toMatchObject({ light: 'blue', v: 404.21 });
    expect(light(0.96, '≥95%', 3, options)).toMatchObject({ light: 'green', basis: 'inside-outside' });
    expect(light(0.9, '≥95%', 3, options)).toMatchObject({ light: 'red', basis: 'inside-outside' });
    expect(light('部分达成', '按时完工为合格', 3, { profile: 'monitor-inside-outside', level2: '时效指标' }).light).toBe('red');
  });
  it('still prorates a 数量 indicator', () => {
    expect(light(2, '≥5个', 6, { profile: 'monitor-inside-outside', level2: '数量指标' })).toMatchObject({ basis: 'progress', light: 'green' });
  });
});

describe('indicatorLight: errors', () => {
  it('passes on an empty actual and an unknown profile', () => {
    expect(indicatorLight(null, '≥5个', 6)).toMatchObject({ ok: false, error: { code: 'ACTUAL_EMPTY' } });
    expect(indicatorLight(2, '≥5个', 6, { profile: 'x' })).toMatchObject({ ok: false, error: { code: 'PROFILE_UNKNOWN' } });
  });
});

describe('worstLight and readLight', () => {
  it.each([
    [[], undefined],
    [['blue'], 'blue'],
    [['green', 'blue'], 'green'],
    [['blue', 'yellow', 'green'], 'yellow'],
    [['green', 'red', 'yellow', 'blue'], 'red'],
  ] as const)('%j → %p', (lights, worst) => {
    expect(worstLight(lights as readonly Light[])).toBe(worst);
  });
  it.each([
    ['红', 'red'],
    ['黄灯', 'yellow'],
    ['绿色', 'green'],
    ['蓝', 'blue'],
    [' RED ', 'red'],
    ['', undefined],
    [null, undefined],
  ] as const)('%p → %p', (text, expected) => {
    expect(readLight(text)).toEqual({ ok: true, value: expected });
  });
  it('refuses other text', () => {
    expect(readLight('紫')).toMatchObject({ ok: false, error: { code: 'LIGHT_UNREADABLE' } });
  });
});

describe('executionLight: v = 执行率 ÷ (X/12) × 100', () => {
  const exec = (spent: ActualInput, budget: ActualInput, month: number, plan?: SpendPlan | null, profile?: string) => {
    const result = executionLight(spent, budget, month, plan, { profile });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.light;
  };

  it.each([
    [29.99, 59.98, 'red'],
    [30, 60, 'yellow'], // exactly 60
    [39.99, 79.98, 'yellow'],
    [40, 80, 'green'], // exactly 80
    [60, 120, 'green'], // budget execution has no blue
  ] as const)('%d of 100 in June → v %d, %s', (spent, v, colour) => {
    expect(exec(spent, 100, 6)).toEqual({ rate: spent / 100, month: 6, timeProgress: 0.5, v, light: colour });
  });

  it('reports both time progress and the spend plan (seed project 1, July)', () => {
    // 7.00 of 17.00 万元: rate 0.41176; time 7/12; v = 70.59 (yellow).
    // Plan 25/50/75/100: 56.25% at the end of July; gap −15.07 points; 41.18/56.25 = 73.20 (yellow).
    const figures = exec(7, 17, 7, SEED_PLAN);
    expect(figures).toMatchObject({ month: 7, v: 70.59, light: 'yellow', planned: 0.5625, gapPoints: -15.07, planV: 73.2, planLight: 'yellow' });
    expect(figures.rate).toBeCloseTo(0.411765, 6);
    expect(figures.timeProgress).toBeCloseTo(0.583333, 6);
  });

  it('shows a plan ahead of time and a plan behind it, each on its own', () => {
    // 30 of 100 in June: time v = 60 (yellow); plan 50% → 60 (yellow).
    expect(exec(30, 100, 6, SEED_PLAN)).toMatchObject({ light: 'yellow', planLight: 'yellow', gapPoints: -20 });
    // A back-loaded plan 0/0/60/100: in March nothing was planned, so the plan is green whatever the time says.
    const late = readSpendPlan([0, 0, 60, 100]);
    if (!late.ok) throw new Error('plan');
    const march = exec(5, 100, 3, late.plan);
    expect(march).toMatchObject({ light: 'red', planned: 0, gapPoints: 5, planLight: 'green' });
    expect(march.planV).toBeUndefined();
  });

  it('passes on amount errors and an unknown profile', () => {
    expect(executionLight(null, 17, 7)).toMatchObject({ ok: false, error: { code: 'AMOUNT_EMPTY' } });
    expect(executionLight(7, 0, 7)).toMatchObject({ ok: false, error: { code: 'BUDGET_INVALID' } });
    expect(executionLight(7, 17, 7, null, { profile: 'x' })).toMatchObject({ ok: false, error: { code: 'PROFILE_UNKNOWN' } });
  });
});
