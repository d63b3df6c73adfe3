/**
 * The Office.js adapter against the stricter Excel (test/helpers/strict-excel.ts): the failures
 * Excel has and the kind mock does not — a response size limit per sync, more than 512 merged
 * areas, protected sheets, proxies after Excel.run, properties read before a sync.
 */
import { readActiveGrid, readGrids, READ_BLOCK_CELLS } from '../../src/workbook/office-sheets';
import { clearMarks, markCells, MARKS_SETTING_KEY, MARK_FILL } from '../../src/workbook/office-marks';
import { freezeSheet } from '../../src/workbook/office-evaluation';
import { createOfficeWorkbook } from '../../src/workbook/office';
import { strictExcel } from '../helpers/strict-excel';

/** A sheet of `rows` × `columns` numbers from A1. */
function numbers(rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * columns + c));
}

describe('the strict Excel itself', () => {
  it('throws PropertyNotLoaded for a property read before its sync', async () => {
    const excel = strictExcel([{ name: 'S', values: [[1]] }]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject();
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1]]);
    });
  });

  it('throws InvalidObjectPath for a proxy used after its Excel.run ended', async () => {
    const excel = strictExcel([{ name: 'S', values: [[1]] }]);
    const leaked = await excel.run(async (context) => context.workbook.worksheets.getItem('S'));
    expect(() => leaked.getRange('A1')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('does not roll back: a failing write fails the sync, and what came before it stays done', async () => {
    const excel = strictExcel([{ name: 'Open' }, { name: 'Locked', protected: true }]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Open').getRange('A1').format.fill.color = '#FF0000';
        context.workbook.worksheets.getItem('Locked').getRange('A1').format.fill.color = '#FF0000';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(excel.sheet('Open')!.fills).toEqual({ A1: '#FF0000' });
  });

  it('refuses a response over its budget, and more than 512 merged areas at once', async () => {
    const big = strictExcel([{ name: 'S', values: numbers(100, 10) }], { payloadBytes: 1_000 });
    await expect(
      big.run(async (context) => {
        context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject().load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const merged = strictExcel([{ name: 'S', values: [[1]], merges: Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`) }]);
    await expect(
      merged.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:B1100').getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });
});

describe('readGrids on the strict Excel', () => {
  it('reads a small workbook as before: one sync to list the sheets, one for all of them', async () => {
    const excel = strictExcel([
      { name: 'A', values: [['x', 1]], merges: ['A1:A2'] },
      { name: 'B', values: [[2]] },
    ]);
    const { grids, syncs } = await readGrids(excel.run);
    expect(syncs).toBe(2);
    expect(grids.map((g) => [g.sheet, g.rows, g.merges])).toEqual([
      ['A', [['x', 1]], ['A1:A2']],
      ['B', [[2]], []],
    ]);
  });

  it('reads a sheet over the response limit in blocks, each block its own sync (Excel on the web’s 5 MB)', async () => {
    const rows = Math.ceil((READ_BLOCK_CELLS * 2.5) / 4);
    const values = numbers(rows, 4);
    const bytes = JSON.stringify(values).length;
    // Room for one block's answer, not for the whole sheet's: the old single sync of every block fails.
    const excel = strictExcel([{ name: 'Big', values }], { payloadBytes: Math.ceil(bytes / 2) });
    const { grids, syncs } = await readGrids(excel.run, ['Big']);
    expect(grids[0]!.rows).toHaveLength(rows);
    expect(grids[0]!.rows[rows - 1]).toEqual(values[rows - 1]);
    // the failed whole read, the size, three blocks, the merges
    expect(syncs).toBe(1 + 1 + 3 + 1);
    expect(excel.failedSyncs()).toBe(1);
  });

  it('halves a block that is still too large', async () => {
    const values = numbers(2_000, 10);
    const excel = strictExcel([{ name: 'S', values }], { payloadBytes: 20_000 });
    const { grids } = await readGrids(excel.run, ['S']);
    expect(grids[0]!.rows).toEqual(values);
  });

  it('"检查全部工作表" survives a sheet with more than 512 merged areas: every merge is read, the other sheets too', async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const excel = strictExcel([
      { name: 'Merged', values: numbers(600, 2), merges },
      { name: 'Plain', values: [[1]], merges: ['A1:A1'] },
    ]);
    const { grids } = await readGrids(excel.run);
    expect(grids.map((g) => g.sheet)).toEqual(['Merged', 'Plain']);
    expect(new Set(grids[0]!.merges)).toEqual(new Set(merges));
    expect(grids[1]!.rows).toEqual([[1]]);
  });

  it('reads the active sheet the same way', async () => {
    const merges = Array.from({ length: 520 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const excel = strictExcel([{ name: 'Merged', values: numbers(520, 2), merges }]);
    const { grids } = await readActiveGrid(excel.run);
    expect(grids[0]!.sheet).toBe('Merged');
    expect(grids[0]!.merges).toHaveLength(520);
  });
});

describe('marks on the strict Excel', () => {
  it('marks in two syncs, saving the original fills', async () => {
    const excel = strictExcel([{ name: '表1', fills: { B3: '#00FF00' } }]);
    await markCells(excel.run, [{ sheet: '表1', address: 'B3', severity: 'error' }]);
    expect(excel.syncs()).toBe(2);
    expect(excel.sheet('表1')!.fills).toEqual({ B3: MARK_FILL.error });
    await clearMarks(excel.run);
    expect(excel.sheet('表1')!.fills).toEqual({ B3: '#00FF00' });
    expect(excel.settings.has(MARKS_SETTING_KEY)).toBe(false);
  });

  it('refuses marks on a protected sheet before changing anything, saying which sheet', async () => {
    const excel = strictExcel([{ name: 'Open' }, { name: 'Locked', protected: true }]);
    await expect(
      markCells(excel.run, [
        { sheet: 'Open', address: 'A1', severity: 'error' },
        { sheet: 'Locked', address: 'A1', severity: 'error' },
      ]),
    ).rejects.toThrow(/工作表「Locked」受保护，未做任何标记.*Locked are protected/);
    expect(excel.sheet('Open')!.fills).toEqual({});
    expect(excel.settings.has(MARKS_SETTING_KEY)).toBe(false);
  });

  it('saves the undo record before the fills, so a fill Excel refuses leaves nothing unrestorable', async () => {
    const excel = strictExcel([{ name: 'S', fills: { A1: '#123456' } }]);
    await markCells(excel.run, [{ sheet: 'S', address: 'A1', severity: 'warning' }]);
    const setting = excel.log.findIndex((entry) => entry.startsWith('setting'));
    const fill = excel.log.findIndex((entry) => entry.startsWith('fill'));
    expect(setting).toBeGreaterThanOrEqual(0);
    expect(setting).toBeLessThan(fill);
  });

  it('clearing keeps the record of a sheet protected since, and restores the others', async () => {
    const excel = strictExcel([{ name: 'A' }, { name: 'B' }]);
    await markCells(excel.run, [
      { sheet: 'A', address: 'A1', severity: 'error' },
      { sheet: 'B', address: 'A1', severity: 'error' },
    ]);
    // The user protects B between marking and clearing.
    excel.protect('B');
    await clearMarks(excel.run);
    expect(excel.sheet('A')!.fills).toEqual({});
    expect(excel.sheet('B')!.fills).toEqual({ A1: MARK_FILL.error });
    expect(JSON.parse(excel.settings.get(MARKS_SETTING_KEY)!)).toEqual([{ sheet: 'B', address: 'A1', fills: [[null]] }]);
  });
});

describe('固化结果 on the strict Excel', () => {
  const values = [
    ['编码', '得分', '序号', '完成情况'],
    ['0012', 7.5, 1, '达成'],
    ['0013', 5, 2, ''],
  ];
  const formulas = [
    ['编码', '得分', '序号', '完成情况'],
    ['0012', '=PERF.SCORE(E2:E3,F2:F3,G2:G3)', '=SEQUENCE(2)', '=IF(E2="","",PERF.STATUS(E2,F2))'],
    ['0013', 5, 2, ''],
  ];
  const spills = { B2: 'B2:B3', C2: 'C2:C3' };

  it('replaces only the PERF cells with the values they show, in three syncs; text and other dynamic arrays stay as they were', async () => {
    const excel = strictExcel([{ name: 'A-自评', values, formulas, spills }]);
    const report = await freezeSheet(excel.run, 'A-自评');
    expect(report).toEqual({ name: 'A-自评-固化', replaced: 2, syncs: 3 });
    expect(excel.sheetNames()).toEqual(['A-自评', 'A-自评-固化']);
    const copy = excel.sheet('A-自评-固化')!;
    // '0012 is still the text 0012, not the number 12.
    expect(copy.values.map((row) => row[0])).toEqual(['编码', '0012', '0013']);
    // The PERF spill became constants; SEQUENCE still spills (no #SPILL!).
    expect(copy.formulas[1]).toEqual(['0012', 7.5, '=SEQUENCE(2)', '达成']);
    expect(copy.values[2]).toEqual(['0013', 5, 2, '']);
    expect(copy.values[1]![2]).not.toBe('#SPILL!');
    // The original is untouched.
    expect(excel.sheet('A-自评')!.formulas).toEqual(formulas);
  });

  it('refuses a protected sheet before making any copy', async () => {
    const excel = strictExcel([{ name: 'A-自评', values, formulas, spills, protected: true }]);
    await expect(freezeSheet(excel.run, 'A-自评')).rejects.toThrow(/工作表「A-自评」受保护，未生成固化副本/);
    expect(excel.sheetNames()).toEqual(['A-自评']);
  });

  it('makes a plain copy, with a free name, when there is no PERF formula (two syncs)', async () => {
    const excel = strictExcel([{ name: 'S', values: [[2]], formulas: [['=1+1']] }, { name: 'S-固化' }]);
    const result = await createOfficeWorkbook(excel.run).freezeSheet!('S');
    expect(result.replaced).toBe(0);
    expect(result.name).not.toBe('S-固化');
    expect(excel.sheet(result.name)!.formulas).toEqual([['=1+1']]);
    expect(excel.syncs()).toBe(2);
  });
});
