/** 资金支出计划: cumulative, 0–100%, ending at 100%, not far behind the calendar (DOMAIN.md §8). */
import { checkWorkbook } from '../../../src/core/check';
import { cleanSheet, type Cell } from './sheets';

const codes = (plan: Cell[], months?: Cell[]): string[] =>
  checkWorkbook([cleanSheet(months ? { plan, months } : { plan })]).map((f) => `${f.cell} ${f.severity} ${f.code}`);

describe('spend-plan checks', () => {
  it.each<[Cell[], string[]]>([
    [['25%', '50%', '75%', '100%'], []],
    [[0.25, 0.5, 0.75, 1], []], // Excel's percent cells hold fractions
    [['25', '50', '75', '100'], []],
    [['25%', '50%', '75%', '90%'], ['E7 error SPEND_PLAN_LAST_NOT_100']],
    [['25%', '20%', '75%', '100%'], ['C7 error SPEND_PLAN_DECREASING', 'C7 info SPEND_PLAN_BEHIND_TIME']],
    [['25%', '50%', '120%', '100%'], ['D7 error SPEND_PLAN_OUT_OF_RANGE']],
    [['-5%', '50%', '75%', '100%'], ['B7 error SPEND_PLAN_OUT_OF_RANGE']],
    [['25%', '', '75%', '100%'], ['C7 error SPEND_PLAN_VALUE_MISSING']],
    [['25%', '五成', '75%', '100%'], ['C7 error READ_PERCENT_UNREADABLE']],
    [['0%', '10%', '30%', '100%'], ['B7 info SPEND_PLAN_BEHIND_TIME', 'C7 info SPEND_PLAN_BEHIND_TIME', 'D7 info SPEND_PLAN_BEHIND_TIME']],
    [['15%', '30%', '50%', '100%'], []],
  ])('%j → %j', (plan, expected) => {
    expect(codes(plan)).toEqual(expected);
  });

  it('uses core/score/spend-plan wording for its rules', () => {
    const [f] = checkWorkbook([cleanSheet({ plan: ['25%', '20%', '75%', '100%'] })]);
    expect(f?.message).toBe('资金支出计划为累计数，「6月底」的 20% 低于「3月底」的 25%');
    expect(f?.field).toBe('spendPlan.1');
  });

  it('keeps other checkpoints as data (季度, 上半年, 全年)', () => {
    expect(codes(['20%', '50%', '70%', '100%'], ['一季度', '上半年', '三季度末', '全年'])).toEqual([]);
    expect(codes(['50%', '100%'], ['6月末', '12月'])).toEqual([]);
  });

  it('reports a checkpoint label it cannot read, and a plan without checkpoints', () => {
    expect(codes(['25%', '50%', '75%', '100%'], ['3月底', '年中', '10月底', '12月底'])).toEqual(['C6 warning READ_MONTH_UNREADABLE']);
    expect(codes(['', '', '', ''], ['', '', '', ''])).toEqual(['A6 warning READ_SPEND_PLAN_UNREADABLE']);
  });

  it('warns when the table has no spend plan at all', () => {
    const grid = cleanSheet();
    grid.rows.splice(5, 2);
    expect(checkWorkbook([grid]).map((f) => `${f.cell} ${f.code}`)).toEqual(['A1 SPEND_PLAN_MISSING']);
  });
});
