/**
 * The project model: one budget project's 预算项目绩效目标表 as data (DOMAIN.md §1–§2).
 * Layouts are made from it; the reader fills it from a sheet; the checks read it.
 */

/** Amounts are 万元 with 2 decimals in most provinces; some export 元. Always stated, never guessed. */
export type AmountUnit = '万元' | '元';

/** A cumulative share of the budget to be spent by the end of `month` (1–12), in percent (0–100). */
export interface SpendCheckpoint {
  month: number;
  percent: number;
}

/** The seed's checkpoints: 3月底, 6月底, 10月底, 12月底. */
export const DEFAULT_SPEND_MONTHS: readonly number[] = [3, 6, 10, 12];

export interface IndicatorRow {
  /** 一级指标 as written (产出指标, 效益指标, 满意度指标, or 成本指标 in the 2021 tree). */
  level1: string;
  /** 二级指标 as written (数量指标 …). */
  level2: string;
  /** 三级指标: the indicator's name. */
  level3: string;
  /** 绩效指标描述 */
  description: string;
  /** 指标值 as written: parse it with the grammar, never rewrite it. */
  target: string;
  /** 指标值确定依据 */
  basis: string;
}

export interface Budget {
  /** 预算数; null when the cell is blank. */
  total: number | null;
  /** 其中：财政资金 */
  fiscal: number | null;
  /** 其他资金 */
  other: number | null;
  /** 上年结转, where a table has it. */
  carryOver?: number | null;
}

export interface Project {
  /** 单位编码, e.g. 808001. */
  unitCode: string;
  /** 单位名称, e.g. 中日唐山曹妃甸生态工业园管理委员会本级. */
  unitName: string;
  /** The budget year, e.g. 2025. */
  year: number;
  amountUnit: AmountUnit;
  /** 项目编码 (21 characters, DOMAIN.md §6). */
  code: string;
  /** 项目名称 */
  name: string;
  budget: Budget;
  /** 资金用途 (the text beside 预算规模及资金用途). */
  fundUse: string;
  /** 资金支出计划（%）, as month → cumulative percent, in month order. */
  spendPlan: SpendCheckpoint[];
  /** 绩效目标 text. */
  goals: string;
  indicators: IndicatorRow[];
  /**
   * The 中期 (or 长期) part of a form that states one beside or above the 年度 part: its own goals,
   * budget and indicators, kept apart from the year's (never added to the 年度 budget).
   */
  longTerm?: PeriodPart;
}

/** One period's part of a form: 中期目标 with its 中期资金总额 and indicators. */
export interface PeriodPart {
  /** 中期 (the default) or 长期, as the form names it. */
  label?: string;
  goals: string;
  budget: Budget;
  indicators: IndicatorRow[];
}

/** A cell address in A1 notation, with the sheet it is on. */
export interface CellRef {
  sheet: string;
  /** `C5` */
  address: string;
}
