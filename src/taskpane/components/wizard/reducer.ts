/**
 * The wizard's state and every change the user can make to it, as one reducer: the components
 * dispatch what happened, this decides what the draft becomes.
 */
import { treeInsertIndex, type Catalog, type TreeId } from '../../../core/project/catalog';
import type { AmountUnit, IndicatorRow } from '../../../core/project/types';
import { STEPS, emptyDraft, type DraftBudget, type StepId, type WizardDraft } from './draft';
import type { RememberedUnit } from './unit-memory';

export interface WizardState {
  draft: WizardDraft;
  step: StepId;
  /** Steps the user has left at least once: only there are missing values called missing. */
  left: readonly StepId[];
  /** The next indicator id. */
  nextId: number;
}

export type TextField = 'unitCode' | 'unitName' | 'year' | 'code' | 'name' | 'fundUse' | 'goals';

export type WizardAction =
  | { type: 'text'; field: TextField; value: string }
  | { type: 'amountUnit'; value: AmountUnit }
  | { type: 'budget'; field: keyof DraftBudget; value: string }
  | { type: 'carryOver'; on: boolean }
  | { type: 'checkpointPercent'; index: number; value: string }
  | { type: 'checkpointMonth'; index: number; month: number }
  | { type: 'addCheckpoint' }
  | { type: 'removeCheckpoint'; index: number }
  | { type: 'tree'; tree: TreeId }
  /**
   * With `inTreeOrder` (the catalog of the 指标库), each row goes into its place in the tree's order
   * (after its 二级 group); without, at the end (a blank row, where the user is looking).
   */
  | { type: 'addIndicators'; rows: readonly IndicatorRow[]; inTreeOrder?: Catalog }
  | { type: 'editIndicator'; id: number; patch: Partial<IndicatorRow> }
  | { type: 'moveIndicator'; id: number; by: -1 | 1 }
  | { type: 'removeIndicator'; id: number }
  | { type: 'goTo'; step: StepId }
  | { type: 'rememberedUnit'; unit: RememberedUnit }
  | { type: 'nextProject' };

export function initialWizardState(year: number): WizardState {
  return { draft: emptyDraft(year), step: 'basic', left: [], nextId: 1 };
}

function withDraft(state: WizardState, draft: Partial<WizardDraft>): WizardState {
  return { ...state, draft: { ...state.draft, ...draft } };
}

/** A month for a new checkpoint: after the last one, else the first month not yet used. */
function freeMonth(months: readonly number[]): number | undefined {
  const last = Math.max(0, ...months);
  if (last < 12) return last + 1;
  for (let month = 1; month <= 12; month += 1) if (!months.includes(month)) return month;
  return undefined;
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  const { draft } = state;
  switch (action.type) {
    case 'text':
      return withDraft(state, { [action.field]: action.value });
    case 'amountUnit':
      return withDraft(state, { amountUnit: action.value });
    case 'budget':
      return withDraft(state, { budget: { ...draft.budget, [action.field]: action.value } });
    case 'carryOver':
      return withDraft(state, { budget: { ...draft.budget, carryOver: action.on ? draft.budget.carryOver ?? '' : null } });
    case 'checkpointPercent':
      return withDraft(state, { spendPlan: draft.spendPlan.map((c, i) => (i === action.index ? { ...c, percent: action.value } : c)) });
    case 'checkpointMonth': {
      // Kept in month order, as the table prints them; two equal months are the core's to report.
      const plan = draft.spendPlan.map((c, i) => (i === action.index ? { ...c, month: action.month } : c));
      return withDraft(state, { spendPlan: [...plan].sort((a, b) => a.month - b.month) });
    }
    case 'addCheckpoint': {
      const month = freeMonth(draft.spendPlan.map((c) => c.month));
      if (month === undefined) return state;
      return withDraft(state, { spendPlan: [...draft.spendPlan, { month, percent: '' }].sort((a, b) => a.month - b.month) });
    }
    case 'removeCheckpoint':
      return withDraft(state, { spendPlan: draft.spendPlan.filter((_, i) => i !== action.index) });
    case 'tree':
      return withDraft(state, { tree: action.tree });
    case 'addIndicators': {
      const indicators = [...draft.indicators];
      action.rows.forEach((row, i) => {
        const at = action.inTreeOrder ? treeInsertIndex(indicators, row, draft.tree, action.inTreeOrder) : indicators.length;
        indicators.splice(at, 0, { ...row, id: state.nextId + i });
      });
      return { ...withDraft(state, { indicators }), nextId: state.nextId + action.rows.length };
    }
    case 'editIndicator':
      return withDraft(state, { indicators: draft.indicators.map((row) => (row.id === action.id ? { ...row, ...action.patch } : row)) });
    case 'moveIndicator': {
      const from = draft.indicators.findIndex((row) => row.id === action.id);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= draft.indicators.length) return state;
      const rows = [...draft.indicators];
      const [moved] = rows.splice(from, 1);
      if (moved) rows.splice(to, 0, moved);
      return withDraft(state, { indicators: rows });
    }
    case 'removeIndicator':
      return withDraft(state, { indicators: draft.indicators.filter((row) => row.id !== action.id) });
    case 'goTo': {
      if (action.step === state.step) return state;
      // Preview and generate show the whole project: from there on every step counts as seen.
      const seenAll = action.step === 'preview' || action.step === 'generate';
      const left = seenAll ? STEPS : state.left.includes(state.step) ? state.left : [...state.left, state.step];
      return { ...state, step: action.step, left };
    }
    case 'rememberedUnit': {
      // Arrives once, as the wizard opens: the unit's name and code fill only blank boxes; the
      // remembered year replaces this year's default (a unit fills in next year's budget in autumn).
      const { unit } = action;
      return withDraft(state, {
        unitCode: draft.unitCode || unit.unitCode,
        unitName: draft.unitName || unit.unitName,
        year: unit.year > 0 ? String(unit.year) : draft.year,
        amountUnit: unit.amountUnit ?? draft.amountUnit,
      });
    }
    case 'nextProject': {
      const fresh = emptyDraft(Number(draft.year) || new Date().getFullYear());
      return {
        ...state,
        step: 'basic',
        left: [],
        draft: { ...fresh, unitCode: draft.unitCode, unitName: draft.unitName, year: draft.year, amountUnit: draft.amountUnit, tree: draft.tree },
      };
    }
  }
}
