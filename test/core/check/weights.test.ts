/** Weights (分值) and entered scores (得分) where a sheet has self-evaluation columns (DOMAIN.md §5, §8). */
import { checkWorkbook, readWorkbook } from '../../../src/core/check';
import { cleanSheet, type Cell } from './sheets';

const HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据', '实际完成值', '分值', '得分'];

/** 50/30/10 as the standard profile splits the 90 points of the indicators. */
const ROWS: Cell[][] = [
  ['产出指标', '数量指标', '开展活动场次', '≥2场', '计划', '3场', 20, 20],
  ['', '质量指标', '验收合格率', '=100%', '标准', '100%', 10, 10],
  ['', '时效指标', '按时完成率', '≥95%', '计划', '96%', 10, 10],
  ['', '成本指标', '项目总成本', '≤17万元', '预算', '16万元', 10, 10],
  ['效益指标', '社会效益指标', '保障工作正常开展', '有效保障', '计划', '达成', 30, 30],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '标准', '92%', 10, 10],
];

const edit = (row: number, column: number, value: Cell): Cell[][] => ROWS.map((r, i) => (i === row ? r.map((v, j) => (j === column ? value : v)) : r));
const found = (rows: Cell[][]): string[] => checkWorkbook([cleanSheet({ header: HEADER, indicators: rows })]).map((f) => `${f.cell} ${f.severity} ${f.code}`);

describe('weights and scores', () => {
  it('reads the self-evaluation columns', () => {
    const [p] = readWorkbook([cleanSheet({ header: HEADER, indicators: ROWS })]).projects;
    expect(p?.selfEval?.weights).toEqual([20, 10, 10, 10, 30, 10]);
    expect(p?.cells['indicators.0.weight']).toBe('G10');
    expect(p?.cells['indicators.0.score']).toBe('H10');
  });

  it('passes weights that make the profile’s 90 (or 100) and scores that follow the rule', () => {
    expect(found(ROWS)).toEqual([]);
  });

  it('reports weights that do not add up, and a 一级 that differs from the profile (an info)', () => {
    expect(found(edit(0, 6, 25))).toEqual(['G10 warning WEIGHT_TOTAL', 'A10 info WEIGHT_LEVEL1', 'H10 warning SCORE_CHECK_DIFFERS'].sort(byCell));
  });

  it('reports a blank or unreadable weight', () => {
    expect(found(edit(1, 6, ''))).toEqual(['G11 warning WEIGHT_MISSING']);
    expect(found(edit(1, 6, '十分'))).toEqual(['G11 warning WEIGHT_INVALID']);
  });

  it('checks entered scores through core/score', () => {
    expect(found(edit(0, 7, 25))).toEqual(['H10 warning SCORE_CHECK_ABOVE_WEIGHT']);
    expect(found(edit(0, 7, 15))).toEqual(['H10 warning SCORE_CHECK_DIFFERS']);
    expect(found(edit(4, 7, 20))).toEqual(['H14 warning SCORE_CHECK_OUT_OF_BAND']); // 达成: 24–30
    expect(found(edit(4, 7, 27))).toEqual([]);
    expect(found(edit(0, 5, ''))).toEqual(['H10 info SCORE_NOT_CHECKED']);
  });

  it('counts 预算执行率’s 分值 when the sheet has one: then all weights make 100', () => {
    const grid = cleanSheet({ header: HEADER, indicators: ROWS });
    grid.rows.splice(8, 0, ['预算执行率', '分值'], ['', 10]);
    expect(checkWorkbook([grid])).toEqual([]);
    grid.rows[9] = ['', 5];
    expect(checkWorkbook([grid]).map((f) => `${f.cell} ${f.code}`)).toEqual(['G12 WEIGHT_TOTAL']);
  });
});

function byCell(a: string, b: string): number {
  const row = (s: string) => Number(/\d+/.exec(s)?.[0]);
  return row(a) - row(b) || a.localeCompare(b);
}
