/**
 * The data a 指标值 (indicator target) is parsed to. Evaluation, scoring, linting and formatting
 * all work on this data, never on the text.
 */

/** Comparison operators, named as in DOMAIN.md §3. */
export type Operator = 'gte' | 'gt' | 'lte' | 'lt' | 'eq';

/** The family a unit belongs to; values convert only within one family and one base. */
export type Dimension = 'percent' | 'money' | 'duration' | 'count' | 'measure' | 'rate' | 'other' | 'none';

export interface Unit {
  /** The unit as written (`百分比`, `万元`, `个工作日`); empty when there is none. */
  text: string;
  dimension: Dimension;
  /**
   * What converts within a dimension: values with the same base compare after multiplying by
   * `scale` (`万元` is base `元`, scale 10⁴). Different bases never compare (`场` and `个`).
   */
  base: string;
  scale: number;
  /** `百分点`: a change in percentage points rather than a percentage. */
  points?: boolean;
}

/** `较上年提高5%`: the value is a change against a basis, not a level. */
export interface RelativeChange {
  direction: 'increase' | 'decrease';
  /** `previous-year` for 较上年 / 同比 / 比去年; `previous-period` for 环比; absent when unstated. */
  basis?: 'previous-year' | 'previous-period';
}

export interface QuantitativeTarget {
  kind: 'quantitative';
  op: Operator;
  value: number;
  unit: Unit;
  /** True when no operator was written and one was inferred (a bare `100%`). */
  implicitOp: boolean;
  relative?: RelativeChange;
  /** Words before the operator (`满意度` in `满意度≥90%`), kept so nothing the user wrote is lost. */
  subject?: string;
  text: string;
}

export interface RangeTarget {
  kind: 'range';
  low: number;
  high: number;
  unit: Unit;
  subject?: string;
  text: string;
}

/** A calendar point; a missing year means "the budget year". `day` absent means the end of the month. */
export interface CalendarPoint {
  year?: number;
  month: number;
  day?: number;
}

export interface DeadlineTarget {
  kind: 'deadline';
  /** `2025年12月底前`: done on or before this point. */
  date?: CalendarPoint;
  /** `2023.07-2024.01`: a period; done when finished by its end. */
  period?: { from: CalendarPoint; to: CalendarPoint };
  text: string;
}

/** Grades in the order they rank; `合格` ranks with 中 (a pass). */
export type Grade = '优' | '良' | '中' | '差' | '合格' | '不合格' | '达标';

export interface QualitativeTarget {
  kind: 'qualitative';
  text: string;
  /** `按时完工为合格` → grade 合格, condition 按时完工. */
  grade?: Grade;
  condition?: string;
  /** The condition read as a target when it is one (`大于90%为优` → gt 90%). */
  conditionTarget?: QuantitativeTarget | RangeTarget;
  /** `是` / `否` targets: which answer meets them. */
  polarity?: 'yes' | 'no';
}

export type Target = QuantitativeTarget | RangeTarget | DeadlineTarget | QualitativeTarget;

/** Stable error codes of the grammar; their wording lives in `core/i18n/messages.ts`. */
export type TargetErrorCode =
  | 'EMPTY_TARGET'
  | 'MISSING_NUMBER'
  | 'UNKNOWN_OPERATOR'
  | 'MALFORMED_NUMBER'
  | 'UNEXPECTED_TEXT'
  | 'INCOMPLETE_RANGE'
  | 'RANGE_INVERTED'
  | 'RANGE_UNIT_MISMATCH'
  | 'CONFLICTING_OPERATORS'
  | 'INVALID_DATE';

export interface LocalizedError<Code extends string = string> {
  code: Code;
  /** 0-based index into the original text (UTF-16 units), or -1 where no position applies. */
  position: number;
  message: string;
  messageEn: string;
}

export type TargetError = LocalizedError<TargetErrorCode>;

export type ParseResult = { ok: true; target: Target } | { ok: false; error: TargetError };

/** What the text around a target tells the parser. */
export interface TargetContext {
  /** The 二级指标 name: a bare amount of money under 成本 is a ceiling. */
  level2?: string;
  level1?: string;
}
