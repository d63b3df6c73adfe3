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

// The checker's messages (core/check) live in their own file; a code defined below would win over one there.
import { CHECK_MESSAGES } from './messages-check';
import { LAYOUT_MESSAGES } from './messages-layout';
import { EVALUATION_MESSAGES } from './messages-evaluation';
import { READ_MESSAGES } from './messages-read';
import { WPS_MESSAGES } from './messages-wps';
import { PORTABLE_MESSAGES } from './messages-portable';
import { SAFETY_MESSAGES } from './messages-safety';
import { FILE_MESSAGES } from './messages-file';

export const MESSAGES = {
  ...CHECK_MESSAGES,
  ...LAYOUT_MESSAGES,
  ...EVALUATION_MESSAGES,
  ...READ_MESSAGES,
  ...WPS_MESSAGES,
  ...PORTABLE_MESSAGES,
  ...SAFETY_MESSAGES,
  ...FILE_MESSAGES,
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

  // Scoring (绩效自评) and monitoring (绩效运行监控): core/score
  PROFILE_UNKNOWN: {
    zh: (p) => `未知的评分方案「${p.found}」，可用：${p.known}；多个方案可用 + 连接`,
    en: (p) => `Unknown scoring profile "${p.found}"; known: ${p.known}; join several with +`,
  },
  PROFILE_CONFLICT: {
    zh: (p) => `评分方案「${p.first}」与「${p.second}」设置了同一项规则，不能合用`,
    en: (p) => `The profiles "${p.first}" and "${p.second}" set the same rule and cannot be combined`,
  },
  WEIGHT_INVALID: {
    zh: (p) => `分值须为正数，现为「${p.found}」`,
    en: (p) => `The weight (分值) must be a positive number, not "${p.found}"`,
  },
  SCORE_EMPTY: { zh: () => '未填写得分', en: () => 'No score has been entered' },
  SCORE_INVALID: {
    zh: (p) => `得分须为数值，现为「${p.found}」`,
    en: (p) => `The score must be a number, not "${p.found}"`,
  },
  SCORE_CHECK_NEGATIVE: {
    zh: (p) => `得分 ${p.score} 不能为负数；按规则为 ${p.rule}`,
    en: (p) => `The score ${p.score} cannot be negative; the rule gives ${p.rule}`,
  },
  SCORE_CHECK_ABOVE_WEIGHT: {
    zh: (p) => `得分 ${p.score} 超过分值 ${p.weight}；按规则为 ${p.rule}`,
    en: (p) => `The score ${p.score} is above the weight ${p.weight}; the rule gives ${p.rule}`,
  },
  SCORE_CHECK_OUT_OF_BAND: {
    zh: (p) => `「${p.verdict}」的得分应在 ${p.low}–${p.high} 分之间${p.open ? `（不含 ${p.high}）` : ''}，填写的是 ${p.score}；按规则为 ${p.rule}`,
    en: (p) => `A score for "${p.verdict}" must lie between ${p.low} and ${p.high}${p.open ? ` (${p.high} excluded)` : ''}, not ${p.score}; the rule gives ${p.rule}`,
  },
  SCORE_CHECK_DIFFERS: {
    zh: (p) => `得分 ${p.score} 与按规则计算的 ${p.rule} 不一致`,
    en: (p) => `The score ${p.score} differs from the rule's ${p.rule}`,
  },
  AMOUNT_EMPTY: {
    zh: (p) => `未填写${p.name}`,
    en: (p) => `No ${p.nameEn} has been entered`,
  },
  AMOUNT_INVALID: {
    zh: (p) => `${p.name}须为不小于0的数值，现为「${p.found}」`,
    en: (p) => `The ${p.nameEn} must be a number not below 0, not "${p.found}"`,
  },
  AMOUNT_UNIT_MISMATCH: {
    zh: (p) => `执行数「${p.spent}」与预算数「${p.budget}」的金额单位不一致或未写明，请写明同一单位`,
    en: (p) => `The spend "${p.spent}" and the budget "${p.budget}" have different or unstated units; state the same unit`,
  },
  BUDGET_INVALID: {
    zh: (p) => `预算数须为正数，现为「${p.found}」，无法计算执行率`,
    en: (p) => `The budget must be a positive number, not "${p.found}"; no execution rate can be computed`,
  },
  TOTAL_SIZE_MISMATCH: {
    zh: (p) => `${p.name}区域有 ${p.found} 个单元格，得分区域有 ${p.expected} 个，须一致`,
    en: (p) => `The ${p.nameEn} range has ${p.found} cells but the scores have ${p.expected}; they must match`,
  },
  TOTAL_SCORE_EMPTY: {
    zh: (p) => `第${p.row}个得分未填写；不适用的指标请在「是否适用」中标为否`,
    en: (p) => `Score ${p.row} is empty; mark an indicator that does not apply as not applicable`,
  },
  TOTAL_SCORE_INVALID: {
    zh: (p) => `第${p.row}个得分「${p.found}」不是不小于0的数值`,
    en: (p) => `Score ${p.row} ("${p.found}") is not a number of at least 0`,
  },
  TOTAL_SCORE_ABOVE_WEIGHT: {
    zh: (p) => `第${p.row}个得分 ${p.score} 超过其分值 ${p.weight}`,
    en: (p) => `Score ${p.row} (${p.score}) is above its weight ${p.weight}`,
  },
  TOTAL_WEIGHT_INVALID: {
    zh: (p) => `第${p.row}个分值须为正数，现为「${p.found}」`,
    en: (p) => `Weight ${p.row} must be a positive number, not "${p.found}"`,
  },
  TOTAL_APPLICABLE_UNREADABLE: {
    zh: (p) => `第${p.row}个「是否适用」为「${p.found}」，应填 是/否、TRUE/FALSE 或留空（留空为适用）`,
    en: (p) => `Applicable flag ${p.row} is "${p.found}"; use 是/否, TRUE/FALSE, or leave it blank (applicable)`,
  },
  TOTAL_WEIGHTS_NEEDED: {
    zh: () => '有指标标为不适用，须给出各行分值才能折算为百分制',
    en: () => 'Some rows are not applicable: give the weights so that the total can be rescaled to 100',
  },
  TOTAL_NONE_APPLICABLE: {
    zh: () => '没有适用的指标，无法计算总分',
    en: () => 'No row applies: there is no total',
  },
  GRADE_TOTAL_INVALID: {
    zh: (p) => `总分须为 0–100 的数值，现为「${p.found}」`,
    en: (p) => `The total must be a number from 0 to 100, not "${p.found}"`,
  },
  MONTH_EMPTY: { zh: () => '未填写月份', en: () => 'No month has been entered' },
  MONTH_INVALID: {
    zh: (p) => `月份须为 1–12 的整数或一个日期，现为「${p.found}」`,
    en: (p) => `The month must be a whole number from 1 to 12 or a date, not "${p.found}"`,
  },
  SPEND_PLAN_EMPTY: { zh: () => '资金支出计划为空', en: () => 'The spend plan is empty' },
  SPEND_PLAN_NOT_PERCENT: {
    zh: (p) => `资金支出计划「${p.label}」的「${p.found}」不是百分比`,
    en: (p) => `The spend plan's "${p.found}" at ${p.labelEn} is not a percentage`,
  },
  SPEND_PLAN_OUT_OF_RANGE: {
    zh: (p) => `资金支出计划「${p.label}」为 ${p.percent}%，应在 0–100% 之间`,
    en: (p) => `The spend plan is ${p.percent}% at ${p.labelEn}; it must lie between 0 and 100%`,
  },
  SPEND_PLAN_DECREASING: {
    zh: (p) => `资金支出计划为累计数，「${p.label}」的 ${p.percent}% 低于「${p.previousLabel}」的 ${p.previous}%`,
    en: (p) => `The spend plan is cumulative, but ${p.percent}% at ${p.labelEn} is below ${p.previous}% at ${p.previousLabelEn}`,
  },
  SPEND_PLAN_LAST_NOT_100: {
    zh: (p) => `资金支出计划最后一个节点「${p.label}」应为 100%，现为 ${p.percent}%`,
    en: (p) => `The spend plan's last checkpoint (${p.labelEn}) must be 100%, not ${p.percent}%`,
  },
  SPEND_PLAN_MONTHS_INVALID: {
    zh: (p) => `资金支出计划的月份须为 1–12 且逐个递增，「${p.found}」不符合`,
    en: (p) => `The spend plan's months must be 1 to 12 and increasing; "${p.found}" is not`,
  },
  SPEND_PLAN_MONTHS_MISMATCH: {
    zh: (p) => `资金支出计划有 ${p.values} 个节点，月份有 ${p.months} 个，须一一对应`,
    en: (p) => `The spend plan has ${p.values} checkpoints but ${p.months} months; they must pair up`,
  },
  SPEND_PLAN_MONTHS_NEEDED: {
    zh: (p) => `资金支出计划有 ${p.values} 个节点，不是 3月底、6月底、10月底、12月底 四个，请给出各节点的月份`,
    en: (p) => `The spend plan has ${p.values} checkpoints rather than the four of March, June, October and December; give their months`,
  },
  LIGHT_UNREADABLE: {
    zh: (p) => `「${p.found}」不是监控颜色，应为 红、黄、绿、蓝`,
    en: (p) => `"${p.found}" is not a monitoring colour; use 红 (red), 黄 (yellow), 绿 (green) or 蓝 (blue)`,
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
