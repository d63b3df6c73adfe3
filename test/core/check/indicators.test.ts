/**
 * The indicator table (DOMAIN.md §2, §8): completeness, the tree, the 指标值 (through
 * core/target/lint), rates under 数量指标, the 指标值确定依据.
 */
import { checkWorkbook } from '../../../src/core/check';
import { cleanSheet, CLEAN_INDICATORS, HEADER, withIndicator, type Cell } from './sheets';

const found = (indicators: Cell[][]): string[] => checkWorkbook([cleanSheet({ indicators })]).map((f) => `${f.cell} ${f.severity} ${f.code}`);

describe('指标值 (via the target lint)', () => {
  it.each<[Cell[], string[]]>([
    [['', '数量指标', '开展活动场次', '', '', '年度工作计划'], ['E10 error TARGET_MISSING']],
    [['', '数量指标', '开展活动场次', '', '≥abc%', '年度工作计划'], ['E10 error TARGET_UNREADABLE']],
    [['', '数量指标', '开展活动场次', '', '2场', '年度工作计划'], ['E10 warning TARGET_IMPLICIT_OP']],
    [['', '数量指标', '开展活动场次', '', '≥2', '年度工作计划'], ['E10 warning TARGET_NO_UNIT']],
    [['', '数量指标', '安全事故发生率', '', '1%', '年度工作计划'], ['C10 info IND_RATE_UNDER_QUANTITY', 'E10 warning TARGET_IMPLICIT_OP_REVERSE']],
    [['产出指标', '数量指标', '开展活动场次', '', '≥2场', ''], ['F10 info IND_BASIS_MISSING']],
  ])('%j → %j', (row, expected) => {
    const first = row[0] === '' ? ['产出指标', ...row.slice(1)] : row;
    expect(found(withIndicator(0, first))).toEqual(expected);
  });

  it('keeps the lint wording and the character position of an unreadable target', () => {
    const [f] = checkWorkbook([cleanSheet({ indicators: withIndicator(0, ['产出指标', '数量指标', '开展活动场次', '', '≥abc%', '依据']) })]);
    expect(f).toMatchObject({ code: 'TARGET_UNREADABLE', position: 1, field: 'indicators.0.target' });
    expect(f?.message).toContain('指标值无法识别');
  });

  it('reports ≥100% and a rate over 100%', () => {
    expect(found(withIndicator(1, ['', '质量指标', '验收合格率', '', '≥100%', '行业标准']))).toEqual(['E11 warning TARGET_GTE_100_PERCENT']);
    expect(found(withIndicator(1, ['', '质量指标', '验收合格率', '', '≥120%', '行业标准']))).toEqual(['E11 warning TARGET_RATE_OVER_100']);
  });
});

describe('rates under 数量指标 (an info)', () => {
  it.each([
    ['企业开工率、投产率', '≥60%'],
    ['工程质量合格率（%）', '=100%'],
    ['覆盖人群占比', '≥90%'],
    ['培训覆盖面', '≥90%'], // no 率 in the name, but a level in percent
  ])('%s %s', (name, target) => {
    expect(found(withIndicator(0, ['产出指标', '数量指标', name, '', target, '依据']))).toEqual(['C10 info IND_RATE_UNDER_QUANTITY']);
  });

  it('leaves counts and changes alone', () => {
    expect(found(withIndicator(0, ['产出指标', '数量指标', '培训人次', '', '≥200人次', '依据']))).toEqual([]);
    expect(found(withIndicator(0, ['产出指标', '数量指标', '新增企业数', '', '较上年增长5%', '依据']))).toEqual([]);
  });
});

describe('the tree', () => {
  it('reports a 二级 under the wrong 一级 (an error), naming where it belongs', () => {
    const rows = withIndicator(4, ['效益指标', '质量指标', '带动区域经济发展', '', '效果明显', '依据']);
    const findings = checkWorkbook([cleanSheet({ indicators: rows })]);
    expect(findings.map((f) => `${f.cell} ${f.severity} ${f.code}`)).toEqual(['B14 error IND_WRONG_PARENT']);
    expect(findings[0]?.message).toBe('二级指标“质量指标”不属于一级指标“效益指标”，应在“产出指标”下');
  });

  it('accepts the 2021 tree (成本 as a 一级) and the names that vary (环境效益, 项目完成指标, ★)', () => {
    const rows: Cell[][] = [
      ['成本指标', '经济成本指标', '项目总成本', '', '≤17万元', '预算批复'],
      ['项目完成指标', '数量指标', '开展活动场次', '', '≥2场', '计划'],
      ['', '质量指标', '验收合格率', '', '=100%', '标准'],
      ['', '时效指标', '完成时间', '', '2025年12月底前', '计划'],
      ['★项目效益指标', '环境效益指标', '环境改善', '', '明显改善', '计划'],
      ['满意度指标', '社会公众或服务对象满意度指标', '群众满意度', '', '≥90%', '标准'],
    ];
    expect(found(rows)).toEqual([]);
  });

  it('names an unusual 一级 or 二级 once (an info), without calling it wrong', () => {
    const rows = [...CLEAN_INDICATORS.slice(0, 6), ['社会影响', '舆情指标', '负面舆情', '', '0次', '计划'], CLEAN_INDICATORS[6]!];
    expect(found(rows)).toEqual(['A16 info IND_UNKNOWN_LEVEL1', 'B16 info IND_UNKNOWN_LEVEL2', 'E16 warning TARGET_IMPLICIT_OP']);
  });
});

describe('completeness (warnings at the header)', () => {
  it.each<[string, Cell[][], string[]]>([
    ['no 效益', CLEAN_INDICATORS.filter((r, i) => i !== 4 && i !== 5), ['A9 warning IND_NO_EFFECT']],
    ['no 满意度', CLEAN_INDICATORS.slice(0, 6), ['A9 warning IND_NO_SATISFACTION']],
    ['no 时效', CLEAN_INDICATORS.filter((_, i) => i !== 2), ['A9 warning IND_NO_TIMELINESS']],
    ['no 成本', CLEAN_INDICATORS.filter((_, i) => i !== 3), ['A9 warning IND_NO_COST']],
    [
      'no 产出 at all',
      CLEAN_INDICATORS.slice(4),
      ['A9 warning IND_NO_OUTPUT', 'A9 warning IND_NO_QUANTITY', 'A9 warning IND_NO_QUALITY', 'A9 warning IND_NO_TIMELINESS', 'A9 warning IND_NO_COST'],
    ],
    ['no rows', [], ['A9 error IND_NONE']],
  ])('%s', (_, rows, expected) => {
    // The first kept row opens its 一级 group, as a merged cell's top row would.
    const fixed = rows.map((r, i) => (i === 0 && r[0] === '' ? ['产出指标', ...r.slice(1)] : r));
    expect(found(fixed)).toEqual(expected);
  });

  it('reports a row without 二级 or 三级', () => {
    // A blank 二级 repeats the one above (a merged cell copied out of Word).
    expect(found([CLEAN_INDICATORS[0]!, ['', '', '服务人次', '', '≥100人次', '计划'], ...CLEAN_INDICATORS.slice(1)])).toEqual([]);
    // On the first row of a 一级 nothing is there to repeat: the 二级 is missing (and so is 数量).
    expect(found(withIndicator(0, ['产出指标', '', '开展活动场次', '', '≥2场', '计划']))).toEqual(['A9 warning IND_NO_QUANTITY', 'B10 warning IND_LEVEL2_MISSING']);
    expect(found(withIndicator(0, ['产出指标', '数量指标', '', '', '≥2场', '计划']))).toEqual(['C10 warning IND_LEVEL3_MISSING']);
  });

  it('reports missing columns once, at the header', () => {
    const header = HEADER.slice(0, 5);
    const rows = CLEAN_INDICATORS.map((r) => r.slice(0, 5));
    const findings = checkWorkbook([cleanSheet({ header, indicators: rows })]);
    expect(findings.map((f) => `${f.cell} ${f.severity} ${f.code}`)).toEqual(['A9 warning READ_COLUMN_MISSING']);
    expect(findings[0]?.message).toBe('指标表缺少“指标值确定依据”列');
  });
});
