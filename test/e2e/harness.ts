/**
 * The shared harness of the end-to-end tests: the built task pane (dist/, from `npm run build`)
 * served read-only on 127.0.0.1, a headless Debian Chromium, and task-pane pages that can reach
 * only the local server (offline, outside Office). Not a test itself: jest's e2e project runs only
 * the files named *.e2e.ts.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const DIST = resolve(__dirname, '../../dist');
export const ARTIFACTS = resolve(__dirname, '../../test-artifacts');
export const DOC_IMAGES = resolve(__dirname, '../../docs/images');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
};

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The path of `name` in test-artifacts/, which is created if missing. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** The path of `name` in docs/images/ (the README's pictures), which is created if missing. */
export function docImage(name: string): string {
  mkdirSync(DOC_IMAGES, { recursive: true });
  return join(DOC_IMAGES, name);
}

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

/** The local server of dist/ and the browser; `close` ends both. */
export interface PaneHost {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** For beforeAll: checks that Chromium is installed and dist/ built, serves dist/ and launches Chromium. */
export async function startPane(): Promise<PaneHost> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found. Install it with: apt-get install -y chromium fonts-wqy-microhei`);
  }
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error(`${DIST}/taskpane.html not found. Build first: npm run build`);
  }
  const { server, origin } = await serveDist();
  const closeServer = () => new Promise<void>((done) => server.close(() => done()));
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await closeServer();
    throw error;
  }
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      await closeServer();
    },
  };
}

export interface PaneOptions {
  /** What the office.js request gets: aborted (offline, the default) or this stand-in script. */
  officeJs?: string;
  /** The pane's size; a narrow task pane unless told. */
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /**
   * Whether console errors count as errors, besides uncaught page errors (default true). The
   * aborted office.js request logs "Failed to load resource", which never counts.
   */
  consoleErrors?: boolean;
  /** The page to open, relative to dist/ (default taskpane.html). */
  path?: string;
  /** A script run in the page before its own scripts (a fake host's globals). */
  initScript?: string;
}

export interface Pane {
  page: Page;
  /** Paths fetched from the local server, in order. */
  fetched: string[];
  /** URLs that were aborted: everything not on 127.0.0.1 (office.js too, unless stood in for). */
  blocked: string[];
  errors: string[];
}

/** A task-pane page, zh-CN, that can reach only the local server, opened at taskpane.html. */
export async function openPane(host: PaneHost, options: PaneOptions = {}): Promise<Pane> {
  const { officeJs, viewport = { width: 360, height: 760 }, acceptDownloads, consoleErrors = true, path = 'taskpane.html', initScript } = options;
  const page = await host.browser.newPage({ viewport, locale: 'zh-CN', ...(acceptDownloads === undefined ? {} : { acceptDownloads }) });
  const fetched: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (consoleErrors) {
    page.on('console', (entry) => {
      if (entry.type() === 'error' && !entry.text().startsWith('Failed to load resource')) errors.push(entry.text());
    });
  }
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    const parsed = new URL(url);
    if (parsed.hostname === '127.0.0.1') {
      fetched.push(parsed.pathname.replace(/^\//, ''));
      return route.continue();
    }
    if (url === OFFICE_JS && officeJs !== undefined) return route.fulfill({ contentType: 'text/javascript', body: officeJs });
    blocked.push(url);
    return route.abort();
  });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${host.origin}/${path}`);
  return { page, fetched, blocked, errors };
}
