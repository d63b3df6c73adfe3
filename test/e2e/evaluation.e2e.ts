/**
 * 自评/监控 in the built task pane (dist/, from `npm run build`), in a real Chromium outside Office
 * and offline: open a workbook made by `perftable generate --seed`, add the self-evaluation sheet to
 * its first project, type actuals, download, and check the scores the file holds (formulas with
 * their cached results). Saves test-artifacts/evaluation.png (the pane) and
 * test-artifacts/evaluation-sheets.png (both sheets and the chart as the layout data draws them:
 * a rendering of what PerfTable writes, not a screenshot of Excel), copied to docs/images/.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { parseRange } from '../../src/core/layout/a1';
import { evaluationLayout, LIGHT_COLORS } from '../../src/core/layout/evaluation';
import type { SheetLayout } from '../../src/core/layout/types';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { runCli } from '../helpers/cli';
import { artifact, docImage, openPane, startPane, type PaneHost } from './harness';

jest.setTimeout(120_000);

let host: PaneHost;
const dir = mkdtempSync(join(tmpdir(), 'perftable-e2e-'));
const seedFile = join(dir, 'seed.xlsx');

beforeAll(async () => {
  host = await startPane();
  const generated = await runCli(['generate', '--seed', '-o', seedFile]);
  if (generated.code !== 0) throw new Error(generated.stderr);
});

afterAll(async () => {
  await host?.close();
});

const ACTUALS: Array<[string, string]> = [
  ['企业开工率、投产率', '65%'],
  ['督导检查覆盖率', '50%'],
  ['完工及时率', '达成'],
  ['成本开支', '合格'],
  ['对经济发展带来效果', '6%'],
  ['为企业生产经营提供优质环境', '4%'],
  ['优化环境管理', '70%'],
  ['项目持续发挥作用', '85%'],
  ['服务对象满意度', '95%'],
];

describe('自评/监控, built, in Chromium without Office', () => {
  it('adds the self-evaluation sheet to a generated project, takes typed actuals, and downloads the scores', async () => {
    // Only uncaught page errors count here, not console errors.
    const { page, errors } = await openPane(host, { viewport: { width: 380, height: 1400 }, acceptDownloads: true, consoleErrors: false });
    try {
      await page.getByRole('tab', { name: '自评/监控' }).click({ timeout: 10_000 });
      await page.getByTestId('evaluation-upload').setInputFiles(seedFile);
      await page.locator('option', { hasText: '2025年安全生产、综治维稳工作安排' }).waitFor({ state: 'attached', timeout: 15_000 });
      // The 汇总 sheet is not a 目标表: it is not offered as a source at all.
      expect(await page.getByLabel('绩效目标表').locator('option', { hasText: '汇总' }).count()).toBe(0);
      await page.getByLabel('绩效目标表').selectOption('2025年安全生产、综治维稳工作安排');
      await page.getByTestId('evaluation-indicator').first().waitFor({ timeout: 15_000 });
      await page.getByLabel('企业开工率、投产率 实际完成值').waitFor();
      await page.getByLabel('全年执行数').fill('16.5');
      for (const [name, value] of ACTUALS) await page.getByLabel(`${name} 实际完成值`).fill(value);
      await page.getByLabel('督导检查覆盖率 偏差原因').fill('部分区域人员不足，下半年补齐');
      await page.getByRole('button', { name: '生成' }).click();
      await page.getByText(/已生成工作表“2025年安全生产、综治维稳工作安排-自评”/).waitFor({ timeout: 15_000 });
      await page.getByText(/预计总分 96\.13，等级 优/).waitFor();
      await page.screenshot({ path: artifact('evaluation.png'), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
      const path = join(dir, 'out.xlsx');
      await download.saveAs(path);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
      const ws = workbook.getWorksheet('2025年安全生产、综治维稳工作安排-自评')!;
      expect(ws.getCell('G14').value).toBe('50%');
      // Outside Office the default is 通用公式 (issue 11): a native formula over the weight cell, no PERF call.
      expect(ws.getCell('J14').formula).toMatch(/^IF\(OR\(G14="",I14=""\),"",/);
      expect(ws.getCell('J14').formula).toContain('*I14');
      expect(ws.getCell('J14').formula).not.toMatch(/_xldudf_|PERF\./);
      expect(ws.getCell('J14').result).toBe(10.42);
      expect(ws.getCell('K14').value).toBe('部分区域人员不足，下半年补齐');
      expect(ws.getCell('J22').result).toBe(96.13);
      expect(ws.getCell('J23').result).toBe('优');
      // The project's own sheet is as it was.
      expect(workbook.getWorksheet('2025年安全生产、综治维稳工作安排')!.getCell('G13').value).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('draws both sheets and the chart from the layout data (for the README)', async () => {
    const project = SEED_PROJECTS[0]!;
    const actuals = ACTUALS.map(([, v]) => v);
    const self = evaluationLayout(project, { mode: 'self-evaluation', inputs: { spent: 16.5, actuals, reasons: [null, '部分区域人员不足，下半年补齐'] } });
    const monitor = evaluationLayout(project, {
      mode: 'monitoring',
      month: 7,
      inputs: { spent: 8.2, actuals: ['40%', '20%', '部分达成', '合格', '2%', '1%', '40%', '50%', '90%'], forecasts: actuals, cumulative: [0, 0.05, 0.12, 0.2, 0.3, 0.4], likelihood: ['确定能', '有可能'], causes: [null, '人员保障'] },
    });
    const page = await host.browser.newPage({ viewport: { width: 1960, height: 900 }, locale: 'zh-CN' });
    try {
      await page.setContent(`<html><body style="font-family:'WenQuanYi Micro Hei',sans-serif;font-size:11px;margin:12px">${sheetHtml(self)}<div style="height:18px"></div>${sheetHtml(monitor)}</body></html>`);
      await page.screenshot({ path: artifact('evaluation-sheets.png'), fullPage: true });
      copyFileSync(artifact('evaluation.png'), docImage('evaluation.png'));
      copyFileSync(artifact('evaluation-sheets.png'), docImage('evaluation-sheets.png'));
    } finally {
      await page.close();
    }
  });
});

const LIGHT_BY_TEXT: Record<string, { fill: string; fontColor: string }> = { 红: LIGHT_COLORS.red, 黄: LIGHT_COLORS.yellow, 绿: LIGHT_COLORS.green, 蓝: LIGHT_COLORS.blue };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A sheet as an HTML table: values (cached results for formulas), merges, fills, the lights' colours, and its chart as SVG. */
function sheetHtml(layout: SheetLayout): string {
  const used = parseRange(layout.usedRange);
  const cells = new Map<string, { text: string; style: string; format: string }>();
  for (const block of layout.blocks) {
    const r0 = parseRange(block.range);
    block.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const format = block.numberFormats[i]![j]!;
        let text = value === null ? '' : String(value);
        if (typeof value === 'number' && format.includes('%')) text = `${(value * 100).toFixed(format === '0%' ? 0 : 2)}%`;
        else if (typeof value === 'number' && format === '0.00') text = value.toFixed(2);
        else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
        cells.set(`${r0.top + i},${r0.left + j}`, { text, style: block.styles[i]![j]!, format });
      }),
    );
  }
  const covered = new Set<string>();
  const spans = new Map<string, [number, number]>();
  for (const merge of layout.merges) {
    const m = parseRange(merge);
    spans.set(`${m.top},${m.left}`, [m.bottom - m.top + 1, m.right - m.left + 1]);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const lastDataRow = Math.max(...layout.blocks.map((b) => parseRange(b.range).bottom));
  let html = `<div style="font-weight:bold;margin:4px 0">${escape(layout.name)}</div><div style="display:flex;gap:12px;align-items:flex-start"><table style="border-collapse:collapse;table-layout:fixed">`;
  html += `<colgroup>${layout.columns.map((c) => `<col style="width:${Math.round(c.widthPoints * 1.1)}px">`).join('')}</colgroup>`;
  for (let r = 1; r <= Math.min(used.bottom, lastDataRow); r++) {
    html += '<tr>';
    for (let c = 1; c <= used.right; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const cell = cells.get(key);
      const style = cell ? layout.styles[cell.style] : undefined;
      const light = cell && cell.text.length === 1 ? LIGHT_BY_TEXT[cell.text] : undefined;
      const span = spans.get(key);
      const css = [
        style?.border ? 'border:1px solid #999' : '',
        `background:${light?.fill ?? style?.fill ?? '#fff'}`,
        light ? `color:${light.fontColor}` : '',
        style?.bold ? 'font-weight:bold' : '',
        style?.fontSize && style.fontSize > 12 ? 'font-size:16px' : '',
        `text-align:${style?.horizontal === 'general' ? 'left' : style?.horizontal ?? 'left'}`,
        'padding:2px 3px',
        'overflow:hidden',
      ].filter(Boolean).join(';');
      html += `<td${span ? ` rowspan="${span[0]}" colspan="${span[1]}"` : ''} style="${css}">${escape(cell?.text ?? '').slice(0, 60)}</td>`;
    }
    html += '</tr>';
  }
  html += '</table>';
  for (const chart of layout.charts ?? []) html += chartSvg(chart, cells);
  return `${html}</div>`;
}

function chartSvg(chart: NonNullable<SheetLayout['charts']>[number], cells: Map<string, { text: string }>): string {
  const width = 460;
  const height = 260;
  const left = 40;
  const bottom = 220;
  const colors = ['#4472C4', '#ED7D31'];
  const categories = parseRange(chart.categories);
  const n = categories.bottom - categories.top + 1;
  const x = (i: number) => left + (i * (width - left - 20)) / (n - 1);
  const y = (v: number) => bottom - v * 180;
  let svg = `<svg width="${width}" height="${height}" style="border:1px solid #ccc;background:#fff;font-size:10px"><text x="${width / 2}" y="16" text-anchor="middle" font-weight="bold">${escape(chart.title)}</text>`;
  for (const t of [0, 0.25, 0.5, 0.75, 1]) svg += `<line x1="${left}" x2="${width - 20}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${left - 4}" y="${y(t) + 3}" text-anchor="end">${t * 100}%</text>`;
  for (let i = 0; i < n; i++) svg += `<text x="${x(i)}" y="${bottom + 14}" text-anchor="middle">${escape(cells.get(`${categories.top + i},${categories.left}`)?.text ?? '')}</text>`;
  chart.series.forEach((series, k) => {
    const range = parseRange(series.values);
    const points: string[] = [];
    for (let i = 0; i < n; i++) {
      const text = cells.get(`${range.top + i},${range.left}`)?.text ?? '';
      if (text === '') continue;
      points.push(`${x(i)},${y(Number(text.replace('%', '')) / 100)}`);
    }
    svg += `<polyline fill="none" stroke="${colors[k]}" stroke-width="2" points="${points.join(' ')}"/>`;
    svg += `<rect x="${left + k * 150}" y="${height - 16}" width="10" height="3" fill="${colors[k]}"/><text x="${left + 14 + k * 150}" y="${height - 12}">${escape(series.name)}</text>`;
  });
  return `${svg}</svg>`;
}
