/** The LibreOffice helper itself: it must tell cached results from recalculated ones, or it proves nothing. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAt, describeWithLibreOffice, openWithLibreOffice, parseFlatOds } from '../helpers/libreoffice';

describe('parseFlatOds', () => {
  it('expands repeated cells and rows, keeps type, value, text and formula', () => {
    const xml = `<office:document xmlns:office="o" xmlns:table="t" xmlns:text="x" xmlns:calcext="c"><office:body><office:spreadsheet>
      <table:table table:name="S"><table:table-row table:number-rows-repeated="2">
        <table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="0.25" calcext:value-type="percentage"><text:p>25%</text:p></table:table-cell>
      </table:table-row><table:table-row><table:table-cell table:formula="of:=1/0" calcext:value-type="error" office:value-type="string" office:string-value=""><text:p>#DIV/0!</text:p></table:table-cell><table:table-cell table:number-columns-repeated="9"/></table:table-row>
      <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>
      </office:spreadsheet></office:body></office:document>`;
    const sheet = parseFlatOds(xml).get('S')!;
    expect(sheet).toHaveLength(3);
    expect(cellAt(sheet, 'B2')).toEqual({ text: '25%', value: '0.25', type: 'percentage', formula: '' });
    expect(cellAt(sheet, 'A3')).toMatchObject({ text: '#DIV/0!', type: 'error', formula: 'of:=1/0' });
    expect(sheet[2]).toHaveLength(1);
  });
});

describeWithLibreOffice('openWithLibreOffice', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lo-helper-'));
    file = join(dir, 'cached.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表一');
    sheet.getCell('A1').value = 2;
    // A cached result that is deliberately wrong: only a recalculation can replace it.
    sheet.getCell('A2').value = { formula: 'A1*10', result: 7 };
    await workbook.xlsx.writeFile(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the cached result when told never to recalculate', async () => {
    const sheets = await openWithLibreOffice(file, { recalc: 'never' });
    expect(cellAt(sheets.get('表一'), 'A2')).toMatchObject({ value: '7', type: 'float', formula: 'of:=[.A1]*10' });
  }, 120_000);

  it("computes LibreOffice's own result when told always to recalculate", async () => {
    const sheets = await openWithLibreOffice(file, { recalc: 'always' });
    expect(cellAt(sheets.get('表一'), 'A2')).toMatchObject({ value: '20', text: '20' });
  }, 120_000);
});
