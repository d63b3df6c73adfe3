/**
 * Nothing lost (issue 14, item 1): an output equal to an input is refused (same path, symlink,
 * hard link), an existing output only with --force, a full disk or a killed run leaves the previous
 * file intact and no partial file.
 */
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { NODE_FILES, outputRefusal, writeOutputAtomically, type OutputFiles } from '../../src/cli/safe-write';
import { runCli } from '../helpers/cli';
import { finished, spawnCli } from '../helpers/cli-process';
import { SEED_TEXT } from '../helpers/seed';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main';

jest.setTimeout(120_000);

let dir: string;
let register: string;
let seedBook: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perftable-safe-'));
  register = join(dir, 'register.xlsx');
  seedBook = join(dir, 'seed.xlsx');
  expect((await runCli(['template', '--seed', '-o', register])).code).toBe(0);
  expect((await runCli(['generate', '--seed', '-o', seedBook])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string): string => join(dir, name);
const leftovers = (): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('an output equal to an input is refused, whatever --force says', () => {
  it.each([
    ['selfeval', (input: string) => ['selfeval', input, '-o', input, '--force']],
    ['monitor-sheet', (input: string) => ['monitor-sheet', input, '--month', '7', '-o', input, '--force']],
    ['generate', (input: string) => ['generate', input, '-o', input, '--force']],
  ])('%s IN -o IN', async (_, args) => {
    const input = file(`same-${_}.xlsx`);
    writeFileSync(input, readFileSync(_ === 'generate' ? register : seedBook));
    const before = readFileSync(input);
    const run = await runCli(args(input));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('就是输入文件');
    expect(run.stderr).toContain('is the input file');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('import t.txt -o t.txt, and import notes.xlsx without -o', async () => {
    const text = file('t.txt');
    writeFileSync(text, SEED_TEXT);
    const run = await runCli(['import', text, '-o', text]);
    expect(run.code).toBe(2);
    expect(readFileSync(text, 'utf8')).toBe(SEED_TEXT);

    const notes = file('notes.xlsx');
    writeFileSync(notes, SEED_TEXT);
    const implicit = await runCli(['import', notes, '--force']);
    expect(implicit.code).toBe(2);
    expect(implicit.stderr).toContain('就是输入文件');
    expect(readFileSync(notes, 'utf8')).toBe(SEED_TEXT);
  });

  it('sees through a symlink and a hard link', async () => {
    const input = file('linked.xlsx');
    writeFileSync(input, readFileSync(seedBook));
    const before = readFileSync(input);
    symlinkSync(input, file('symlink.xlsx'));
    linkSync(input, file('hardlink.xlsx'));
    for (const alias of ['symlink.xlsx', 'hardlink.xlsx']) {
      const run = await runCli(['selfeval', input, '-o', file(alias), '--force']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is the input file');
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe('an existing output is replaced only with --force', () => {
  it.each([
    ['template', (out: string) => ['template', '-o', out]],
    ['generate', (out: string) => ['generate', '--seed', '-o', out]],
    ['selfeval', (out: string) => ['selfeval', seedBook, '-o', out]],
    ['monitor-sheet', (out: string) => ['monitor-sheet', seedBook, '-o', out]],
    ['import', (out: string) => ['import', join(__dirname, '..', 'fixtures', 'seed.txt'), '-o', out]],
  ])('%s', async (name, args) => {
    const out = file(`existing-${name}.xlsx`);
    writeFileSync(out, 'keep me');
    const refused = await runCli(args(out));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runCli([...args(out), '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(leftovers()).toEqual([]);
  });
});

/** A file system whose disk fills up after `room` bytes: the write fails with ENOSPC, as a full disk does. */
function fullDisk(room: number): OutputFiles {
  return {
    ...NODE_FILES,
    async open(path, flags, mode) {
      const handle = await fsp.open(path, flags, mode);
      let written = 0;
      return {
        async write(buffer, offset, length) {
          const fits = Math.max(0, Math.min(length, room - written));
          if (fits > 0) await handle.write(buffer, offset, fits);
          written += fits;
          if (fits < length) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
          return { bytesWritten: fits };
        },
        sync: () => handle.sync(),
        chmod: (m) => handle.chmod(m),
        close: () => handle.close(),
      };
    },
  };
}

async function runWith(files: OutputFiles, args: string[]): Promise<{ code: number; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  stdout.resume();
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  stdin.end('');
  const code = await main(args, { stdin, stdout, stderr, files });
  return { code, stderr: err };
}

describe('a full disk', () => {
  it('leaves the previous output as it was and no partial file', async () => {
    const out = file('full-previous.xlsx');
    writeFileSync(out, readFileSync(seedBook));
    const before = readFileSync(out);
    const run = await runWith(fullDisk(4096), ['generate', register, '-o', out, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('磁盘空间不足');
    expect(run.stderr).toContain('no space left');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('leaves no file at all when there was none', async () => {
    const out = file('full-fresh.xlsx');
    const run = await runWith(fullDisk(100), ['selfeval', seedBook, '-o', out]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('writes nothing through a failing writer even in the low-level call', async () => {
    const out = file('low-level.xlsx');
    writeFileSync(out, 'old');
    await expect(writeOutputAtomically(out, async () => new Uint8Array(10_000), fullDisk(10))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
  });
});

describe('refusals are decided before any work', () => {
  it('names a missing folder', async () => {
    expect(await outputRefusal({ output: join(dir, 'nope', 'x.xlsx'), inputs: [] })).toMatchObject({ en: expect.stringContaining('does not exist') });
  });
});

/** A JSON file of `count` projects (copies of the seed's first, each its own code and name). */
function manyProjects(count: number): string {
  const seed = SEED_PROJECTS[0]!;
  const projects = Array.from({ length: count }, (_, i) => ({ ...seed, code: `${seed.code.slice(0, 14)}${String(i).padStart(7, '0')}`, name: `${seed.name}${i}` }));
  return JSON.stringify(projects);
}

/** Starts a long generate over `out`, waits until its temporary file exists, then sends `signal`. */
async function killMidWrite(out: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; tempSeen: string }> {
  const json = file('many.json');
  if (!existsSync(json)) writeFileSync(json, manyProjects(200));
  const child = spawnCli(['generate', '--from-json', json, '-o', out, '--force']);
  const done = finished(child);
  const temp = join(dir, `.${out.split('/').pop()}.perftable-${child.pid}.tmp`);
  for (let i = 0; i < 6000 && !existsSync(temp); i += 1) await new Promise((r) => setTimeout(r, 10));
  const tempSeen = existsSync(temp) ? temp : '';
  child.kill(signal);
  const end = await done;
  return { code: end.code, signal: end.signal, tempSeen };
}

describe('a run killed in the middle of writing', () => {
  it('SIGTERM: the previous file is intact and the temporary file is removed', async () => {
    const out = file('killed.xlsx');
    writeFileSync(out, readFileSync(seedBook));
    const before = readFileSync(out);
    const run = await killMidWrite(out, 'SIGTERM');
    expect(run.tempSeen).not.toBe('');
    expect(run.code).toBe(143);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('SIGKILL: the previous file is intact; the next write removes the stale temporary file', async () => {
    const out = file('killed9.xlsx');
    writeFileSync(out, readFileSync(seedBook));
    const before = readFileSync(out);
    const run = await killMidWrite(out, 'SIGKILL');
    expect(run.tempSeen).not.toBe('');
    expect(run.signal).toBe('SIGKILL');
    expect(readFileSync(out).equals(before)).toBe(true);
    expect((await runCli(['generate', '--seed', '-o', out, '--force'])).code).toBe(0);
    expect(leftovers()).toEqual([]);
  });
});
