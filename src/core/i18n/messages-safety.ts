/**
 * Messages of issue 14 (Excel's limits on what is written, the checker's cap on findings), spread
 * into MESSAGES in messages.ts. Chinese first, English beside it.
 */

type Params = Record<string, string | number>;

interface Entry {
  zh: (p: Params) => string;
  en: (p: Params) => string;
}

export const SAFETY_MESSAGES = {
  CELL_TEXT_TOO_LONG: {
    zh: (p) => `文字有 ${p.length} 个字符，超过 Excel 单元格上限 ${p.limit}，已截断`,
    en: (p) => `The text has ${p.length} characters, more than an Excel cell holds (${p.limit}); it was cut`,
  },
  FORMULA_TOO_LONG: {
    zh: (p) => `公式有 ${p.length} 个字符，超过 Excel 公式上限 ${p.limit}，已改为写入其值（链接等公式功能不保留）`,
    en: (p) => `The formula has ${p.length} characters, more than Excel accepts (${p.limit}); its value was written instead (a link no longer works)`,
  },
  CHECK_FINDINGS_CAPPED: {
    zh: (p) => `本工作表还有 ${p.more} 条问题未列出（每个工作表最多列出 ${p.limit} 条）`,
    en: (p) => `${p.more} more finding(s) on this sheet are not listed (at most ${p.limit} per sheet)`,
  },
} satisfies Record<string, Entry>;
