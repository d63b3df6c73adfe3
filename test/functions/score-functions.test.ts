/**
 * PERF.SCORE, SCORECHECK, EXECRATE, EXECSCORE, TOTAL, GRADE, PLANNED, LIGHT, EXECLIGHT and
 * WORSTLIGHT as Excel calls them: single cells, ranges that spill, optional arguments left out
 * (Excel passes null), coercion of what cells hold, and errors as values.
 */
import { installCustomFunctionsRuntime, messageAt, shown } from '../helpers/custom-functions-runtime';
import {
  checkScores,
  executionLights,
  executionRates,
  executionScores,
  gradeTotals,
  indicatorLights,
  plannedPercents,
  scoreIndicators,
  totalScores,
  worstLights,
} from '../../src/functions/functions';
import { toExcelSerial } from '../../src/core/evaluate/dates';

beforeAll(installCustomFunctionsRuntime);

const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const row = (...values: unknown[]): unknown[][] => [values];
const cell = (value: unknown): unknown[][] => [[value]];
const rounded = (matrix: unknown[][], digits = 6): unknown[][] =>
  matrix.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 10 ** digits) / 10 ** digits : v)));

describe('PERF.SCORE', () => {
  it('scores one cell', () => {
    expect(shown(scoreIndicators(cell(0.45), cell('≥60%'), cell(10)))).toEqual([[7.5]]);
  });

  it('spills a column of actuals, targets and weights', () => {
    expect(
      shown(
        scoreIndicators(
          column(0.45, 100, '部分达成', '2026年1月5日', 0, '4个'),
          column('≥60%', '≤86人', '按时完工为合格', '2025年12月底前', '=0起', '≥5个'),
          column(10, 10, 10, 10, 5, 15),
        ),
      ),
    ).toEqual(column(7.5, 8.6, 7, 0, 5, 12));
  });

  it('stretches one target and one weight along a column', () => {
    expect(shown(scoreIndicators(column(0.3, 0.6, 0.9), cell('≥60%'), cell(10)))).toEqual(column(5, 10, 10));
  });

  it('takes the profile, the percent mode and the 二级指标 (null where left out)', () => {
    expect(shown(scoreIndicators(cell(100), cell('≤86人'), cell(10), cell('linear-reverse')))).toEqual([[8.37]]);
    expect(shown(scoreIndicators(cell(100), cell('≤86人'), cell(10), cell('线性反向')))).toEqual([[8.37]]);
    expect(shown(scoreIndicators(cell(0.5), cell('≤0.4%'), cell(10), null as never, cell('whole')))).toEqual([[8]]);
    expect(shown(scoreIndicators(cell('22万元'), cell('20万元'), cell(10), null as never, null as never, cell('成本指标')))).toEqual([[9.09]]);
  });

  it('reads a target typed as a number and a weight typed as text', () => {
    expect(shown(scoreIndicators(cell(45), cell(60), cell('10')))).toEqual([[7.5]]);
  });

  it('gives #N/A with 未填写完成值 for an empty actual', () => {
    const result = scoreIndicators(cell(null), cell('≥60%'), cell(10));
    expect(shown(result)).toEqual([['#N/A']]);
    expect(messageAt(result)).toBe('未填写完成值 / No actual value has been entered');
  });

  it('gives #VALUE! for a weight that is not a positive number, cell by cell', () => {
    const result = scoreIndicators(column(0.6, 0.6, 0.6, 0.6), cell('≥60%'), column(10, 0, -1, '十'));
    expect(shown(result)).toEqual(column(10, '#VALUE!', '#VALUE!', '#VALUE!'));
    expect(messageAt(result, 1)).toBe('分值须为正数，现为「0」 / The weight (分值) must be a positive number, not "0"');
  });

  it('gives one #VALUE! naming the known profiles for an unknown profile', () => {
    const result = scoreIndicators(column(0.6, 0.5), cell('≥60%'), cell(10), cell('河北'));
    expect(shown(result)).toEqual([['#VALUE!']]);
    expect(messageAt(result)).toContain('未知的评分方案「河北」');
    expect(messageAt(result)).toContain('linear-reverse');
  });

  it('passes on an error cell in a range and a size mismatch', () => {
    const result = scoreIndicators(column(0.6, { errorCode: '#DIV/0!' }, 0.6), column('≥60%', '≥60%'), cell(10));
    expect(shown(result)).toEqual(column(10, '#VALUE!', '#N/A'));
  });

  it('gives #VALUE! for an unreadable target and a bad percent mode', () => {
    expect(shown(scoreIndicators(cell(1), cell('≥abc%'), cell(10)))).toEqual([['#VALUE!']]);
    expect(shown(scoreIndicators(cell(1), cell('≥60%'), cell(10), null as never, cell('百分')))).toEqual([['#VALUE!']]);
  });
});

describe('PERF.SCORECHECK', () => {
  it('gives empty text for an allowed score and the reason otherwise', () => {
    expect(
      shown(checkScores(column(8, 7.99, 7.5, 8, 11), column('达成', '达成', 0.45, 0.45, '达成'), column('效果明显', '效果明显', '≥60%', '≥60%', '效果明显'), cell(10))),
    ).toEqual(
      column(
        '',
        '「达成」的得分应在 8–10 分之间，填写的是 7.99；按规则为 10',
        '',
        '得分 8 与按规则计算的 7.5 不一致',
        '得分 11 超过分值 10；按规则为 10',
      ),
    );
  });

  it('uses the profile bands', () => {
    expect(shown(checkScores(cell(5), cell('部分达成'), cell('效果明显'), cell(10), cell('bands-80-50')))).toEqual([['']]);
    expect(shown(checkScores(cell(5), cell('部分达成'), cell('效果明显'), cell(10)))).toEqual([
      ['「部分达成」的得分应在 6–8 分之间（不含 8），填写的是 5；按规则为 7'],
    ]);
  });

  it('gives #N/A for an empty score or actual, #VALUE! for a score that is not a number', () => {
    expect(shown(checkScores(column(null, 8, '八'), column('达成', null, '达成'), cell('效果明显'), cell(10)))).toEqual(column('#N/A', '#N/A', '#VALUE!'));
  });
});

describe('PERF.EXECRATE and PERF.EXECSCORE', () => {
  it('divides spend by budget, a column at a time', () => {
    expect(rounded(shown(executionRates(column(16.5, 37.3, 80), column(17, 37.3, 93))))).toEqual(column(0.970588, 1, 0.860215));
  });

  it('scores with the profile weight when the weight is left out', () => {
    expect(shown(executionScores(column(16.5, 37.3, 80, 40), column(17, 37.3, 93, 35.7)))).toEqual(column(9.71, 10, 8.6, 10));
    expect(shown(executionScores(cell(12), cell(17), null as never, cell('execution-20')))).toEqual([[14.12]]);
    expect(shown(executionScores(cell(12), cell(17), cell(20)))).toEqual([[14.12]]);
  });

  it('gives #N/A for a missing spend and #VALUE! for a budget of 0 or a weight of 0', () => {
    expect(shown(executionRates(column(null, 5), column(17, 0)))).toEqual(column('#N/A', '#VALUE!'));
    expect(shown(executionScores(cell(12), cell(17), cell(0)))).toEqual([['#VALUE!']]);
    const result = executionRates(cell(5), cell(0));
    expect(messageAt(result)).toContain('预算数须为正数');
  });
});

describe('PERF.TOTAL and PERF.GRADE', () => {
  it('adds a column of scores into one number', () => {
    expect(shown(totalScores(column(9.71, 45, 28, 9)))).toEqual([[91.71]]);
  });

  it('rescales to 100 where rows do not apply', () => {
    expect(shown(totalScores(column(10, 45, null, 9), column(10, 50, 30, 10), column(true, '是', '否', '')))).toEqual([[91.43]]);
    // A range across a row works the same.
    expect(shown(totalScores(row(10, 45, null, 9), row(10, 50, 30, 10), row(true, true, false, true)))).toEqual([[91.43]]);
  });

  it('takes a blank weights argument as left out', () => {
    expect(shown(totalScores(column(10, 45), cell(null), cell(null)))).toEqual([[55]]);
  });

  it('gives one #VALUE! with the reason', () => {
    const needsWeights = totalScores(column(10, 45, 9), null as never, column(true, false, true));
    expect(shown(needsWeights)).toEqual([['#VALUE!']]);
    expect(messageAt(needsWeights)).toContain('须给出各行分值');
    expect(shown(totalScores(column(10, 60), column(10, 50)))).toEqual([['#VALUE!']]);
    expect(shown(totalScores(column(10, { errorCode: '#REF!' })))).toEqual([['#VALUE!']]);
  });

  it('grades a column of totals by the profile', () => {
    expect(shown(gradeTotals(column(94.96, 90, 84.53, 60, 59.99)))).toEqual(column('优', '优', '良', '中', '差'));
    expect(shown(gradeTotals(column(90, 80), cell('grade-strict-90')))).toEqual(column('良', '良'));
    expect(shown(gradeTotals(column(80, 70), cell('grade-80-70-60')))).toEqual(column('优', '良'));
  });

  it('gives #VALUE! for a total outside 0–100', () => {
    expect(shown(gradeTotals(column(101, '优')))).toEqual(column('#VALUE!', '#VALUE!'));
  });
});

describe('PERF.PLANNED', () => {
  const seedPlan = row(0.25, 0.5, 0.75, 1);

  it('gives the planned share at the end of each month, linear between checkpoints', () => {
    expect(rounded(shown(plannedPercents(row(1, 3, 6, 7, 10, 11, 12), seedPlan)))).toEqual(
      row(0.083333, 0.25, 0.5, 0.5625, 0.75, 0.875, 1),
    );
  });

  it('reads the plan as whole percents, % text, or a column', () => {
    expect(shown(plannedPercents(cell(7), row(25, 50, 75, 100)))).toEqual([[0.5625]]);
    expect(shown(plannedPercents(cell(7), row('25%', '50%', '75%', '100%')))).toEqual([[0.5625]]);
    expect(shown(plannedPercents(cell(7), column(25, 50, 75, 100)))).toEqual([[0.5625]]);
  });

  it('takes a date or 1-7月 as the month, and other checkpoints', () => {
    expect(shown(plannedPercents(cell(toExcelSerial({ year: 2025, month: 7, day: 31 })), seedPlan))).toEqual([[0.5625]]);
    expect(shown(plannedPercents(cell('1-7月'), seedPlan))).toEqual([[0.5625]]);
    expect(shown(plannedPercents(cell(9), row(40, 100), row(6, 12)))).toEqual([[0.7]]);
  });

  it('reads one plan per row from a block, against a column of months', () => {
    const plans = [
      [25, 50, 75, 100],
      [0, 0, 60, 100],
    ];
    expect(shown(plannedPercents(column(7, 8), plans))).toEqual(column(0.5625, 0.3));
  });

  it('gives #VALUE! for a month outside 1–12 and for a plan that falls or does not end at 100%', () => {
    expect(shown(plannedPercents(row(0, 13, 6.5), seedPlan))).toEqual(row('#VALUE!', '#VALUE!', '#VALUE!'));
    const falling = plannedPercents(cell(7), row(25, 20, 75, 100));
    expect(shown(falling)).toEqual([['#VALUE!']]);
    expect(messageAt(falling)).toContain('「6月底」的 20% 低于「3月底」的 25%');
    const short = plannedPercents(cell(7), row(25, 50, 75, 90));
    expect(messageAt(short)).toContain('应为 100%，现为 90%');
    expect(shown(plannedPercents(cell(null), seedPlan))).toEqual([['#N/A']]);
  });
});

describe('PERF.LIGHT', () => {
  it('colours a column of indicators in July', () => {
    expect(
      shown(
        indicatorLights(
          column(150, 80, 90, '部分达成', 0.4, 0.2),
          column('≥280人次', '≤86人', '≤86人', '效果明显', '≥60%', '≥60%'),
          cell(7),
        ),
      ),
    ).toEqual(column('绿', '绿', '红', '黄', '绿', '红'));
  });

  it('shows an overrun as 蓝, and the boundaries as the upper colour', () => {
    // ≥5个 in June expects 2.5: 1.5 → 60 黄, 2 → 80 绿, 3 → 120 蓝.
    expect(shown(indicatorLights(column(1.49, 1.5, 2, 3), cell('≥5个'), cell(6)))).toEqual(column('红', '黄', '绿', '蓝'));
  });

  it('bands 质量/时效/成本 inside/outside with monitor-inside-outside and the level2 argument', () => {
    expect(shown(indicatorLights(cell(0.96), cell('≥95%'), cell(3), null as never, cell('质量指标')))).toEqual([['蓝']]);
    expect(shown(indicatorLights(cell(0.96), cell('≥95%'), cell(3), cell('monitor-inside-outside'), cell('质量指标')))).toEqual([['绿']]);
  });

  it('gives #N/A for an empty actual, #VALUE! for a bad month', () => {
    expect(shown(indicatorLights(column(null, 2), cell('≥5个'), column(6, 13)))).toEqual(column('#N/A', '#VALUE!'));
  });
});

describe('PERF.EXECLIGHT', () => {
  it('colours execution against time progress', () => {
    // In June: 29.99 → v 59.98 红; 30 → 60 黄; 40 → 80 绿.
    expect(shown(executionLights(column(29.99, 30, 40), cell(100), cell(6)))).toEqual(column('红', '黄', '绿'));
  });

  it('spills [time light, plan light] per row when a plan is given', () => {
    // Seed budgets in July, plan 25/50/75/100: planned 56.25%.
    expect(shown(executionLights(column(7, 30, 20), column(17, 37.3, 93), cell(7), row(25, 50, 75, 100)))).toEqual([
      ['黄', '黄'],
      ['绿', '绿'],
      ['红', '红'],
    ]);
    // A back-loaded plan: behind time (红) but on plan (绿), both shown.
    expect(shown(executionLights(cell(5), cell(100), cell(3), row(0, 0, 60, 100)))).toEqual([['红', '绿']]);
  });

  it('takes one plan per row and the plan months', () => {
    const plans = [
      [25, 50, 75, 100],
      [0, 0, 60, 100],
      [25, 50, 75, null],
    ];
    // June: 30% spent; planned 50% → 60 黄, then 0% → nothing planned yet 绿, then a plan with a gap.
    expect(shown(executionLights(cell(30), cell(100), cell(6), plans))).toEqual([
      ['黄', '黄'],
      ['黄', '绿'],
      ['#VALUE!', '#VALUE!'],
    ]);
    expect(shown(executionLights(cell(30), cell(100), cell(6), row(40, 100), row(6, 12)))).toEqual([['黄', '黄']]);
  });

  it('gives #VALUE! for an invalid plan in both cells of its row', () => {
    expect(shown(executionLights(cell(30), cell(100), cell(6), row(25, 50, 75, 90)))).toEqual([['#VALUE!', '#VALUE!']]);
  });
});

describe('PERF.WORSTLIGHT', () => {
  it('gives the worst colour of a range, skipping blanks', () => {
    expect(shown(worstLights(column('绿', '蓝', null, '黄')))).toEqual([['黄']]);
    expect(shown(worstLights(column('绿', '红', '黄')))).toEqual([['红']]);
    expect(shown(worstLights(column('蓝', '绿')))).toEqual([['绿']]);
    expect(shown(worstLights(column(null, null)))).toEqual([['']]);
  });
  it('gives #VALUE! for a cell that is not a colour', () => {
    expect(shown(worstLights(column('绿', '紫')))).toEqual([['#VALUE!']]);
  });
});
