/**
 * `npm run bench`: every figure the issues ask for, measured in one run on this machine, with the
 * ratio against a baseline where one is asked for. Timings belong here, never in tests.
 */
import { benchCheck } from './check';
import { benchLayout, benchLayoutFile } from './layout';
import type { BenchResult } from './measure';
import { benchScale } from './scale';
import { benchReadFile } from './read-file';
import { benchScore } from './score';
import { benchTarget } from './target';
import { benchWps } from './wps';
import { benchWholeColumn } from './whole-column';

type Suite = [title: string, run: () => BenchResult[] | Promise<BenchResult[]>];

const suites: Suite[] = [
  ['指标值 grammar and evaluation', benchTarget],
  ['绩效自评与监控 scoring and monitoring', benchScore],
  ['绩效目标表 layouts', benchLayout],
  ['.xlsx files', benchLayoutFile],
  ['检查 checks', () => benchCheck()],
  ['WPS 表格 bridge calls', benchWps],
  ['whole columns (PERF functions)', benchWholeColumn],
  ['规模 scale through the command line (issue 14)', benchScale],
  ['读取 .xlsx files: bounded reader, hostile files', benchReadFile],
];

function format(result: BenchResult): string {
  const value = result.unit === '/s' ? result.value.toLocaleString('en-US') : String(result.value);
  const verdict = result.pass === undefined ? '' : result.pass ? '  ✓' : '  ✗ MISSED';
  const target = result.target ? `  (target ${result.target}${result.target.includes(result.unit) ? '' : ` ${result.unit}`})` : '';
  return `  ${result.name.padEnd(64)} ${value.padStart(12)} ${result.unit}${target}${verdict}`;
}

async function main(): Promise<void> {
  let missed = 0;
  // BENCH_ONLY=scale runs the suites whose title contains the word.
  const only = process.env.BENCH_ONLY;
  for (const [title, run] of suites.filter(([t]) => !only || t.includes(only))) {
    console.log(`\n${title}`);
    for (const result of await run()) {
      console.log(format(result));
      if (result.pass === false) missed++;
    }
  }
  console.log(missed === 0 ? '\nAll targets met.' : `\n${missed} target(s) missed.`);
}

void main();
