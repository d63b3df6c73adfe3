/**
 * Issue 14's reading figures: an .xlsx of 200 project sheets read and checked by the bounded
 * reader (workbook/ooxml-read) against the exceljs reading it replaced, a 300,000-row register
 * sheet, and the hostile files (each in a process of its own with a 512 MB heap: time and peak
 * memory). Ratios within one run, as the machine's load moves every absolute figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { checkWorkbook } from '../src/core/check';
import { projectsToLayouts } from '../src/core/layout/batch';
import { SEED_PROJECTS } from '../src/core/project/seed-projects';
import type { Project } from '../src/core/project/types';
import { readWorkbookFile } from '../src/workbook/ooxml-read';
import { layoutsToXlsxBuffer, worksheetToGrid } from '../src/workbook/xlsx';
import { farCellXlsx, mergeBombXlsx, zipBombXlsx } from '../test/helpers/hostile-files';
import { sink, type BenchResult } from './measure';

function batch(count: number): Project[] {
  return Array.from({ length: count }, (_, i) => {
    const p = structuredClone(SEED_PROJECTS[i % SEED_PROJECTS.length]!) as Project;
    return { ...p, name: `${p.name}（${i + 1}）`, code: `${p.code.slice(0, 14)}${String(i).padStart(6, '0')}${p.code.slice(-1)}` };
  });
}

async function bestOf(runs: number, fn: () => Promise<void> | void): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

function newGrids(bytes: Uint8Array) {
  const read = readWorkbookFile(bytes);
  if (!read.ok) throw new Error(read.error.messageEn);
  return read.grids;
}

async function exceljsGrids(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.worksheets.map(worksheetToGrid);
}

/** A register sheet of `rows` projects × 14 columns (shared strings, numbers), as Excel stores one. */
export function registerXlsx(rows: number): Uint8Array {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const strings: string[] = ['单位编码', '单位名称', '年度', '项目编码', '项目名称', '预算数', '财政资金', '其他资金', '资金用途', '绩效目标', '3月底', '6月底', '10月底', '12月底'];
  const index = new Map(strings.map((s, i) => [s, i]));
  const si = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = strings.push(text) - 1));
    return i;
  };
  const column = (c: number): string => String.fromCharCode(65 + c);
  const parts: string[] = [`<row r="1">${strings.map((_, c) => `<c r="${column(c)}1" t="s"><v>${c}</v></c>`).join('')}</row>`];
  for (let r = 2; r <= rows + 1; r++) {
    const p = SEED_PROJECTS[r % SEED_PROJECTS.length]!;
    const text = [p.unitCode, p.unitName, '', `13020925P${String(r).padStart(11, '0')}`, p.name, '', '', '', p.fundUse.slice(0, 20), p.goals.slice(0, 20), '25%', '50%', '75%', '100%'];
    const numbers: Array<number | null | undefined> = [undefined, undefined, p.year, undefined, undefined, p.budget.total, p.budget.fiscal, p.budget.other];
    parts.push(
      `<row r="${r}">` +
        text.map((t, c) => (numbers[c] !== undefined && numbers[c] !== null ? `<c r="${column(c)}${r}"><v>${numbers[c]}</v></c>` : `<c r="${column(c)}${r}" t="s"><v>${si(t)}</v></c>`)).join('') +
        `</row>`,
    );
  }
  const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="项目清单" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet xmlns="${MAIN}"><sheetData>${parts.join('')}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': strToU8(`<sst xmlns="${MAIN}">${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`),
  });
}

/** `perftable check` on a file in a child process with a 512 MB heap: wall time, peak RSS, exit code. */
function checkInChild(file: string): { ms: number; mb: number; status: number | null } {
  const lib = join(__dirname, '..', 'src', 'cli', 'main.js');
  // The child reports its own peak resident memory when it exits.
  const script = `process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'));require(${JSON.stringify(lib)}).run()`;
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--max-old-space-size=512', '-e', script, 'perftable', 'check', file, '--json'], { encoding: 'utf8', timeout: 300_000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number(/MAXRSS (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { ms: Math.round(ms), mb: Math.round(kb / 1024), status: run.status };
}

export async function benchReadFile(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const bytes = await layoutsToXlsxBuffer(projectsToLayouts(batch(200)));
  const newMs = await bestOf(3, () => {
    sink[30] = checkWorkbook(newGrids(bytes));
  });
  const oldMs = await bestOf(2, async () => {
    sink[31] = checkWorkbook(await exceljsGrids(bytes));
  });
  results.push(
    { name: '200 sheets read + checked (.xlsx, bounded reader)', value: Math.round(newMs), unit: 'ms' },
    { name: '200 sheets read + checked (.xlsx, exceljs as before)', value: Math.round(oldMs), unit: 'ms' },
    { name: '200 sheets: exceljs time / bounded reader time', value: Math.round((oldMs / newMs) * 10) / 10, unit: '×', target: '≥ 1', pass: oldMs >= newMs },
  );

  const small = registerXlsx(30_000);
  const smallNew = await bestOf(2, () => void (sink[32] = newGrids(small)));
  const smallOld = await bestOf(1, async () => void (sink[33] = await exceljsGrids(small)));
  results.push(
    { name: '30,000-row register read (bounded reader)', value: Math.round(smallNew), unit: 'ms' },
    { name: '30,000-row register read (exceljs as before)', value: Math.round(smallOld), unit: 'ms' },
  );
  const big = registerXlsx(300_000);
  const bigMs = await bestOf(1, () => void (sink[34] = newGrids(big)));
  results.push({ name: '300,000-row register read (bounded reader)', value: Math.round(bigMs), unit: 'ms' }, { name: '300,000 / 30,000 rows: time ratio (linear ≈ 10)', value: Math.round((bigMs / smallNew) * 10) / 10, unit: '×' });
  sink.length = 30;

  const dir = mkdtempSync(join(tmpdir(), 'perftable-bench-'));
  try {
    const files: Array<[string, Uint8Array]> = [
      ['300,000-row register', big],
      ['merge A20:XFD1048576', mergeBombXlsx()],
      ['one cell at XFD1048576', farCellXlsx()],
      ['zip bomb 2 MB → 2.26 GB', zipBombXlsx()],
      ['zip bomb that lies about its size', zipBombXlsx({ lie: true })],
    ];
    for (const [label, data] of files) {
      const file = join(dir, 'f.xlsx');
      writeFileSync(file, data);
      const { ms, mb, status } = checkInChild(file);
      results.push({ name: `check ${label} (512 MB heap): time, exit ${status}`, value: ms, unit: 'ms' });
      results.push({ name: `check ${label}: peak memory`, value: mb, unit: 'MB', target: '< 500', pass: mb < 500 });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
