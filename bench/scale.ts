/**
 * Issue 14's scale figures, end to end through the command line as a user runs it (a child
 * process of the built CLI): `generate` from a register of 5,000 and 50,000 projects, and `check`
 * of the same registers. Each pair is printed with its ratio, so that growth shows (linear work
 * gives about 10); wall time and peak memory (max RSS) of the child are both reported.
 * Targets: generate 10,000 < 30 s; 50,000 < 3 min and < 1 GB; check 50,000 < 15 s and < 1 GB.
 * `BENCH_SCALE=small` runs 500/5,000 instead, for a quick look.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gridsToXlsxBuffer } from '../src/workbook/xlsx-grid';
import { registerGrids } from './check';
import type { BenchResult } from './measure';

const MAIN = join(__dirname, '..', 'src', 'cli', 'main.js');

interface ChildRun {
  seconds: number;
  maxRssMb: number;
  status: number | null;
}

/** Runs `perftable ARGS` in a child and measures it from outside (its own clock and its rusage). */
function runCli(args: string[]): ChildRun {
  const script = `const start = process.hrtime.bigint();
const { PassThrough } = require('node:stream');
const stdout = new PassThrough(); stdout.resume();
const stdin = new PassThrough(); stdin.end();
require(${JSON.stringify(MAIN)}).main(${JSON.stringify(args)}, { stdin, stdout, stderr: process.stderr }).then((code) => {
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, status: code }));
});`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
  try {
    return JSON.parse(child.stdout) as ChildRun;
  } catch {
    return { seconds: NaN, maxRssMb: NaN, status: child.status };
  }
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export async function benchScale(): Promise<BenchResult[]> {
  const small = process.env.BENCH_SCALE === 'small';
  const sizes = small ? [500, 5_000] : [5_000, 50_000];
  const dir = mkdtempSync(join(tmpdir(), 'perftable-bench-scale-'));
  const results: BenchResult[] = [];
  try {
    const generate: ChildRun[] = [];
    const check: ChildRun[] = [];
    for (const size of sizes) {
      const register = join(dir, `register-${size}.xlsx`);
      writeFileSync(register, await gridsToXlsxBuffer(registerGrids(size)));
      generate.push(runCli(['generate', register, '-o', join(dir, `out-${size}.xlsx`)]));
      check.push(runCli(['check', register, '--json']));
    }
    const pair = (name: string, runs: ChildRun[], seconds: number, mb: number): void => {
      const [a, b] = runs as [ChildRun, ChildRun];
      results.push({ name: `${name} ${sizes[0]!.toLocaleString('en-US')} projects`, value: round(a.seconds), unit: 's' });
      results.push({ name: `${name} ${sizes[0]!.toLocaleString('en-US')} projects, peak memory`, value: Math.round(a.maxRssMb), unit: 'MB' });
      results.push({ name: `${name} ${sizes[1]!.toLocaleString('en-US')} projects`, value: round(b.seconds), unit: 's', target: `< ${seconds} s`, pass: small ? undefined : b.seconds < seconds });
      results.push({ name: `${name} ${sizes[1]!.toLocaleString('en-US')} projects, peak memory`, value: Math.round(b.maxRssMb), unit: 'MB', target: `< ${mb} MB`, pass: small ? undefined : b.maxRssMb < mb });
      results.push({ name: `${name} growth ×${sizes[1]! / sizes[0]!} projects → time ×`, value: round(b.seconds / a.seconds), unit: '×', target: `≈ ${sizes[1]! / sizes[0]!} (linear)` });
    };
    pair('generate from a register,', generate, 180, 1024);
    pair('check of a register,', check, 15, 1024);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
