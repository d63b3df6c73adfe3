/**
 * 预算规模 on a sheet (DOMAIN.md §1, §8). The arithmetic is core/project/budget's, shared with the
 * wizard; this file adds what only a sheet can get wrong: an unstated amount unit, and parts that
 * were not written or could not be read.
 */
import { budgetIssues } from '../project/budget';
import type { Reporter } from './context';

export function checkBudget(r: Reporter): void {
  const { budget, amountUnit } = r.project;
  if (!r.has('amountUnit')) r.add(r.has('budget.total') ? 'budget.total' : 'table', 'BUDGET_UNIT_MISSING');
  const parts = (['fiscal', 'other', 'carryOver'] as const).filter((f) => r.has(`budget.${f}`));
  // A table with 预算数 alone states no split to check; an unreadable part is reported already.
  const splitStated = parts.length > 0 && !parts.some((f) => r.unreadable(`budget.${f}`));
  for (const issue of budgetIssues(budget, amountUnit)) {
    if (issue.code === 'BUDGET_TOTAL_MISSING' && r.unreadable('budget.total')) continue;
    if (issue.code === 'BUDGET_SUM_MISMATCH' && !splitStated) continue;
    r.add(`budget.${issue.field}`, issue.code, issue.params);
  }
}
