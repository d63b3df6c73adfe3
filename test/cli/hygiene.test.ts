/**
 * Command-line hygiene (issue 14, item 7): a closed pipe ends quietly, unknown option values are
 * refused with the valid ones, `monitor` gives no light without figures, and every command's exit
 * status follows one rule — 0 done and clean, 1 done with findings/errors in the answer, 2 could
 * not run (misuse, unreadable input, refused output).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanSheet } from '../core/check/sheets';
import { gridsToXlsxBuffer } from '../../src/workbook/xlsx-grid';
import { runCli } from '../helpers/cli';
import { cliCommand } from '../helpers/cli-process';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perftable-hygiene-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a shell pipeline; returns its output and the exit status of its first command. */
function pipeline(script: string): { stdout: string; stderr: string; status: number } {
  const result = spawnSync('bash', ['-c', `${script}; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const status = Number(/status=(\d+)/.exec(result.stderr)?.[1] ?? -1);
  return { stdout: result.stdout, stderr: result.stderr.replace(/status=\d+\n?$/, ''), status };
}

describe('a closed pipe (… | head -1)', () => {
  it('parse: prints the first line, no stack trace, status 0', () => {
    const input = join(dir, 'targets.txt');
    writeFileSync(input, '≥60百分比\n'.repeat(200_000));
    const run = pipeline(`${cliCommand()} parse < '${input}' | head -1`);
    expect(run.stdout.split('\n')[0]).toContain('"ok":true');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('check --json of a workbook with a thousand findings: status 0, quietly', async () => {
    const bad = Array.from({ length: 1500 }, (_, i) => ['产出指标', '数量指标', `指标${i}`, '描述', '≥百分比', '依据']);
    const file = join(dir, 'many.xlsx');
    writeFileSync(file, await gridsToXlsxBuffer([cleanSheet({ indicators: bad })]));
    const run = pipeline(`${cliCommand()} check '${file}' --json | head -1`);
    expect(run.stdout.split('\n')[0]).toContain('"code"');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('unknown option values are refused with the valid ones (status 2)', () => {
  it.each([
    [['check', 'x.xlsx', '--profile', 'bogus'], 'standard'],
    [['check', 'x.xlsx', '--lang', 'xx'], 'zh'],
    [['score', '--profile', 'bogus'], 'standard'],
    [['monitor', '--profile', 'bogus'], 'standard'],
    [['eval', '--percent-mode', 'half'], 'fraction'],
  ])('%j', async (args, valid) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(args[args.length - 1]!);
    expect(run.stderr).toContain(valid);
    expect(run.stdout).toBe('');
  });
});

describe('perftable monitor without figures gives no light', () => {
  it.each([
    '{"month":7,"spent":null,"budget":100}',
    '{"month":7,"budget":100}',
    '{"month":7,"spent":5,"budget":null}',
    '{"month":7,"actual":null,"target":"≥60%"}',
    '{"month":7,"target":"2025年12月底前"}',
    '{"month":7,"spent":5,"budget":100,"plan":[null,null,null,null]}',
  ])('%s', async (line) => {
    const run = await runCli(['monitor'], `${line}\n`);
    expect(run.json).toEqual([{ ok: false, error: expect.objectContaining({ code: expect.any(String), message: expect.any(String), messageEn: expect.any(String) }) }]);
  });
});

describe('exit status of every command: 0 clean, 1 findings or an error answer, 2 cannot run', () => {
  let seedBook: string;
  let clean: string;
  let withErrors: string;
  beforeAll(async () => {
    seedBook = join(dir, 'seed.xlsx');
    await runCli(['generate', '--seed', '-o', seedBook]);
    clean = join(dir, 'clean.xlsx');
    writeFileSync(clean, await gridsToXlsxBuffer([cleanSheet()]));
    withErrors = join(dir, 'errors.xlsx');
    writeFileSync(withErrors, await gridsToXlsxBuffer([cleanSheet({ total: 'abc' })]));
    writeFileSync(join(dir, 'nothing.json'), '[]');
    writeFileSync(join(dir, 'unmatched.json'), '[{"code":"NOPE"}]');
  });
  const at = (name: string): string => join(dir, name);

  it.each<[string, () => string[], number, string?]>([
    ['parse', () => ['parse'], 0, '≥60%\n'],
    ['parse (bad option)', () => ['parse', '--bogus'], 2],
    ['eval', () => ['eval', '0.7', '≥60%'], 0],
    ['eval (error answer)', () => ['eval', 'abc', '≥60%'], 1],
    ['score', () => ['score', '0.7', '≥60%', '10'], 0],
    ['score (error answer)', () => ['score', '0.7', '≥60%', '0'], 1],
    ['monitor', () => ['monitor'], 0, '{"month":7,"spent":50,"budget":100}\n'],
    ['monitor (bad option)', () => ['monitor', '--month'], 2],
    ['check (clean)', () => ['check', clean], 0],
    ['check (errors)', () => ['check', withErrors], 1],
    ['check (unreadable)', () => ['check', at('missing.xlsx')], 2],
    ['import', () => ['import', join(__dirname, '..', 'fixtures', 'seed.txt'), '-o', at('import.xlsx')], 0],
    ['import (no table)', () => ['import', at('nothing.json')], 2],
    ['generate', () => ['generate', '--seed', '-o', at('generate.xlsx')], 0],
    ['generate (no project)', () => ['generate', '--from-json', at('nothing.json'), '-o', at('generate-none.xlsx')], 1],
    ['generate (output exists)', () => ['generate', '--seed', '-o', seedBook], 2],
    ['template', () => ['template', '-o', at('template.xlsx')], 0],
    ['template (no -o)', () => ['template'], 2],
    ['selfeval', () => ['selfeval', seedBook, '-o', at('self.xlsx')], 0],
    ['selfeval (actuals match nothing)', () => ['selfeval', seedBook, '--actuals', at('unmatched.json'), '-o', at('self-unmatched.xlsx')], 1],
    ['monitor-sheet (month 13)', () => ['monitor-sheet', seedBook, '--month', '13', '-o', at('m.xlsx')], 2],
    ['help', () => ['help'], 0],
    ['unknown command', () => ['frobnicate'], 2],
  ])('%s → %i', async (_, args, status, input = '') => {
    expect((await runCli(args(), input)).code).toBe(status);
  });
});
