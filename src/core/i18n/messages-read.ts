/**
 * Messages of reading other provinces' forms and checking their 自评 blocks (issue 9). Spread into
 * MESSAGES in messages.ts; codes here must not reuse a code of another message file.
 */

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

interface ReadMessage {
  zh: Template;
  en: Template;
}

export const READ_MESSAGES = {
  READ_HEADER_UNMAPPED: {
    zh: (p) => `表头“${p.found}”不是已知的列，未读取（按「${p.family}」格式读取）`,
    en: (p) => `The header "${p.found}" names no known column and was not read (read as the ${p.family} form)`,
  },
  SCORE_EXECUTION_DIFFERS: {
    zh: (p) => `预算执行率得分 ${p.score} 与按规则计算的 ${p.rule} 不一致（执行率 ${p.rate}，分值 ${p.weight}：得分 = min(执行率, 1) × 分值）`,
    en: (p) => `The budget execution score ${p.score} differs from the rule's ${p.rule} (rate ${p.rate}, weight ${p.weight}: score = min(rate, 1) × weight)`,
  },
  SCORE_TOTAL_DIFFERS: {
    zh: (p) => `总分 ${p.total} 与各项得分之和 ${p.sum} 不一致`,
    en: (p) => `The total ${p.total} differs from the sum of the scores, ${p.sum}`,
  },
} satisfies Record<string, ReadMessage>;
