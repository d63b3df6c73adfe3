/**
 * 资金支出计划 (DOMAIN.md §1, §8). The rules (0–100%, never falling, ending at 100%) are
 * core/score/spend-plan's `checkSpendPlan`, shared with monitoring; this file points its issues at
 * cells and adds two checks of the sheet: the plan is there, and it is not far behind the calendar.
 */
import { checkSpendPlan } from '../score/spend-plan';
import { formatNumber } from '../target/numbers';
import type { Reporter } from './context';

/** An info when a checkpoint plans less than this share of the time elapsed (§8: "far behind"). */
const BEHIND_SHARE = 0.5;

export function checkSpendPlanCells(r: Reporter): void {
  if (!r.has('spendPlan')) {
    // Only forms with a 资金支出计划 part can lack one.
    if (r.context.family?.parts.spendPlan ?? true) r.add('table', 'SPEND_PLAN_MISSING');
    return;
  }
  // A blank or unreadable checkpoint is reported by the reader; checking the rest would call a
  // plan with a hole "decreasing" or "not ending at 100%".
  if (r.unreadable('spendPlan')) return;
  const plan = r.project.spendPlan;
  if (plan.length === 0) return;
  for (const issue of checkSpendPlan(plan)) {
    const field = issue.index >= 0 ? `spendPlan.${issue.index}` : 'spendPlan';
    r.addWorded(field, issue.code, issue);
  }
  plan.forEach((checkpoint, index) => {
    if (checkpoint.month >= 12) return;
    const share = (checkpoint.month / 12) * 100;
    if (checkpoint.percent >= 0 && checkpoint.percent < share * BEHIND_SHARE) {
      r.add(`spendPlan.${index}`, 'SPEND_PLAN_BEHIND_TIME', {
        label: `${checkpoint.month}月底`,
        percent: formatNumber(checkpoint.percent),
        share: formatNumber(Math.round(share * 10) / 10),
      });
    }
  });
}
