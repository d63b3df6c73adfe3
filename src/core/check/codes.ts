/**
 * Every code the checker reports, with its one severity and its area (DOMAIN.md §8). A code's
 * severity never depends on the sheet: where the same problem is sometimes an error and sometimes
 * a warning, those are two codes. docs/checks.md is this table in prose.
 */
import type { MessageCode } from '../i18n/messages';
import type { Severity } from './types';

export type CheckArea = 'read' | 'budget' | 'spend-plan' | 'indicators' | 'code' | 'weights';

interface CodeSpec {
  severity: Severity;
  area: CheckArea;
}

export const CHECK_CODES = {
  READ_NO_TABLE: { severity: 'info', area: 'read' },
  READ_NO_INDICATOR_HEADER: { severity: 'error', area: 'read' },
  READ_TARGET_COLUMN_MISSING: { severity: 'error', area: 'read' },
  READ_COLUMN_MISSING: { severity: 'warning', area: 'read' },
  READ_AMOUNT_UNREADABLE: { severity: 'error', area: 'read' },
  READ_PERCENT_UNREADABLE: { severity: 'error', area: 'read' },
  READ_MONTH_UNREADABLE: { severity: 'warning', area: 'read' },
  READ_SPEND_PLAN_UNREADABLE: { severity: 'warning', area: 'read' },
  READ_ROW_UNREADABLE: { severity: 'warning', area: 'read' },
  WORKBOOK_NO_TABLE: { severity: 'error', area: 'read' },
  CHECK_FINDINGS_CAPPED: { severity: 'info', area: 'read' },

  BUDGET_TOTAL_MISSING: { severity: 'error', area: 'budget' },
  BUDGET_SUM_MISMATCH: { severity: 'error', area: 'budget' },
  BUDGET_NEGATIVE: { severity: 'error', area: 'budget' },
  BUDGET_DECIMALS: { severity: 'warning', area: 'budget' },
  BUDGET_UNIT_MISSING: { severity: 'warning', area: 'budget' },

  SPEND_PLAN_MISSING: { severity: 'warning', area: 'spend-plan' },
  SPEND_PLAN_EMPTY: { severity: 'error', area: 'spend-plan' },
  SPEND_PLAN_VALUE_MISSING: { severity: 'error', area: 'spend-plan' },
  SPEND_PLAN_MONTHS_INVALID: { severity: 'error', area: 'spend-plan' },
  SPEND_PLAN_OUT_OF_RANGE: { severity: 'error', area: 'spend-plan' },
  SPEND_PLAN_DECREASING: { severity: 'error', area: 'spend-plan' },
  SPEND_PLAN_LAST_NOT_100: { severity: 'error', area: 'spend-plan' },
  SPEND_PLAN_BEHIND_TIME: { severity: 'info', area: 'spend-plan' },

  IND_NONE: { severity: 'error', area: 'indicators' },
  TARGET_MISSING: { severity: 'error', area: 'indicators' },
  TARGET_UNREADABLE: { severity: 'error', area: 'indicators' },
  /** A portable sheet's 指标值 edited after its formulas were compiled (issue 11). */
  PORTABLE_STALE: { severity: 'warning', area: 'indicators' },
  IND_WRONG_PARENT: { severity: 'error', area: 'indicators' },
  IND_LEVEL2_MISSING: { severity: 'warning', area: 'indicators' },
  IND_LEVEL3_MISSING: { severity: 'warning', area: 'indicators' },
  IND_NO_OUTPUT: { severity: 'warning', area: 'indicators' },
  IND_NO_EFFECT: { severity: 'warning', area: 'indicators' },
  IND_NO_SATISFACTION: { severity: 'warning', area: 'indicators' },
  IND_NO_QUANTITY: { severity: 'warning', area: 'indicators' },
  IND_NO_QUALITY: { severity: 'warning', area: 'indicators' },
  IND_NO_TIMELINESS: { severity: 'warning', area: 'indicators' },
  IND_NO_COST: { severity: 'warning', area: 'indicators' },
  TARGET_IMPLICIT_OP: { severity: 'warning', area: 'indicators' },
  TARGET_IMPLICIT_OP_REVERSE: { severity: 'warning', area: 'indicators' },
  TARGET_NO_UNIT: { severity: 'warning', area: 'indicators' },
  TARGET_GTE_100_PERCENT: { severity: 'warning', area: 'indicators' },
  TARGET_RATE_OVER_100: { severity: 'warning', area: 'indicators' },
  IND_UNKNOWN_LEVEL1: { severity: 'info', area: 'indicators' },
  IND_UNKNOWN_LEVEL2: { severity: 'info', area: 'indicators' },
  IND_RATE_UNDER_QUANTITY: { severity: 'info', area: 'indicators' },
  IND_SATISFACTION_LOW: { severity: 'info', area: 'indicators' },
  IND_SATISFACTION_BELOW_DEPARTMENT: { severity: 'info', area: 'indicators' },
  IND_BASIS_MISSING: { severity: 'info', area: 'indicators' },

  CODE_MISSING: { severity: 'error', area: 'code' },
  CODE_CHARS: { severity: 'error', area: 'code' },
  CODE_LENGTH: { severity: 'error', area: 'code' },
  CODE_DIVISION: { severity: 'error', area: 'code' },
  CODE_TYPE_LETTER: { severity: 'error', area: 'code' },
  CODE_YEAR_INVALID: { severity: 'error', area: 'code' },
  CODE_YEAR_FUTURE: { severity: 'error', area: 'code' },
  CODE_DUPLICATE: { severity: 'error', area: 'code' },
  CODE_YEAR_EARLIER: { severity: 'warning', area: 'code' },
  CODE_CHECK_CHAR: { severity: 'warning', area: 'code' },
  CODE_DIVISION_MIXED: { severity: 'info', area: 'code' },

  WEIGHT_TOTAL: { severity: 'warning', area: 'weights' },
  WEIGHT_MISSING: { severity: 'warning', area: 'weights' },
  WEIGHT_INVALID: { severity: 'warning', area: 'weights' },
  SCORE_CHECK_NEGATIVE: { severity: 'warning', area: 'weights' },
  SCORE_CHECK_ABOVE_WEIGHT: { severity: 'warning', area: 'weights' },
  SCORE_CHECK_OUT_OF_BAND: { severity: 'warning', area: 'weights' },
  SCORE_CHECK_DIFFERS: { severity: 'warning', area: 'weights' },
  WEIGHT_LEVEL1: { severity: 'info', area: 'weights' },
  SCORE_NOT_CHECKED: { severity: 'info', area: 'weights' },
  SCORE_EXECUTION_DIFFERS: { severity: 'warning', area: 'weights' },
  SCORE_TOTAL_DIFFERS: { severity: 'warning', area: 'weights' },
  READ_HEADER_UNMAPPED: { severity: 'info', area: 'read' },
} as const satisfies Partial<Record<MessageCode, CodeSpec>>;

export type CheckCode = keyof typeof CHECK_CODES;
