/**
 * 预算规模 arithmetic (DOMAIN.md §1, §8): 预算数 = 财政资金 + 其他资金 (+ 上年结转), a blank part
 * counting 0, within half a cent of a 万元 (0.005 万元, i.e. 50 元); amounts not negative and with
 * at most 2 decimals. Pure data in, issues (code + parameters) out; the surface words them with
 * `message(code, params)` and takes their severity from core/check's CHECK_CODES.
 */
import type { AmountUnit, Budget } from './types';

export type BudgetField = 'total' | 'fiscal' | 'other' | 'carryOver';

export type BudgetIssueCode = 'BUDGET_TOTAL_MISSING' | 'BUDGET_SUM_MISMATCH' | 'BUDGET_NEGATIVE' | 'BUDGET_DECIMALS';

export interface BudgetIssue {
  /** The amount the issue is about (a mismatch is reported on 预算数). */
  field: BudgetField;
  code: BudgetIssueCode;
  params: Record<string, string | number>;
}

/** DOMAIN.md §8: 0.005 万元 = 50 元. */
export const BUDGET_TOLERANCE: Readonly<Record<AmountUnit, number>> = { 万元: 0.005, 元: 50 };

/** The labels the messages name the amounts by (the table's own words). */
export const BUDGET_LABELS: Readonly<Record<BudgetField, string>> = { total: '预算数', fiscal: '财政资金', other: '其他资金', carryOver: '上年结转' };

/** 财政资金 + 其他资金 + 上年结转, blanks as 0. */
export function budgetParts(budget: Budget): number {
  return (budget.fiscal ?? 0) + (budget.other ?? 0) + (budget.carryOver ?? 0);
}

/**
 * True when 预算数 and the sum of its parts differ by more than the tolerance. The extra 1e-9
 * absorbs binary floating point (17.1 + 0.2 is not 17.3 in doubles).
 */
export function budgetSumDiffers(budget: Budget, unit: AmountUnit): boolean {
  if (budget.total === null || budget.total === undefined) return false;
  return Math.abs(budget.total - budgetParts(budget)) > BUDGET_TOLERANCE[unit] + 1e-9;
}

/** Amounts as a finance officer writes them: two decimals, more only when there are more. */
export function amountText(value: number): string {
  const fixed = value.toFixed(2);
  return Math.abs(Number(fixed) - value) > 1e-9 ? String(value) : fixed;
}

/**
 * Every problem of a budget whose parts are all stated (blank = 0): a missing 预算数, a negative
 * amount, more than 2 decimals, and 预算数 ≠ the sum of its parts. A budget without 上年结转 leaves
 * `carryOver` undefined; null means the table has the column and it is blank.
 */
export function budgetIssues(budget: Budget, unit: AmountUnit): BudgetIssue[] {
  const issues: BudgetIssue[] = [];
  for (const field of ['total', 'fiscal', 'other', 'carryOver'] as const) {
    const value = budget[field];
    if (value === null || value === undefined) continue;
    if (value < 0) issues.push({ field, code: 'BUDGET_NEGATIVE', params: { label: BUDGET_LABELS[field], value: amountText(value) } });
    // 2 decimals is a cent in 元 and 100 元 in 万元: more is a typing or formula slip either way.
    if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) {
      issues.push({ field, code: 'BUDGET_DECIMALS', params: { label: BUDGET_LABELS[field], value: String(value), unit } });
    }
  }
  if (budget.total === null || budget.total === undefined) {
    issues.push({ field: 'total', code: 'BUDGET_TOTAL_MISSING', params: {} });
    return issues;
  }
  if (budgetSumDiffers(budget, unit)) {
    const carry = budget.carryOver;
    issues.push({
      field: 'total',
      code: 'BUDGET_SUM_MISMATCH',
      params: {
        total: amountText(budget.total),
        fiscal: amountText(budget.fiscal ?? 0),
        other: amountText(budget.other ?? 0),
        carry: carry === undefined ? '' : amountText(carry ?? 0),
        sum: amountText(budgetParts(budget)),
        unit,
      },
    });
  }
  return issues;
}
