/**
 * `perftable import` and `perftable check` on the seed, on broken files and on a workbook with an
 * error: output, JSON lines and exit status.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wordTextToGrids } from '../../src/core/read/word-import';
import { readGrids } from '../../src/workbook/xlsx';
import { gridsToXlsxBuffer } from '../../src/workbook/xlsx-grid';
import { cleanSheet } from '../core/check/sheets';
import { decodeTextFile } from '../../src/cli/text-decode';
import { runCli } from '../helpers/cli';
import { SEED_TEXT } from '../helpers/seed';

const SEED_FILE = join(__dirname, '..', 'fixtures', 'seed.txt');
jest.setTimeout(60_000);

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perftable-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const blankAsNull = (rows: unknown[][]): unknown[][] =>
  rows.map((row) => {
    const cells = row.map((v) => (v === '' ? null : v));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });

describe('perftable import', () => {
  it('writes the seed as a workbook: one sheet per table, every row and cell as written', async () => {
    const out = join(dir, 'seed.xlsx');
    const run = await runCli(['import', SEED_FILE, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已写入 seed.xlsx：5 个绩效目标表，1 个部门整体绩效目标');
    const grids = await readGrids(readFileSync(out));
    const expected = wordTextToGrids(SEED_TEXT);
    expect(grids.map((g) => g.sheet)).toEqual(expected.map((g) => g.sheet));
    grids.forEach((grid, i) => expect(blankAsNull(grid.rows)).toEqual(blankAsNull(expected[i]!.rows)));
    expect(grids[1]!.merges).toEqual(['A1:G1']);
  });

  it('names the output after the input when -o is left out, and reads UTF-16 text', async () => {
    const file = join(dir, 'utf16.txt');
    writeFileSync(file, Buffer.from(`\ufeff${SEED_TEXT}`, 'utf16le'));
    const run = await runCli(['import', file]);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'utf16.xlsx'))).toBe(true);
  });

  it('decodes text saved as UTF-8 (with or without BOM), UTF-16 or GBK', () => {
    const decodeText = (bytes: Uint8Array): unknown => decodeTextFile(bytes, 'x.txt');
    expect(decodeText(Buffer.from('\ufeff\t项目编码', 'utf8'))).toMatchObject({ ok: true, text: '\t项目编码' });
    expect(decodeText(Buffer.from('\ufeff\t项目编码', 'utf16le'))).toMatchObject({ ok: true, text: '\t项目编码' });
    expect(decodeText(Uint8Array.from([0x09, 0xcf, 0xee, 0xc4, 0xbf, 0xb1, 0xe0, 0xc2, 0xeb]))).toMatchObject({ ok: true, text: '\t项目编码' });
  });

  it('refuses text without tables, and a missing file, with status 2', async () => {
    const file = join(dir, 'prose.txt');
    writeFileSync(file, '只有一段文字。\n');
    expect((await runCli(['import', file])).code).toBe(2);
    const missing = await runCli(['import', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
  });
});

describe('perftable check', () => {
  const SEED_FINDINGS = [
    ['1.2025年安全生产、综治维稳工作安排绩效目标表', 'C10', 'info', 'IND_RATE_UNDER_QUANTITY'],
    ['1.2025年安全生产、综治维稳工作安排绩效目标表', 'E18', 'info', 'IND_SATISFACTION_BELOW_DEPARTMENT'],
    ['2.2025年科技创新及重点项目建设专项经费绩效目标表', 'C10', 'info', 'IND_RATE_UNDER_QUANTITY'],
    ['2.2025年科技创新及重点项目建设专项经费绩效目标表', 'E10', 'warning', 'TARGET_IMPLICIT_OP'],
    ['2.2025年科技创新及重点项目建设专项经费绩效目标表', 'E10', 'warning', 'TARGET_GTE_100_PERCENT'],
    ['2.2025年科技创新及重点项目建设专项经费绩效目标表', 'E18', 'info', 'IND_SATISFACTION_LOW'],
    ['4.2025年园区区域环境治理工作安排绩效目标表', 'C10', 'info', 'IND_RATE_UNDER_QUANTITY'],
    ['4.2025年园区区域环境治理工作安排绩效目标表', 'E10', 'warning', 'TARGET_GTE_100_PERCENT'],
    ['4.2025年园区区域环境治理工作安排绩效目标表', 'E18', 'info', 'IND_SATISFACTION_LOW'],
  ];

  it('checks the imported seed: JSON lines with the six keys and the added family, status 0 (no error)', async () => {
    const out = join(dir, 'seed-check.xlsx');
    await runCli(['import', SEED_FILE, '-o', out]);
    const run = await runCli(['check', out, '--json']);
    expect(run.code).toBe(0);
    expect(run.json.map((f) => Object.keys(f as object))).toEqual(SEED_FINDINGS.map(() => ['sheet', 'cell', 'severity', 'code', 'message', 'messageEn', 'family']));
    expect(new Set(run.json.map((f) => (f as { family?: string }).family))).toEqual(new Set(['河北文本式']));
    expect(run.json.map((f) => { const x = f as Record<string, string>; return [x.sheet, x.cell, x.severity, x.code]; })).toEqual(SEED_FINDINGS);
  });

  it('checks Word text directly, with the same findings', async () => {
    const run = await runCli(['check', SEED_FILE, '--json']);
    expect(run.code).toBe(0);
    expect(run.json).toHaveLength(SEED_FINDINGS.length);
  });

  it('prints a table in Chinese (or English) with a summary', async () => {
    const run = await runCli(['check', SEED_FILE]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^工作表\s+单元格\s+级别\s+代码\s+说明$/);
    expect(lines[1]).toMatch(/^1\.2025年安全生产、综治维稳… {3}C10 {5}提示 {2}IND_RATE_UNDER_QUANTITY\s+“企业开工率、投产率”是比率/);
    expect(lines[lines.length - 1]).toBe('共 9 条：错误 0，警告 3，提示 6');
    const en = await runCli(['check', SEED_FILE, '--lang', 'en']);
    expect(en.stdout.trimEnd().split('\n').pop()).toBe('9 finding(s): 0 error(s), 3 warning(s), 6 info');
  });

  it('exits 1 when a finding is an error', async () => {
    const file = join(dir, 'bad.xlsx');
    writeFileSync(file, await gridsToXlsxBuffer([cleanSheet({ total: '18.00' })]));
    const run = await runCli(['check', file, '--json']);
    expect(run.code).toBe(1);
    expect(run.json).toEqual([
      {
        sheet: '项目1',
        cell: 'C4',
        severity: 'error',
        code: 'BUDGET_SUM_MISMATCH',
        message: '预算数 18.00 不等于 财政资金 17.00 + 其他资金 0.00 = 17.00（万元）',
        messageEn: 'The budget 18.00 is not 财政资金 17.00 + 其他资金 0.00 = 17.00 (万元)',
        family: '河北文本式',
      },
    ]);
  });

  it('takes the budget year and refuses a bad one', async () => {
    const run = await runCli(['check', SEED_FILE, '--json', '--year', '2026']);
    expect(run.json.filter((f) => (f as { code: string }).code === 'CODE_YEAR_EARLIER')).toHaveLength(5);
    expect((await runCli(['check', SEED_FILE, '--year', 'next'])).code).toBe(2);
  });

  it('gives a clear message and status 2 for a file that is not a workbook, or is missing', async () => {
    const file = join(dir, 'not.xlsx');
    writeFileSync(file, 'just text');
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    // The bounded reader says what the file is and what to do, Chinese first, then English; no stack.
    expect(run.stderr).toMatch(/不是 Excel 工作簿[\s\S]*not an Excel workbook/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const missing = await runCli(['check', join(dir, 'none.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
    expect((await runCli(['check'])).code).toBe(2);
  });
});
