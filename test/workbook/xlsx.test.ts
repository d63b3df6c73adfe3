/**
 * The .xlsx adapter: layouts written with exceljs and read back — values, formulas, merges, number
 * formats, styles, validations, print settings; text that begins with = stays text; sheet names
 * that collide get a suffix; readGrids gives what Office.js `values` would.
 */
import { trimmed } from '../helpers/grid';
import * as ExcelJS from 'exceljs';
import { layoutToGrid } from '../../src/core/layout/to-grid';
import { projectToLayout } from '../../src/core/layout/target-sheet';
import { projectsToLayouts } from '../../src/core/layout/batch';
import { registerLayouts } from '../../src/core/layout/register-sheet';
import type { SheetLayout } from '../../src/core/layout/types';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Project } from '../../src/core/project/types';
import type { Grid } from '../../src/core/read/grid';
import { readRegisterWorkbook } from '../../src/core/read/register';
import { createWorkbook, fromFileFormula, layoutsToXlsxBuffer, readGrids, toFileFormula, type WithDataValidations } from '../../src/workbook/xlsx';

const projects = (): Project[] => SEED_PROJECTS.map((p) => structuredClone(p) as Project);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}


describe('custom-function names in the file', () => {
  it.each([
    ['=IF(G12="","",PERF.EVAL(G12,E12,"auto",B12))', 'IF(G12="","",_xldudf_PERF_EVAL(G12,E12,"auto",B12))'],
    ['=PERF.SCORE(A1,B1,C1,,"auto",D1)+perf.rate(A1,B1)', '_xldudf_PERF_SCORE(A1,B1,C1,,"auto",D1)+_xldudf_PERF_RATE(A1,B1)'],
    ['=SUM(A1:A3)', 'SUM(A1:A3)'],
    ['="PERF.EVAL(1)"&MYPERF.EVAL(1)', '"PERF.EVAL(1)"&MYPERF.EVAL(1)'],
  ])('%s is stored as %s and read back', (formula, stored) => {
    expect(toFileFormula(formula)).toBe(stored);
    if (!/perf\./.test(formula)) expect(fromFileFormula(stored)).toBe(formula);
  });
});

describe('createWorkbook', () => {
  it('keeps the cached results on open, so a file opened without PerfTable shows numbers, not #NAME?', () => {
    expect(createWorkbook().calcProperties.fullCalcOnLoad).toBe(false);
  });
});

describe('the seed written to .xlsx and read back', () => {
  let layouts: SheetLayout[];
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  let grids: Grid[];

  beforeAll(async () => {
    layouts = projectsToLayouts(projects(), { mode: 'self-evaluation' });
    bytes = await layoutsToXlsxBuffer(layouts);
    workbook = await load(bytes);
    grids = await readGrids(bytes);
  }, 60_000);

  it('is a zip with one worksheet per layout, in order', () => {
    expect(bytes[0]).toBe(0x50);
    expect(bytes[1]).toBe(0x4b);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(layouts.map((l) => l.name));
    expect(grids.map((g) => g.sheet)).toEqual(layouts.map((l) => l.name));
  });

  it('reads back cell for cell what the layout holds, merges included', () => {
    layouts.forEach((layout, i) => expect(trimmed(grids[i]!)).toEqual(trimmed(layoutToGrid(layout))));
  });

  it('keeps number formats, text formats and styles', () => {
    const ws = workbook.getWorksheet(SEED_PROJECTS[0]!.name)!;
    expect(ws.getCell('B5').numFmt).toBe('0.00');
    expect(ws.getCell('B8').numFmt).toBe('0%');
    expect(ws.getCell('B8').value).toBe(0.25);
    expect(ws.getCell('E13').numFmt).toBe('@');
    expect(ws.getCell('D11').numFmt).toBe('0.00%');
    expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', size: 16, bold: true });
    expect(ws.getCell('A12').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('C13').border.top).toMatchObject({ style: 'thin' });
    expect(ws.getCell('C13').alignment).toMatchObject({ horizontal: 'left', vertical: 'middle', wrapText: true });
    expect(ws.getCell('G13').protection).toMatchObject({ locked: false });
    // Locked is Excel's default, which the file leaves unsaid.
    expect(ws.getCell('H13').protection?.locked ?? true).toBe(true);
  });

  it('keeps merges, widths and heights', () => {
    const ws = workbook.getWorksheet(SEED_PROJECTS[0]!.name)!;
    const layout = layouts[1]!;
    expect([...(ws.model.merges ?? [])].sort()).toEqual([...layout.merges].sort());
    expect(layout.columns.map((c, i) => ws.getColumn(i + 1).width)).toEqual(layout.columns.map((c) => c.width));
    for (const { row, height } of layout.rows) expect(ws.getRow(row).height).toBe(height);
  });

  it('writes the PERF formulas so Excel binds them to the add-in, and reads them back in Office.js syntax', () => {
    const ws = workbook.getWorksheet(SEED_PROJECTS[0]!.name)!;
    expect(ws.getCell('H13').formula).toBe('IF(G13="","",_xldudf_PERF_EVAL(G13,E13,"auto",B13))');
    expect(ws.getCell('J13').formula).toBe('IF(OR(G13="",I13=""),"",_xldudf_PERF_SCORE(G13,E13,I13,,"auto",B13))');
    expect(fromFileFormula(ws.getCell('H13').formula)).toBe('=IF(G13="","",PERF.EVAL(G13,E13,"auto",B13))');
    // Read back, the cell gives its cached result: the empty text its guard gives before an actual is entered.
    expect(grids[1]!.rows[12]?.[7]).toBe('');
  });

  it('keeps the cached results of formulas, 0 included', () => {
    const summary = grids[0]!;
    expect(summary.rows[3]?.slice(2, 7)).toEqual(['2025年安全生产、综治维稳工作安排', 17, 17, 0, 9]);
    expect(summary.rows[8]?.slice(3, 7)).toEqual([333, 333, 0, 43]);
    const ws = workbook.getWorksheet('汇总')!;
    expect(ws.getCell('D4').formula).toBe("'2025年安全生产、综治维稳工作安排'!B5");
    expect(ws.getCell('C4').formula).toBe(`HYPERLINK("#'2025年安全生产、综治维稳工作安排'!A1","2025年安全生产、综治维稳工作安排")`);
  });

  it('writes the drop-down lists', () => {
    const ws = workbook.getWorksheet(SEED_PROJECTS[0]!.name)! as unknown as WithDataValidations;
    const model = ws.dataValidations.model;
    expect(model.A13).toMatchObject({ type: 'list', formulae: ['"产出指标,效益指标,满意度指标"'], allowBlank: true, showErrorMessage: true, errorStyle: 'warning' });
    expect(model.A21).toEqual(model.A13);
    expect(model.B14).toMatchObject({ formulae: ['"数量指标,质量指标,时效指标,成本指标"'] });
    expect(model.B17).toMatchObject({ formulae: ['"经济效益指标,社会效益指标,生态效益指标,可持续影响指标"'] });
    expect(model.B21).toMatchObject({ formulae: ['"服务对象满意度指标"'] });
    expect(model.C13).toBeUndefined();
  });

  it('writes the print settings and the budget check', () => {
    const ws = workbook.getWorksheet(SEED_PROJECTS[0]!.name)!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(ws.pageSetup.printTitlesRow).toBe('12:12');
    expect(ws.pageSetup.printArea).toBe('A1:K22');
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0]?.formulae])).toEqual([['B5', ['ABS(N($B$5)-SUM($C$5:$D$5))>0.005']]]);
  });

  it('freezes the summary header', () => {
    expect(workbook.getWorksheet('汇总')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 0 });
  });
});

describe('text stays text', () => {
  const tricky = ['=1+1', '+86 123', '-5%', '@SUM(A1)', '100%', '0012', '=PERF.EVAL(1,"≥60%")', '2025-12-31'];

  it('writes strings that look like formulas, numbers or dates as strings', async () => {
    const project: Project = {
      ...projects()[0]!,
      unitCode: '008001',
      name: tricky[0]!,
      code: tricky[5]!,
      fundUse: tricky[1]!,
      goals: tricky[3]!,
      indicators: tricky.map((t) => ({ level1: '产出指标', level2: '数量指标', level3: t, description: t, target: t, basis: t })),
    };
    const layout = projectToLayout(project, { sheetName: 'T' });
    const bytes = await layoutsToXlsxBuffer([layout]);
    const ws = (await load(bytes)).getWorksheet('T')!;
    for (let r = 11; r < 11 + tricky.length; r += 1) {
      for (const c of ['C', 'D', 'E', 'F']) {
        const cell = ws.getCell(`${c}${r}`);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(tricky[r - 11]);
        expect(cell.numFmt).toBe('@');
      }
    }
    const [grid] = await readGrids(bytes);
    expect(grid!.rows[2]).toEqual(['项目编码', '0012', null, '项目名称', '=1+1']);
    expect(grid!.rows[1]?.[0]).toBe('008001中日唐山曹妃甸生态工业园管理委员会本级');
    expect(grid!.rows.slice(10).map((row) => row[4])).toEqual(tricky);
  });
});

describe('sheet names', () => {
  it('writes colliding names with a suffix, never replacing a sheet', async () => {
    const twins = [projects()[0]!, projects()[0]!, { ...projects()[1]!, name: '汇总' }];
    const layouts = projectsToLayouts(twins, { existing: ['Sheet1'] });
    const bytes = await layoutsToXlsxBuffer(layouts);
    expect((await readGrids(bytes)).map((g) => g.sheet)).toEqual(['汇总', '2025年安全生产、综治维稳工作安排', '2025年安全生产、综治维稳工作安排 (2)', '汇总 (2)']);
  });

  it('refuses a layout whose name is taken rather than overwriting it', async () => {
    const layout = projectToLayout(projects()[0]!);
    await expect(layoutsToXlsxBuffer([layout, layout])).rejects.toThrow();
  });
});

describe('readGrids', () => {
  it('reads numbers stored as text as text, dates as dates, errors as their text, formulas without results as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('数据');
    ws.getCell('A1').value = '001';
    ws.getCell('B1').value = 1;
    ws.getCell('C1').value = new Date(Date.UTC(2025, 11, 31));
    ws.getCell('D1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('E1').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue;
    ws.getCell('F1').value = { formula: 'B1=1', result: true } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { richText: [{ text: '富' }, { text: '文本' }] };
    ws.getCell('B2').value = { text: '链接', hyperlink: 'https://example.org' };
    ws.getCell('A4').value = '合并';
    ws.mergeCells('A4:C5');
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    const [grid] = await readGrids(bytes);
    expect(grid).toMatchObject({
      sheet: '数据',
      rows: [['001', 1, '2025年12月31日', '#N/A', '=B1*2', true], ['富文本', '链接'], [], ['合并']],
      merges: ['A4:C5'],
      formulasWithoutValue: ['E1'],
    });
  });

  it('takes an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await layoutsToXlsxBuffer(registerLayouts());
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await readGrids(copy)).map((g) => g.sheet)).toEqual(['项目清单', '指标清单', '填表说明']);
  });

  it('reads a written register back to the projects it came from', async () => {
    const bytes = await layoutsToXlsxBuffer(registerLayouts(projects()));
    const result = readRegisterWorkbook(await readGrids(bytes));
    expect(result.findings).toEqual([]);
    expect(result.projects.map((e) => e.project)).toEqual(SEED_PROJECTS);
  });
});
