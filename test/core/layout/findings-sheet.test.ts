import {
  FINDINGS_HEADERS,
  FINDINGS_SHEET,
  NO_FINDINGS_TEXT,
  findingsSheetLayout,
  isFindingsSheetName,
  linkTarget,
} from '../../../src/core/layout/findings-sheet';
import { checkWorkbook } from '../../../src/core/check';
import type { Finding } from '../../../src/core/check/types';
import { layoutToGrid, projectToLayout } from '../../../src/core/layout';
import { safeSheetName } from '../../../src/core/layout/sheet-names';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import { cellAt, everyCell, expectWellFormed, valueAt } from './cells';

function f(partial: Partial<Finding> & Pick<Finding, 'sheet' | 'cell' | 'code'>): Finding {
  return { severity: 'error', message: `${partial.code} 中文`, messageEn: `${partial.code} English`, ...partial };
}

const FINDINGS: Finding[] = [
  f({ sheet: '项目A', cell: 'E12', code: 'IND_BASIS_MISSING', severity: 'info' }),
  f({ sheet: '项目A', cell: 'B5', code: 'BUDGET_SUM_MISMATCH', severity: 'error' }),
  f({ sheet: '项目B', cell: 'E14', code: 'TARGET_NO_UNIT', severity: 'warning' }),
  f({ sheet: '项目A', cell: 'B3', code: 'CODE_LENGTH', severity: 'error' }),
];

describe('findingsSheetLayout', () => {
  it('has the header row, frozen, and the six columns with widths', () => {
    const layout = findingsSheetLayout(FINDINGS);
    expectWellFormed(layout);
    expect(layout.name).toBe(FINDINGS_SHEET);
    expect(FINDINGS_HEADERS.map((_, i) => valueAt(layout, `${'ABCDEF'[i]}1`))).toEqual(['严重程度', '代码', '工作表', '单元格', '说明', 'English']);
    expect(cellAt(layout, 'A1')?.style).toBe('header');
    expect(layout.freeze).toEqual({ rows: 1, columns: 0 });
    expect(layout.print.titleRows).toBe('$1:$1');
    expect(layout.columns.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(layout.columns.every((c) => c.width >= 10)).toBe(true);
    expect(layout.usedRange).toBe('A1:F5');
  });

  it('writes one row per finding, errors first, in the checker order within a severity', () => {
    const layout = findingsSheetLayout(FINDINGS);
    const rows = [2, 3, 4, 5].map((r) => ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => valueAt(layout, `${c}${r}`)));
    expect(rows).toEqual([
      ['错误', 'BUDGET_SUM_MISMATCH', '项目A', 'B5', 'BUDGET_SUM_MISMATCH 中文', 'BUDGET_SUM_MISMATCH English'],
      ['错误', 'CODE_LENGTH', '项目A', 'B3', 'CODE_LENGTH 中文', 'CODE_LENGTH English'],
      ['警告', 'TARGET_NO_UNIT', '项目B', 'E14', 'TARGET_NO_UNIT 中文', 'TARGET_NO_UNIT English'],
      ['提示', 'IND_BASIS_MISSING', '项目A', 'E12', 'IND_BASIS_MISSING 中文', 'IND_BASIS_MISSING English'],
    ]);
  });

  it('links each cell with HYPERLINK to its sheet, quoted', () => {
    const layout = findingsSheetLayout(FINDINGS);
    const d2 = cellAt(layout, 'D2');
    expect(d2?.formula).toBe(`=HYPERLINK("#'项目A'!B5","B5")`);
    expect(d2?.value).toBe('B5');
    expect(d2?.style).toBe('link');
    // A formula cell is not text-formatted, or Excel would show the formula.
    expect(d2?.numberFormat).toBe('General');
  });

  it.each([
    ["O'Brien", `=HYPERLINK("#'O''Brien'!B5","B5")`],
    ["a''b", `=HYPERLINK("#'a''''b'!B5","B5")`],
    ['说"明"', `=HYPERLINK("#'说""明""'!B5","B5")`],
    ['2025 项目 (2)', `=HYPERLINK("#'2025 项目 (2)'!B5","B5")`],
  ])('quotes the sheet name %s with quotes doubled', (sheet, formula) => {
    const layout = findingsSheetLayout([f({ sheet, cell: 'B5', code: 'BUDGET_SUM_MISMATCH' })]);
    expect(cellAt(layout, 'D2')?.formula).toBe(formula);
    expect(valueAt(layout, 'C2')).toBe(sheet);
  });

  it('keeps text that starts with = (or looks like a number) as text: number format @', () => {
    const layout = findingsSheetLayout([
      f({ sheet: '=SUM(A1)', cell: 'B5', code: 'BUDGET_SUM_MISMATCH', message: '=1+1', messageEn: '-5%' }),
    ]);
    for (const address of ['A2', 'B2', 'C2', 'E2', 'F2']) {
      const cell = cellAt(layout, address);
      expect(cell?.formula).toBeNull();
      expect(cell?.numberFormat).toBe('@');
    }
    expect(valueAt(layout, 'C2')).toBe('=SUM(A1)');
    expect(valueAt(layout, 'E2')).toBe('=1+1');
    expect(valueAt(layout, 'F2')).toBe('-5%');
    // Only the link column holds formulas.
    expect(everyCell(layout).filter((c) => c.formula !== null).map((c) => c.column)).toEqual([4]);
    expect(everyCell(layout).filter((c) => typeof c.value === 'string' && c.formula === null).every((c) => c.numberFormat === '@')).toBe(true);
  });

  it('links a finding without an address to the sheet’s first cell; a range stays a range', () => {
    const layout = findingsSheetLayout([
      f({ sheet: '清单', cell: '', code: 'REGISTER_NO_HEADER' }),
      f({ sheet: '清单', cell: 'A5:F5', code: 'READ_ROW_UNREADABLE' }),
    ]);
    expect(cellAt(layout, 'D2')?.formula).toBe(`=HYPERLINK("#'清单'!A1","A1")`);
    expect(cellAt(layout, 'D3')?.formula).toBe(`=HYPERLINK("#'清单'!A5:F5","A5:F5")`);
  });

  it('makes rows high enough for long messages', () => {
    const long = '预算数'.repeat(60);
    const layout = findingsSheetLayout([f({ sheet: 'S', cell: 'B5', code: 'X', message: long })]);
    const height = layout.rows.find((r) => r.row === 2)?.height ?? 0;
    expect(height).toBeGreaterThan(40);
  });

  it('says so in one row when there are no findings', () => {
    const layout = findingsSheetLayout([]);
    expectWellFormed(layout);
    expect(valueAt(layout, 'A2')).toBe(NO_FINDINGS_TEXT);
    expect(layout.merges).toEqual(['A2:F2']);
  });

  it('takes another name when asked', () => {
    expect(findingsSheetLayout([], { name: '检查结果 (2)' }).name).toBe('检查结果 (2)');
  });

  it('writes the seed with one wrong 预算数: the BUDGET_SUM_MISMATCH row links to B5', () => {
    const project = structuredClone(SEED_PROJECTS[0]!);
    project.budget.total = 18;
    const sheet = projectToLayout(project);
    const findings = checkWorkbook([layoutToGrid(sheet)]);
    const layout = findingsSheetLayout(findings);
    expect(valueAt(layout, 'A2')).toBe('错误');
    expect(valueAt(layout, 'B2')).toBe('BUDGET_SUM_MISMATCH');
    expect(cellAt(layout, 'D2')?.formula).toBe(`=HYPERLINK("#'${sheet.name}'!${sheet.fields.total}","${sheet.fields.total}")`);
    expect(String(valueAt(layout, 'E2'))).toContain('预算数');
    // Read back beside the project, the findings sheet is not mistaken for a 绩效目标表 (its texts name 预算数).
    const again = checkWorkbook([layoutToGrid(sheet), layoutToGrid(layout)]);
    expect(again.filter((x) => x.sheet === layout.name).map((x) => x.code)).toEqual(['READ_NO_TABLE']);
  });
});

describe('isFindingsSheetName', () => {
  it.each([
    ['检查结果', true],
    [safeSheetName('检查结果', ['检查结果']), true],
    ['检查结果 (12)', true],
    ['检查结果汇总', false],
    ['项目清单', false],
  ])('%s → %s', (name, expected) => {
    expect(isFindingsSheetName(name)).toBe(expected);
  });
});

describe('linkTarget', () => {
  it.each([
    ['B5', 'B5'],
    ['A5:F5', 'A5:F5'],
    ['', 'A1'],
    ['整表', 'A1'],
  ])('%s → %s', (cell, target) => {
    expect(linkTarget(cell)).toBe(target);
  });
});

describe('the 检查结果 sheet through the .xlsx adapter', () => {
  it('keeps =text as a string and writes the link as a formula with its shown text', async () => {
    const ExcelJS = await import('exceljs');
    const { layoutsToXlsxBuffer } = await import('../../../src/workbook/xlsx');
    const layout = findingsSheetLayout([f({ sheet: "O'Brien", cell: 'B5', code: 'BUDGET_SUM_MISMATCH', message: '=1+1' })]);
    const bytes = await layoutsToXlsxBuffer([layout]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = book.getWorksheet(FINDINGS_SHEET)!;
    expect(ws.getCell('E2').value).toBe('=1+1');
    expect(ws.getCell('E2').numFmt).toBe('@');
    expect(ws.getCell('D2').formula).toBe(`HYPERLINK("#'O''Brien'!B5","B5")`);
    expect(ws.getCell('D2').result).toBe('B5');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
