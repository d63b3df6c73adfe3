/**
 * The 新建项目 wizard's own words, Chinese first. Findings come worded from the core; the table's
 * labels (预算数, 三级指标 …) are the table's own words in both languages, with English beside them.
 */
import { counted, useLanguage, type Lang } from '../../i18n';
import type { StepId } from './draft';
import type { SeverityCounts } from './findings';

const zh = {
  title: '新建项目',
  steps: { basic: '基本信息', budget: '预算与支出计划', goals: '绩效目标', indicators: '指标', preview: '预览', generate: '生成' } satisfies Record<StepId, string>,
  stepper: '步骤',
  stepOf: (n: number, total: number, name: string) => `第 ${n} 步，共 ${total} 步：${name}`,
  stepButton: (n: number, name: string, errors: number) => `第${n}步 ${name}${errors > 0 ? `（${errors}个错误）` : ''}`,
  back: '上一步',
  next: '下一步',

  unitCode: '单位编码',
  unitCodePlaceholder: '例如 808001',
  unitName: '单位名称',
  unitNamePlaceholder: '例如 ××市××局本级',
  year: '年度',
  amountUnit: '金额单位',
  code: '项目编码',
  codePlaceholder: '21位，例如 13020925P00066510001J',
  name: '项目名称',
  unitRemembered: '单位编码、名称和年度会被记住，下一个项目自动填入。',

  total: '预算数',
  fiscal: '其中：财政资金',
  other: '其他资金',
  carryOver: '上年结转',
  withCarryOver: '含上年结转资金',
  amountHint: (unit: string) => `单位：${unit}；空白按 0 计`,
  fundUse: '资金用途',
  spendPlan: '资金支出计划（%）',
  spendPlanHint: '各节点月底的累计支出比例：逐个不减，最后一个为 100%',
  checkpoint: (month: number) => `${month}月底（%）`,
  checkpointMonth: (n: number) => `第${n}个节点的月份`,
  month: (month: number) => `${month}月底`,
  removeCheckpoint: (month: number) => `删除${month}月底`,
  addCheckpoint: '添加节点',

  goals: '绩效目标',
  goalsPlaceholder: '1.……\n2.……',
  goalsFromFundUse: '用资金用途填入',

  tree: '指标体系',
  catalog: '从指标库添加',
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  description: '绩效指标描述',
  target: '指标值',
  targetPlaceholder: '例如 ≥95%、≤17.00万元、2025年12月底前',
  basis: '指标值确定依据',
  template: '指标模板',
  addTemplate: '添加所选模板',
  addBlank: '添加空白指标',
  addDefaults: '填入建议指标',
  indicator: (n: number) => `指标 ${n}`,
  moveUp: (n: number) => `上移指标 ${n}`,
  moveDown: (n: number) => `下移指标 ${n}`,
  remove: (n: number) => `删除指标 ${n}`,
  noIndicators: '还没有指标：从指标库添加，或填入建议指标后逐项修改。',

  previewSheet: (name: string) => `工作表：${name}`,
  previewTable: '生成的表格预览',
  moreRows: (n: number) => `另有 ${n} 行未显示`,
  findingsTitle: '检查结果',
  findingsNone: '没有发现问题。',
  findingsCount: (c: SeverityCounts) => `${c.error} 个错误，${c.warning} 个警告，${c.info} 条提示`,
  fix: (step: string) => `去修改（${step}）`,
  severity: { error: '错误', warning: '警告', info: '提示' },

  generate: '生成工作表',
  generating: '正在生成…',
  generateStandaloneHint: '未在 Excel 中运行：工作表生成在本页的工作簿中，生成后下载 .xlsx 文件，可用 Excel 或 WPS 打开。',
  errorsLeft: (n: number) => `还有 ${n} 个错误。仍可生成，生成后请在表中改正。`,
  generatedInExcel: (sheet: string) => `已生成工作表「${sheet}」`,
  generatedStandalone: (sheet: string) => `已生成工作表「${sheet}」，请下载工作簿`,
  goToSheet: '转到该工作表',
  download: '下载 .xlsx',
  downloaded: (file: string) => `已下载 ${file}`,
  failed: (reason: string) => `操作失败：${reason}`,
  nextProject: '新建下一个项目',
};

export type WizardStrings = typeof zh;

const en: WizardStrings = {
  title: 'New project',
  steps: { basic: 'Basics', budget: 'Budget and spend plan', goals: 'Goals', indicators: 'Indicators', preview: 'Preview', generate: 'Generate' },
  stepper: 'Steps',
  stepOf: (n, total, name) => `Step ${n} of ${total}: ${name}`,
  stepButton: (n, name, errors) => `Step ${n} ${name}${errors > 0 ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''}`,
  back: 'Back',
  next: 'Next',

  unitCode: 'Unit code (单位编码)',
  unitCodePlaceholder: 'e.g. 808001',
  unitName: 'Unit name (单位名称)',
  unitNamePlaceholder: 'e.g. ××市××局本级',
  year: 'Budget year',
  amountUnit: 'Amount unit',
  code: 'Project code (项目编码)',
  codePlaceholder: '21 characters, e.g. 13020925P00066510001J',
  name: 'Project name (项目名称)',
  unitRemembered: 'The unit code, name and year are remembered for the next project.',

  total: 'Budget (预算数)',
  fiscal: 'Of which fiscal funds (财政资金)',
  other: 'Other funds (其他资金)',
  carryOver: 'Carried over (上年结转)',
  withCarryOver: 'Includes funds carried over',
  amountHint: (unit) => `Unit: ${unit}; blank counts as 0`,
  fundUse: 'Use of funds (资金用途)',
  spendPlan: 'Spend plan (资金支出计划, %)',
  spendPlanHint: 'Cumulative share spent by the end of each month: never falling, the last one 100%',
  checkpoint: (month) => `End of month ${month} (%)`,
  checkpointMonth: (n) => `Month of checkpoint ${n}`,
  month: (month) => `End of month ${month}`,
  removeCheckpoint: (month) => `Remove the end of month ${month}`,
  addCheckpoint: 'Add checkpoint',

  goals: 'Performance goals (绩效目标)',
  goalsPlaceholder: '1.……\n2.……',
  goalsFromFundUse: 'Fill in from the use of funds',

  tree: 'Indicator tree',
  catalog: 'Add from the catalog',
  level1: 'Level 1 (一级指标)',
  level2: 'Level 2 (二级指标)',
  level3: 'Indicator (三级指标)',
  description: 'Description (绩效指标描述)',
  target: 'Target (指标值)',
  targetPlaceholder: 'e.g. ≥95%, ≤17.00万元, 2025年12月底前',
  basis: 'Basis (指标值确定依据)',
  template: 'Template',
  addTemplate: 'Add the template',
  addBlank: 'Add a blank indicator',
  addDefaults: 'Add the suggested indicators',
  indicator: (n) => `Indicator ${n}`,
  moveUp: (n) => `Move indicator ${n} up`,
  moveDown: (n) => `Move indicator ${n} down`,
  remove: (n) => `Delete indicator ${n}`,
  noIndicators: 'No indicators yet: add them from the catalog, or add the suggested ones and edit each.',

  previewSheet: (name) => `Sheet: ${name}`,
  previewTable: 'Preview of the table to be generated',
  moreRows: (n) => `${n} more rows not shown`,
  findingsTitle: 'Findings',
  findingsNone: 'No problems found.',
  findingsCount: (c) => `${counted(c.error, 'error')}, ${counted(c.warning, 'warning')}, ${counted(c.info, 'note')}`,
  fix: (step) => `Fix it (${step})`,
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },

  generate: 'Generate the sheet',
  generating: 'Generating…',
  generateStandaloneHint: 'Not running in Excel: the sheet is made in a workbook inside this page; download it as an .xlsx file to open in Excel or WPS.',
  errorsLeft: (n) => `${n} error${n === 1 ? '' : 's'} left. You can still generate, then correct the sheet.`,
  generatedInExcel: (sheet) => `Sheet "${sheet}" generated`,
  generatedStandalone: (sheet) => `Sheet "${sheet}" generated; download the workbook`,
  goToSheet: 'Go to the sheet',
  download: 'Download .xlsx',
  downloaded: (file) => `Downloaded ${file}`,
  failed: (reason) => `Failed: ${reason}`,
  nextProject: 'Start the next project',
};

export const wizardStrings: Record<Lang, WizardStrings> = { zh, en };

/** The wizard's strings in the pane's language, with the language itself. */
export function useWizardStrings(): { lang: Lang; w: WizardStrings } {
  const { lang } = useLanguage();
  return { lang, w: wizardStrings[lang] };
}
