/**
 * The built task pane (dist/, from `npm run build`) in a real Chromium, outside Office and offline:
 * the 新建项目 wizard is taken through the seed's first project as a user would type it, the
 * workbook is downloaded and reopened with exceljs, and must hold exactly the sheet the core lays
 * out for the seed's project. Batch generation runs on an uploaded register. exceljs must be
 * fetched only outside Office, and only when the workbook is first used.
 *
 * Saves test-artifacts/wizard-preview.png and test-artifacts/batch.png, and copies them to
 * docs/images/ for the README.
 */
import { trimmed } from '../helpers/grid';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import * as ExcelJS from 'exceljs';
import { registerLayouts } from '../../src/core/layout/register-sheet';
import { projectToLayout } from '../../src/core/layout/target-sheet';
import { projectsToLayouts } from '../../src/core/layout/batch';
import { layoutToGrid } from '../../src/core/layout/to-grid';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { readTargetSheets } from '../../src/core/read/target-sheet';
import { layoutsToXlsxBuffer, readGrids } from '../../src/workbook/xlsx';
import { SETTINGS_SHEET } from '../../src/workbook/memory';
import { artifact, DIST, docImage, OFFICE_JS, openPane as openPaneOn, startPane, type Pane, type PaneHost } from './harness';

const seed = SEED_PROJECTS[0]!;

jest.setTimeout(180_000);

/** The lazily loaded chunks: every script of dist/ that is not an entry. */
/** The chunks generating a workbook outside Office needs: the .xlsx adapter and exceljs (not 固化结果's). */
function lazyChunks(): string[] {
  return readdirSync(DIST).filter((f) => f.endsWith('.js') && !['taskpane.js', 'functions.js', 'freeze.js'].includes(f));
}

let host: PaneHost;

beforeAll(async () => {
  host = await startPane();
});

afterAll(async () => {
  await host?.close();
});

/**
 * A task-pane-sized page that can reach only the local server. `officeJs` decides what the
 * office.js request gets: aborted (offline, the default) or a stand-in script.
 */
const openPane = (officeJs?: string): Promise<Pane> => openPaneOn(host, { officeJs, viewport: { width: 380, height: 900 }, acceptDownloads: true });

const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

/** Types the seed's first project into the wizard: the first indicator from the catalog, then edited; the others typed. */
async function fillSeedProject(page: Page): Promise<void> {
  await field(page, '单位编码').fill(seed.unitCode);
  await field(page, '单位名称').fill(seed.unitName);
  await field(page, '年度').fill(String(seed.year));
  await field(page, '项目编码').fill(seed.code);
  await field(page, '项目名称').fill(seed.name);
  await button(page, '下一步').click();

  await field(page, '预算数').fill('17.00');
  await field(page, '其中：财政资金').fill('17.00');
  await field(page, '资金用途').fill(seed.fundUse);
  // The plan starts at 25/50/75/100, the seed's own; typed again to go through the inputs.
  for (const { month, percent } of seed.spendPlan) await field(page, `${month}月底（%）`).fill(String(percent));
  await button(page, '下一步').click();

  await button(page, '用资金用途填入').click();
  await button(page, '下一步').click();

  const picker = page.getByRole('group', { name: '从指标库添加', exact: true });
  await field(picker, '一级指标').selectOption('产出指标');
  await field(picker, '二级指标').selectOption('数量指标');
  await field(picker, '指标模板').selectOption({ label: '完成年度计划任务数（≥1项）' });
  await button(page, '添加所选模板').click();
  for (let i = 1; i < seed.indicators.length; i += 1) await button(page, '添加空白指标').click();
  // One row too many, deleted again.
  await button(page, '添加空白指标').click();
  await button(page, `删除指标 ${seed.indicators.length + 1}`).click();

  for (const [i, row] of seed.indicators.entries()) {
    const card = page.getByRole('group', { name: `指标 ${i + 1}`, exact: true });
    await field(card, '一级指标').fill(row.level1);
    await field(card, '二级指标').fill(row.level2);
    await field(card, '三级指标').fill(row.level3);
    await field(card, '绩效指标描述').fill(row.description);
    await field(card, '指标值').fill(row.target);
    await field(card, '指标值确定依据').fill(row.basis);
  }
}


async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFile(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe('新建项目 wizard, built, in Chromium without Office', () => {
  it('goes through the seed’s first project, previews it and downloads a workbook holding exactly its sheet', async () => {
    const { page, fetched, blocked, errors } = await openPane();
    try {
      await page.getByText('未在 Excel 中运行', { exact: false }).waitFor({ timeout: 10_000 });
      expect(blocked).toContain(OFFICE_JS);
      await page.getByRole('tab', { name: '新建项目' }).click();
      await page.getByText('第 1 步，共 6 步：基本信息').waitFor();
      await fillSeedProject(page);

      await button(page, '下一步').click();
      await page.getByText('第 5 步，共 6 步：预览').waitFor();
      await page.getByText('没有发现问题。').waitFor();
      const preview = page.getByRole('region', { name: '生成的表格预览' });
      await preview.getByText('预算项目绩效目标表', { exact: true }).waitFor();
      expect(await preview.getByText('产出指标', { exact: true }).getAttribute('rowspan')).toBe('4');
      // exceljs has not been fetched: nothing needed the workbook yet.
      expect(fetched.filter((f) => lazyChunks().includes(f))).toEqual([]);

      // A pane widened to show the whole table, for the screenshot.
      await page.setViewportSize({ width: 760, height: 900 });
      await page.screenshot({ path: artifact('wizard-preview.png'), fullPage: true });
      copyFileSync(artifact('wizard-preview.png'), docImage('wizard-preview.png'));
      await page.setViewportSize({ width: 380, height: 900 });

      await button(page, '下一步').click();
      await button(page, '生成工作表').click();
      await page.getByText(`已生成工作表「${seed.name}」，请下载工作簿`).waitFor({ timeout: 20_000 });
      // Now, and only now, the .xlsx adapter and exceljs were fetched.
      expect(lazyChunks().every((chunk) => fetched.includes(chunk))).toBe(true);

      const [download] = await Promise.all([page.waitForEvent('download'), button(page, '下载 .xlsx').click()]);
      expect(download.suggestedFilename()).toBe(`${seed.name}.xlsx`);
      const saved = artifact('wizard.xlsx');
      await download.saveAs(saved);

      // Reopened with exceljs: the one visible sheet is the seed's table as the core lays it out.
      const workbook = await loadWorkbook(saved);
      expect(workbook.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name)).toEqual([seed.name]);
      const sheet = workbook.getWorksheet(seed.name)!;
      expect(sheet.getCell('A1').value).toBe('预算项目绩效目标表');
      expect(sheet.getCell('B3').value).toBe(seed.code);
      expect(sheet.getCell('B5').value).toBe(17);
      expect(sheet.getCell('B5').numFmt).toBe('0.00');
      expect(sheet.getCell('B8').value).toBe(0.25);
      expect(sheet.getCell('B8').numFmt).toBe('0%');
      const grids = await readGrids(await readFile(saved));
      const grid = grids.find((g) => g.sheet === seed.name)!;
      expect(trimmed(grid)).toEqual(trimmed(layoutToGrid(projectToLayout(seed))));
      const [table] = readTargetSheets(grid).tables;
      expect(table?.project.indicators).toEqual(seed.indicators);
      expect(table?.project.budget.total).toBe(17);

      // The unit is remembered in the workbook, in its very hidden settings sheet.
      const settings = workbook.getWorksheet(SETTINGS_SHEET)!;
      expect(settings.state).toBe('veryHidden');
      expect(settings.getCell('A1').value).toBe('perftable.unit.v1');
      expect(JSON.parse(String(settings.getCell('B1').value))).toEqual({ unitCode: seed.unitCode, unitName: seed.unitName, year: 2025, amountUnit: '万元' });

      // The next project starts with the unit filled in.
      await button(page, '新建下一个项目').click();
      expect(await field(page, '单位名称').inputValue()).toBe(seed.unitName);
      expect(await field(page, '项目名称').inputValue()).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('generates from an uploaded register: a sheet per project and the 汇总, previewed and downloaded', async () => {
    const register = artifact('register.xlsx');
    writeFileSync(register, await layoutsToXlsxBuffer(registerLayouts(SEED_PROJECTS)));
    const { page, errors } = await openPane();
    try {
      await page.getByText('未在 Excel 中运行', { exact: false }).waitFor({ timeout: 10_000 });
      await page.getByRole('tab', { name: '批量生成' }).click();
      await page.getByLabel('上传项目清单 .xlsx').setInputFiles(register);
      await page.getByText('从「项目清单」读到 5 个项目；指标取自「指标清单」').waitFor({ timeout: 20_000 });
      await button(page, '生成 6 张工作表').click();
      await page.getByText('已生成 5 张项目表和 1 张汇总表').waitFor({ timeout: 30_000 });
      const preview = page.getByRole('region', { name: '所选工作表的预览' });
      await preview.getByText('预算项目绩效目标汇总表').waitFor();
      expect(await preview.getByText('333.00').count()).toBe(2);

      await page.setViewportSize({ width: 720, height: 900 });
      await page.screenshot({ path: artifact('batch.png'), fullPage: true });
      copyFileSync(artifact('batch.png'), docImage('batch.png'));

      const [download] = await Promise.all([page.waitForEvent('download'), button(page, '下载 .xlsx').click()]);
      expect(download.suggestedFilename()).toBe('register-绩效目标表.xlsx');
      const saved = artifact('batch.xlsx');
      await download.saveAs(saved);
      const workbook = await loadWorkbook(saved);
      const names = workbook.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
      expect(names).toEqual(['项目清单', '指标清单', '填表说明', ...SEED_PROJECTS.map((p) => p.name), '汇总']);

      // Each project sheet is the core's layout of that project; the 汇总 links to them and sums them.
      const grids = await readGrids(await readFile(saved));
      const expected = projectsToLayouts(SEED_PROJECTS, { existing: ['项目清单', '指标清单', '填表说明'] });
      for (const layout of expected.slice(1)) {
        expect(trimmed(grids.find((g) => g.sheet === layout.name)!)).toEqual(trimmed(layoutToGrid(layout)));
      }
      const summary = workbook.getWorksheet('汇总')!;
      expect(summary.getCell('C4').formula).toMatch(/^HYPERLINK\("#'2025年安全生产、综治维稳工作安排'!A1"/);
      expect(summary.getCell('D9').formula).toBe('SUM(D4:D8)');
      expect(summary.getCell('D9').result).toBe(333);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('inside Excel never fetches exceljs, even in the wizard and the batch panel', async () => {
    // A stand-in office.js: Excel is the host; every workbook call fails, which the panels survive.
    const fakeOffice = [
      'window.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) };',
      'window.Excel = { run: () => Promise.reject(new Error("no workbook in this test")) };',
    ].join('\n');
    const { page, fetched, errors } = await openPane(fakeOffice);
    try {
      await page.getByRole('tab', { name: '新建项目' }).click();
      await page.getByText('第 1 步，共 6 步：基本信息').waitFor({ timeout: 10_000 });
      expect(await page.getByText('未在 Excel 中运行', { exact: false }).count()).toBe(0);
      await page.getByRole('tab', { name: '批量生成' }).click();
      await button(page, '读取项目清单').click();
      await page.getByText('操作失败：no workbook in this test').waitFor();
      expect(fetched.filter((f) => lazyChunks().includes(f))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
