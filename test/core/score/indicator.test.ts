/**
 * Worked examples of DOMAIN.md §5, one rule per block, each score computed by hand in the comment.
 */
import { scoreIndicator, type ScoreOptions } from '../../../src/core/score';
import type { ActualInput } from '../../../src/core';

type Case = readonly [actual: ActualInput, target: string, weight: number, score: number, note: string];

function scored(actual: ActualInput, target: string, weight: unknown, options: ScoreOptions = {}) {
  const result = scoreIndicator(actual, target, weight as ActualInput, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.score;
}

function runCases(cases: readonly Case[], options: ScoreOptions = {}): void {
  it.each(cases)('%p against %s, weight %d → %d (%s)', (actual, target, weight, score) => {
    expect(scored(actual, target, weight, options).score).toBe(score);
  });
}

describe('positive indicators (gte, gt): met → w, else actual/target × w', () => {
  runCases([
    [0.6, '≥60%', 10, 10, 'exactly the target, Excel percent'],
    [60, '≥60百分比', 10, 10, 'exactly the target, whole percent'],
    [0.8, '≥60%', 10, 10, 'over-achievement capped at w'],
    [0.45, '≥60%', 10, 7.5, '45/60 × 10'],
    [0.45, '≥60%', 7, 5.25, '45/60 × 7'],
    ['4个', '≥5个', 10, 8, '4/5 × 10'],
    [2, '≥3个', 10, 6.67, '2/3 × 10 = 6.666… → 6.67'],
    [1, '≥8个', 9, 1.13, '1/8 × 9 = 1.125 → 1.13, half up'],
    [0, '≥5个', 10, 0, 'nothing done'],
    ['97.30%', '≥98%', 10, 9.93, '97.3/98 × 10 = 9.9286 → 9.93'],
    [0.04, '较上年提高5%', 10, 8, 'relative: the change 4% against 5% → 4/5 × 10'],
    ['6%', '较上年提高5%', 10, 10, 'relative, met'],
  ]);

  it('says it is the positive rule and that a reason is expected when not met', () => {
    expect(scored(0.45, '≥60%', 10)).toMatchObject({ rule: 'positive', verdict: 'not-met', reasonExpected: true, weight: 10 });
    expect(scored(0.6, '≥60%', 10)).toMatchObject({ verdict: 'met', reasonExpected: false });
  });

  it('is the same in linear-reverse', () => {
    expect(scored(0.45, '≥60%', 10, { profile: 'linear-reverse' }).score).toBe(7.5);
  });
});

describe('reverse indicators (lte, lt), standard: met → w, else target/actual × w', () => {
  runCases([
    [86, '≤86人', 10, 10, 'exactly the target'],
    [80, '≤86人', 10, 10, 'below the ceiling'],
    [100, '≤86人', 10, 8.6, '86/100 × 10'],
    [172, '≤86人', 10, 5, 'twice the target: 86/172 × 10'],
    ['0.5%', '≤0.4%', 10, 8, '0.4/0.5 × 10'],
    ['12万元', '≤11.376万元', 10, 9.48, '11.376/12 × 10 = 9.48'],
    [92, '≤86人', 20, 18.7, '86/92 × 20 = 18.6957 → 18.70'],
  ]);

  it('says it is the reverse rule', () => {
    expect(scored(100, '≤86人', 10)).toMatchObject({ rule: 'reverse', verdict: 'not-met' });
  });
});

describe('reverse indicators, linear-reverse: (1 − (actual − target)/target) × w, 0 from twice the target', () => {
  runCases(
    [
      [86, '≤86人', 10, 10, 'exactly the target'],
      [100, '≤86人', 10, 8.37, '(1 − 14/86) × 10 = 8.372 → 8.37'],
      [129, '≤86人', 10, 5, '(1 − 43/86) × 10'],
      [172, '≤86人', 10, 0, 'twice the target → 0'],
      [200, '≤86人', 10, 0, 'beyond twice the target → 0'],
      ['0.5%', '≤0.4%', 10, 7.5, '(1 − 0.1/0.4) × 10'],
      [92, '≤86人', 20, 18.6, '(1 − 6/86) × 20 = 18.6047 → 18.60'],
    ],
    { profile: 'linear-reverse' },
  );
});

describe('equal (eq): a zero target is met by nothing at all; otherwise like a floor', () => {
  runCases([
    [0, '=0起', 10, 10, 'zero target, zero actual'],
    [-0, '=0起', 10, 10, 'negative zero'],
    [1, '=0起', 10, 0, 'zero target, one accident → 0'],
    [0.95, '=100%', 10, 9.5, '95/100 × 10'],
    [1.02, '=100%', 10, 10, 'above an eq target: met (with a deviation flag), capped'],
  ]);

  it('marks the zero target as its own rule', () => {
    expect(scored(1, '=0起', 10)).toMatchObject({ rule: 'equal-zero', verdict: 'not-met' });
    expect(scored(1.02, '=100%', 10).evaluation.deviation).toBe('above');
  });
});

describe('range: inside → w; below as positive; above as reverse', () => {
  runCases([
    [0.93, '90%-95%', 10, 10, 'inside'],
    [0.9, '90%-95%', 10, 10, 'the lower bound'],
    [0.95, '90%-95%', 10, 10, 'the upper bound'],
    [0.81, '90%-95%', 10, 9, 'below: 81/90 × 10'],
    [0.99, '90%-95%', 10, 9.6, 'above: 95/99 × 10 = 9.596 → 9.60'],
  ]);
  runCases([[0.99, '90%-95%', 10, 9.58, 'above, linear: (1 − 4/95) × 10 = 9.578 → 9.58']], { profile: 'linear-reverse' });
});

describe('qualitative: 达成 w, 部分达成 0.7w, 未达成 0.3w without an entered score', () => {
  runCases([
    ['达成', '按时完工为合格', 10, 10, 'met'],
    ['合格', '按时完工为合格', 10, 10, 'its grade meets it'],
    ['按时完工', '按时完工为合格', 10, 10, 'its own words meet it'],
    ['部分达成', '按时完工为合格', 10, 7, 'partial: middle of [6, 8)'],
    ['基本完成', '按时完工为合格', 5, 3.5, 'partial, w 5'],
    ['未达成', '按时完工为合格', 10, 3, 'not met: middle of [0, 6)'],
    ['不合格', '按时完工为合格', 5, 1.5, 'not met, w 5'],
    [true, '是', 10, 10, 'yes'],
    ['良', '在预算指标范围内支出为优', 10, 3, 'a grade below the target grade'],
  ]);

  it('carries the band of its verdict', () => {
    expect(scored('达成', '效果明显', 10)).toMatchObject({ rule: 'qualitative', band: { low: 0.8, high: 1, highInclusive: true } });
    expect(scored('部分达成', '效果明显', 10).band).toEqual({ low: 0.6, high: 0.8, highInclusive: false });
    expect(scored('未达成', '效果明显', 10).band).toEqual({ low: 0, high: 0.6, highInclusive: false });
  });

  describe('bands-80-50', () => {
    runCases(
      [
        ['达成', '效果明显', 10, 10, 'met'],
        ['部分达成', '效果明显', 10, 6.5, 'middle of [5, 8)'],
        ['未达成', '效果明显', 10, 2.5, 'middle of [0, 5)'],
      ],
      { profile: 'bands-80-50' },
    );
    it('moves the band edge to 50%', () => {
      expect(scored('部分达成', '效果明显', 10, { profile: 'bands-80-50' }).band).toEqual({ low: 0.5, high: 0.8, highInclusive: false });
    });
  });
});

describe('an outcome word against a number: no ratio, so the bands apply', () => {
  runCases([
    ['达成', '≥60%', 10, 10, 'met'],
    ['基本达到', '≥60%', 5, 3.5, 'partial, w 5'],
    ['未完成', '≥5个', 10, 3, 'not met'],
  ]);
  it('names the rule', () => {
    expect(scored('基本达到', '≥60%', 5)).toMatchObject({ rule: 'outcome', verdict: 'partial', band: { low: 0.6, high: 0.8 } });
  });
});

describe('deadline: done by the date → w, else 0', () => {
  runCases([
    ['2025年11月20日', '2025年12月底前', 10, 10, 'done before'],
    ['2025年12月31日', '2025年12月底前', 10, 10, 'done on the last day'],
    ['2026年1月5日', '2025年12月底前', 10, 0, 'late'],
    ['已完成', '2025年12月底前', 10, 10, 'in words'],
    ['基本完成', '2025年12月底前', 10, 0, 'not done is not done'],
  ]);
  describe('deadline-bands', () => {
    runCases(
      [
        ['2026年1月5日', '2025年12月底前', 10, 3, 'late: 未达成 band'],
        ['基本完成', '2025年12月底前', 10, 7, 'partial band'],
        ['2025年11月20日', '2025年12月底前', 10, 10, 'done'],
      ],
      { profile: 'deadline-bands' },
    );
  });
});

describe('rounding and capping', () => {
  it('rounds half up to 2 decimals', () => {
    // 1/8 × 9 = 1.125 (banker's rounding would give 1.12); 1/16 × 10.04 = 0.6275 → 0.63.
    expect(scored(1, '≥8个', 9).score).toBe(1.13);
    expect(scored(1, '≥16个', 10.04).score).toBe(0.63);
  });
  it('never goes above the weight or below 0', () => {
    expect(scored(1000, '≥5个', 3).score).toBe(3);
    expect(scored(-2, '≥5个', 3).score).toBe(0);
  });
});

describe('errors are values', () => {
  it.each([[0], [-5], ['abc'], [''], [null], [undefined], [true], [Number.NaN]])('weight %p → WEIGHT_INVALID', (weight) => {
    const result = scoreIndicator(0.6, '≥60%', weight as ActualInput);
    expect(result).toMatchObject({ ok: false, error: { code: 'WEIGHT_INVALID' } });
  });

  it('reads a weight written as text', () => {
    expect(scored(0.45, '≥60%', '10').score).toBe(7.5);
  });

  it('an empty actual is ACTUAL_EMPTY (#N/A in Excel), never a score of 0', () => {
    expect(scoreIndicator(null, '≥60%', 10)).toMatchObject({ ok: false, error: { code: 'ACTUAL_EMPTY', message: '未填写完成值' } });
    expect(scoreIndicator('  ', '≥60%', 10)).toMatchObject({ ok: false, error: { code: 'ACTUAL_EMPTY' } });
  });

  it('passes on the evaluation errors', () => {
    expect(scoreIndicator('3场', '≥5个', 10)).toMatchObject({ ok: false, error: { code: 'UNIT_MISMATCH' } });
    expect(scoreIndicator('很好', '≥5个', 10)).toMatchObject({ ok: false, error: { code: 'ACTUAL_UNREADABLE' } });
    expect(scoreIndicator(5, '≥', 10)).toMatchObject({ ok: false, error: { code: 'MISSING_NUMBER' } });
  });

  it('refuses an unknown profile before anything else', () => {
    expect(scoreIndicator(null, '≥60%', 0, { profile: 'nope' })).toMatchObject({ ok: false, error: { code: 'PROFILE_UNKNOWN' } });
  });

  it('reads a bare amount under 成本 as a ceiling when told the level2', () => {
    // `20万元` under 成本指标 is ≤20万元: 22万元 scores 20/22 × 10 = 9.09.
    expect(scored('22万元', '20万元', 10, { level2: '成本指标' })).toMatchObject({ rule: 'reverse', score: 9.09 });
  });

  it('uses the percent mode', () => {
    expect(scoreIndicator(0.5, '≤0.4%', 10, { percentMode: 'whole' })).toMatchObject({ ok: true, score: { score: 8 } });
    expect(scoreIndicator(0.5, '≥60%', 10, { percentMode: 'bad' })).toMatchObject({ ok: false, error: { code: 'BAD_PERCENT_MODE' } });
  });
});
