import { MARKS_SETTING_KEY, MARK_FILL, clearMarks, markCells } from '../../src/workbook/office-marks';
import { createOfficeWorkbook } from '../../src/workbook/office';
import { mockExcel } from '../helpers/excel-mock';

describe('markCells and clearMarks (Office.js)', () => {
  const sheets = [{ name: '表1', fills: { B3: '#00FF00' } }];

  it('highlights by severity in two syncs and keeps the fills that were there in the workbook', async () => {
    const excel = mockExcel(sheets);
    await markCells(excel.run, [
      { sheet: '表1', address: 'B3', severity: 'error' },
      { sheet: '表1', address: 'C4', severity: 'warning' },
    ]);
    expect(excel.syncs()).toBe(2);
    const fills = excel.sheet('表1')!.ranges.filter((r) => r.fill).map((r) => [r.address, r.fill]);
    expect(fills).toEqual([
      ['B3', MARK_FILL.error],
      ['C4', MARK_FILL.warning],
    ]);
    expect(JSON.parse(excel.settings.get(MARKS_SETTING_KEY)!)).toEqual([
      { sheet: '表1', address: 'B3', fills: [['#00FF00']] },
      { sheet: '表1', address: 'C4', fills: [[null]] },
    ]);
  });

  it('restores each cell as it was: its colour, or no fill at all; and forgets the marks', async () => {
    const excel = mockExcel(sheets);
    await markCells(excel.run, [
      { sheet: '表1', address: 'B3', severity: 'error' },
      { sheet: '表1', address: 'C4', severity: 'info' },
    ]);
    await clearMarks(excel.run);
    const last = (address: string) => excel.sheet('表1')!.ranges.filter((r) => r.address === address && r.fill).pop()?.fill;
    expect(last('B3')).toBe('#00FF00');
    expect(last('C4')).toBe('cleared');
    expect(excel.settings.has(MARKS_SETTING_KEY)).toBe(false);
  });

  it('a cell marked twice keeps the fill it had before the first mark', async () => {
    const excel = mockExcel(sheets);
    await markCells(excel.run, [{ sheet: '表1', address: 'B3', severity: 'error' }]);
    await markCells(excel.run, [{ sheet: '表1', address: 'B3', severity: 'warning' }]);
    expect(JSON.parse(excel.settings.get(MARKS_SETTING_KEY)!)).toEqual([{ sheet: '表1', address: 'B3', fills: [['#00FF00']] }]);
  });

  it('never writes a value: marking and clearing touch fills only', async () => {
    const excel = mockExcel(sheets);
    await markCells(excel.run, [{ sheet: '表1', address: 'B3', severity: 'error' }]);
    await clearMarks(excel.run);
    for (const range of excel.sheet('表1')!.ranges) {
      expect(range.formulas).toBeUndefined();
      expect(range.numberFormat).toBeUndefined();
      expect((range as unknown as { values?: unknown }).values).toBeUndefined();
    }
  });

  it('does nothing to clear when nothing was marked', async () => {
    const excel = mockExcel(sheets);
    await clearMarks(excel.run);
    expect(excel.sheet('表1')!.ranges).toEqual([]);
  });
});

describe('workbook settings (Office.js)', () => {
  it('saves a setting in the workbook and reads it back; an unset one is null', async () => {
    const excel = mockExcel();
    const workbook = createOfficeWorkbook(excel.run);
    expect(await workbook.loadSetting('perftable.unit')).toBeNull();
    await workbook.saveSetting('perftable.unit', '{"code":"808001"}');
    expect(await workbook.loadSetting('perftable.unit')).toBe('{"code":"808001"}');
  });
});
