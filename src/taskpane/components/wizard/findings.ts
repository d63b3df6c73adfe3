/**
 * The core's findings for what the wizard holds, each tied to the field it is about, so that a
 * step shows it next to that field. No rule is written here: the budget arithmetic is
 * core/project/budget, the spend plan core/score/spend-plan, the 项目编码 core/check/code, the
 * 指标值 core/target/lint; severities come from core/check's code table.
 */
import { CHECK_CODES } from '../../../core/check/codes';
import { checkCodeText } from '../../../core/check/code';
import { message, type MessageCode } from '../../../core/i18n/messages';
import { budgetIssues } from '../../../core/project/budget';
import { checkSpendPlan } from '../../../core/score/spend-plan';
import { lintTarget, type Severity } from '../../../core/target/lint';
import type { ReadDraft, StepId } from './draft';

export interface FieldFinding {
  /** `code`, `budget.total`, `spendPlan.2`, `indicators.4.target` … */
  field: string;
  step: StepId;
  severity: Severity;
  code: string;
  message: string;
  messageEn: string;
}

/**
 * Codes that only say a value is not there yet: shown once the user has left the step (or on the
 * preview), not while they are still filling it in from the top.
 */
const MISSING_CODES: ReadonlySet<string> = new Set([
  'CODE_MISSING',
  'REGISTER_YEAR_MISSING',
  'BUDGET_TOTAL_MISSING',
  'SPEND_PLAN_VALUE_MISSING',
  'IND_NONE',
  'IND_LEVEL2_MISSING',
  'IND_LEVEL3_MISSING',
  'TARGET_MISSING',
]);

/** The step that edits a field. */
export function stepOfField(field: string): StepId {
  const head = field.split('.')[0] ?? '';
  if (head === 'budget' || head === 'fundUse' || head === 'spendPlan') return 'budget';
  if (head === 'goals') return 'goals';
  if (head === 'indicators') return 'indicators';
  return 'basic';
}

/** A code's severity in the checker's table; reading problems (a word where a number goes) are errors. */
function severityOf(code: string): Severity {
  const spec = (CHECK_CODES as Record<string, { severity: Severity } | undefined>)[code];
  return spec?.severity ?? 'error';
}

function worded(field: string, code: MessageCode, params: Record<string, string | number> = {}): FieldFinding {
  return { field, step: stepOfField(field), severity: severityOf(code), code, ...message(code, params) };
}

/** Every finding for the draft as read, in step and field order. */
export function draftFindings(read: ReadDraft): FieldFinding[] {
  const { project, unread, spendIndices } = read;
  const out: FieldFinding[] = unread.map((u) => worded(u.field, u.code, u.params));

  for (const issue of checkCodeText(project.code, project.year > 0 ? project.year : undefined)) {
    out.push(worded('code', issue.code, issue.params));
  }

  const unreadBudget = new Set(unread.filter((u) => u.field.startsWith('budget.')).map((u) => u.field));
  // An amount that could not be read is reported once, as unreadable, not again as missing or as a wrong sum.
  if (unreadBudget.size === 0) {
    for (const issue of budgetIssues(project.budget, project.amountUnit)) out.push(worded(`budget.${issue.field}`, issue.code, issue.params));
  }

  // A blank or unreadable checkpoint is reported on its own; checking the rest would call the plan falling.
  if (!unread.some((u) => u.field.startsWith('spendPlan.'))) {
    for (const issue of checkSpendPlan(project.spendPlan)) {
      const index = issue.index >= 0 ? spendIndices[issue.index] : undefined;
      const field = index === undefined ? 'spendPlan' : `spendPlan.${index}`;
      out.push({ field, step: 'budget', severity: severityOf(issue.code), code: issue.code, message: issue.message, messageEn: issue.messageEn });
    }
  }

  if (project.indicators.length === 0) out.push(worded('indicators', 'IND_NONE'));
  project.indicators.forEach((row, i) => {
    const base = `indicators.${i}`;
    if (row.level2.trim() === '') out.push(worded(`${base}.level2`, 'IND_LEVEL2_MISSING'));
    if (row.level3.trim() === '') out.push(worded(`${base}.level3`, 'IND_LEVEL3_MISSING'));
    for (const f of lintTarget(row.target, { level1: row.level1, level2: row.level2, level3: row.level3 })) {
      out.push({ field: `${base}.target`, step: 'indicators', severity: f.severity, code: f.code, message: f.message, messageEn: f.messageEn });
    }
  });
  return out;
}

/** The findings a step shows: all of them, except "not filled in yet" on a step not yet left. */
export function visibleFindings(findings: readonly FieldFinding[], left: readonly StepId[]): FieldFinding[] {
  return findings.filter((f) => !MISSING_CODES.has(f.code) || left.includes(f.step));
}

/** The findings about one field. */
export function findingsFor(findings: readonly FieldFinding[], field: string): FieldFinding[] {
  return findings.filter((f) => f.field === field);
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(findings: readonly FieldFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
