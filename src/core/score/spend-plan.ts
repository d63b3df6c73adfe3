/**
 * 资金支出计划 (DOMAIN.md §1, §7): cumulative percentages at checkpoints (the seed's 3月底, 6月底,
 * 10月底, 12月底), kept as data (month → %). One validation serves PERF.PLANNED, PERF.EXECLIGHT,
 * the monitor command and the checker: each checkpoint 0–100%, never falling, the last 100%.
 */
import { compare } from '../evaluate/compare';
import { localizedError, type MessageCode } from '../i18n/messages';
import { formatNumber } from '../target/numbers';
import type { LocalizedError } from '../target/types';
import { readMonth } from './month';
import type { Failure } from './types';
import { isBlank, shown, type Input } from './values';

export interface SpendCheckpoint {
  /** The plan holds at the end of this month (1–12). */
  month: number;
  /** Cumulative percent of the year's budget, 0–100. */
  percent: number;
}

/** Checkpoints in increasing months. */
export type SpendPlan = readonly SpendCheckpoint[];

/** The printed table's checkpoints: 3月底, 6月底, 10月底, 12月底. */
export const DEFAULT_PLAN_MONTHS: readonly number[] = [3, 6, 10, 12];

export type SpendPlanIssueCode = Extract<
  MessageCode,
  'SPEND_PLAN_EMPTY' | 'SPEND_PLAN_OUT_OF_RANGE' | 'SPEND_PLAN_DECREASING' | 'SPEND_PLAN_LAST_NOT_100' | 'SPEND_PLAN_MONTHS_INVALID'
>;

/** One problem of a plan; `index` is the checkpoint's (0-based), so that a checker can point at its cell. */
export interface SpendPlanIssue extends LocalizedError<SpendPlanIssueCode> {
  index: number;
}

const label = (month: number): { zh: string; en: string } => ({ zh: `${month}月底`, en: `the end of month ${month}` });

/** Every problem of a plan, in checkpoint order; an empty list means the plan is valid. */
export function checkSpendPlan(plan: SpendPlan): SpendPlanIssue[] {
  const issues: SpendPlanIssue[] = [];
  const issue = (code: SpendPlanIssueCode, index: number, params: Record<string, string | number>): void => {
    issues.push({ ...localizedError(code, -1, params), index });
  };
  if (plan.length === 0) {
    issue('SPEND_PLAN_EMPTY', -1, {});
    return issues;
  }
  plan.forEach((checkpoint, index) => {
    const { month, percent } = checkpoint;
    const here = label(month);
    const previous = index > 0 ? plan[index - 1] : undefined;
    if (!Number.isInteger(month) || month < 1 || month > 12 || (previous && month <= previous.month)) {
      issue('SPEND_PLAN_MONTHS_INVALID', index, { found: formatNumber(month) });
    }
    if (!inRange(percent)) {
      issue('SPEND_PLAN_OUT_OF_RANGE', index, { label: here.zh, labelEn: here.en, percent: formatNumber(percent) });
    } else if (previous && inRange(previous.percent) && compare(percent, previous.percent) < 0) {
      // A fall from a checkpoint already reported out of range would report the same mistake twice.
      const before = label(previous.month);
      issue('SPEND_PLAN_DECREASING', index, {
        label: here.zh,
        labelEn: here.en,
        percent: formatNumber(percent),
        previousLabel: before.zh,
        previousLabelEn: before.en,
        previous: formatNumber(previous.percent),
      });
    }
  });
  const last = plan[plan.length - 1];
  // Outside 0–100% it is already reported; below 100% the plan never spends the whole budget.
  if (last && compare(last.percent, 100) < 0 && compare(last.percent, 0) >= 0) {
    const here = label(last.month);
    issue('SPEND_PLAN_LAST_NOT_100', plan.length - 1, { label: here.zh, labelEn: here.en, percent: formatNumber(last.percent) });
  }
  return issues;
}

function inRange(percent: number): boolean {
  return compare(percent, 0) >= 0 && compare(percent, 100) <= 0;
}

export type SpendPlanResult = { ok: true; plan: SpendPlan } | Failure;

const PERCENT_TEXT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(%|百分比)$/;
const NUMBER_TEXT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))$/;

/**
 * A plan from cells: `values` are cumulative percentages as `25%` text, or plain numbers read on
 * one scale for the whole plan: fractions when none is above 1 (Excel stores 25% as 0.25, so such a
 * plan ends at 1), whole percents otherwise (25, 50, 75, 100). `months` default to 3, 6, 10, 12 for
 * a plan of four. The first problem is the error; `checkSpendPlan` lists them all.
 */
export function readSpendPlan(values: readonly Input[], months?: readonly Input[] | null): SpendPlanResult {
  if (values.length === 0 || values.every(isBlank)) return { ok: false, error: localizedError('SPEND_PLAN_EMPTY', -1) };
  const monthList = months && months.length > 0 ? months : null;
  if (monthList && monthList.length !== values.length) {
    return { ok: false, error: localizedError('SPEND_PLAN_MONTHS_MISMATCH', -1, { values: values.length, months: monthList.length }) };
  }
  if (!monthList && values.length !== DEFAULT_PLAN_MONTHS.length) {
    return { ok: false, error: localizedError('SPEND_PLAN_MONTHS_NEEDED', -1, { values: values.length }) };
  }
  const checkpointMonths: number[] = [];
  for (const [index, cell] of (monthList ?? DEFAULT_PLAN_MONTHS).entries()) {
    const month = readMonth(cell);
    if (!month.ok) return { ok: false, error: localizedError('SPEND_PLAN_MONTHS_INVALID', -1, { found: shown(cell) || `#${index + 1}` }) };
    checkpointMonths.push(month.value);
  }

  const read = values.map(readPercentCell);
  const plain = read.filter((r): r is { kind: 'plain'; value: number } => r?.kind === 'plain').map((r) => r.value);
  const scale = plain.length > 0 && plain.every((v) => Math.abs(v) <= 1) ? 100 : 1;
  const plan: SpendCheckpoint[] = [];
  for (const [index, r] of read.entries()) {
    const month = checkpointMonths[index] ?? 0;
    if (!r) {
      const here = label(month);
      const found = shown(values[index]) || '（空）';
      return { ok: false, error: localizedError('SPEND_PLAN_NOT_PERCENT', -1, { label: here.zh, labelEn: here.en, found }) };
    }
    plan.push({ month, percent: r.kind === 'plain' ? r.value * scale : r.value });
  }
  const [first] = checkSpendPlan(plan);
  if (first) {
    const { index: _index, ...error } = first;
    return { ok: false, error };
  }
  return { ok: true, plan };
}

function readPercentCell(cell: Input): { kind: 'plain' | 'percent'; value: number } | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'plain', value: cell } : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.normalize('NFKC').replace(/[\s,]/g, '');
  const percent = PERCENT_TEXT.exec(text);
  if (percent) return { kind: 'percent', value: Number(percent[1]) };
  const number = NUMBER_TEXT.exec(text);
  return number ? { kind: 'plain', value: Number(number[1]) } : undefined;
}

/**
 * The planned cumulative percent (0–100) at the end of `month`: linear between checkpoints, from
 * 0% at the start of the year, and the last checkpoint's value after it. The plan must be valid.
 */
export function plannedPercent(plan: SpendPlan, month: number): number {
  let previousMonth = 0;
  let previousPercent = 0;
  for (const checkpoint of plan) {
    if (month <= checkpoint.month) {
      const share = (month - previousMonth) / (checkpoint.month - previousMonth);
      return previousPercent + (checkpoint.percent - previousPercent) * share;
    }
    previousMonth = checkpoint.month;
    previousPercent = checkpoint.percent;
  }
  return previousPercent;
}
