/** 预算规模: 预算数 = 财政资金 + 其他资金 (+ 上年结转), amounts, and the unit (DOMAIN.md §8). */
import { checkWorkbook } from '../../../src/core/check';
import { cleanSheet, cleanSpec, specRows } from './sheets';

const codes = (grid = cleanSheet()): string[] => checkWorkbook([grid]).map((f) => `${f.cell} ${f.code}`);

describe('budget checks', () => {
  it('passes a clean table (blank 其他资金 is 0)', () => {
    expect(checkWorkbook([cleanSheet()])).toEqual([]);
  });

  it.each([
    ['17.00', '15.00', '2.00', []],
    ['17.00', '17.004', '', ['E4 BUDGET_DECIMALS']], // within 0.005 万元, but three decimals
    ['17.00', '16.00', '', ['C4 BUDGET_SUM_MISMATCH']],
    ['17.00', '', '', ['C4 BUDGET_SUM_MISMATCH']],
    ['17.00', '17.01', '', ['C4 BUDGET_SUM_MISMATCH']],
    ['', '17.00', '', ['C4 BUDGET_TOTAL_MISSING']],
    ['-17.00', '-17.00', '', ['C4 BUDGET_NEGATIVE', 'E4 BUDGET_NEGATIVE']],
    ['17.001', '17.001', '', ['C4 BUDGET_DECIMALS', 'E4 BUDGET_DECIMALS']],
    ['17', 17, null, []],
    ['1,017.00', '1017', '—', []],
  ])('预算数 %s = 财政 %s + 其他 %s → %j', (total, fiscal, other, expected) => {
    expect(codes(cleanSheet({ total, fiscal, other }))).toEqual(expected);
  });

  it('says how the sum fails, in Chinese and English', () => {
    const [f] = checkWorkbook([cleanSheet({ total: '17.00', fiscal: '15.00', other: '1.50' })]);
    expect(f).toMatchObject({
      sheet: '项目1',
      cell: 'C4',
      severity: 'error',
      code: 'BUDGET_SUM_MISMATCH',
      message: '预算数 17.00 不等于 财政资金 15.00 + 其他资金 1.50 = 16.50（万元）',
      messageEn: 'The budget 17.00 is not 财政资金 15.00 + 其他资金 1.50 = 16.50 (万元)',
      field: 'budget.total',
      project: '13020925P00066510001J',
    });
  });

  it('reports an amount that is not a number where it is, and not again as a mismatch', () => {
    const found = checkWorkbook([cleanSheet({ fiscal: '十七万' })]);
    expect(found.map((f) => `${f.cell} ${f.severity} ${f.code}`)).toEqual(['E4 error READ_AMOUNT_UNREADABLE']);
    expect(found[0]?.message).toBe('财政资金“十七万”不是数值');
  });

  it('warns when no amount unit is stated, and reads 元 tables with a 50 元 tolerance', () => {
    expect(codes(cleanSheet({ unitLine: ['808001测试单位本级'] }))).toEqual(['C4 BUDGET_UNIT_MISSING']);
    const yuan = cleanSheet({ unitLine: ['808001测试单位本级', '单位：元'], total: '170000.00', fiscal: '169960.00', other: '' });
    expect(codes(yuan)).toEqual([]);
    expect(codes(cleanSheet({ unitLine: ['808001测试单位本级', '单位：元'], total: '170000.00', fiscal: '169900.00' }))).toEqual(['C4 BUDGET_SUM_MISMATCH']);
  });

  it('takes the unit from the amounts themselves when the header states none', () => {
    expect(codes(cleanSheet({ unitLine: ['808001测试单位本级'], total: '170000元', fiscal: '170000元' }))).toEqual([]);
  });

  it('adds 上年结转 where the table has it', () => {
    const spec = cleanSpec({ total: '20.00', fiscal: '17.00' });
    const rows = specRows(spec);
    rows[3] = [...rows[3]!, '上年结转', '3.00'];
    expect(checkWorkbook([{ sheet: 'x', rows }])).toEqual([]);
    rows[3] = [...rows[3]!.slice(0, 7), '上年结转', '2.00'];
    expect(checkWorkbook([{ sheet: 'x', rows }]).map((f) => f.message)).toEqual(['预算数 20.00 不等于 财政资金 17.00 + 其他资金 0.00 + 上年结转 2.00 = 19.00（万元）']);
  });
});
