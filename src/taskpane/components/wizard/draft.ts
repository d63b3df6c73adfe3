/**
 * What the wizard holds while the user types: the Project's fields as text (so that `17.` or
 * `25%` can be typed on the way to a number), and the step they are on. `readDraft` turns it
 * into a Project for the layout and the checks, with every field it could not read.
 */
import type { MessageCode } from '../../../core/i18n/messages';
import type { TreeId } from '../../../core/project/catalog';
import { BUDGET_LABELS, type BudgetField } from '../../../core/project/budget';
import { DEFAULT_SPEND_MONTHS, type AmountUnit, type Budget, type IndicatorRow, type Project, type SpendCheckpoint } from '../../../core/project/types';
import { readAmount } from '../../../core/read/register';

export type StepId = 'basic' | 'budget' | 'goals' | 'indicators' | 'preview' | 'generate';

/** The wizard's steps, in order. */
export const STEPS: readonly StepId[] = ['basic', 'budget', 'goals', 'indicators', 'preview', 'generate'];

/** An indicator row with a stable id, so that a row keeps its inputs while rows move. */
export interface DraftIndicator extends IndicatorRow {
  id: number;
}

export interface DraftCheckpoint {
  month: number;
  /** Cumulative percent as typed (`25`, `25%`). */
  percent: string;
}

export interface DraftBudget {
  total: string;
  fiscal: string;
  other: string;
  /** null: the table has no 上年结转 column. */
  carryOver: string | null;
}

export interface WizardDraft {
  unitCode: string;
  unitName: string;
  year: string;
  amountUnit: AmountUnit;
  code: string;
  name: string;
  budget: DraftBudget;
  fundUse: string;
  spendPlan: DraftCheckpoint[];
  goals: string;
  tree: TreeId;
  indicators: DraftIndicator[];
}

/** The seed's even plan, 25/50/75/100 at 3, 6, 10, 12月底: a start the user edits. */
const EVEN_PLAN: readonly string[] = ['25', '50', '75', '100'];

export function emptyDraft(year: number): WizardDraft {
  return {
    unitCode: '',
    unitName: '',
    year: String(year),
    amountUnit: '万元',
    code: '',
    name: '',
    budget: { total: '', fiscal: '', other: '', carryOver: null },
    fundUse: '',
    spendPlan: DEFAULT_SPEND_MONTHS.map((month, i) => ({ month, percent: EVEN_PLAN[i] ?? '' })),
    goals: '',
    tree: 'classic',
    indicators: [],
  };
}

/** A field the draft could not read, worded by the core's message catalog. */
export interface UnreadField {
  /** The field path the findings use (`year`, `budget.total`, `spendPlan.2`). */
  field: string;
  code: MessageCode;
  params: Record<string, string | number>;
}

export interface ReadDraft {
  project: Project;
  unread: UnreadField[];
  /** Spend-plan checkpoints that were read, with the index each has in the draft. */
  spendIndices: number[];
}

/** Text as typed, NFKC (full-width digits and ％ become plain), trimmed. */
function clean(text: string): string {
  return text.normalize('NFKC').trim();
}

function readYear(text: string, unread: UnreadField[]): number {
  const value = clean(text).replace(/年$/, '');
  if (/^\d{4}$/.test(value)) return Number(value);
  unread.push({ field: 'year', code: value === '' ? 'REGISTER_YEAR_MISSING' : 'REGISTER_BAD_YEAR', params: { found: value } });
  return 0;
}

function readBudget(draft: DraftBudget, unread: UnreadField[]): Budget {
  const read = (field: BudgetField, text: string): number | null => {
    const value = readAmount(clean(text));
    if (value !== undefined) return value;
    unread.push({ field: `budget.${field}`, code: 'REGISTER_BAD_AMOUNT', params: { column: BUDGET_LABELS[field], found: clean(text) } });
    return null;
  };
  const budget: Budget = { total: read('total', draft.total), fiscal: read('fiscal', draft.fiscal), other: read('other', draft.other) };
  if (draft.carryOver !== null) budget.carryOver = read('carryOver', draft.carryOver);
  return budget;
}

/** `25`, `25%`, `25百分比` → 25; blank → null; anything else → undefined. */
function readPercent(text: string): number | null | undefined {
  const value = clean(text).replace(/(%|百分比)$/, '');
  if (value === '') return clean(text) === '' ? null : undefined;
  return readAmount(value) ?? undefined;
}

function readSpendPlan(draft: readonly DraftCheckpoint[], unread: UnreadField[]): { plan: SpendCheckpoint[]; indices: number[] } {
  const plan: SpendCheckpoint[] = [];
  const indices: number[] = [];
  draft.forEach((checkpoint, index) => {
    const label = { label: `${checkpoint.month}月底`, labelEn: `the end of month ${checkpoint.month}` };
    const percent = readPercent(checkpoint.percent);
    if (percent === null) unread.push({ field: `spendPlan.${index}`, code: 'SPEND_PLAN_VALUE_MISSING', params: label });
    else if (percent === undefined) unread.push({ field: `spendPlan.${index}`, code: 'SPEND_PLAN_NOT_PERCENT', params: { ...label, found: clean(checkpoint.percent) } });
    else {
      plan.push({ month: checkpoint.month, percent });
      indices.push(index);
    }
  });
  return { plan, indices };
}

/** The draft as a Project (what cannot be read is left blank) and the fields that could not be read. */
export function readDraft(draft: WizardDraft): ReadDraft {
  const unread: UnreadField[] = [];
  const year = readYear(draft.year, unread);
  const budget = readBudget(draft.budget, unread);
  const { plan, indices } = readSpendPlan(draft.spendPlan, unread);
  const project: Project = {
    unitCode: draft.unitCode.trim(),
    unitName: draft.unitName.trim(),
    year,
    amountUnit: draft.amountUnit,
    code: draft.code.trim(),
    name: draft.name.trim(),
    budget,
    fundUse: draft.fundUse.trim(),
    spendPlan: plan,
    goals: draft.goals.trim(),
    indicators: draft.indicators.map(({ id: _id, ...row }) => row),
  };
  return { project, unread, spendIndices: indices };
}
