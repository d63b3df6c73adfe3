/**
 * Sheet names and Excel's size limits in what the command line writes (issue 14): `import` titles
 * that crashed (History, an apostrophe at character 31, a cut surrogate pair), two projects whose
 * names are equal as Excel compares them (k and the Kelvin sign K), and a project name longer than
 * a cell or a formula may be.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { isValidSheetName } from '../../src/core/layout/sheet-names';
import { EXCEL_LIMITS } from '../../src/core/layout/excel-limits';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { wordTextToGrids } from '../../src/core/read/word-import';
import { runCli } from '../helpers/cli';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perftable-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

/** Word text of one small table under `title`. */
const table = (title: string): string => `${title}\n\t项目名称\n\t甲\n\t项目编码\n\t1\n`;

describe('import names its sheets by the one sheet-name module', () => {
  const titles = ['History', `${'a'.repeat(30)}'尾`, `${'甲'.repeat(30)}😀尾`, 'k', '\u212a'];

  it('gives every table title a name Excel accepts, all different as Excel compares them', () => {
    const grids = wordTextToGrids(titles.map(table).join('\n'));
    const names = grids.map((g) => g.sheet);
    expect(names).toHaveLength(titles.length);
    for (const name of names) expect(isValidSheetName(name)).toBe(true);
    expect(names.join('')).not.toContain('\ufffd');
    expect(new Set(names.map((n) => n.normalize('NFKC').toUpperCase())).size).toBe(names.length);
  });

  it('writes them as a workbook (these titles crashed import before)', async () => {
    const file = join(dir, 'titles.txt');
    writeFileSync(file, titles.map(table).join('\n'));
    const run = await runCli(['import', file, '-o', join(dir, 'titles.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((await load(join(dir, 'titles.xlsx'))).worksheets).toHaveLength(titles.length);
  });
});

describe('generate', () => {
  it('writes two projects named k and K (Kelvin sign) as two sheets instead of failing the batch', async () => {
    const seed = SEED_PROJECTS[0]!;
    const json = join(dir, 'kelvin.json');
    writeFileSync(json, JSON.stringify([{ ...seed, name: 'k' }, { ...seed, name: '\u212a', code: `${seed.code.slice(0, -1)}X` }]));
    const run = await runCli(['generate', '--from-json', json, '-o', join(dir, 'kelvin.xlsx')]);
    expect(run.code).not.toBe(2);
    expect((run.json.at(-1) as { sheets: string[] }).sheets).toEqual(['汇总', 'k', '\u212a (2)']);
  });

  it('fits a 1,060,000-character project name into Excel\'s limits and says so', async () => {
    const seed = SEED_PROJECTS[0]!;
    const json = join(dir, 'huge.json');
    writeFileSync(json, JSON.stringify([{ ...seed, name: '很长的项目名称'.repeat(151_429) }]));
    const out = join(dir, 'huge.xlsx');
    const run = await runCli(['generate', '--from-json', json, '-o', out]);
    expect(run.code).not.toBe(2);
    const codes = run.json.map((j) => (j as { code?: string }).code);
    expect(codes).toContain('CELL_TEXT_TOO_LONG');
    expect(codes).toContain('FORMULA_TOO_LONG');
    const workbook = await load(out);
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) expect(cell.formula.length).toBeLessThanOrEqual(EXCEL_LIMITS.formula);
          const text = typeof cell.value === 'string' ? cell.value : '';
          expect(text.length).toBeLessThanOrEqual(EXCEL_LIMITS.cellText);
        }),
      );
    }
  });
});
