#!/usr/bin/env node
/**
 * npm run package:wps — packs the WPS add-in built in dist/wps/ (npm run build) for the three ways
 * WPS installs one (docs/wps.md), without prompts and without the wpsjs CLI:
 *   dist/wps-package/perftable.7z      offline package; its only root is perftable_<version>/
 *   dist/wps-package/perftable_<version>/  the same folder, to copy into jsaddons by hand
 *   dist/wps-package/publish.xml       entries for jsaddons/publish.xml: online URL, offline .7z, folder
 *   dist/wps-package/jsplugins.xml     the enterprise (oem.ini JSPluginsServer) list
 * PERFTABLE_WPS_URL: where dist/wps/ (or the .7z) will be served, e.g. http://intranet/perftable/.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { path7za } = require('7zip-bin');

const root = path.resolve(__dirname, '..');
const { version } = require(path.join(root, 'package.json'));
const NAME = 'perftable';
const source = path.join(root, 'dist', 'wps');
const out = path.join(root, 'dist', 'wps-package');
const folder = `${NAME}_${version}`;
const base = (process.env.PERFTABLE_WPS_URL || 'http://127.0.0.1:3889/').replace(/\/?$/, '/');

function xmlAttr(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function main() {
  if (!fs.existsSync(path.join(source, 'ribbon.xml'))) {
    console.error('dist/wps/ 不存在或不完整：请先运行 npm run build / dist/wps/ is missing: run npm run build first');
    return 2;
  }
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.cpSync(source, path.join(out, folder), { recursive: true });
  // npm leaves the bundled 7za without its exec bit on Linux and macOS (../shared/WPS.md §1.4).
  fs.chmodSync(path7za, 0o755);
  const archive = path.join(out, `${NAME}.7z`);
  const partial = `${archive}.partial.7z`;
  execFileSync(path7za, ['a', '-t7z', '-bd', '-y', partial, folder], { cwd: out, stdio: 'pipe' });
  fs.renameSync(partial, archive);

  const url = xmlAttr(base);
  const entries = [
    `  <!-- 在线：WPS 从该地址加载 / online: WPS loads the add-in from this URL -->`,
    `  <jspluginonline name="${NAME}" type="et" url="${url}" enable="enable_dev" install="null" debug="" customDomain=""/>`,
    `  <!-- 离线包：WPS 下载并解压 .7z / offline package: WPS downloads and unpacks the .7z -->`,
    `  <jsplugin name="${NAME}" type="et" url="${url}${NAME}.7z" version="${xmlAttr(version)}" enable="enable_dev" install="null" customDomain=""/>`,
    `  <!-- 文件夹：把 ${folder} 复制到 jsaddons 目录 / folder: copy ${folder} into the jsaddons folder -->`,
    `  <jsplugin name="${NAME}" type="et" url="${folder}" version="${xmlAttr(version)}" enable="enable_dev" install="null" customDomain=""/>`,
  ];
  fs.writeFileSync(path.join(out, 'publish.xml'), `<jsplugins>\n${entries.join('\n')}\n</jsplugins>\n`);
  fs.writeFileSync(
    path.join(out, 'jsplugins.xml'),
    `<jsplugins>\n  <jspluginonline name="${NAME}" type="et" url="${url}"/>\n  <jsplugin name="${NAME}" type="et" url="${url}${NAME}.7z" version="${xmlAttr(version)}" enable="true"/>\n</jsplugins>\n`,
  );
  console.log(JSON.stringify({ ok: true, archive: path.relative(root, archive), folder: path.relative(root, path.join(out, folder)), url: base }));
  return 0;
}

process.exitCode = main();
