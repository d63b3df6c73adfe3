/**
 * Every message a person can read, keyed by a stable code, in Chinese first and English second.
 * Surfaces show these texts; they never write their own.
 */

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

interface MessageEntry {
  zh: Template;
  en: Template;
}

const at = (p: Params): string => (typeof p.position === 'number' && p.position >= 0 ? `（第${p.position + 1}个字符）` : '');
const atEn = (p: Params): string => (typeof p.position === 'number' && p.position >= 0 ? ` (at character ${p.position + 1})` : '');

const ACCEPTED_ZH = '达成、部分达成、未达成、是、否、合格、不合格、优、良、中、差、完成、未完成，或一个数值';
const ACCEPTED_EN = '达成 (met), 部分达成 (partly met), 未达成 (not met), 是/否 (yes/no), 合格/不合格, 优/良/中/差, 完成/未完成, or a number';

export const MESSAGES = {
  // Target grammar
  EMPTY_TARGET: { zh: () => '指标值为空', en: () => 'The target is empty' },
  MISSING_NUMBER: {
    zh: (p) => `比较符后缺少数值${at(p)}`,
    en: (p) => `A number is missing after the operator${atEn(p)}`,
  },
  UNKNOWN_OPERATOR: {
    zh: (p) => `无法识别的比较符「${p.found}」${at(p)}，可用 ≥、>、≤、<、=`,
    en: (p) => `Unknown operator "${p.found}"${atEn(p)}; use ≥, >, ≤, < or =`,
  },
  MALFORMED_NUMBER: {
    zh: (p) => `数值「${p.found}」格式有误${at(p)}`,
    en: (p) => `The number "${p.found}" is malformed${atEn(p)}`,
  },
  UNEXPECTED_TEXT: {
    zh: (p) => `单位后有无法识别的内容「${p.found}」${at(p)}`,
    en: (p) => `Unexpected text "${p.found}" after the unit${atEn(p)}`,
  },
  INCOMPLETE_RANGE: {
    zh: (p) => `区间缺少上限${at(p)}，应写作如 90%-95%`,
    en: (p) => `The range has no upper bound${atEn(p)}; write it like 90%-95%`,
  },
  RANGE_INVERTED: {
    zh: (p) => `区间下限 ${p.low} 大于上限 ${p.high}`,
    en: (p) => `The range's lower bound ${p.low} is above its upper bound ${p.high}`,
  },
  RANGE_UNIT_MISMATCH: {
    zh: (p) => `区间两端单位不一致：「${p.low}」与「${p.high}」`,
    en: (p) => `The two ends of the range have different units: "${p.low}" and "${p.high}"`,
  },
  CONFLICTING_OPERATORS: {
    zh: (p) => `比较方向矛盾：「${p.first}」与「${p.second}」${at(p)}`,
    en: (p) => `Contradictory operators "${p.first}" and "${p.second}"${atEn(p)}`,
  },
  INVALID_DATE: {
    zh: (p) => `日期「${p.found}」无效${at(p)}`,
    en: (p) => `The date "${p.found}" is not valid${atEn(p)}`,
  },

  // Actuals and verdicts
  ACTUAL_EMPTY: { zh: () => '未填写完成值', en: () => 'No actual value has been entered' },
  ACTUAL_UNREADABLE: {
    zh: (p) => `无法判断完成值「${p.found}」，可填写：${ACCEPTED_ZH}`,
    en: (p) => `Cannot judge the actual value "${p.found}"; accepted: ${ACCEPTED_EN}`,
  },
  UNIT_MISMATCH: {
    zh: (p) => `完成值单位「${p.actualUnit}」与指标值单位「${p.targetUnit}」不一致，无法比较`,
    en: (p) => `The actual's unit "${p.actualUnit}" does not match the target's unit "${p.targetUnit}"`,
  },
  PERCENT_AMBIGUOUS: {
    zh: (p) => `完成值 ${p.found} 可读作 ${p.fraction}% 或 ${p.whole}%，无法确定；请写明百分号或指定百分比模式`,
    en: (p) => `The actual ${p.found} reads as ${p.fraction}% or ${p.whole}% equally well; write the % sign or choose a percent mode`,
  },
  BAD_PERCENT_MODE: {
    zh: (p) => `百分比模式「${p.found}」无效，可用 auto、fraction、whole`,
    en: (p) => `Unknown percent mode "${p.found}"; use auto, fraction or whole`,
  },
  RATE_UNDEFINED: {
    zh: () => '指标值为0或完成值为0，无法计算完成率',
    en: () => 'The completion rate is undefined when the target or the actual is 0',
  },
  NOT_QUANTITATIVE: {
    zh: () => '定性指标没有完成率',
    en: () => 'A qualitative target has no completion rate',
  },

  // Lint of a written target (PERF.CHECK, the checker)
  TARGET_IMPLICIT_OP: {
    zh: (p) => `未写比较符，按「${p.op}」理解；请写明，如 ${p.suggestion}`,
    en: (p) => `No operator written, read as "${p.op}"; write it, e.g. ${p.suggestion}`,
  },
  TARGET_IMPLICIT_OP_REVERSE: {
    zh: (p) => `「${p.name}」像是越低越好的反向指标，但未写比较符，按「${p.op}」理解；请写明，如 ${p.suggestion}`,
    en: (p) => `"${p.name}" sounds like a lower-is-better indicator but has no operator (read as "${p.op}"); write it, e.g. ${p.suggestion}`,
  },
  TARGET_NO_UNIT: {
    zh: () => '数值没有单位，请写明单位（如 %、个、万元）',
    en: () => 'The value has no unit; state one (e.g. %, 个, 万元)',
  },
  TARGET_GTE_100_PERCENT: {
    zh: (p) => `「${p.text}」实为等于100%，建议写作 =100%`,
    en: (p) => `"${p.text}" can only mean exactly 100%; write =100%`,
  },
  TARGET_RATE_OVER_100: {
    zh: (p) => `比率指标的指标值超过100%（${p.value}%）`,
    en: (p) => `A rate target above 100% (${p.value}%)`,
  },
  TARGET_MISSING: {
    zh: () => '缺少指标值',
    en: () => 'The target (指标值) is missing',
  },
  TARGET_UNREADABLE: {
    zh: (p) => `指标值无法识别：${p.reason}`,
    en: (p) => `The target cannot be read: ${p.reason}`,
  },
} satisfies Record<string, MessageEntry>;

export type MessageCode = keyof typeof MESSAGES;

/** The Chinese and English texts of one message. */
export function message(code: MessageCode, params: Params = {}): { message: string; messageEn: string } {
  const entry: MessageEntry = MESSAGES[code];
  return { message: entry.zh(params), messageEn: entry.en(params) };
}

/** A localized error value: code, position and both texts. */
export function localizedError<C extends MessageCode>(
  code: C,
  position: number,
  params: Params = {},
): { code: C; position: number; message: string; messageEn: string } {
  return { code, position, ...message(code, { ...params, position }) };
}
