/**
 * The pane's own words, in Chinese first and English. Messages about targets and results come
 * from the core already in both languages (`message` / `messageEn`); they are not repeated here.
 */
import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';

const zh = {
  appTitle: '绩效表助手',
  switchTo: 'English',
  switchToLabel: 'Switch to English',
  standaloneNotice: '未在 Excel 中运行：表格在本页中生成和检查，可下载 .xlsx',
  connecting: '正在连接 Excel…',
  tabs: { trial: '试算', wizard: '新建项目', batch: '批量生成', check: '检查', evaluation: '自评/监控' },

  trialTitle: '指标值试算',
  targetLabel: '指标值',
  targetPlaceholder: '例如 ≥60%、≤500万元、2025年12月底前',
  actualLabel: '完成值',
  actualPlaceholder: '例如 0.65、65%、达成',
  level2Label: '二级指标（可选）',
  level2Placeholder: '例如 成本指标',
  percentModeLabel: '百分比读法',
  percentModes: { auto: '自动', fraction: '小数(0.65=65%)', whole: '整数(65=65%)' },

  parsedTargetLabel: '解析结果',
  canonicalLabel: '规范写法',
  verdictLabel: '结论',
  verdicts: { met: '达成', partial: '部分达成', 'not-met': '未达成' },
  rateLabel: '完成率',
  percentReadings: { fraction: '完成值按小数读取(0.65=65%)', whole: '完成值按整数读取(65=65%)' },
  deviationAbove: '超过了目标值：算作达成，但报告中宜说明原因',
  waitingForInput: '输入指标值和完成值，结论随输入即时更新。',

  formulaLabel: '公式',
  formulaPlaceholder: '输入可解析的指标值和完成值后生成',
  insertFormula: '插入公式',
  insertHint: '写入所选区域左上角的单元格',
  insertNeedsExcel: '只有在 Excel 中才能写入单元格；可复制上面的公式',
  insertNeedsInput: '先输入可解析的指标值和完成值',
  inserting: '正在写入…',
  insertedAt: (address: string) => `已写入 ${address}`,
  insertFailed: (reason: string) => `写入失败：${reason}`,
};

export type UiStrings = typeof zh;

const en: UiStrings = {
  appTitle: 'Performance table assistant',
  switchTo: '中文',
  switchToLabel: '切换到中文',
  standaloneNotice: 'Not running in Excel: sheets are made and checked in this page and can be downloaded as .xlsx',
  connecting: 'Connecting to Excel…',
  tabs: { trial: 'Try', wizard: 'New project', batch: 'Batch', check: 'Check', evaluation: 'Evaluate' },

  trialTitle: 'Try a target',
  targetLabel: 'Target (指标值)',
  targetPlaceholder: 'e.g. ≥60%, ≤500万元, 2025年12月底前',
  actualLabel: 'Actual (完成值)',
  actualPlaceholder: 'e.g. 0.65, 65%, 达成',
  level2Label: 'Level-2 indicator (optional)',
  level2Placeholder: 'e.g. 成本指标',
  percentModeLabel: 'Reading of plain numbers',
  percentModes: { auto: 'Automatic', fraction: 'Fraction (0.65=65%)', whole: 'Whole (65=65%)' },

  parsedTargetLabel: 'Parsed',
  canonicalLabel: 'Canonical form',
  verdictLabel: 'Verdict',
  verdicts: { met: 'Met', partial: 'Partially met', 'not-met': 'Not met' },
  rateLabel: 'Completion rate',
  percentReadings: { fraction: 'Actual read as a fraction (0.65=65%)', whole: 'Actual read as a whole number (65=65%)' },
  deviationAbove: 'Above the exact target: counted as met, but the report should explain why',
  waitingForInput: 'Type a target and an actual; the verdict updates as you type.',

  formulaLabel: 'Formula',
  formulaPlaceholder: 'Appears once the target parses and an actual is given',
  insertFormula: 'Insert formula',
  insertHint: 'Writes into the top-left cell of the selection',
  insertNeedsExcel: 'Cells can only be written inside Excel; copy the formula above instead',
  insertNeedsInput: 'Type a target that parses and an actual first',
  inserting: 'Writing…',
  insertedAt: (address: string) => `Written to ${address}`,
  insertFailed: (reason: string) => `Could not write: ${reason}`,
};

export const uiStrings: Record<Lang, UiStrings> = { zh, en };

/** An English count with its noun: `1 note`, `2 notes` (Chinese needs no plural). */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The colon after a label: full-width in Chinese, `: ` in English. */
export const labelColon: Record<Lang, string> = { zh: '：', en: ': ' };

/** The BCP 47 tag for `lang` attributes and number formatting. */
export const langTag: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/** A core message in the chosen language. */
export function localized(message: { message: string; messageEn: string }, lang: Lang): string {
  return lang === 'zh' ? message.message : message.messageEn;
}

export interface LanguageState {
  lang: Lang;
  setLang(lang: Lang): void;
}

export const LanguageContext = createContext<LanguageState>({ lang: 'zh', setLang: () => undefined });

export function useLanguage(): LanguageState & { t: UiStrings } {
  const state = useContext(LanguageContext);
  return { ...state, t: uiStrings[state.lang] };
}
