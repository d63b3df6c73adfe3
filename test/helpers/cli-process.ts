/**
 * The command line as a real process, from the sources (no stale lib/): a tiny entry file registers
 * a require hook that transpiles .ts with TypeScript, then runs src/cli/main.ts as bin/perftable.js
 * runs lib/. For what only a process shows: signals, a closed pipe, exit codes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
let entry: string | undefined;

function entryFile(): string {
  if (entry) return entry;
  const dir = mkdtempSync(join(tmpdir(), 'perftable-entry-'));
  entry = join(dir, 'perftable-from-source.js');
  writeFileSync(
    entry,
    `const fs = require('fs');
const ts = require(${JSON.stringify(require.resolve('typescript'))});
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};
require(${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))}).run();
`,
  );
  return entry;
}

/** The command line that runs perftable from the sources, for a shell pipeline: `node ENTRY`. */
export function cliCommand(): string {
  return `'${process.execPath}' '${entryFile()}'`;
}

/** Starts `perftable ARGS…` as a child process (standard streams piped). */
export function spawnCli(args: string[], options: { cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, [entryFile(), ...args], { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Collects a child's output until it exits. */
export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Runs `perftable ARGS…` to the end with `input` on standard input. */
export async function runCliProcess(args: string[], input = ''): Promise<Finished> {
  const child = spawnCli(args);
  const done = finished(child);
  child.stdin?.end(input);
  return done;
}
