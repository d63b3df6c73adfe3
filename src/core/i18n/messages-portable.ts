/**
 * Messages of portable formulas (issue 11): why a row keeps its PERF formula, and the checker's
 * finding when a 指标值 changed after its formulas were compiled. Spread into MESSAGES in
 * messages.ts; Chinese first, English beside it.
 */

type Params = Record<string, string | number>;

interface Entry {
  zh: (p: Params) => string;
  en: (p: Params) => string;
}

export const PORTABLE_MESSAGES = {
  PORTABLE_FALLBACK_TARGET_UNREADABLE: {
    zh: () => '指标值无法解析，保留PERF公式（需要PerfTable才能重算）',
    en: () => 'The target cannot be read; the PERF formula is kept (it needs PerfTable to recalculate)',
  },
  PORTABLE_FALLBACK_PERCENT_SCALE: {
    zh: () => '该百分比单位无法写成通用公式，保留PERF公式（需要PerfTable才能重算）',
    en: () => 'This percent unit cannot be written as a portable formula; the PERF formula is kept (it needs PerfTable)',
  },
  PORTABLE_FALLBACK_FORMULA_TOO_LONG: {
    zh: () => '通用公式超过1000个字符，保留PERF公式（需要PerfTable才能重算）',
    en: () => 'The portable formula would exceed 1,000 characters; the PERF formula is kept (it needs PerfTable)',
  },
  PORTABLE_STALE: {
    zh: (p) => `「${p.indicator}」的指标值已改为「${p.current}」，但本行通用公式仍按「${p.compiled}」计算，请重新生成公式`,
    en: (p) => `The target of "${p.indicator}" is now "${p.current}", but this row's portable formulas still compute "${p.compiled}": regenerate the formulas`,
  },
} satisfies Record<string, Entry>;
