/**
 * 预算规模 arithmetic (DOMAIN.md §8): 预算数 = 财政资金 + 其他资金 (+ 上年结转) within 0.005 万元
 * (50 元); amounts not negative, at most 2 decimals. Each issue is a code with its parameters.
 */
import { BUDGET_TOLERANCE, amountText, budgetIssues, budgetParts, budgetSumDiffers } from '../../../src/core/project/budget';
import { message } from '../../../src/core/i18n/messages';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import type { AmountUnit, Budget } from '../../../src/core/project/types';

const codes = (budget: Budget, unit: AmountUnit = '万元') => budgetIssues(budget, unit).map((i) => `${i.field}:${i.code}`);

describe('budgetSumDiffers', () => {
  it.each<[string, Budget, AmountUnit, boolean]>([
    ['the seed: 17.00 = 17.00 + blank', { total: 17, fiscal: 17, other: null }, '万元', false],
    ['a blank part counts 0', { total: 17, fiscal: null, other: null }, '万元', true],
    ['within half a cent of a 万元', { total: 17.004, fiscal: 17, other: 0 }, '万元', false],
    ['exactly the tolerance', { total: 17.005, fiscal: 17, other: 0 }, '万元', false],
    ['beyond the tolerance', { total: 17.006, fiscal: 17, other: 0 }, '万元', true],
    ['binary noise is no difference', { total: 17.3, fiscal: 17.1, other: 0.2 }, '万元', false],
    ['with 上年结转', { total: 20, fiscal: 15, other: 2, carryOver: 3 }, '万元', false],
    ['元: 50 元 tolerance', { total: 170_050, fiscal: 170_000, other: null }, '元', false],
    ['元: 51 元 is a difference', { total: 170_051, fiscal: 170_000, other: null }, '元', true],
    ['no 预算数: nothing to compare', { total: null, fiscal: 17, other: null }, '万元', false],
  ])('%s', (_name, budget, unit, differs) => {
    expect(budgetSumDiffers(budget, unit)).toBe(differs);
  });

  it('has the tolerances of DOMAIN.md §8', () => {
    expect(BUDGET_TOLERANCE).toEqual({ 万元: 0.005, 元: 50 });
    expect(budgetParts({ total: 1, fiscal: 1, other: 2, carryOver: 3 })).toBe(6);
  });
});

describe('budgetIssues', () => {
  it('finds nothing in the seed', () => {
    for (const p of SEED_PROJECTS) expect(budgetIssues(p.budget, p.amountUnit)).toEqual([]);
  });

  it.each<[string, Budget, string[]]>([
    ['a missing 预算数', { total: null, fiscal: 17, other: null }, ['total:BUDGET_TOTAL_MISSING']],
    ['a wrong sum, on 预算数', { total: 17, fiscal: 10, other: 5 }, ['total:BUDGET_SUM_MISMATCH']],
    ['a negative part', { total: 7, fiscal: 10, other: -3 }, ['other:BUDGET_NEGATIVE']],
    ['three decimals', { total: 17.001, fiscal: 17.001, other: null }, ['total:BUDGET_DECIMALS', 'fiscal:BUDGET_DECIMALS']],
  ])('reports %s', (_name, budget, expected) => {
    expect(codes(budget)).toEqual(expected);
  });

  it('gives the catalog what it needs to word a mismatch', () => {
    const [issue] = budgetIssues({ total: 17, fiscal: 10, other: null, carryOver: 2 }, '万元');
    expect(message(issue!.code, issue!.params).message).toBe('预算数 17.00 不等于 财政资金 10.00 + 其他资金 0.00 + 上年结转 2.00 = 12.00（万元）');
  });

  it.each([
    [17, '17.00'],
    [0.1 + 0.2, '0.30'],
    [17.125, '17.125'],
  ])('writes %s as %s', (value, text) => {
    expect(amountText(value)).toBe(text);
  });
});
