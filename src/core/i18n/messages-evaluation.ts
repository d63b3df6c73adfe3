/**
 * Messages of the self-evaluation and monitoring sheets (issue 6): the missing-reason checks and
 * the lights' conditional formats. Spread into MESSAGES in messages.ts; Chinese first, English beside it.
 */

type Params = Record<string, string | number>;

interface Entry {
  zh: (p: Params) => string;
  en: (p: Params) => string;
}

export const EVALUATION_MESSAGES = {
  REASON_MISSING: {
    zh: (p) => `「${p.indicator}」${p.verdict}，但未填写偏差原因分析及改进措施`,
    en: (p) => `"${p.indicator}" is ${p.verdictEn}, but no reason for the deviation (偏差原因分析及改进措施) is given`,
  },
  REASON_EXECUTION_MISSING: {
    zh: (p) => `预算执行率 ${p.rate} ${p.why}，但未填写偏差原因分析及改进措施`,
    en: (p) => `The budget execution rate ${p.rate} ${p.whyEn}, but no reason for the deviation is given`,
  },
  LAYOUT_LIGHT_RED: { zh: () => '红灯：进度明显滞后', en: () => 'Red: well behind plan' },
  LAYOUT_LIGHT_YELLOW: { zh: () => '黄灯：进度滞后', en: () => 'Yellow: behind plan' },
  LAYOUT_LIGHT_GREEN: { zh: () => '绿灯：正常', en: () => 'Green: on track' },
  LAYOUT_LIGHT_BLUE: { zh: () => '蓝灯：超进度', en: () => 'Blue: ahead of plan' },
} satisfies Record<string, Entry>;
