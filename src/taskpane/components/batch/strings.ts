/** 批量生成's own words, Chinese first. Findings come worded from the core. */
import { counted, useLanguage, type Lang } from '../../i18n';

const zh = {
  title: '批量生成',
  intro: '从项目清单（一行一个项目，首行为列名）生成：每个项目一张绩效目标表，另加一张带链接和合计的汇总表。',
  readRegister: '读取项目清单',
  reading: '正在读取…',
  insertTemplate: '插入清单模板',
  templateExists: (sheet: string) => `工作簿中已有「${sheet}」工作表，未重复插入`,
  templateInserted: (sheets: string) => `已插入 ${sheets}：在「项目清单」中每行填写一个项目，然后点「读取项目清单」。`,
  templateInsertedStandalone: (sheets: string) => `已在本页的工作簿中插入 ${sheets}。下载后在 Excel 或 WPS 中填写，再上传。`,
  downloadTemplate: '下载模板',
  upload: '上传项目清单 .xlsx',
  uploaded: (file: string) => `已打开 ${file}`,
  standaloneHint: '未在 Excel 中运行：上传项目清单 .xlsx，生成后下载工作簿。',
  sourceSheet: (sheet: string, count: number) => `从「${sheet}」读到 ${count} 个项目`,
  sourceActive: (sheet: string, count: number) => `未找到「项目清单」，按当前工作表「${sheet}」读取：${count} 个项目`,
  indicatorSheet: (sheet: string) => `指标取自「${sheet}」`,
  findingsTitle: '读取结果',
  findingsCount: (e: number, wn: number, i: number) => `${e} 个错误，${wn} 个警告，${i} 条提示`,
  findingsNone: '没有发现问题。',
  moreFindings: (n: number) => `另有 ${n} 条未列出`,
  goToCell: (ref: string) => `转到 ${ref}`,
  severity: { error: '错误', warning: '警告', info: '提示' },
  withSummary: '生成汇总表',
  generate: (n: number) => `生成 ${n} 张工作表`,
  progress: (done: number, total: number) => `已完成 ${done} / ${total}`,
  progressLabel: '生成进度',
  cancel: '取消',
  cancelling: '正在取消…',
  summaryDone: (sheets: number, withSummary: boolean) => `已生成 ${sheets} 张项目表${withSummary ? '和 1 张汇总表' : ''}`,
  summaryCancelled: (sheets: number, skipped: number) => `已取消：保留已生成的 ${sheets} 张项目表，跳过 ${skipped} 个项目，未生成汇总表`,
  sheetsTitle: '生成的工作表',
  previewSheet: '预览工作表',
  previewTable: '所选工作表的预览',
  download: '下载 .xlsx',
  failed: (reason: string) => `操作失败：${reason}`,
  noProjects: '清单中没有可生成的项目',
};

export type BatchStrings = typeof zh;

const en: BatchStrings = {
  title: 'Batch generation',
  intro: 'From a register (one project per row, column names in the header row): one target sheet per project, and a summary sheet with links and totals.',
  readRegister: 'Read the register',
  reading: 'Reading…',
  insertTemplate: 'Insert a register template',
  templateExists: (sheet) => `The workbook already has a sheet "${sheet}"; no template was inserted`,
  templateInserted: (sheets) => `Inserted ${sheets}: fill in one project per row of 项目清单, then choose "Read the register".`,
  templateInsertedStandalone: (sheets) => `Inserted ${sheets} into this page's workbook. Download it, fill it in with Excel or WPS, then upload it.`,
  downloadTemplate: 'Download the template',
  upload: 'Upload a register .xlsx',
  uploaded: (file) => `Opened ${file}`,
  standaloneHint: 'Not running in Excel: upload a register .xlsx, then download the generated workbook.',
  sourceSheet: (sheet, count) => `${count} project${count === 1 ? '' : 's'} read from "${sheet}"`,
  sourceActive: (sheet, count) => `No 项目清单 sheet; read the current sheet "${sheet}": ${count} project${count === 1 ? '' : 's'}`,
  indicatorSheet: (sheet) => `Indicators from "${sheet}"`,
  findingsTitle: 'Reading the register',
  findingsCount: (e, wn, i) => `${counted(e, 'error')}, ${counted(wn, 'warning')}, ${counted(i, 'note')}`,
  findingsNone: 'No problems found.',
  moreFindings: (n) => `${n} more not listed`,
  goToCell: (ref) => `Go to ${ref}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  withSummary: 'Add the summary sheet',
  generate: (n) => `Generate ${n} sheet${n === 1 ? '' : 's'}`,
  progress: (done, total) => `${done} of ${total} done`,
  progressLabel: 'Progress',
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  summaryDone: (sheets, withSummary) => `${sheets} project sheet${sheets === 1 ? '' : 's'}${withSummary ? ' and the summary sheet' : ''} generated`,
  summaryCancelled: (sheets, skipped) => `Cancelled: the ${sheets} sheet${sheets === 1 ? '' : 's'} already made stay; ${skipped} project${skipped === 1 ? '' : 's'} skipped; no summary sheet`,
  sheetsTitle: 'Sheets generated',
  previewSheet: 'Sheet to preview',
  previewTable: 'Preview of the chosen sheet',
  download: 'Download .xlsx',
  failed: (reason) => `Failed: ${reason}`,
  noProjects: 'The register lists no project to generate',
};

export const batchStrings: Record<Lang, BatchStrings> = { zh, en };

export function useBatchStrings(): { lang: Lang; b: BatchStrings } {
  const { lang } = useLanguage();
  return { lang, b: batchStrings[lang] };
}
