/**
 * The WPS adapter on the fake ET object model: what it refuses to do (assign Value, merge with
 * alerts on, type text into a general cell), what it keeps (text as text, alerts and calculation
 * as they were, fills under marks), what it costs (bridge calls independent of a sheet's size).
 */
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import { projectToLayout } from '../../src/core/layout/target-sheet';
import type { SheetLayout } from '../../src/core/layout/types';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Project } from '../../src/core/project/types';
import { MARK_FILL } from '../../src/workbook/mark-fills';
import { createWpsWorkbook, SETTINGS_SHEET } from '../../src/workbook/wps';
import { bgrFromHex, gridValueFromEt, hexFromBgr, toMatrix } from '../../src/workbook/wps-constants';
import { mergesFromXmlSpreadsheet, runsOf } from '../../src/workbook/wps-sheets';
import { FakeEt } from '../helpers/fake-et';

const seed = (): Project => structuredClone(SEED_PROJECTS[0]) as Project;

function setup(options: ConstructorParameters<typeof FakeEt>[1] = {}) {
  const fake = new FakeEt(new ExcelJS.Workbook(), options);
  return { fake, wps: createWpsWorkbook(() => fake.application()) };
}

/** A small layout of text constants that a spreadsheet would turn into formulas or numbers. */
function trickyText(): SheetLayout {
  const layout = projectToLayout(seed(), { sheetName: '文本' });
  const texts = ['=1+1', '+5', '-5%', '@x', '100%', '1,000', '0012'];
  layout.blocks = [
    {
      name: 'rows',
      range: `A1:G1`,
      values: [texts],
      formulas: [texts.map(() => null)],
      numberFormats: [texts.map(() => '@')],
      styles: [texts.map(() => Object.keys(layout.styles)[0]!)],
    },
  ];
  layout.merges = [];
  layout.validations = [];
  layout.conditionalFormats = [];
  return layout;
}

describe('the fake is as strict as WPS', () => {
  it('refuses an assignment to Range.Value, a method in WPS', () => {
    const { fake } = setup();
    const range = fake.application().ActiveWorkbook.Worksheets.Item(1).Range('A1');
    expect(() => {
      (range as unknown as { Value: unknown }).Value = 1;
    }).toThrow('Cannot redefine property: Value');
  });

  it('inserts a sheet added without arguments before the active sheet', () => {
    const { fake } = setup();
    fake.application().ActiveWorkbook.Worksheets.Add();
    expect(fake.order).toEqual(['Sheet2', 'Sheet1']);
  });

  it('turns typed text into formulas and numbers unless the cell is text-formatted', () => {
    const { fake } = setup();
    const sheet = fake.application().ActiveWorkbook.Worksheets.Item(1);
    sheet.Range('A1:B1').Value2 = [['=1+1', '100%']];
    expect(sheet.Range('A1').Formula).toBe('=1+1');
    expect(sheet.Range('B1').Value2).toBe(1);
  });

  it('blocks (throws) on a merge that would prompt', () => {
    const { fake } = setup();
    const sheet = fake.application().ActiveWorkbook.Worksheets.Item(1);
    sheet.Range('A1:B1').Value2 = [[1, 2]];
    expect(() => sheet.Range('A1:B1').Merge()).toThrow(/DisplayAlerts/);
  });
});

describe('writing', () => {
  it('keeps text that looks like a formula or a number as text', async () => {
    const { fake, wps } = setup();
    await wps.writeLayouts([trickyText()]);
    const grid = (await wps.readGrids(['文本']))[0]!;
    expect(grid.rows[0]).toEqual(['=1+1', '+5', '-5%', '@x', '100%', '1,000', '0012']);
    expect(fake.workbook.getWorksheet('文本')!.getCell('A1').type).toBe(ExcelJS.ValueType.String);
  });

  it('never renames or replaces a sheet: a taken name (any case) gets a suffix, new sheets go last', async () => {
    const { fake, wps } = setup();
    fake.application().ActiveWorkbook.Worksheets.Item(1).Name = '文本';
    const layout = trickyText();
    const report = await wps.writeLayouts([layout, { ...layout, name: '文本' }]);
    expect(report.written.map((w) => w.name)).toEqual(['文本 (2)', '文本 (3)']);
    expect(fake.order).toEqual(['文本', '文本 (2)', '文本 (3)']);
    // Adding (and freezing) sheets activates them; the user is left on the sheet they were on.
    expect(fake.active).toBe('文本');
  });

  it('restores DisplayAlerts, ScreenUpdating and calculation even when a merge fails half way', async () => {
    const { fake, wps } = setup();
    const layout = projectToLayout(seed(), { sheetName: '坏合并' });
    layout.merges = [...layout.merges, layout.merges[0]!]; // merging an area twice fails
    await expect(wps.writeLayouts([layout])).rejects.toThrow();
    expect(fake.displayAlerts).toBe(true);
    expect(fake.calculationMode).toBe(-4105);
  });

  it('stops between sheets when cancelled and keeps what it wrote', async () => {
    const { fake, wps } = setup();
    let asked = 0;
    const report = await wps.writeLayouts([trickyText(), { ...trickyText(), name: 'B' }], { isCancelled: () => asked++ > 0 });
    expect(report).toMatchObject({ cancelled: true, written: [{ name: '文本' }] });
    expect(fake.order).toEqual(['Sheet1', '文本']);
  });

  it('draws line charts over their anchors', async () => {
    const { fake, wps } = setup();
    await wps.writeLayouts([trickyText()]);
    await wps.addCharts!('文本', [{ type: 'line', title: '进度', categories: 'A2:A13', series: [{ name: '计划', values: 'B2:B13' }], anchor: 'D2:H12' }]);
    expect(fake.charts).toEqual([expect.objectContaining({ sheet: '文本', type: 4, title: '进度', series: [{ name: '计划', values: 'B2:B13', categories: 'A2:A13' }] })]);
  });
});

describe('reading', () => {
  it('reads an empty sheet (used range A1, no value) as empty', async () => {
    const { wps } = setup();
    expect(await wps.readActiveGrid()).toEqual({ sheet: 'Sheet1', rows: [], merges: [] });
  });

  it('turns error numbers into their text and keeps the position of a used range that starts late', async () => {
    const { fake, wps } = setup();
    const ws = fake.workbook.getWorksheet('Sheet1')!;
    ws.getCell('C3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('D4').value = 5;
    expect((await wps.readActiveGrid()).rows).toEqual([[], [], [null, null, '#N/A'], [null, null, null, 5]]);
  });

  it('costs the same bridge calls for 10 rows and for 1,000', async () => {
    const cost = async (rows: number) => {
      const { fake, wps } = setup();
      const ws = fake.workbook.getWorksheet('Sheet1')!;
      for (let r = 1; r <= rows; r += 1) ws.getRow(r).values = [`指标${r}`, r, '≥60%'];
      ws.mergeCells('A1:A2');
      const before = fake.calls;
      await wps.readGrids(['Sheet1']);
      return fake.calls - before;
    };
    expect(await cost(10)).toBe(await cost(1000));
  });

  it('still reads a sheet when WPS cannot give the XML Spreadsheet text (merges then unknown)', async () => {
    const { fake, wps } = setup({ xmlSpreadsheet: false });
    const ws = fake.workbook.getWorksheet('Sheet1')!;
    ws.getCell('A1').value = '产出指标';
    ws.mergeCells('A1:A3');
    expect(await wps.readActiveGrid()).toEqual({ sheet: 'Sheet1', rows: [['产出指标']], merges: [] });
  });
});

describe('marks, settings, selection', () => {
  it('marks cells and restores their fills, and saves the undo record before changing a fill', async () => {
    const { fake, wps } = setup();
    const ws = fake.workbook.getWorksheet('Sheet1')!;
    ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    await wps.markCells([{ sheet: 'Sheet1', address: 'B2:C2', severity: 'error' }]);
    expect(ws.getCell('C2').fill).toMatchObject({ fgColor: { argb: `FF${MARK_FILL.error.slice(1)}` } });
    await wps.clearMarks();
    expect(ws.getCell('B2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FF00B050' } });
    expect(ws.getCell('C2').fill).toMatchObject({ pattern: 'none' });

    // A mark on a sheet that is not there fails before any fill changes.
    await expect(wps.markCells([{ sheet: 'Sheet1', address: 'D4', severity: 'warning' }, { sheet: '没有', address: 'A1', severity: 'error' }])).rejects.toThrow();
    expect(ws.getCell('D4').fill).toBeUndefined();
  });

  it('keeps settings of any length in a very hidden sheet that no reader sees', async () => {
    const { fake, wps } = setup();
    const long = `=${'指标库'.repeat(25_000)}`;
    await wps.saveSetting('perftable.catalog', long);
    await wps.saveSetting('perftable.unit', '曹妃甸');
    await wps.saveSetting('perftable.catalog', 'short');
    expect(await wps.loadSetting('perftable.catalog')).toBe('short');
    expect(await wps.loadSetting('perftable.unit')).toBe('曹妃甸');
    expect(await wps.loadSetting('absent')).toBeNull();
    await wps.saveSetting('perftable.catalog', long);
    expect(await wps.loadSetting('perftable.catalog')).toBe(long);
    expect(fake.workbook.getWorksheet(SETTINGS_SHEET)!.state).toBe('veryHidden');
    expect(await wps.sheetNames()).toEqual(['Sheet1']);
    expect((await wps.readGrids()).map((g) => g.sheet)).toEqual(['Sheet1']);
  });

  it('selects a cell on another sheet by activating it first, and inserts a formula at the selection', async () => {
    const { fake, wps } = setup();
    await wps.writeLayouts([trickyText()]);
    await wps.selectCell('Sheet1', 'C3:D4');
    expect(fake.selection).toEqual({ sheet: 'Sheet1', address: 'C3' });
    expect(await wps.insertFormula('=PERF.EVAL(0.65,"≥60%")')).toEqual({ address: 'Sheet1!C3' });
    expect(fake.application().ActiveWorkbook.Worksheets.Item('Sheet1').Range('C3').Formula).toBe('=PERF.EVAL(0.65,"≥60%")');
  });
});

describe('helpers', () => {
  it('converts #RRGGBB ↔ BGR both ways', () => {
    expect(bgrFromHex('#FF0000')).toBe(255);
    expect(bgrFromHex('#0000FF')).toBe(16_711_680);
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffff }), (bgr) => bgrFromHex(hexFromBgr(bgr)) === bgr));
    expect(() => bgrFromHex('red')).toThrow(RangeError);
  });

  it('normalises every shape Value2 may have to rows × columns', () => {
    expect(toMatrix(5, 1)).toEqual([[5]]);
    expect(toMatrix([1, 2, 3], 1)).toEqual([[1, 2, 3]]);
    expect(toMatrix([1, 2, 3], 3)).toEqual([[1], [2], [3]]);
    expect(toMatrix([[1, 2]], 1)).toEqual([[1, 2]]);
    expect(gridValueFromEt(-2146826281)).toBe('#DIV/0!');
    expect(gridValueFromEt(-2146826246)).toBe('#N/A');
    expect(gridValueFromEt('')).toBeNull();
    expect(gridValueFromEt(42)).toBe(42);
  });

  it('cuts a matrix into rectangles of equal values that cover every cell once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b'), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (matrix) => {
        const seen = matrix.map((row) => row.map(() => 0));
        for (const run of runsOf(matrix, 1, 1)) {
          const [from, to = from] = run.range.split(':') as [string, string?];
          const corner = (a: string) => ({ r: Number(a.replace(/[A-Z]/g, '')), c: a.charCodeAt(0) - 64 });
          const a = corner(from);
          const b = corner(to);
          for (let r = a.r; r <= b.r; r += 1)
            for (let c = a.c; c <= b.c; c += 1) {
              if (matrix[r - 1]![c - 1] !== run.value) return false;
              seen[r - 1]![c - 1]! += 1;
            }
        }
        return seen.every((row) => row.every((n) => n === 1));
      }),
    );
    expect(runsOf([['@', '@'], ['@', '@']], 3, 2)).toEqual([{ range: 'B3:C4', value: '@' }]);
  });

  it('reads merged areas from XML Spreadsheet text', () => {
    const xml = '<Table><Row><Cell ss:MergeAcross="2"/><Cell/></Row><Row ss:Index="3"><Cell ss:Index="2" ss:MergeDown="1"/></Row></Table>';
    expect(mergesFromXmlSpreadsheet(xml, 2, 1)).toEqual(['A2:C2', 'B4:B5']);
  });
});


