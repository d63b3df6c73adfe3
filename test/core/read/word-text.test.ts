import { readWordText } from '../../../src/core/read/word-text';
import { SEED_TEXT, seedIndicatorRows } from '../../helpers/seed';

describe('readWordText', () => {
  const seed = readWordText(SEED_TEXT);

  it('finds the five project tables of the seed with their titles', () => {
    expect(seed.tables).toHaveLength(5);
    expect(seed.tables.map((t) => t.title)).toEqual([
      '1.2025年安全生产、综治维稳工作安排绩效目标表',
      '2.2025年科技创新及重点项目建设专项经费绩效目标表',
      '3.2025年园区开发建设专项经费绩效目标表',
      '4.2025年园区区域环境治理工作安排绩效目标表',
      '5.2025年招商引资专项经费绩效目标表',
    ]);
  });

  it('reads each row as its cells, merged cells empty', () => {
    const first = seed.tables[0]!;
    expect(first.rows[0]).toEqual(['808001中日唐山曹妃甸生态工业园管理委员会本级', '单位：万元']);
    expect(first.rows[1]).toEqual(['项目编码', '13020925P00066510001J', '项目名称', '2025年安全生产、综治维稳工作安排']);
    expect(first.rows[2]?.slice(0, 6)).toEqual(['预算规模及资金用途', '预算数', '17.00', '其中：财政    资金', '17.00', '其他资金']);
    expect(first.rows.find((r) => r[0] === '资金支出计划（%）')).toEqual(['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底']);
  });

  it('keeps the line number of each row', () => {
    const first = seed.tables[0]!;
    const codeRow = first.rows.findIndex((r) => r[0] === '项目编码');
    expect(SEED_TEXT.split('\n')[first.lines[codeRow]! - 1]).toBe('\t项目编码');
  });

  it('keeps the department text as paragraphs', () => {
    expect(seed.paragraphs.some((p) => p.includes('全年举办招商引资活动2场以上'))).toBe(true);
  });

  it('yields 43 indicator rows, 9+9+7+9+9, each with a 指标值', () => {
    const rows = seedIndicatorRows();
    expect([1, 2, 3, 4, 5].map((t) => rows.filter((r) => r.table === t).length)).toEqual([9, 9, 7, 9, 9]);
    expect(rows.every((r) => r.target !== '')).toBe(true);
    expect(rows.filter((r) => r.level1 === '满意度指标')).toHaveLength(5);
  });

  it('reads an empty text and a text without tables', () => {
    expect(readWordText('')).toEqual({ paragraphs: [], tables: [] });
    expect(readWordText('只有一段文字').tables).toEqual([]);
  });
});
