/**
 * The in-page workbook (outside Office): the whole FileWorkbook port on exceljs, with exceljs
 * loaded only when first needed; layouts written as xlsx.ts writes them; settings in a very
 * hidden sheet that travels in the file; marks that restore exactly what was there.
 */
import { trimmed } from '../helpers/grid';
import * as ExcelJS from 'exceljs';
import { projectToLayout } from '../../src/core/layout/target-sheet';
import { layoutToGrid } from '../../src/core/layout/to-grid';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Project } from '../../src/core/project/types';
import { SETTINGS_SHEET, createMemoryWorkbook, loadXlsxModule, type MemoryWorkbook } from '../../src/workbook/memory';
import { MARKS_SETTING_KEY } from '../../src/workbook/office-marks';
import { layoutsToXlsxBuffer, readGrids } from '../../src/workbook/xlsx';

const seed = (i = 0): Project => structuredClone(SEED_PROJECTS[i]) as Project;
const layoutOf = (i = 0, sheetName?: string) => projectToLayout(seed(i), sheetName ? { sheetName } : {});
const noPause = async () => undefined;

function workbook(): MemoryWorkbook & { loads: () => number } {
  let loads = 0;
  const memory = createMemoryWorkbook({
    load: () => {
      loads += 1;
      return loadXlsxModule();
    },
    pause: noPause,
  });
  return Object.assign(memory, { loads: () => loads });
}

async function fileOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}


describe('loading exceljs', () => {
  it('does not load it to answer for a workbook never touched', async () => {
    const book = workbook();
    await expect(book.sheetNames()).resolves.toEqual([]);
    await expect(book.loadSetting('perftable.unit.v1')).resolves.toBeNull();
    expect(book.loads()).toBe(0);
  });

  it('loads it once, on the first write, and keeps the workbook', async () => {
    const book = workbook();
    await book.writeLayouts([layoutOf(0)]);
    await book.writeLayouts([layoutOf(1)]);
    expect(book.loads()).toBe(1);
    expect(await book.sheetNames()).toEqual([SEED_PROJECTS[0]!.name, SEED_PROJECTS[1]!.name]);
  });

  it('asks again after a failed load (the chunk could not be fetched)', async () => {
    let calls = 0;
    const book = createMemoryWorkbook({
      load: () => (++calls === 1 ? Promise.reject(new Error('ChunkLoadError')) : loadXlsxModule()),
      pause: noPause,
    });
    await expect(book.writeLayouts([layoutOf()])).rejects.toThrow('ChunkLoadError');
    await expect(book.writeLayouts([layoutOf()])).resolves.toMatchObject({ cancelled: false });
    expect(calls).toBe(2);
  });
});

describe('writeLayouts', () => {
  it('writes each layout as xlsx.ts does, and reads it back as the layout grid', async () => {
    const book = workbook();
    const layout = layoutOf();
    const report = await book.writeLayouts([layout]);
    expect(report).toEqual({ written: [{ requested: layout.name, name: layout.name }], cancelled: false, syncs: 0 });
    const [grid] = await book.readGrids([layout.name]);
    expect(trimmed(grid!)).toEqual(trimmed(layoutToGrid(layout)));
  });

  it('never replaces a sheet: a taken name gets a suffix', async () => {
    const book = workbook();
    await book.writeLayouts([layoutOf(0, '汇总')]);
    const report = await book.writeLayouts([layoutOf(1, '汇总'), layoutOf(2, '汇总')]);
    expect(report.written.map((w) => w.name)).toEqual(['汇总 (2)', '汇总 (3)']);
    expect(await book.sheetNames()).toEqual(['汇总', '汇总 (2)', '汇总 (3)']);
  });

  it('reports progress after each sheet and pauses between sheets', async () => {
    const progress: string[] = [];
    let pauses = 0;
    const book = createMemoryWorkbook({ pause: async () => void (pauses += 1) });
    await book.writeLayouts([layoutOf(0), layoutOf(1), layoutOf(2)], { onProgress: (done, total, sheet) => progress.push(`${done}/${total} ${sheet}`) });
    expect(progress).toEqual([`1/3 ${SEED_PROJECTS[0]!.name}`, `2/3 ${SEED_PROJECTS[1]!.name}`, `3/3 ${SEED_PROJECTS[2]!.name}`]);
    expect(pauses).toBe(2);
  });

  it('stops when cancelled, keeping the sheets already written', async () => {
    const book = workbook();
    let done = 0;
    const report = await book.writeLayouts([layoutOf(0), layoutOf(1), layoutOf(2)], {
      onProgress: (n) => (done = n),
      isCancelled: () => done >= 2,
    });
    expect(report.cancelled).toBe(true);
    expect(report.written).toHaveLength(2);
    expect(await book.sheetNames()).toHaveLength(2);
  });
});

describe('reading and selecting', () => {
  it('reads every sheet without names, in order, and refuses a name it does not have', async () => {
    const book = workbook();
    await book.writeLayouts([layoutOf(0, 'A'), layoutOf(1, 'B')]);
    expect((await book.readGrids()).map((g) => g.sheet)).toEqual(['A', 'B']);
    await expect(book.readGrids(['C'])).rejects.toThrow('C');
  });

  it('reads the first sheet as active until a cell is selected, then that cell’s sheet', async () => {
    const book = workbook();
    await expect(book.readActiveGrid()).rejects.toThrow('no active sheet');
    await book.writeLayouts([layoutOf(0, 'A'), layoutOf(1, 'B')]);
    expect((await book.readActiveGrid()).sheet).toBe('A');
    await book.selectCell('B', 'C5');
    expect(book.selection()).toEqual({ sheet: 'B', address: 'C5' });
    expect((await book.readActiveGrid()).sheet).toBe('B');
    await expect(book.selectCell('Z', 'A1')).rejects.toThrow('Z');
  });

  it('inserts a formula into the selected cell, custom functions spelled as the file stores them', async () => {
    const book = workbook();
    await book.writeLayouts([layoutOf(0, 'A')]);
    await book.selectCell('A', 'H12');
    await expect(book.insertFormula('=PERF.EVAL(0.65,"≥60%")')).resolves.toEqual({ address: 'A!H12' });
    const file = await fileOf(await book.save());
    expect(file.getWorksheet('A')!.getCell('H12').formula).toBe('_xldudf_PERF_EVAL(0.65,"≥60%")');
  });
});

describe('settings', () => {
  it('stores them in a very hidden sheet that sheetNames and readGrids leave out', async () => {
    const book = workbook();
    await book.writeLayouts([layoutOf(0, 'A')]);
    await book.saveSetting('perftable.unit.v1', '{"unitCode":"808001"}');
    await expect(book.loadSetting('perftable.unit.v1')).resolves.toBe('{"unitCode":"808001"}');
    await expect(book.loadSetting('other')).resolves.toBeNull();
    expect(await book.sheetNames()).toEqual(['A']);
    expect((await book.readGrids()).map((g) => g.sheet)).toEqual(['A']);
    await expect(book.readGrids([SETTINGS_SHEET])).rejects.toThrow();

    const file = await fileOf(await book.save());
    expect(file.getWorksheet(SETTINGS_SHEET)!.state).toBe('veryHidden');
  });

  it('replaces a value, keeps values longer than a cell holds, and travels in the saved file', async () => {
    const book = workbook();
    const long = 'x'.repeat(70_000);
    await book.saveSetting('k', long);
    await book.saveSetting('k2', '=1+1');
    await book.saveSetting('k', 'short');
    await book.saveSetting('big', long);
    const reopened = workbook();
    await reopened.open(toArrayBuffer(await book.save()));
    await expect(reopened.loadSetting('k')).resolves.toBe('short');
    await expect(reopened.loadSetting('k2')).resolves.toBe('=1+1');
    await expect(reopened.loadSetting('big')).resolves.toBe(long);
  });
});

describe('marks', () => {
  const fillOf = (cell: ExcelJS.Cell): string | undefined => (cell.style.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

  it('fills marked cells only (not the cells sharing their style) and restores what was there', async () => {
    const book = workbook();
    const layout = layoutOf(0, 'A');
    await book.writeLayouts([layout]);
    const before = await fileOf(await book.save());
    const original = (address: string) => fillOf(before.getWorksheet('A')!.getCell(address));

    // E11 and E12 are 指标值 cells of one style; A3 is a label with a grey fill.
    await book.markCells([
      { sheet: 'A', address: 'E11', severity: 'error' },
      { sheet: 'A', address: 'A3', severity: 'warning' },
    ]);
    const marked = (await fileOf(await book.save())).getWorksheet('A')!;
    expect(fillOf(marked.getCell('E11'))).toBe('FFFFC7CE');
    expect(fillOf(marked.getCell('A3'))).toBe('FFFFEB9C');
    expect(fillOf(marked.getCell('E12'))).toBe(original('E12'));

    // The originals travel with the file: a reopened workbook can still clear the marks.
    const reopened = workbook();
    await reopened.open(toArrayBuffer(await book.save()));
    expect(await reopened.loadSetting(MARKS_SETTING_KEY)).toContain('"E11"');
    await reopened.clearMarks();
    const cleared = (await fileOf(await reopened.save())).getWorksheet('A')!;
    expect(fillOf(cleared.getCell('E11'))).toBe(original('E11'));
    expect(fillOf(cleared.getCell('A3'))).toBe(original('A3'));
    expect(await reopened.loadSetting(MARKS_SETTING_KEY)).toBe('[]');
    // Values are never touched.
    expect(trimmed((await reopened.readGrids(['A']))[0]!)).toEqual(trimmed(layoutToGrid(layout)));
  });

  it('keeps the first original when a cell is marked twice, and marks ranges', async () => {
    const book = workbook();
    await book.writeLayouts([layoutOf(0, 'A')]);
    await book.markCells([{ sheet: 'A', address: 'B5:D5', severity: 'info' }]);
    await book.markCells([{ sheet: 'A', address: 'B5:D5', severity: 'error' }]);
    await book.clearMarks();
    const file = (await fileOf(await book.save())).getWorksheet('A')!;
    expect(['B5', 'C5', 'D5'].map((a) => fillOf(file.getCell(a)))).toEqual([undefined, undefined, undefined]);
  });
});

describe('open and save', () => {
  it('opens an .xlsx file in place of the workbook, and saves bytes exceljs and the reader accept', async () => {
    const book = workbook();
    await book.writeLayouts([layoutOf(0, 'old')]);
    await book.selectCell('old', 'A1');
    await book.open(toArrayBuffer(await layoutsToXlsxBuffer([layoutOf(1, 'X'), layoutOf(2, 'Y')])));
    expect(await book.sheetNames()).toEqual(['X', 'Y']);
    expect(book.selection()).toBeNull();
    const grids = await readGrids(await book.save());
    expect(grids.map((g) => g.sheet)).toEqual(['X', 'Y']);
    expect(trimmed(grids[1]!)).toEqual(trimmed(layoutToGrid(layoutOf(2, 'Y'))));
  });
});
