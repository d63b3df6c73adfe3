/**
 * The register workbook a batch starts from: 项目清单 (one project per row), 指标清单 (one
 * indicator per row, tied to its project by 项目编码) and 填表说明. With no projects it is the empty
 * template (`perftable template`); with projects it is their register, which reads back to them.
 *
 * Why two sheets: a project has one set of amounts but many indicators, and a flat list of
 * indicator rows is what people paste from existing tables and what filters and sorts well.
 * A project the indicator list does not mention gets the catalog's default indicators.
 */
import { columnName, rangeAddress } from './a1';
import { AMOUNT_FORMAT, GENERAL_FORMAT, PERCENT_FORMAT, SheetBuilder, TEXT_FORMAT, heightForLines, lineCount, listItems, type CellSpec } from './builder';
import { PAGE_FOOTER } from './target-sheet';
import type { PrintSettings, SheetLayout } from './types';
import { BUILTIN_CATALOG, type Catalog } from '../project/catalog';
import { DEFAULT_SPEND_MONTHS, type Project } from '../project/types';
import { INDICATOR_LIST_COLUMNS, INDICATOR_LIST_SHEET, REGISTER_SHEET, registerHeaderOrder, type RegisterKey } from '../read/register';
import { message } from '../i18n/messages';

export const NOTES_SHEET = '填表说明';

export interface RegisterLayoutOptions {
  /** Blank, formatted rows below the projects, ready for typing or pasting (default 200; indicator list 5×). */
  blankRows?: number;
  catalog?: Catalog;
}

const WIDTHS: Record<string, number> = {
  unitCode: 10,
  unitName: 26,
  year: 7,
  amountUnit: 9,
  code: 24,
  name: 30,
  total: 11,
  fiscal: 11,
  other: 11,
  carryOver: 11,
  fundUse: 36,
  goals: 40,
};
const SPEND_WIDTH = 8;
const MAX_LIST_ROW_HEIGHT = 90;

const TEXT_KEYS = new Set<string>(['unitCode', 'unitName', 'amountUnit', 'code', 'name', 'fundUse', 'goals']);
const AMOUNT_KEYS = new Set<string>(['total', 'fiscal', 'other', 'carryOver']);

const LIST_PRINT: Omit<PrintSettings, 'printArea'> = {
  paperSize: 'A4',
  orientation: 'landscape',
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: '$1:$1',
  centerHorizontally: false,
  margins: { top: 0.75, bottom: 0.75, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
  footer: PAGE_FOOTER,
};

/** The months of the spend-plan columns: every month the projects use, else 3, 6, 10, 12. */
function spendMonths(projects: readonly Project[]): number[] {
  const months = new Set<number>();
  for (const p of projects) for (const c of p.spendPlan) months.add(c.month);
  return months.size > 0 ? [...months].sort((a, b) => a - b) : [...DEFAULT_SPEND_MONTHS];
}

function registerValue(project: Project, key: RegisterKey | `spend.${number}`): CellSpec {
  if (key.startsWith('spend.')) {
    const month = Number(key.slice('spend.'.length));
    const percent = project.spendPlan.find((c) => c.month === month)?.percent;
    return { value: percent === undefined ? null : Math.round(percent * 1e6) / 1e8, format: PERCENT_FORMAT, style: 'entryNumber' };
  }
  switch (key as RegisterKey) {
    case 'unitCode':
      return textSpec(project.unitCode);
    case 'unitName':
      return textSpec(project.unitName);
    case 'year':
      return { value: project.year, format: GENERAL_FORMAT, style: 'entryNumber' };
    case 'amountUnit':
      return textSpec(project.amountUnit);
    case 'code':
      return textSpec(project.code);
    case 'name':
      return textSpec(project.name);
    case 'total':
      return { value: project.budget.total, format: AMOUNT_FORMAT, style: 'entryNumber' };
    case 'fiscal':
      return { value: project.budget.fiscal, format: AMOUNT_FORMAT, style: 'entryNumber' };
    case 'other':
      return { value: project.budget.other, format: AMOUNT_FORMAT, style: 'entryNumber' };
    case 'carryOver':
      return { value: project.budget.carryOver ?? null, format: AMOUNT_FORMAT, style: 'entryNumber' };
    case 'fundUse':
      return textSpec(project.fundUse);
    case 'goals':
      return textSpec(project.goals);
  }
}

function textSpec(value: string): CellSpec {
  return { value: value === '' ? null : value, format: TEXT_FORMAT, style: 'entry' };
}

function emptySpec(key: string): CellSpec {
  if (key.startsWith('spend.')) return { format: PERCENT_FORMAT, style: 'entryNumber' };
  if (AMOUNT_KEYS.has(key)) return { format: AMOUNT_FORMAT, style: 'entryNumber' };
  if (TEXT_KEYS.has(key)) return { format: TEXT_FORMAT, style: 'entry' };
  return { format: GENERAL_FORMAT, style: 'entryNumber' };
}

/** The 项目清单 sheet. */
export function registerSheetLayout(projects: readonly Project[] = [], options: RegisterLayoutOptions = {}): SheetLayout {
  const months = spendMonths(projects);
  const withCarryOver = projects.some((p) => p.budget.carryOver !== undefined);
  const order = registerHeaderOrder(months, withCarryOver);
  const widths = order.map((c) => (c.key.startsWith('spend.') ? SPEND_WIDTH : WIDTHS[c.key] ?? 10));
  const b = new SheetBuilder(REGISTER_SHEET, 'register', widths);
  order.forEach((column, i) => b.set(1, i + 1, { value: column.header, style: 'header' }));
  b.block('header', 1, 1, 1, order.length, 'header');
  b.atLeast(1, 30);
  const lastRow = 1 + projects.length + (options.blankRows ?? 200);
  projects.forEach((project, p) => {
    const r = 2 + p;
    let lines = 1;
    order.forEach((column, i) => {
      const spec = registerValue(project, column.key);
      b.set(r, i + 1, spec);
      if (typeof spec.value === 'string') lines = Math.max(lines, lineCount(spec.value, widths[i] ?? 10));
    });
    b.atLeast(r, Math.min(MAX_LIST_ROW_HEIGHT, heightForLines(lines)));
  });
  for (let r = 2 + projects.length; r <= lastRow; r += 1) order.forEach((column, i) => b.set(r, i + 1, emptySpec(column.key)));
  if (lastRow >= 2) {
    b.block('rows', 2, 1, lastRow, order.length, 'entry');
    b.input(2, 1, lastRow, order.length);
    const unitColumn = order.findIndex((c) => c.key === 'amountUnit') + 1;
    b.validations.push({
      range: rangeAddress(2, unitColumn, lastRow, unitColumn),
      list: ['万元', '元'],
      allowBlank: true,
      strict: true,
      error: message('LAYOUT_PICK_LIST').message,
    });
  }
  const columns: Record<string, string> = {};
  order.forEach((column, i) => (columns[column.key] = columnName(i + 1)));
  b.tables.push({ name: 'register', headerRow: 1, firstRow: 2, lastRow: 1 + projects.length, columns });
  return b.build(LIST_PRINT, { rows: 1, columns: 0 });
}

/** The 指标清单 sheet: every project's indicators, 项目编码 on every row (no merges: it sorts and filters). */
export function indicatorListLayout(projects: readonly Project[] = [], options: RegisterLayoutOptions = {}): SheetLayout {
  const catalog = options.catalog ?? BUILTIN_CATALOG;
  const widths = [24, 12, 16, 24, 36, 16, 22];
  const b = new SheetBuilder(INDICATOR_LIST_SHEET, 'indicator-list', widths);
  INDICATOR_LIST_COLUMNS.forEach((column, i) => b.set(1, i + 1, { value: column.header, style: 'header' }));
  b.block('header', 1, 1, 1, widths.length, 'header');
  b.atLeast(1, 30);
  const rows = projects.flatMap((project) => project.indicators.map((indicator) => ({ code: project.code, ...indicator })));
  const lastRow = 1 + rows.length + (options.blankRows ?? 200) * 5;
  rows.forEach((row, i) => {
    const r = 2 + i;
    let lines = 1;
    INDICATOR_LIST_COLUMNS.forEach((column, c) => {
      const value = row[column.key];
      b.set(r, c + 1, textSpec(value));
      lines = Math.max(lines, value === '' ? 1 : lineCount(value, widths[c] ?? 10));
    });
    b.atLeast(r, Math.min(MAX_LIST_ROW_HEIGHT, heightForLines(lines)));
  });
  for (let r = 2 + rows.length; r <= lastRow; r += 1) INDICATOR_LIST_COLUMNS.forEach((_, c) => b.set(r, c + 1, { format: TEXT_FORMAT, style: 'entry' }));
  if (lastRow >= 2) {
    b.block('rows', 2, 1, lastRow, widths.length, 'entry');
    b.input(2, 1, lastRow, widths.length);
    const level1s = catalog.trees.flatMap((t) => t.level1s.map((n) => n.name));
    const level2s = catalog.trees.flatMap((t) => t.level1s.flatMap((n) => n.level2s));
    b.validations.push(
      { range: `B2:B${lastRow}`, list: listItems(level1s), allowBlank: true, strict: false, prompt: message('LAYOUT_PICK_LEVEL1').message, error: message('LAYOUT_PICK_LEVEL1').message },
      // One list for all 二级: a list row has no merged 一级 to key a narrower one on; the checker reports a 二级 under the wrong 一级.
      { range: `C2:C${lastRow}`, list: listItems(level2s), allowBlank: true, strict: false },
    );
  }
  const columns: Record<string, string> = {};
  INDICATOR_LIST_COLUMNS.forEach((column, i) => (columns[column.key] = columnName(i + 1)));
  b.tables.push({ name: 'indicator-list', headerRow: 1, firstRow: 2, lastRow: 1 + rows.length, columns });
  return b.build(LIST_PRINT, { rows: 1, columns: 1 });
}

/** What the template tells the person filling it in. */
export const REGISTER_NOTES: readonly string[] = [
  '填表说明',
  '1. 「项目清单」每行填写一个项目。项目编码、项目名称必填；单位编码、单位名称为空时沿用上一行。',
  '2. 年度为空时按项目编码第7—8位取年份（如 13020925P… 为 2025 年）。金额单位填「万元」或「元」，为空按「万元」。',
  '3. 预算数、财政资金、其他资金填数值，空白视为 0；预算数应等于财政资金与其他资金之和。',
  '4. 资金支出计划填写各月底累计支出比例（如 25%），最后一个月应为 100%。',
  '5. 「指标清单」每行填写一个三级指标，用项目编码与项目对应；一级、二级指标为空时沿用上一行。',
  '6. 指标清单中没有指标的项目，生成时按指标库填入建议指标（数量、质量、时效、成本、效益、满意度各一条），请逐项修改。',
  '7. 生成：在 PerfTable 任务窗格中点「批量生成」，或运行 perftable generate 项目清单.xlsx -o 绩效目标表.xlsx。',
];

/** The 填表说明 sheet. */
export function notesLayout(): SheetLayout {
  const b = new SheetBuilder(NOTES_SHEET, 'notes', [100]);
  REGISTER_NOTES.forEach((line, i) => {
    b.set(i + 1, 1, { value: line, style: i === 0 ? 'title' : 'note' });
    b.atLeast(i + 1, i === 0 ? 30 : heightForLines(lineCount(line, 100)));
  });
  b.block('notes', 1, 1, REGISTER_NOTES.length, 1, 'note');
  return b.build({ ...LIST_PRINT, orientation: 'portrait', titleRows: null }, null);
}

/** The register workbook's sheets: 项目清单, 指标清单, 填表说明. Empty projects → the template. */
export function registerLayouts(projects: readonly Project[] = [], options: RegisterLayoutOptions = {}): SheetLayout[] {
  return [registerSheetLayout(projects, options), indicatorListLayout(projects, options), notesLayout()];
}
