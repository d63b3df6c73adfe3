import { projectToLayout } from '../../src/core/layout/target-sheet';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { readActiveGrid, readGrids, selectCell, writeLayouts } from '../../src/workbook/office-sheets';
import { mockExcel } from '../helpers/excel-mock';

const seedLayouts = () => SEED_PROJECTS.map((project) => projectToLayout(project));

describe('writeLayouts (Office.js)', () => {
  it('writes each sheet in one sync, plus one for the names and one to recalculate', async () => {
    const excel = mockExcel();
    const report = await writeLayouts(excel.run, seedLayouts());
    expect(report.written).toHaveLength(5);
    expect(excel.syncs()).toBe(1 + 5 + 1);
    expect(report.syncs).toBe(7);
    expect(excel.calculationSuspended()).toBe(5);
  });

  it('asks Excel to calculate once everything is written (a suspended calculation is not made up by itself)', async () => {
    const excel = mockExcel();
    await writeLayouts(excel.run, seedLayouts().slice(0, 2));
    expect(excel.calculation).toEqual(['suspend', 'suspend', 'calculate Recalculate']);
  });

  it('writes every block whole: number formats, then values and formulas, then cell properties', async () => {
    const excel = mockExcel();
    const layout = seedLayouts()[0]!;
    const { written } = await writeLayouts(excel.run, [layout]);
    const sheet = excel.sheet(written[0]!.name)!;
    for (const block of layout.blocks) {
      const range = sheet.ranges.find((r) => r.address === block.range);
      expect(range?.numberFormat).toEqual(block.numberFormats);
      expect(range?.formulas).toEqual(block.formulas.map((row, r) => row.map((f, c) => f ?? block.values[r]?.[c] ?? null)));
      expect((range?.cellProperties as unknown[][]).length).toBe(block.styles.length);
    }
    const merged = sheet.ranges.filter((r) => r.merged).map((r) => r.address);
    expect(merged).toEqual(layout.merges);
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', printArea: layout.print.printArea });
  });

  it('keeps text that begins with =, +, - or @ as text: its cell is formatted @ before the value is written', async () => {
    const project = { ...SEED_PROJECTS[0]!, name: '=HYPERLINK("http://x")', goals: '-5%的目标', fundUse: '@某用途' };
    const layout = projectToLayout(project);
    const excel = mockExcel();
    const { written } = await writeLayouts(excel.run, [layout]);
    const sheet = excel.sheet(written[0]!.name)!;
    for (const text of ['=HYPERLINK("http://x")', '-5%的目标', '@某用途']) {
      const block = layout.blocks.find((b) => b.values.some((row) => row.includes(text)))!;
      const r = block.values.findIndex((row) => row.includes(text));
      const c = block.values[r]!.indexOf(text);
      expect(block.numberFormats[r]![c]).toBe('@');
      expect(block.formulas[r]![c]).toBeNull();
      const range = sheet.ranges.find((x) => x.address === block.range)!;
      expect((range.numberFormat as string[][])[r]![c]).toBe('@');
    }
  });

  it('never replaces a sheet: a taken name gets a suffix', async () => {
    const layout = seedLayouts()[0]!;
    const excel = mockExcel([{ name: layout.name }]);
    const report = await writeLayouts(excel.run, [layout, layout]);
    const names = report.written.map((w) => w.name);
    expect(new Set([layout.name, ...names]).size).toBe(3);
    expect(excel.sheetNames()).toEqual([layout.name, ...names]);
  });

  it('stops between sheets when cancelled, keeping what is written', async () => {
    const excel = mockExcel();
    let done = 0;
    const report = await writeLayouts(excel.run, seedLayouts(), {
      onProgress: (count) => (done = count),
      isCancelled: () => done >= 2,
    });
    expect(report).toMatchObject({ cancelled: true });
    expect(report.written).toHaveLength(2);
    expect(excel.syncs()).toBe(3 + 1);
    expect(excel.calculation.at(-1)).toBe('calculate Recalculate');
  });
});

describe('readGrids (Office.js)', () => {
  const sheets = [
    { name: '表1', values: [['项目编码', '13020925P00066510001J'], ['预算数', 17]], rowIndex: 2, columnIndex: 1, merges: "'表1'!B3:B4" },
    { name: '空表' },
  ];

  it('reads every sheet: one sync to list them, one for all their values', async () => {
    const excel = mockExcel(sheets);
    const { grids, syncs } = await readGrids(excel.run);
    expect(syncs).toBe(2);
    expect(excel.syncs()).toBe(2);
    expect(grids[0]).toEqual({
      sheet: '表1',
      rows: [[], [], [null, '项目编码', '13020925P00066510001J'], [null, '预算数', 17]],
      merges: ['B3:B4'],
    });
    expect(grids[1]).toEqual({ sheet: '空表', rows: [], merges: [] });
  });

  it('reads named sheets in a single sync', async () => {
    const excel = mockExcel(sheets);
    const { grids } = await readGrids(excel.run, ['表1']);
    expect(excel.syncs()).toBe(1);
    expect(grids.map((g) => g.sheet)).toEqual(['表1']);
  });

  it('reads the active sheet in a single sync', async () => {
    const excel = mockExcel(sheets);
    const { grids } = await readActiveGrid(excel.run);
    expect(excel.syncs()).toBe(1);
    expect(grids[0]?.sheet).toBe('表1');
  });
});

describe('selectCell (Office.js)', () => {
  it('activates the sheet and selects the first cell of the address, in one sync', async () => {
    const excel = mockExcel([{ name: '表1' }]);
    await selectCell(excel.run, '表1', 'C5:F5');
    const sheet = excel.sheet('表1')!;
    expect(sheet.activated).toBe(true);
    expect(sheet.ranges.find((r) => r.address === 'C5')?.selected).toBe(true);
    expect(excel.syncs()).toBe(1);
  });
});
