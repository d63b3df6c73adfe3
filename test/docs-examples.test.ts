/**
 * Every command example in README.md and docs/ runs as written and prints what the page shows.
 *
 * An example is a fenced block with lines starting with `$ `: each such line is a command, the lines
 * under it (up to the next `$ `) its expected output (stdout and stderr together). A line that is
 * only `…` stands for any number of lines. A fenced block right after `<!-- file: NAME -->` is written
 * to NAME first, so that the commands can read it. All blocks of one page share one fresh directory
 * holding the seed (`seed.txt`). `npx perftable` runs the command line compiled from src/ into a
 * temporary directory (so that a stale lib/ cannot make the test pass or fail).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const SEED = join(ROOT, 'test', 'fixtures', 'seed.txt');
const SEPARATOR = '@@perftable-docs-example@@';

interface Step {
  kind: 'file' | 'example';
  name?: string;
  content: string[];
  line: number;
}

interface Command {
  command: string;
  expected: string[];
}

function markdownFiles(): string[] {
  const docs = join(ROOT, 'docs');
  const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(docs, name));
  return [join(ROOT, 'README.md'), ...pages.sort()];
}

/** The file blocks and example blocks of a page, in order. */
function stepsOf(markdown: string): Step[] {
  const lines = markdown.split('\n');
  const steps: Step[] = [];
  let fileName: string | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const marker = /^<!--\s*file:\s*(\S+)\s*-->\s*$/.exec(lines[i]!);
    if (marker) {
      fileName = marker[1];
      continue;
    }
    if (!/^```/.test(lines[i]!)) {
      if (lines[i]!.trim() !== '') fileName = undefined;
      continue;
    }
    const start = i;
    const content: string[] = [];
    for (i += 1; i < lines.length && !/^```\s*$/.test(lines[i]!); i += 1) content.push(lines[i]!);
    if (fileName !== undefined) steps.push({ kind: 'file', name: fileName, content, line: start + 1 });
    else if (content.some((l) => l.startsWith('$ '))) steps.push({ kind: 'example', content, line: start + 1 });
    fileName = undefined;
  }
  return steps;
}

function commandsOf(block: string[]): Command[] {
  const commands: Command[] = [];
  for (const line of block) {
    if (line.startsWith('$ ')) commands.push({ command: line.slice(2), expected: [] });
    else if (commands.length > 0) commands[commands.length - 1]!.expected.push(line);
  }
  return commands;
}

/** Whether the actual lines match the expected ones, where a line `…` matches any run of lines. */
export function linesMatch(expected: string[], actual: string[]): boolean {
  const e = expected.map((l) => l.trimEnd());
  const a = actual.map((l) => l.trimEnd());
  const match = (i: number, j: number): boolean => {
    if (i === e.length) return j === a.length;
    if (e[i] === '…') {
      for (let k = j; k <= a.length; k += 1) if (match(i + 1, k)) return true;
      return false;
    }
    return j < a.length && e[i] === a[j] && match(i + 1, j + 1);
  };
  return match(0, 0);
}

/** Compiles src/ (without the task pane) to CommonJS in `out`, type-free and fast. */
function compileCli(out: string): void {
  const src = join(ROOT, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.startsWith('taskpane'),
  );
  for (const name of files) {
    const code = readFileSync(join(src, name), 'utf8');
    const js = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    const target = join(out, 'src', name.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
  }
}

let work: string;
let bin: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'perftable-docs-'));
  compileCli(join(work, 'cli'));
  bin = join(work, 'bin');
  mkdirSync(bin);
  const main = join(work, 'cli', 'src', 'cli', 'main.js');
  writeFileSync(join(bin, 'perftable'), `#!/bin/sh\nexec node -e 'require(process.argv[1]).run()' ${JSON.stringify(main)} "$@"\n`);
  chmodSync(join(bin, 'perftable'), 0o755);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a block's commands in one shell in `dir`; returns each command's output lines. */
function runBlock(commands: Command[], dir: string): string[][] {
  const script = ['exec 2>&1'];
  for (const { command } of commands) {
    script.push(command.replace(/\bnpx perftable\b/g, 'perftable'));
    script.push(`__status=$?; echo ${SEPARATOR}; (exit $__status)`);
  }
  const run = spawnSync('bash', ['-c', script.join('\n')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NODE_PATH: join(ROOT, 'node_modules') },
    timeout: 60_000,
  });
  const outputs = run.stdout.split(`${SEPARATOR}\n`).map((chunk) => chunk.split('\n').filter((_, i, all) => i < all.length - 1 || all[i] !== ''));
  return outputs.slice(0, commands.length);
}

const pages = markdownFiles()
  .map((file) => ({ file, steps: stepsOf(readFileSync(file, 'utf8')) }))
  .filter((page) => page.steps.some((step) => step.kind === 'example'));

describe('the command examples of the documentation', () => {
  it('finds the examples (the seed check, selfeval, the CLI pages)', () => {
    const names = pages.map((page) => relative(ROOT, page.file));
    expect(names).toEqual(expect.arrayContaining(['docs/checks.md', 'docs/cli.md', 'docs/evaluation-sheets.md']));
  });

  it('matches `…` against any run of lines and nothing else', () => {
    expect(linesMatch(['a', '…', 'd'], ['a', 'b', 'c', 'd'])).toBe(true);
    expect(linesMatch(['a', '…'], ['a'])).toBe(true);
    expect(linesMatch(['a', 'b'], ['a', 'c'])).toBe(false);
    expect(linesMatch(['a'], ['a', 'b'])).toBe(false);
  });

  describe.each(pages.map((page) => [relative(ROOT, page.file), page.steps] as const))('%s', (_name, steps) => {
    it('prints what the page shows', () => {
      const dir = mkdtempSync(join(work, 'page-'));
      copyFileSync(SEED, join(dir, 'seed.txt'));
      for (const step of steps) {
        if (step.kind === 'file') {
          writeFileSync(join(dir, step.name!), step.content.join('\n') + '\n');
          continue;
        }
        const commands = commandsOf(step.content);
        const outputs = runBlock(commands, dir);
        commands.forEach((command, i) => {
          const actual = outputs[i] ?? [];
          const where = `line ${step.line}: $ ${command.command}`;
          if (!linesMatch(command.expected, actual)) {
            expect({ where, output: actual.join('\n') }).toEqual({ where, output: command.expected.join('\n') });
          }
        });
      }
    }, 120_000);
  });
});
