/**
 * 预算规模 (DOMAIN.md §1, §8): 预算数 = 财政资金 + 其他资金 (+ 上年结转), blank = 0, within half a
 * cent of a 万元; amounts not negative, at most 2 decimals; the unit stated.
 */
import type { Reporter } from './context';

/** DOMAIN.md §8: 0.005 万元, i.e. 50 元. The extra 1e-9 absorbs binary floating point. */
const TOLERANCE = { 万元: 0.005, 元: 50 } as const;

const NAMES = { total: '预算数', fiscal: '财政资金', other: '其他资金', carryOver: '上年结转' } as const;

export function checkBudget(r: Reporter): void {
  const { budget, amountUnit } = r.project;
  if (!r.has('amountUnit')) r.add(r.has('budget.total') ? 'budget.total' : 'table', 'BUDGET_UNIT_MISSING');

  for (const field of ['total', 'fiscal', 'other', 'carryOver'] as const) {
    const value = budget[field];
    if (value === null || value === undefined) continue;
    const path = `budget.${field}`;
    if (value < 0) r.add(path, 'BUDGET_NEGATIVE', { label: NAMES[field], value: show(value) });
    // 2 decimals is a cent in 元 and 100 元 in 万元: more is a typing or formula slip either way.
    if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) {
      r.add(path, 'BUDGET_DECIMALS', { label: NAMES[field], value: String(value), unit: amountUnit });
    }
  }

  if (budget.total === null || budget.total === undefined) {
    if (!r.unreadable('budget.total')) r.add('budget.total', 'BUDGET_TOTAL_MISSING');
    return;
  }
  const parts = (['fiscal', 'other', 'carryOver'] as const).filter((f) => r.has(`budget.${f}`));
  // A table with 预算数 alone states no split to check; an unreadable part is reported already.
  if (parts.length === 0 || parts.some((f) => r.unreadable(`budget.${f}`))) return;
  const fiscal = budget.fiscal ?? 0;
  const other = budget.other ?? 0;
  const carry = budget.carryOver ?? 0;
  const sum = fiscal + other + carry;
  if (Math.abs(budget.total - sum) > TOLERANCE[amountUnit] + 1e-9) {
    r.add('budget.total', 'BUDGET_SUM_MISMATCH', {
      total: show(budget.total),
      fiscal: show(fiscal),
      other: show(other),
      carry: r.has('budget.carryOver') ? show(carry) : '',
      sum: show(sum),
      unit: amountUnit,
    });
  }
}

/** Amounts as a finance officer writes them: two decimals, more only when there are more. */
function show(value: number): string {
  const fixed = value.toFixed(2);
  return Math.abs(Number(fixed) - value) > 1e-9 ? String(value) : fixed;
}
