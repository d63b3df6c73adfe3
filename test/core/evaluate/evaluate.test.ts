import { evaluate } from '../../../src/core/evaluate/evaluate';
import { actualFromInput } from '../../../src/core/evaluate/actual';
import type { ActualInput, EvaluateResult } from '../../../src/core/evaluate/types';

/** verdict, rate rounded to 4 places, or the error code: one line per case. */
function outcome(result: EvaluateResult): unknown {
  if (!result.ok) return result.error.code;
  const { verdict, rate } = result.evaluation;
  return rate === undefined ? verdict : [verdict, Math.round(rate * 10000) / 10000];
}

const run = (actual: ActualInput, target: string, percentMode?: string, level2?: string): unknown =>
  outcome(evaluate(actual, target, { percentMode, level2 }));

describe('evaluate: numbers against quantitative targets', () => {
  it.each<[ActualInput, string, unknown]>([
    [65, '≥60个', ['met', 1.0833]],
    [60, '≥60个', ['met', 1]],
    [59.9999, '≥60个', ['not-met', 1]],
    [60, '>60个', ['not-met', 1]],
    [61, '>60个', ['met', 1.0167]],
    [86, '≤86人', ['met', 1]],
    [80, '≤86人', ['met', 1.075]],
    [90, '≤86人', ['not-met', 0.9556]],
    [85, '<86人', ['met', 1.0118]],
    [86, '<86人', ['not-met', 1]],
    [5, '=5个', ['met', 1]],
    [4, '=5个', ['not-met', 0.8]],
    [0, '0起', 'met'],
    [2, '0起', 'not-met'],
    [92, '90%-95%', ['met', 1]],
    [85, '90%-95%', ['not-met', 0.9444]],
    [97, '90%-95%', ['not-met', 0.9794]],
    [6, '较上年提高5%', ['met', 1.2]],
  ])('%j against %s', (actual, target, expected) => {
    expect(run(actual, target)).toEqual(expected);
  });

  it('flags an eq target exceeded: met, with a deviation', () => {
    const result = evaluate(6, '=5个');
    expect(result.ok && result.evaluation).toMatchObject({ verdict: 'met', deviation: 'above' });
  });

  it('compares within a tolerance: 0.57 meets ≥57% although 0.57 × 100 is 56.99999999999999', () => {
    expect(0.57 * 100).not.toBe(57);
    expect(run(0.57, '≥57%')).toEqual(['met', 1]);
    expect(run(0.07, '≤7%')).toEqual(['met', 1]);
    expect(run(0.6, '≥60%')).toEqual(['met', 1]);
  });
});

describe('evaluate: percent modes', () => {
  it.each<[number, string, string | undefined, unknown]>([
    [0.65, '≥60%', undefined, ['met', 1.0833]],
    [65, '≥60%', undefined, ['met', 1.0833]],
    [0.65, '≥60百分比', 'auto', ['met', 1.0833]],
    [0.1, '≤0.4%', undefined, ['met', 4]],
    [1, '≥60%', undefined, ['met', 1.6667]],
    [0, '≥60%', undefined, ['not-met', 0]],
    [0.65, '≥60%', 'fraction', ['met', 1.0833]],
    [65, '≥60%', 'fraction', ['met', 108.3333]],
    [65, '≥60%', 'whole', ['met', 1.0833]],
    [0.65, '≥60%', 'whole', ['not-met', 0.0108]],
    [0.65, '≥60%', '小数', ['met', 1.0833]],
    [65, '≥60%', '整数', ['met', 1.0833]],
    [6, '≥60%', 'auto', 'PERCENT_AMBIGUOUS'],
    [6, '≥60%', 'whole', ['not-met', 0.1]],
    [0.65, '≥60%', 'bogus', 'BAD_PERCENT_MODE'],
  ])('%d against %s in mode %s', (actual, target, mode, expected) => {
    expect(run(actual, target, mode)).toEqual(expected);
  });

  it('names both readings when it cannot choose', () => {
    const result = evaluate(6, '≥60%');
    expect(!result.ok && result.error.message).toBe('完成值 6 可读作 600% 或 6%，无法确定；请写明百分号或指定百分比模式');
  });

  it('says which reading it used', () => {
    const fraction = evaluate(0.65, '≥60%');
    const whole = evaluate(65, '≥60%');
    expect(fraction.ok && fraction.evaluation.percentReading).toBe('fraction');
    expect(whole.ok && whole.evaluation.percentReading).toBe('whole');
  });
});

describe('evaluate: text actuals and units', () => {
  it.each<[ActualInput, string, unknown]>([
    ['97.30%', '≥60百分比', ['met', 1.6217]],
    ['21980人', '≥20000人', ['met', 1.099]],
    ['1093万元', '≥10000000元', ['met', 1.093]],
    ['12万元', '≥11.376万元', ['met', 1.0549]],
    ['0.5亿元', '≤6000万元', ['met', 1.2]],
    ['≥266米', '≥250米', ['met', 1.064]],
    ['1.2公里', '≥1000米', ['met', 1.2]],
    ['3小时', '≤200分钟', ['met', 1.1111]],
    ['65', '≥60%', ['met', 1.0833]],
    ['3场', '≥5个', 'UNIT_MISMATCH'],
    ['5天', '≥5个', 'UNIT_MISMATCH'],
    ['50万元', '≥60%', 'UNIT_MISMATCH'],
    ['6个', '≥5个项目', ['met', 1.2]],
  ])('%j against %s', (actual, target, expected) => {
    expect(run(actual, target)).toEqual(expected);
  });

  it('explains a unit mismatch in Chinese and English', () => {
    const result = evaluate('3场', '≥5个');
    expect(!result.ok && [result.error.message, result.error.messageEn]).toEqual([
      '完成值单位「场」与指标值单位「个」不一致，无法比较',
      'The actual\'s unit "场" does not match the target\'s unit "个"',
    ]);
  });

  it('accepts an outcome stated in words against a number, without a rate', () => {
    expect(run('达成', '≥60%')).toBe('met');
    expect(run('未达成', '≥60%')).toBe('not-met');
  });
});

describe('evaluate: qualitative targets', () => {
  it.each<[ActualInput, string, unknown]>([
    ['达成', '按时完工为合格', 'met'],
    ['达成年度指标', '效果明显', 'met'],
    ['部分达成', '效果明显', 'partial'],
    ['部分达成年度指标并具有一定效果', '效果明显', 'partial'],
    ['基本达到', '效果明显', 'partial'],
    ['基本完成', '效果明显', 'partial'],
    ['未达成年度指标且效果较差', '效果明显', 'not-met'],
    ['未完成', '效果明显', 'not-met'],
    ['合格', '按时完工为合格', 'met'],
    ['不合格', '按时完工为合格', 'not-met'],
    ['按时完工', '按时完工为合格', 'met'],
    ['有效', '有效', 'met'],
    ['优', '优良', 'met'],
    ['良', '优良', 'met'],
    ['中', '优良', 'not-met'],
    ['优', '在预算指标范围内支出为优', 'met'],
    ['良', '在预算指标范围内支出为优', 'not-met'],
    [true, '效果明显', 'met'],
    [false, '效果明显', 'not-met'],
    ['是', '是', 'met'],
    ['否', '是', 'not-met'],
    [false, '否', 'met'],
    [true, '否', 'not-met'],
    [95, '大于90%为优', ['met', 1.0556]],
    [0.85, '大于90%为优', ['not-met', 0.9444]],
    ['效果一般般', '效果明显', 'ACTUAL_UNREADABLE'],
    [42, '效果明显', 'ACTUAL_UNREADABLE'],
  ])('%j against %s', (actual, target, expected) => {
    expect(run(actual, target)).toEqual(expected);
  });

  it('lists the accepted words when it cannot judge', () => {
    const result = evaluate('还行', '效果明显');
    expect(!result.ok && result.error.message).toContain('可填写：达成、部分达成、未达成');
  });
});

describe('evaluate: deadlines', () => {
  it.each<[ActualInput, string, unknown]>([
    [45991, '2025年12月底前', 'met'], // 2025-11-30
    [46022, '2025年12月底前', 'met'], // 2025-12-31
    [46023, '2025年12月底前', 'not-met'], // 2026-01-01
    ['2025年11月20日', '2025年12月底前', 'met'],
    ['2026-01-05', '2025年12月底前', 'not-met'],
    ['2025年6月30日', '2025年6月30日前', 'met'],
    ['2025年7月1日', '2025年6月30日前', 'not-met'],
    ['2025年11月', '12月底前完成', 'met'],
    ['按时完成', '12月底前完成', 'met'],
    [true, '12月底前完成', 'met'],
    ['2024年1月', '2023.07-2024.01', 'met'],
    ['下个月', '12月底前完成', 'ACTUAL_UNREADABLE'],
  ])('%j against %s', (actual, target, expected) => {
    expect(run(actual, target)).toEqual(expected);
  });
});

describe('evaluate: empty actuals and bad targets', () => {
  it.each<ActualInput>([null, undefined, '', '   '])('%j is #N/A 未填写完成值, never a verdict', (actual) => {
    const result = evaluate(actual, '≥60%');
    expect(!result.ok && [result.error.code, result.error.message]).toEqual(['ACTUAL_EMPTY', '未填写完成值']);
  });

  it('passes the parse error of an unreadable target through', () => {
    const result = evaluate(1, '≥abc%');
    expect(!result.ok && result.error.code).toBe('MISSING_NUMBER');
  });

  it('reads a bare amount under 成本 as a ceiling when told the 二级指标', () => {
    expect(run(480, '500万元', undefined, '成本指标')).toEqual(['met', 1.0417]);
    expect(run(520, '500万元', undefined, '成本指标')).toEqual(['not-met', 0.9615]);
    expect(run(520, '500万元')).toEqual(['met', 1.04]);
  });
});

describe('actualFromInput', () => {
  it.each<[string, unknown]>([
    ['', null],
    ['  ', null],
    ['0.65', 0.65],
    ['65', 65],
    ['-3', -3],
    ['1,093', 1093],
    ['TRUE', true],
    ['false', false],
    ['65%', '65%'],
    ['达成', '达成'],
  ])('%j → %j', (typed, expected) => {
    expect(actualFromInput(typed)).toEqual(expected);
  });
});
