/**
 * The 检查 panel's own words, Chinese first and English. The findings' messages come from the
 * core's catalog already in both languages and are not repeated here.
 */
import type { Severity } from '../../../core/check/types';
import { counted, type Lang } from '../../i18n';
import type { CheckScope } from '../../check-session';

/** Sheets named in the summary line; a workbook of fifty projects is summed up, not listed. */
const SHOWN_SHEETS = 5;

const zh = {
  title: '检查',
  scopeLabel: '检查范围',
  scopes: { active: '当前工作表', all: '全部工作表', register: '项目清单' } satisfies Record<CheckScope, string>,
  scopeHints: {
    active: '只检查正在查看的工作表',
    all: '检查每一张工作表（不含“检查结果”表）',
    register: '检查“项目清单”及其“指标清单”',
  } satisfies Record<CheckScope, string>,
  check: '检查',
  checking: '正在检查…',
  checkFailed: (reason: string) => `检查失败：${reason}`,
  noRegister: '未找到项目清单：没有名为“项目清单”的工作表，也没有带“项目编码、项目名称、预算数”表头的工作表',
  noSheets: '工作簿中没有可检查的工作表',
  readAs: (families: readonly string[]) => families.map((f) => `按「${f}」格式读取`).join('；'),
  checkedSheets: (sheets: readonly string[]) => `已检查 ${sheets.length} 张工作表：${sheets.slice(0, SHOWN_SHEETS).join('、')}${sheets.length > SHOWN_SHEETS ? ' 等' : ''}`,
  noFindings: '未发现问题',
  total: (n: number, counts: Record<Severity, number>) => `共 ${n} 条：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`,
  severities: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  findingsLabel: '检查结果',
  showMore: (n: number) => `再显示 ${n} 条`,
  selectHint: '点击定位到单元格',
  selectedStandalone: (where: string) => `问题位于 ${where}（下载工作簿后在 Excel 中查看）`,
  selectFailed: (where: string, reason: string) => `无法定位 ${where}：${reason}`,

  comparison: (fixed: number, still: number, added: number) => `与上次检查相比：已修正 ${fixed}，仍存在 ${still}，新发现 ${added}`,
  fixedTitle: (n: number) => `已修正（${n}）`,
  newBadge: '新',

  marksTitle: '在工作簿中标注',
  markCells: '标记单元格',
  clearMarks: '清除标记',
  writeSheet: '生成检查结果表',
  working: '正在处理…',
  marked: (n: number) => `已标记 ${n} 个单元格（只改底色，不改内容）`,
  cleared: '已清除标记，单元格恢复原样',
  sheetWritten: (name: string) => `已生成工作表“${name}”`,
  actionFailed: (reason: string) => `操作失败：${reason}`,
  needFindings: '先检查，且有检查结果时才能标注',

  fileTitle: '上传与下载',
  fileNotice: '未在 Excel 中运行：上传 .xlsx 工作簿进行检查，检查后可下载带标注的工作簿。上传会替换页面中当前的工作簿。',
  upload: '上传 .xlsx',
  uploading: '正在读取…',
  opened: (name: string) => `已打开 ${name}`,
  openFailed: (name: string, reason: string) => `无法打开 ${name}：${reason}`,
  download: '下载带标注的工作簿',
  downloaded: (name: string) => `已下载 ${name}（含“检查结果”表和单元格标记）`,
  annotatedSuffix: '（已标注）',
  defaultFileName: '工作簿',
};

export type CheckStrings = typeof zh;

const en: CheckStrings = {
  title: 'Check',
  scopeLabel: 'What to check',
  scopes: { active: 'This sheet', all: 'All sheets', register: 'Project register' },
  scopeHints: {
    active: 'Only the sheet you are looking at',
    all: 'Every sheet (except 检查结果 sheets)',
    register: 'The 项目清单 register with its 指标清单',
  },
  check: 'Check',
  checking: 'Checking…',
  checkFailed: (reason: string) => `The check failed: ${reason}`,
  noRegister: 'No register found: no sheet named 项目清单 and none with the 项目编码, 项目名称, 预算数 header',
  noSheets: 'The workbook has no sheet to check',
  readAs: (families: readonly string[]) => `Read as: ${families.join('; ')}`,
  checkedSheets: (sheets: readonly string[]) =>
    `Checked ${sheets.length} sheet${sheets.length === 1 ? '' : 's'}: ${sheets.slice(0, SHOWN_SHEETS).join(', ')}${sheets.length > SHOWN_SHEETS ? ' …' : ''}`,
  noFindings: 'No findings',
  total: (n: number, counts: Record<Severity, number>) => `${counted(n, 'finding')}: ${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}, ${counted(counts.info, 'note')}`,
  severities: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  findingsLabel: 'Findings',
  showMore: (n: number) => `Show ${n} more`,
  selectHint: 'Click to go to the cell',
  selectedStandalone: (where: string) => `The finding is at ${where} (see it in Excel after downloading)`,
  selectFailed: (where: string, reason: string) => `Cannot go to ${where}: ${reason}`,

  comparison: (fixed: number, still: number, added: number) => `Since the last check: ${fixed} fixed, ${still} still there, ${added} new`,
  fixedTitle: (n: number) => `Fixed (${n})`,
  newBadge: 'New',

  marksTitle: 'Annotate the workbook',
  markCells: 'Highlight cells',
  clearMarks: 'Clear highlights',
  writeSheet: 'Add a 检查结果 sheet',
  working: 'Working…',
  marked: (n: number) => `Highlighted ${n} cell${n === 1 ? '' : 's'} (fill only; values unchanged)`,
  cleared: 'Highlights removed; the cells look as they did',
  sheetWritten: (name: string) => `Added the sheet "${name}"`,
  actionFailed: (reason: string) => `Failed: ${reason}`,
  needFindings: 'Run a check with findings first',

  fileTitle: 'Upload and download',
  fileNotice: 'Not running in Excel: upload an .xlsx workbook to check it, then download it annotated. Uploading replaces the workbook held in this page.',
  upload: 'Upload .xlsx',
  uploading: 'Reading…',
  opened: (name: string) => `Opened ${name}`,
  openFailed: (name: string, reason: string) => `Cannot open ${name}: ${reason}`,
  download: 'Download the annotated workbook',
  downloaded: (name: string) => `Downloaded ${name} (with a 检查结果 sheet and highlights)`,
  annotatedSuffix: ' (checked)',
  defaultFileName: 'workbook',
};

export const checkStrings: Record<Lang, CheckStrings> = { zh, en };
