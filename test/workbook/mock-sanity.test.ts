/**
 * Proves that office-addin-mock loads under Jest 30 (office-addin-manifest is mapped to
 * test/stubs/office-addin-manifest.js) and behaves like Office.js: load, then sync, then read.
 */
import { OfficeMockObject } from 'office-addin-mock';

const excelData = {
  host: 'excel',
  context: {
    workbook: {
      range: { address: 'Sheet1!A1', values: [[60]] },
      getSelectedRange: function () {
        return this.range;
      },
    },
  },
  run: async function (callback: (context: unknown) => Promise<void>) {
    await callback(this.context);
  },
};

describe('office-addin-mock under Jest', () => {
  it('loads properties only after sync(), as Office.js does', async () => {
    const excel = new OfficeMockObject(excelData);
    const range = excel.context.workbook.getSelectedRange();
    range.load('address');
    expect(range.address).not.toBe('Sheet1!A1'); // loaded but not synced yet
    await excel.context.sync();
    expect(range.address).toBe('Sheet1!A1');
  });

  it('runs an Excel.run-style callback and records writes', async () => {
    const excel = new OfficeMockObject(excelData);
    await excel.run(async (context: typeof excel.context) => {
      const range = context.workbook.getSelectedRange();
      range.values = [[80]];
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[80]]);
    });
  });
});
