/**
 * The WPS add-in as built (dist/wps/, `npm run build`) and packed (`npm run package:wps`): the files
 * WPS reads, their syntax level, the offline package, and the pages in Debian's Chromium with a
 * fake `wps` injected before their scripts: the hidden page registers every PERF function, the
 * pane renders in Chinese and writes through the WPS adapter into the fake's cells.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { SaxesParser } from 'saxes';
import { path7za } from '7zip-bin';
import { DIST, docImage, openPane, startPane, type PaneHost } from './harness';

jest.setTimeout(120_000);

const WPS = join(DIST, 'wps');
const read = (name: string) => readFileSync(join(WPS, name), 'utf8');

function wellFormed(xml: string): void {
  new SaxesParser().write(xml).close();
}

/** A fake `wps` + `Application` for a page: a spy on AddCustomFunction, PluginStorage, and cells. */
const FAKE_WPS = (withFunctions: boolean) => `
(() => {
  const storage = new Map();
  const registered = [];
  const cells = new Map();
  const range = (address) => ({
    set Formula(v) { cells.set(address, v); },
    get Formula() { return cells.get(address) ?? ''; },
    get Worksheet() { return { Name: 'Sheet1' }; },
    Row: Number(address.replace(/[A-Z]+/, '')),
    Column: address.replace(/\\d+/, '').charCodeAt(0) - 64,
    Cells: { Item: () => range(address) },
  });
  const app = { ActiveWorkbook: { Worksheets: { Count: 1, Item: () => ({ Name: 'Sheet1' }) } }, get Selection() { return range('C3'); } };
  window.__fake = { registered, cells, storage };
  window.Application = app;
  window.wps = {
    PluginStorage: { setItem: (k, v) => storage.set(k, String(v)), getItem: (k) => storage.get(k) ?? null },
    CreateTaskPane: () => ({ ID: 'pane-1', Visible: false }),
    ${withFunctions ? 'AddCustomFunction: (ns, name, fn, meta) => registered.push({ ns, name, fn, meta }),' : ''}
  };
})();`;

describe('dist/wps: the files WPS reads', () => {
  beforeAll(() => {
    if (!existsSync(join(WPS, 'ribbon.xml'))) throw new Error(`${WPS}/ribbon.xml not found. Build first: npm run build`);
  });

  it('has a ribbon.xml that starts with <customUI (WPS rejects an XML declaration) and is well formed', () => {
    const ribbon = read('ribbon.xml');
    expect(ribbon.startsWith('<customUI')).toBe(true);
    wellFormed(ribbon);
    expect(ribbon).toMatch(/onLoad="OnAddinLoad"/);
    expect(ribbon).toMatch(/onAction="OnAction"/);
  });

  it('has a JsPlugin manifest with the PERF namespace and a functions.json of all 17 functions in Chinese', () => {
    const manifest = read('manifest.xml');
    wellFormed(manifest);
    expect(manifest).toMatch(/<Namespace>PERF<\/Namespace>/);
    const { functions } = JSON.parse(read('functions.json')) as { functions: Array<{ name: string; description: string; parameters: Array<{ type: string }> }> };
    expect(functions).toHaveLength(17);
    expect(functions.every((f) => /[\u4e00-\u9fff]/.test(f.description))).toBe(true);
    expect(functions.flatMap((f) => f.parameters.map((p) => p.type)).every((t) => /^any\[\]\[\]\??$/.test(t))).toBe(true);
  });

  it('loads no office.js and nothing from the network: relative URLs only', () => {
    for (const page of ['index.html', 'taskpane.html']) {
      const html = read(page);
      expect(html).not.toMatch(/office\.js/);
      expect(html).not.toMatch(/(src|href)=["']?https?:/);
    }
    // What http(s) text the bundles hold is XML namespaces and React's error links, never a script or a fetch.
    const urls = ['main.js', 'taskpane.js'].flatMap((name) => read(name).match(/https?:\/\/[^"'`\s)]+/g) ?? []);
    expect(urls.filter((url) => !/^http:\/\/www\.w3\.org\/|^https:\/\/react\.dev\/errors\//.test(url))).toEqual([]);
  });

  it('keeps every bundle to ES2019 syntax', () => {
    for (const name of readdirSync(WPS).filter((f) => f.endsWith('.js'))) {
      expect(() => parse(read(name), { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    }
  });

  it('packs perftable.7z with perftable_<version>/ as its only root, plus publish.xml and jsplugins.xml', () => {
    execFileSync(process.execPath, [join(__dirname, '../../scripts/package-wps.js')], { stdio: 'pipe' });
    const out = join(DIST, 'wps-package');
    const listing = execFileSync(path7za, ['l', '-ba', '-slt', join(out, 'perftable.7z')], { encoding: 'utf8' });
    const paths = [...listing.matchAll(/^Path = (.+)$/gm)].map((m) => m[1]!);
    const version = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;
    expect(new Set(paths.map((p) => p.split(/[\\/]/)[0]))).toEqual(new Set([`perftable_${version}`]));
    expect(paths).toContain(`perftable_${version}/ribbon.xml`);
    for (const name of ['publish.xml', 'jsplugins.xml']) wellFormed(readFileSync(join(out, name), 'utf8'));
    expect(readFileSync(join(out, 'publish.xml'), 'utf8')).toMatch(`url="perftable_${version}"`);
  });
});

describe('dist/wps in Chromium with a fake WPS', () => {
  let host: PaneHost;
  beforeAll(async () => {
    host = await startPane();
  });
  afterAll(async () => {
    await host?.close();
  });

  it('the hidden page registers every PERF function, and EVAL answers', async () => {
    const { page, errors } = await openPane(host, { path: 'wps/index.html', initScript: FAKE_WPS(true) });
    try {
      await page.waitForFunction(() => (window as unknown as { __fake: { registered: unknown[] } }).__fake.registered.length === 17);
      const result = await page.evaluate(() => {
        const fake = (window as unknown as { __fake: { registered: Array<{ ns: string; name: string; fn: (...a: unknown[]) => unknown }> } }).__fake;
        const evalFn = fake.registered.find((r) => r.name === 'EVAL')!.fn;
        return { names: fake.registered.map((r) => `${r.ns}.${r.name}`), evaluated: evalFn(0.65, '≥60百分比'), callbacks: ['OnAddinLoad', 'OnAddInLoad', 'OnAction', 'GetImage'].map((n) => typeof (window as unknown as Record<string, unknown>)[n]) };
      });
      expect(result.names).toContain('PERF.SCORE');
      expect(result.evaluated).toEqual([[true]]);
      expect(result.callbacks).toEqual(['function', 'function', 'function', 'function']);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the task pane renders in Chinese and inserts a formula into the WPS selection', async () => {
    const { page, errors, blocked } = await openPane(host, { path: 'wps/taskpane.html', initScript: FAKE_WPS(true) });
    try {
      await page.getByLabel('指标值', { exact: true }).fill('≥60百分比');
      await page.getByLabel('完成值', { exact: true }).fill('0.65');
      await page.getByText('达成', { exact: true }).waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: '插入公式' }).click();
      await page.waitForFunction(() => (window as unknown as { __fake: { cells: Map<string, string> } }).__fake.cells.size > 0);
      const written = await page.evaluate(() => [...(window as unknown as { __fake: { cells: Map<string, string> } }).__fake.cells]);
      expect(written).toEqual([['C3', '=PERF.EVAL(0.65,"≥60百分比")']]);
      await page.screenshot({ path: docImage('wps-taskpane.png'), fullPage: true });
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('says in Chinese that an older WPS cannot run PERF functions', async () => {
    const { page } = await openPane(host, { path: 'wps/taskpane.html', initScript: `${FAKE_WPS(false)};wps.PluginStorage.setItem('perftable.functions', JSON.stringify({supported:false,reason:'此版本的 WPS 不支持加载项自定义函数（需 12.1.0.20540 或更新版本）',reasonEn:'older'}));` });
    try {
      await page.getByTestId('wps-no-functions').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('wps-no-functions').innerText()).toMatch(/12\.1\.0\.20540/);
    } finally {
      await page.close();
    }
  });
});
