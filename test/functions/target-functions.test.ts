/**
 * PERF.EVAL, STATUS, RATE, PARSE, CHECK and FORMAT as Excel calls them: single cells, ranges that
 * spill, optional arguments left out, and errors as values.
 */
import { installCustomFunctionsRuntime, messageAt, shown } from '../helpers/custom-functions-runtime';
import { seedIndicatorRows } from '../helpers/seed';
import {
  checkTarget,
  evalTarget,
  formatTargetCells,
  parseTargetCells,
  rateTarget,
  statusTarget,
} from '../../src/functions/functions';

beforeAll(installCustomFunctionsRuntime);

const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe('PERF.EVAL', () => {
  it('judges one cell', () => {
    expect(shown(evalTarget([[0.65]], [['≥60%']]))).toEqual([[true]]);
    expect(shown(evalTarget([[0.5]], [['≥60%']]))).toEqual([[false]]);
  });

  it('spills a column of actuals against one target, in one call', () => {
    expect(shown(evalTarget(column(0.65, 0.5, 60, '', '达成'), [['≥60百分比']]))).toEqual(
      column(true, false, true, '#N/A', true),
    );
  });

  it('pairs a column of actuals with a column of targets', () => {
    expect(shown(evalTarget(column(80, 90, '合格'), column('≤86人', '≤86人', '按时完工为合格')))).toEqual(column(true, false, true));
  });

  it('gives #N/A with 未填写完成值 for an empty actual, never FALSE', () => {
    const result = evalTarget([[null]], [['≥60%']]);
    expect(shown(result)).toEqual([['#N/A']]);
    expect(messageAt(result)).toBe('未填写完成值 / No actual value has been entered');
  });

  it('gives #VALUE! with the reason for an unreadable target', () => {
    const result = evalTarget([[1]], [['≥abc%']]);
    expect(shown(result)).toEqual([['#VALUE!']]);
    expect(messageAt(result)).toMatch(/^比较符后缺少数值（第2个字符） \/ A number is missing/);
  });

  it('gives #VALUE! for units of different dimensions', () => {
    const result = evalTarget([['3场']], [['≥5个']]);
    expect(shown(result)).toEqual([['#VALUE!']]);
    expect(messageAt(result)).toContain('不一致');
  });

  it('takes the percent mode and the 二级指标', () => {
    expect(shown(evalTarget([[0.65]], [['≥60%']], [['whole']]))).toEqual([[false]]);
    expect(shown(evalTarget([[0.65]], [['≥60%']], [['整数']]))).toEqual([[false]]);
    expect(shown(evalTarget([[520]], [['500万元']], [[null]], [['成本指标']]))).toEqual([[false]]);
    expect(shown(evalTarget([[520]], [['500万元']]))).toEqual([[true]]);
  });

  it('rejects an unknown percent mode', () => {
    const result = evalTarget([[0.65]], [['≥60%']], [['percent']]);
    expect(shown(result)).toEqual([['#VALUE!']]);
    expect(messageAt(result)).toContain('百分比模式「percent」无效');
  });

  it('reads a number typed as a target as a bare value', () => {
    expect(shown(evalTarget([[5]], [[5]]))).toEqual([[true]]);
  });

  it('fills #N/A where ranges of different sizes do not overlap', () => {
    expect(shown(evalTarget(column(1, 2, 3), column('≥1个', '≥1个')))).toEqual(column(true, true, '#N/A'));
  });

  it('judges the seed: its 43 指标值 against actuals that meet them', () => {
    const rows = seedIndicatorRows();
    const actuals = rows.map((r) => (r.target.includes('≤') ? [80] : r.target.includes('百分比') ? ['100%'] : r.target.endsWith('个') ? ['6个'] : ['达成']));
    const result = shown(evalTarget(actuals, rows.map((r) => [r.target])));
    expect(result).toEqual(rows.map(() => [true]));
  });
});

describe('PERF.STATUS and PERF.RATE', () => {
  it('names the status in Chinese', () => {
    expect(shown(statusTarget(column(0.65, 0.5, '部分达成'), column('≥60%', '≥60%', '效果明显')))).toEqual(
      column('达成', '未达成', '部分达成'),
    );
  });

  it('gives the completion rate, positive and reverse', () => {
    expect(shown(rateTarget(column(90, 80), column('≥60个', '≤86人')))).toEqual(column(1.5, 1.075));
  });

  it('has no rate for a qualitative target (#N/A) or a zero target (#DIV/0!)', () => {
    const result = rateTarget(column('达成', 1), column('按时完工为合格', '≥0个'));
    expect(shown(result)).toEqual(column('#N/A', '#DIV/0!'));
    expect(messageAt(result)).toBe('定性指标没有完成率 / A qualitative target has no completion rate');
  });
});

describe('PERF.PARSE', () => {
  it('returns one row of five cells per target', () => {
    expect(shown(parseTargetCells(column('≥60百分比', '90%-95%', '按时完工为合格', '2025年12月底前', '≥abc%')))).toEqual([
      ['定量', '≥', 60, '', '%'],
      ['区间', '', 90, 95, '%'],
      ['定性', '', '合格', '', ''],
      ['时限', '≤', '2025年12月', '', ''],
      ['#VALUE!', '', '', '', ''],
    ]);
  });
});

describe('PERF.CHECK and PERF.FORMAT', () => {
  it('gives empty text for a well written target and the first problem otherwise', () => {
    expect(shown(checkTarget(column('≥60%', '100百分比', '', '≥abc%')))).toEqual(
      column('', '未写比较符，按「≥」理解；请写明，如 ≥100%', '缺少指标值', '指标值无法识别：比较符后缺少数值（第2个字符）'),
    );
  });

  it('uses the 二级 and 三级 names', () => {
    expect(shown(checkTarget([['20万元']], [['成本指标']])) ).toEqual([['未写比较符，按「≤」理解；请写明，如 ≤20万元']]);
    expect(shown(checkTarget([['2%']], [[null]], [['安全事故发生率']]))[0]?.[0]).toContain('反向指标');
  });

  it('formats to the canonical text', () => {
    expect(shown(formatTargetCells(column('≥60百分比', '不低于 60 ％', '2场以上', '≥abc%')))).toEqual(
      column('≥60%', '≥60%', '≥2场', '#VALUE!'),
    );
  });
});
