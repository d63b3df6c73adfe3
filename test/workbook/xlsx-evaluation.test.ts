import * as ExcelJS from 'exceljs';
import { evaluationLayout } from '../../src/core/layout/evaluation';
import { projectToLayout } from '../../src/core/layout/target-sheet';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { BOOLEAN_RESULT_FORMAT, layoutsToXlsxBuffer, readGrids } from '../../src/workbook/xlsx';
import { addEvaluationSheets, evaluationLayoutsToXlsx, freezeWorksheet, loadWorkbook, workbookBuffer } from '../../src/workbook/xlsx-evaluation';

const seed = SEED_PROJECTS[0]!;
const ACTUALS = ['65%', 0.5, '达成', '合格', 0.06, 0.04, '70%', '85%', '95%'];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

jest.setTimeout(30_000);

describe('.xlsx: evaluation sheets', () => {
  const self = evaluationLayout(seed, { mode: 'self-evaluation', sheetName: 'A-自评', inputs: { spent: 16.5, actuals: ACTUALS } });
  const monitor = evaluationLayout(seed, { mode: 'monitoring', sheetName: 'A-监控7月', inputs: { spent: 9, actuals: ACTUALS } });

  it('writes PERF formulas as the file stores them, each with its computed value cached', async () => {
    const workbook = await load(await evaluationLayoutsToXlsx([self, monitor]));
    expect(workbook.calcProperties.fullCalcOnLoad).toBeFalsy();
    const ws = workbook.getWorksheet('A-自评')!;
    const score = ws.getCell('J14');
    expect(score.formula).toBe('IF(OR(G14="",I14=""),"",_xldudf_PERF_SCORE(G14,E14,I14,,"auto",B14))');
    expect(score.result).toBe(10.42);
    expect(ws.getCell('J22').formula).toContain('_xldudf_PERF_TOTAL(J13:J21,I13:I21)');
    expect(ws.getCell('J22').result).toBe(96.13);
    expect(ws.getCell('J23').formula).toBe('IF(J22="","",_xldudf_PERF_GRADE(J22))');
    expect(ws.getCell('J23').result).toBe('优');
    // A boolean result is cached as 0/1 shown FALSE/TRUE (LibreOffice recalculates a t="b" result: #NAME?).
    expect(ws.getCell('H14').result).toBe(0);
    expect(ws.getCell('H14').numFmt).toBe(BOOLEAN_RESULT_FORMAT);
    expect(ws.getCell('G13').value).toBe('65%');
    // Inputs unlocked, formulas locked.
    expect(ws.getCell('G13').protection?.locked).toBe(false);
    expect(ws.getCell('J13').protection?.locked).not.toBe(false);
    const mon = workbook.getWorksheet('A-监控7月')!;
    expect(mon.getCell('M13').formula).toBe('IF(G13="","",_xldudf_PERF_LIGHT(G13,E13,7,,B13))');
    expect(mon.getCell('M13').result).toBe('蓝');
    expect(mon.getCell('F11').formula).toBe('IF(COUNT($B$8:$E$8)=0,"",_xldudf_PERF_PLANNED(7,$B$8:$E$8,$B$7:$E$7))');
    expect(mon.getCell('F11').result).toBe(0.5625);
    expect(mon.getCell('I11').result).toBe('绿');
  });

  it('reads back the cached values as a reader sees them', async () => {
    const [grid] = await readGrids(await evaluationLayoutsToXlsx([self]));
    expect(grid?.rows[21]?.[9]).toBe(96.13);
    expect(grid?.rows[22]?.[9]).toBe('优');
  });

  it('keeps the lights\' conditional formats and the chart data, but no chart (exceljs writes none)', async () => {
    const workbook = await load(await evaluationLayoutsToXlsx([monitor]));
    const ws = workbook.getWorksheet('A-监控7月')!;
    const formats = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings;
    expect(formats.filter((f) => f.ref === 'M13:M21').map((f) => f.rules[0]!.formulae[0])).toEqual(['M13="红"', 'M13="黄"', 'M13="绿"', 'M13="蓝"']);
    expect(ws.getCell('A24').value).toBe('1月');
    expect(ws.getCell('B35').result).toBe(1);
  });

  it('adds the sheets to a workbook without touching the sheets it has', async () => {
    const original = await layoutsToXlsxBuffer([projectToLayout(seed)]);
    const workbook = await loadWorkbook(original);
    const before = JSON.stringify(workbook.getWorksheet(seed.name)!.getSheetValues());
    const written = addEvaluationSheets(workbook, [{ ...self, name: seed.name }]);
    expect(written).toEqual([{ requested: seed.name, name: `${seed.name} (2)` }]);
    const again = await load(await workbookBuffer(workbook));
    expect(JSON.stringify(again.getWorksheet(seed.name)!.getSheetValues())).toBe(before);
    expect(again.worksheets).toHaveLength(2);
  });

  it('freezes a copy: PERF formulas become their cached values, everything else stays; the original keeps its formulas', async () => {
    const workbook = await load(await evaluationLayoutsToXlsx([self]));
    const result = freezeWorksheet(workbook, 'A-自评');
    expect(result).toEqual({ name: 'A-自评-固化', replaced: 9 * 2 + 2 });
    const again = await load(await workbookBuffer(workbook));
    const copy = again.getWorksheet('A-自评-固化')!;
    expect(copy.getCell('J14').value).toBe(10.42);
    expect(copy.getCell('J23').value).toBe('优');
    expect(copy.getCell('H14').value).toBe(false);
    expect(copy.getCell('D11').formula).toContain('C11/B11');
    expect(copy.getCell('G13').value).toBe('65%');
    expect(copy.model.merges).toEqual(again.getWorksheet('A-自评')!.model.merges);
    expect(again.getWorksheet('A-自评')!.getCell('J14').formula).toContain('_xldudf_PERF_SCORE');
    expect(() => freezeWorksheet(workbook, 'nope')).toThrow('nope');
  });
});
