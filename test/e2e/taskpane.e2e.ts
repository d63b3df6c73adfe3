/**
 * The built task pane (dist/, from `npm run build`) in a real Chromium, outside Office and offline:
 * office.js cannot load, so the pane must start on its own, evaluate as you type and say that it
 * cannot write to cells. Saves test-artifacts/taskpane-trial.png.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const DIST = resolve(__dirname, '../../dist');
const ARTIFACTS = resolve(__dirname, '../../test-artifacts');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
};

jest.setTimeout(90_000);

/** Serves dist/ read-only on 127.0.0.1 at a free port. */
function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(DIST, pathname));
    if (!file.startsWith(DIST + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found. Install it with: apt-get install -y chromium fonts-wqy-microhei`);
  }
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error(`${DIST}/taskpane.html not found. Build first: npm run build`);
  }
  ({ server, origin } = await serveDist());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

/**
 * A task-pane-sized page that can reach only the local server. `officeJs` decides what the
 * office.js request gets: aborted (offline, the default) or a stand-in script.
 */
async function openPane(officeJs?: string): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 760 }, locale: 'zh-CN' });
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (entry) => {
    // The aborted office.js request logs "Failed to load resource"; anything else is a real error.
    if (entry.type() === 'error' && !entry.text().startsWith('Failed to load resource')) errors.push(entry.text());
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    if (url === OFFICE_JS && officeJs !== undefined) {
      return route.fulfill({ contentType: 'text/javascript', body: officeJs });
    }
    blocked.push(url);
    return route.abort();
  });
  await page.goto(`${origin}/taskpane.html`);
  return { page, blocked, errors };
}

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

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'taskpane-trial.png'), fullPage: true });

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
