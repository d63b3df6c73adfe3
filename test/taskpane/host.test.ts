import { fakeWorkbook } from '../helpers/fake-workbook';
import { detectHost, hostFromReadyInfo } from '../../src/taskpane/host';
import type { WorkbookActions } from '../../src/workbook/port';

const workbook: WorkbookActions = fakeWorkbook();

describe('host detection', () => {
  it('is Excel, with a workbook, when onReady reports Excel', () => {
    expect(hostFromReadyInfo({ host: 'Excel' }, () => workbook)).toEqual({ kind: 'excel', workbook });
  });

  it('is standalone when onReady reports a null host (office.js outside Office)', () => {
    expect(hostFromReadyInfo({ host: null }, () => workbook)).toMatchObject({ kind: 'standalone' });
  });

  it('is standalone in another Office host, which has no cells', () => {
    expect(hostFromReadyInfo({ host: 'Word' }, () => workbook)).toMatchObject({ kind: 'standalone' });
  });

  it('is standalone when office.js is missing or never ready', async () => {
    const makeWorkbook = jest.fn(() => workbook);
    await expect(detectHost(async () => null, makeWorkbook)).resolves.toMatchObject({ kind: 'standalone' });
    expect(makeWorkbook).not.toHaveBeenCalled();
  });

  it('without office.js on the page, the default detection answers standalone at once', async () => {
    const started = Date.now();
    await expect(detectHost()).resolves.toMatchObject({ kind: 'standalone' });
    expect(Date.now() - started).toBeLessThan(500);
  });
});
