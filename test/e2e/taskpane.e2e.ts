/**
 * The built task pane (dist/, from `npm run build`) in a real Chromium, outside Office and offline:
 * office.js cannot load, so the pane must start on its own, evaluate as you type and say that it
 * cannot write to cells. Saves test-artifacts/taskpane-trial.png.
 */
import { artifact, OFFICE_JS, openPane as openPaneOn, startPane, type Pane, type PaneHost } from './harness';

jest.setTimeout(90_000);

let host: PaneHost;

beforeAll(async () => {
  host = await startPane();
});

afterAll(async () => {
  await host?.close();
});

/** A task-pane-sized page that can reach only the local server; office.js aborted or `officeJs`. */
const openPane = (officeJs?: string): Promise<Pane> => openPaneOn(host, { officeJs });

describe('task pane, built, in Chromium without Office', () => {
  it('starts standalone, evaluates ≥60百分比 against 0.65 as 达成, and cannot insert', async () => {
    const { page, blocked, errors } = await openPane();
    try {
      await page.getByText('未在 Excel 中运行：表格在本页中生成和检查，可下载 .xlsx').waitFor({ timeout: 10_000 });
      expect(blocked).toContain(OFFICE_JS);
      expect(await page.title()).toBe('绩效表助手 PerfTable');

      await page.getByLabel('指标值', { exact: true }).fill('≥60百分比');
      await page.getByLabel('完成值', { exact: true }).fill('0.65');
      await page.getByText('达成', { exact: true }).waitFor({ timeout: 5_000 });

      expect(await page.getByLabel('公式', { exact: true }).inputValue()).toBe('=PERF.EVAL(0.65,"≥60百分比")');
      expect(await page.getByRole('button', { name: '插入公式' }).getAttribute('aria-disabled')).toBe('true');

      await page.screenshot({ path: artifact('taskpane-trial.png'), fullPage: true });

      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByText('Not running in Excel: sheets are made and checked in this page and can be downloaded as .xlsx').waitFor();
      await page.getByText('Met', { exact: true }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('starts standalone when office.js loads outside Office (onReady gives a null host)', async () => {
    const fakeOffice = 'window.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };';
    const { page, errors } = await openPane(fakeOffice);
    try {
      await page.getByText('未在 Excel 中运行：表格在本页中生成和检查，可下载 .xlsx').waitFor({ timeout: 10_000 });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('starts standalone after a short wait when onReady never resolves', async () => {
    const hangingOffice = 'window.Office = { onReady: () => new Promise(() => {}) };';
    const { page, errors } = await openPane(hangingOffice);
    try {
      const started = Date.now();
      await page.getByText('未在 Excel 中运行：表格在本页中生成和检查，可下载 .xlsx').waitFor({ timeout: 10_000 });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
