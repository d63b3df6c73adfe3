/**
 * The 检查 tab of the built task pane (dist/, from `npm run build`) in a real Chromium, outside
 * Office and offline: upload a workbook made from the seed with one deliberate error (预算数 18
 * where 财政资金 is 17), check it, see the error, download the annotated workbook and reopen it
 * with exceljs. Saves test-artifacts/check.png (copied to docs/images/check.png for the README).
 */
import { copyFileSync } from 'node:fs';
import * as ExcelJS from 'exceljs';
import { projectToLayout } from '../../src/core/layout';
import { FINDINGS_SHEET } from '../../src/core/layout/findings-sheet';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { MARK_FILL } from '../../src/workbook/office-marks';
import { layoutsToXlsxBuffer } from '../../src/workbook/xlsx';
import { artifact, docImage, openPane as openPaneOn, startPane, type Pane, type PaneHost } from './harness';

jest.setTimeout(120_000);

let host: PaneHost;

beforeAll(async () => {
  host = await startPane();
});

afterAll(async () => {
  await host?.close();
});

/** A task-pane-sized page that can reach only the local server (office.js is aborted: outside Office). */
const openPane = (): Promise<Pane> => openPaneOn(host, { acceptDownloads: true });

/** The seed's first project with 预算数 18 (财政资金 17, 其他资金 empty): one BUDGET_SUM_MISMATCH. */
async function seedWithWrongBudget(): Promise<{ bytes: Uint8Array; sheet: string; totalCell: string }> {
  const project = JSON.parse(JSON.stringify(SEED_PROJECTS[0])) as (typeof SEED_PROJECTS)[number];
  project.budget.total = 18;
  const layout = projectToLayout(project);
  const totalCell = layout.fields.total;
  if (!totalCell) throw new Error('the target layout no longer names its 预算数 cell');
  return { bytes: await layoutsToXlsxBuffer([layout]), sheet: layout.name, totalCell };
}

describe('检查 tab, built, in Chromium without Office', () => {
  it('checks an uploaded workbook, shows the 预算数 error and downloads it annotated', async () => {
    const { bytes, sheet, totalCell } = await seedWithWrongBudget();
    const { page, errors } = await openPane();
    try {
      await page.getByText('未在 Excel 中运行', { exact: false }).first().waitFor({ timeout: 10_000 });
      await page.getByRole('tab', { name: '检查' }).click();

      await page.locator('input[type=file]').setInputFiles({
        name: 'seed-error.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(bytes),
      });
      await page.getByText('已打开 seed-error.xlsx').waitFor({ timeout: 15_000 });

      // The 错误 group holds exactly the 预算数 finding.
      const errorHeader = page.getByRole('button', { name: /^错误/ });
      await errorHeader.waitFor({ timeout: 15_000 });
      expect(await errorHeader.textContent()).toBe('错误1');
      const finding = page.locator('button[data-code="BUDGET_SUM_MISMATCH"]');
      await finding.waitFor();
      expect(await finding.textContent()).toContain(`${sheet}!${totalCell}`);
      expect(await finding.textContent()).toContain('预算数 18.00 不等于 财政资金 17.00');

      await finding.click();
      await page.getByText(`问题位于 ${sheet}!${totalCell}`, { exact: false }).waitFor();

      await page.screenshot({ path: artifact('check.png'), fullPage: true });
      copyFileSync(artifact('check.png'), docImage('check.png'));

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载带标注的工作簿' }).click()]);
      expect(download.suggestedFilename()).toBe('seed-error（已标注）.xlsx');
      const saved = artifact('check-annotated.xlsx');
      await download.saveAs(saved);
      await page.getByText('已下载 seed-error（已标注）.xlsx', { exact: false }).waitFor();

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(saved);
      expect(book.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining([sheet, FINDINGS_SHEET]));

      // The 检查结果 sheet: the error first, its cell a link to the project sheet.
      const results = book.getWorksheet(FINDINGS_SHEET)!;
      expect(results.getRow(1).values).toEqual([undefined, '严重程度', '代码', '工作表', '单元格', '说明', 'English']);
      expect(results.getCell('A2').value).toBe('错误');
      expect(results.getCell('B2').value).toBe('BUDGET_SUM_MISMATCH');
      expect(results.getCell('C2').value).toBe(sheet);
      expect(results.getCell('D2').formula).toBe(`HYPERLINK("#'${sheet}'!${totalCell}","${totalCell}")`);
      expect(String(results.getCell('E2').value)).toContain('预算数');

      // The highlight: the 预算数 cell filled in the error colour, its value as the user wrote it.
      const cell = book.getWorksheet(sheet)!.getCell(totalCell);
      expect(cell.value).toBe(18);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${MARK_FILL.error.slice(1).toUpperCase()}` } });

      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
