/**
 * The operator table of DOMAIN.md §3: symbols, the words before the number and the words after it.
 * Text here is already normalised (NFKC, look-alikes replaced, no spaces).
 */
import type { Operator } from './types';

/** Operator symbols, longest first so that `>=` wins over `>`. */
export const OPERATOR_SYMBOLS: ReadonlyArray<readonly [string, Operator]> = [
  ['>=', 'gte'],
  ['=>', 'gte'],
  ['<=', 'lte'],
  ['=<', 'lte'],
  ['≥', 'gte'],
  ['≤', 'lte'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['==', 'eq'],
  ['=', 'eq'],
];

/** Characters that start something operator-like; a run of them that is not in the table is an error. */
export const OPERATOR_CHARS = /^[≥≤<>=≠!≮≯]+/;

/** Words before the number, longest first. */
export const OPERATOR_WORDS_BEFORE: ReadonlyArray<readonly [string, Operator]> = sortLongestFirst([
  ['不低于', 'gte'], ['不少于', 'gte'], ['不小于', 'gte'], ['大于等于', 'gte'], ['大于或等于', 'gte'],
  ['高于或等于', 'gte'], ['至少', 'gte'], ['达到', 'gte'], ['达', 'gte'], ['不低於', 'gte'],
  ['提高到', 'gte'], ['提高至', 'gte'], ['提升到', 'gte'], ['提升至', 'gte'], ['增至', 'gte'],
  ['增长到', 'gte'], ['增长至', 'gte'], ['增加到', 'gte'], ['增加至', 'gte'], ['上升到', 'gte'], ['上升至', 'gte'],
  ['大于', 'gt'], ['高于', 'gt'], ['超过', 'gt'], ['多于', 'gt'], ['超', 'gt'],
  ['不高于', 'lte'], ['不超过', 'lte'], ['不超', 'lte'], ['不多于', 'lte'], ['不大于', 'lte'], ['小于等于', 'lte'],
  ['小于或等于', 'lte'], ['低于或等于', 'lte'], ['最多', 'lte'], ['控制在', 'lte'], ['控制到', 'lte'],
  ['降至', 'lte'], ['降到', 'lte'], ['降低到', 'lte'], ['降低至', 'lte'], ['下降到', 'lte'], ['下降至', 'lte'],
  ['减少到', 'lte'], ['减少至', 'lte'], ['减至', 'lte'], ['压减至', 'lte'], ['压缩至', 'lte'], ['压缩到', 'lte'],
  ['小于', 'lt'], ['低于', 'lt'], ['少于', 'lt'],
  ['等于', 'eq'],
]);

/** Words after the number (and unit), longest first. `以上` includes the number itself. */
export const OPERATOR_WORDS_AFTER: ReadonlyArray<readonly [string, Operator]> = sortLongestFirst([
  ['以上', 'gte'], ['及以上', 'gte'], ['或以上', 'gte'], ['以上(含)', 'gte'], ['(含)以上', 'gte'], ['之上', 'gte'],
  ['以内', 'lte'], ['之内', 'lte'], ['内', 'lte'], ['以下', 'lte'], ['及以下', 'lte'], ['或以下', 'lte'],
  ['以下(含)', 'lte'], ['(含)以下', 'lte'], ['以内(含)', 'lte'],
  ['左右', 'eq'],
]);

/** Verbs that follow `以内`/`内` without changing the meaning (`30个工作日内办结`). */
export const COMPLETION_VERBS: readonly string[] = sortLongestFirst(
  ['完成', '完工', '办结', '竣工', '交付', '到位', '支付', '拨付', '结算', '处理', '解决', '答复', '办理', '上线', '验收'].map(
    (w) => [w, w] as const,
  ),
).map(([w]) => w);

/** 较上年 / 同比: the basis of a relative change. */
export const BASIS_WORDS: ReadonlyArray<readonly [string, 'previous-year' | 'previous-period']> = sortLongestFirst([
  ['较上年度', 'previous-year'], ['较上年', 'previous-year'], ['比上年', 'previous-year'], ['较去年', 'previous-year'],
  ['比去年', 'previous-year'], ['同比', 'previous-year'], ['较上一年', 'previous-year'], ['与上年相比', 'previous-year'],
  ['较上年同期', 'previous-year'], ['比上年同期', 'previous-year'], ['环比', 'previous-period'], ['较上期', 'previous-period'],
]);

/** Verbs of a relative change: the verb is the operator (`提高5%` means at least 5% more). */
export const CHANGE_VERBS: ReadonlyArray<readonly [string, 'increase' | 'decrease']> = sortLongestFirst([
  ['提高', 'increase'], ['提升', 'increase'], ['增长', 'increase'], ['增加', 'increase'], ['上升', 'increase'],
  ['增幅', 'increase'], ['增长率', 'increase'], ['下降', 'decrease'], ['降低', 'decrease'], ['减少', 'decrease'],
  ['压减', 'decrease'], ['压缩', 'decrease'], ['缩减', 'decrease'], ['降幅', 'decrease'], ['减幅', 'decrease'],
]);

/** Symbols the formatter writes, and the words a description uses. */
export const OPERATOR_SYMBOL: Record<Operator, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };
export const OPERATOR_WORD_ZH: Record<Operator, string> = { gte: '不低于', gt: '大于', lte: '不高于', lt: '小于', eq: '等于' };
export const OPERATOR_WORD_EN: Record<Operator, string> = {
  gte: 'at least',
  gt: 'more than',
  lte: 'at most',
  lt: 'less than',
  eq: 'equal to',
};

/** gte/gt are floors, lte/lt ceilings; eq is scored like a floor. */
export function isReverse(op: Operator): boolean {
  return op === 'lte' || op === 'lt';
}

/** The first table entry that `text` starts with at `i`. */
export function matchAt<T>(text: string, i: number, table: ReadonlyArray<readonly [string, T]>): readonly [string, T] | undefined {
  return table.find(([word]) => text.startsWith(word, i));
}

function sortLongestFirst<T>(entries: Array<readonly [string, T]>): Array<readonly [string, T]> {
  return [...entries].sort((a, b) => b[0].length - a[0].length);
}
