#!/usr/bin/env node
/**
 * npm start              dev build + https://localhost:3000 (PORT to change), sideloaded into desktop Excel
 * npm start -- --http    plain http on 127.0.0.1, for a browser only (Office itself needs https);
 *                        the same as PERFTABLE_HTTP=1
 * npm start -- --stop    remove the sideload (Windows registry value / macOS wef copy)
 *
 * No office-addin-debugging: the sideload is the few lines below. Certificates come from
 * office-addin-dev-certs when it happens to be installed, otherwise from webpack-dev-server's own
 * self-signed one, which the browser or the OS must be told to trust (printed below).
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { setInterval, clearInterval } = require('timers');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const args = process.argv.slice(2);
const plainHttp = args.includes('--http') || process.env.PERFTABLE_HTTP === '1';
const port = Number(process.env.PORT || 3000);
const manifestId = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(fs.readFileSync(MANIFEST, 'utf8'))[1];
const WEF_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const MAC_DOCS = path.join(os.homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents');
const MAC_COPY = path.join(MAC_DOCS, 'wef', `${manifestId}.manifest.xml`);

/** The manifest file Excel should read: the repo's, or a copy pointing at another port. */
function manifestForPort() {
  if (port === 3000) return MANIFEST;
  const copy = path.join(os.tmpdir(), `perftable-manifest-${port}.xml`);
  fs.writeFileSync(copy, fs.readFileSync(MANIFEST, 'utf8').split('https://localhost:3000/').join(`https://localhost:${port}/`));
  return copy;
}

/** Registers the manifest with desktop Excel where we know how; returns what to tell the user. */
function sideload() {
  const webSteps = [
    'Excel on the web: Insert > Office Add-ins > Upload My Add-in, choose manifest.xml',
    `  (${MANIFEST}${port === 3000 ? '' : `; for port ${port} use ${manifestForPort()}`}).`,
  ];
  if (process.platform === 'win32') {
    execFileSync('reg', ['add', WEF_KEY, '/v', manifestId, '/t', 'REG_SZ', '/d', manifestForPort(), '/f'], { stdio: 'ignore' });
    return ['Sideloaded for desktop Excel (registry ' + WEF_KEY + ').', 'Start Excel: Home > Add-ins shows 绩效表助手 PerfTable.', ...webSteps];
  }
  if (process.platform === 'darwin' && fs.existsSync(MAC_DOCS)) {
    fs.mkdirSync(path.dirname(MAC_COPY), { recursive: true });
    fs.copyFileSync(manifestForPort(), MAC_COPY);
    return [`Sideloaded for desktop Excel (${MAC_COPY}).`, 'Restart Excel: Home > Add-ins shows 绩效表助手 PerfTable.', ...webSteps];
  }
  return ['No desktop Excel here to sideload into.', ...webSteps];
}

function unsideload() {
  if (process.platform === 'win32') {
    try {
      execFileSync('reg', ['delete', WEF_KEY, '/v', manifestId, '/f'], { stdio: 'ignore' });
      console.log('Removed the registry sideload.');
    } catch {
      console.log('No registry sideload to remove.');
    }
  } else if (fs.existsSync(MAC_COPY)) {
    fs.rmSync(MAC_COPY);
    console.log(`Removed ${MAC_COPY}.`);
  } else {
    console.log('No sideload to remove (Excel on the web: remove the add-in from its Add-ins dialog).');
  }
}

/** Where `npx office-addin-dev-certs install` leaves the certificate it made Windows or macOS trust. */
const DEV_CERTS = path.join(os.homedir(), '.office-addin-dev-certs');

/**
 * https options: office-addin-dev-certs' trusted certificate (from the package when it is
 * installed, or the files its `install` command left), else the dev server's self-signed one.
 */
async function httpsServer() {
  try {
    const devCerts = require('office-addin-dev-certs'); // not a dependency; used when a developer has it
    return { server: { type: 'https', options: await devCerts.getHttpsServerOptions() }, trusted: true };
  } catch {
    const cert = path.join(DEV_CERTS, 'localhost.crt');
    const key = path.join(DEV_CERTS, 'localhost.key');
    const ca = path.join(DEV_CERTS, 'ca.crt');
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      const options = { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
      if (fs.existsSync(ca)) options.ca = fs.readFileSync(ca);
      return { server: { type: 'https', options }, trusted: true };
    }
    return { server: { type: 'https' }, trusted: false };
  }
}

/** Copies the dev server's self-signed certificate (without its key) where the trust commands can find it. */
function trustSteps(server) {
  const pem = path.join(server.constructor.findCacheDir(), 'server.pem');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(fs.readFileSync(pem, 'utf8'));
  const crt = path.join(ROOT, '.certs', 'localhost.crt');
  fs.mkdirSync(path.dirname(crt), { recursive: true });
  fs.writeFileSync(crt, `${cert[0]}\n`);
  return [
    `Self-signed certificate for localhost (renewed every 30 days): ${crt}`,
    'Trust it once (then restart Excel and the browser):',
    `  Windows:  certutil -user -addstore Root "${crt}"`,
    `  macOS:    security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${crt}"`,
    `  Browser only: open https://localhost:${port}/taskpane.html, choose Advanced > Proceed to localhost.`,
  ];
}

/**
 * `npm start` runs this under npm (and a shell). A SIGTERM to npm ends npm and the shell but not
 * us, and we would keep the port: so when our parent is gone (we are re-parented), stop too.
 */
function stopWithParent(stop) {
  const parent = process.ppid;
  // Under npm our parent is never init: npm was stopped before we got here.
  if (parent === 1 && process.env.npm_lifecycle_event) {
    stop();
    return;
  }
  const timer = setInterval(() => {
    let gone = process.ppid !== parent;
    if (!gone) {
      try {
        process.kill(parent, 0);
      } catch {
        gone = true;
      }
    }
    if (gone) {
      clearInterval(timer);
      stop();
    }
  }, 500);
  timer.unref();
}

async function main() {
  if (args.includes('--stop')) return unsideload();

  // Signals are handled from the start: loading webpack and the first build take a while.
  let server;
  let started = false;
  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(1); // a second Ctrl-C does not wait
    stopping = true;
    console.log('\nStopping the dev server…');
    // A server still building may never settle its stop(): exit after a few seconds regardless.
    setTimeout(() => process.exit(0), 3000).unref();
    if (started) await server.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  stopWithParent(stop);

  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = require('../webpack.config.js')({}, { mode: 'development' });
  const tls = plainHttp ? { server: { type: 'http' } } : await httpsServer();
  const host = plainHttp ? '127.0.0.1' : 'localhost';
  const options = { ...config.devServer, host, port, server: tls.server, setupExitSignals: false };
  server = new WebpackDevServer(options, webpack(config));

  await server.start();
  started = true;
  const url = `${plainHttp ? 'http' : 'https'}://${host}:${port}/taskpane.html`;
  const notes = plainHttp
    ? ['Plain http: for a browser only; Excel will not load the add-in from here.']
    : [...(tls.trusted ? [] : trustSteps(server)), ...sideload()];
  console.log(['', `PerfTable task pane: ${url} (also works in a plain browser)`, ...notes, 'Ctrl-C stops the server; npm start -- --stop removes the sideload.', ''].join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
