/**
 * The hostile files of issue 14 through the built command line, in a process of its own limited to
 * 512 MB of heap: each finishes with a clear message and an exit code, never a V8 heap dump.
 * (Before: the merge ran 86 s and died at 4.2 GB; the zip bomb reached 2.26 GB.) Times are not
 * asserted here (see `npm run bench`); the heap limit is the bound.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compoundFile, docxFile, farCellXlsx, mergeBombXlsx, odsFile, xlsxOf, zipBombXlsx } from '../helpers/hostile-files';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'perftable.js');
let dir: string;

beforeAll(() => {
  if (!existsSync(join(root, 'lib', 'src', 'workbook', 'ooxml-read.js'))) throw new Error('lib/ is missing or stale: run `npm run build:cli`');
  dir = mkdtempSync(join(tmpdir(), 'perftable-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(name: string, bytes: Uint8Array, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const run = spawnSync(process.execPath, ['--max-old-space-size=512', bin, 'check', file, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const noCrash = (out: { stdout: string; stderr: string }): void => {
  expect(`${out.stdout}${out.stderr}`).not.toMatch(/heap out of memory|FATAL ERROR|\n\s+at .+\(.+:\d+:\d+\)/);
};

describe('perftable check on hostile files (512 MB heap)', () => {
  it('a 2 MB zip bomb (2.26 GB inflated) is refused from its declared size: exit 2, the limit named', () => {
    const out = check('bomb.xlsx', zipBombXlsx());
    noCrash(out);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/超过 200 MB 的上限/);
    expect(out.stderr).toMatch(/exceeds the 200 MB limit/);
  });

  it('a zip bomb that lies about its size is stopped by the running count: exit 2', () => {
    const out = check('liar.xlsx', zipBombXlsx({ lie: true }));
    noCrash(out);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/超过 200 MB 的上限/);
  });

  it('one merge A20:XFD1048576 is read as a rectangle cut to the content, with a warning in the JSON', () => {
    const out = check('merge.xlsx', mergeBombXlsx(), '--json');
    noCrash(out);
    expect(out.status).not.toBe(2);
    const codes = out.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as { code: string }).code);
    expect(codes).toContain('READ_FILE_MERGE_TOO_LARGE');
  });

  it('one cell at XFD1048576 is read without scanning a declared grid', () => {
    const out = check('far.xlsx', farCellXlsx(), '--json');
    noCrash(out);
    expect([0, 1]).toContain(out.status);
  });

  it.each([
    ['old.xls', () => compoundFile(['Workbook']), /这是 \.xls 格式/],
    ['locked.xlsx', () => compoundFile(['EncryptionInfo', 'EncryptedPackage']), /打开密码/],
    ['table.ods', odsFile, /OpenDocument 表格/],
    ['renamed.xlsx', docxFile, /Word 文档/],
    ['data.csv', () => new TextEncoder().encode('a,b\n1,2\n'), /CSV/],
  ])('%s: exit 2 with the reason, never "未发现问题"', (name, make, reason) => {
    const out = check(name, make());
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(reason);
    expect(out.stdout).not.toContain('未发现问题');
    noCrash(out);
  });

  it('a sheet whose part is missing is an error finding, not a silent skip', () => {
    const out = check('missing.xlsx', xlsxOf({ sheets: [{ name: '在', body: '<sheetData/>' }, { name: '缺', missing: true }] }), '--json');
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('READ_FILE_SHEET_MISSING');
  });
});
