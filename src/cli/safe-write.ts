/**
 * How every command writes its output file without ever losing the user's data:
 * - an output that is one of the inputs (same path, a symlink to it or a hard link: same device and
 *   inode) is refused, with or without --force;
 * - an existing output is refused unless --force;
 * - the bytes go to a temporary file in the output's folder, which is flushed and then renamed over
 *   the output in one step. A full disk or a failed write removes the temporary file and leaves the
 *   previous file as it was; SIGINT/SIGTERM/SIGHUP during the write do the same before exiting.
 *   A SIGKILL cannot be caught: it leaves the previous file intact and a hidden
 *   `.NAME.perftable-PID.tmp`, which the next write to the same output removes.
 */
import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Reason } from './io';

/** The file operations a safe write needs; tests pass one that fails like a full disk. */
export interface OutputFiles {
  open(path: string, flags: string, mode?: number): Promise<OutputHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<fs.Stats>;
  realpath(path: string): Promise<string>;
  readdir(path: string): Promise<string[]>;
}

export interface OutputHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

export const NODE_FILES: OutputFiles = {
  open: (path, flags, mode) => fs.promises.open(path, flags, mode),
  rename: (from, to) => fs.promises.rename(from, to),
  unlink: (path) => fs.promises.unlink(path),
  stat: (path) => fs.promises.stat(path),
  realpath: (path) => fs.promises.realpath(path),
  readdir: (path) => fs.promises.readdir(path),
};

/** Where an output is written and what it must not replace. */
export interface OutputTarget {
  output: string;
  /** Every file the command reads: the output may be none of them. */
  inputs: readonly string[];
  /** Replace an existing output (never an input). */
  force?: boolean;
}

const TEMP_NAME = /^\.(.+)\.perftable-(\d+)\.tmp$/;

function tempPathFor(output: string): string {
  return join(dirname(output), `.${basename(output)}.perftable-${process.pid}.tmp`);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? ((error as NodeJS.ErrnoException).code ?? undefined) : undefined;
}

async function statOrUndefined(files: OutputFiles, path: string): Promise<fs.Stats | undefined> {
  try {
    return await files.stat(path);
  } catch {
    return undefined;
  }
}

/** Same file: same real path, or same device and inode (a hard link). */
async function sameFile(files: OutputFiles, a: string, aStat: fs.Stats, b: string): Promise<boolean> {
  const bStat = await statOrUndefined(files, b);
  if (!bStat) return false;
  if (aStat.dev === bStat.dev && aStat.ino === bStat.ino && aStat.ino !== 0) return true;
  try {
    return (await files.realpath(a)) === (await files.realpath(b));
  } catch {
    return resolve(a) === resolve(b);
  }
}

/**
 * Why the output may not be written, or undefined when it may. Checked before any work, so that a
 * refused run costs nothing.
 */
export async function outputRefusal(target: OutputTarget, files: OutputFiles = NODE_FILES): Promise<Reason | undefined> {
  const { output, inputs, force } = target;
  if (output === '-' || output.trim() === '') {
    return { zh: `输出文件名「${output}」无效，请给出 .xlsx 文件名`, en: `"${output}" is not a valid output file name; give an .xlsx file name` };
  }
  const existing = await statOrUndefined(files, output);
  if (existing) {
    for (const input of inputs) {
      if (resolve(input) === resolve(output) || (await sameFile(files, output, existing, input))) {
        return {
          zh: `输出文件 ${output} 就是输入文件，不会覆盖输入；请用 -o 指定另一个文件名`,
          en: `the output ${output} is the input file; PerfTable never writes over its input: give another name with -o`,
        };
      }
    }
    if (existing.isDirectory()) return { zh: `${output} 是文件夹`, en: `${output} is a folder` };
    if (!force) {
      return {
        zh: `输出文件 ${output} 已存在；如要替换，请加 --force`,
        en: `the output ${output} already exists; add --force to replace it`,
      };
    }
  }
  const folder = await statOrUndefined(files, dirname(output));
  if (!folder || !folder.isDirectory()) return { zh: `文件夹 ${dirname(output)} 不存在`, en: `the folder ${dirname(output)} does not exist` };
  return undefined;
}

/** Temporary files being written now: removed when the process is interrupted. */
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_NUMBER: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  process.exit(128 + (SIGNAL_NUMBER[signal] ?? 1));
}

function track(temp: string): void {
  if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** Temporary files of this output left by a run that was killed outright (SIGKILL, power cut). */
async function removeStaleTemps(files: OutputFiles, output: string): Promise<void> {
  let names: string[];
  try {
    names = await files.readdir(dirname(output));
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || match[1] !== basename(output) || alive(Number(match[2]))) continue;
    await files.unlink(join(dirname(output), name)).catch(() => undefined);
  }
}

/**
 * Writes the bytes `content` produces to `output` through a temporary file renamed into place.
 * The temporary file is created before `content` runs, so an interruption at any point leaves
 * the previous output as it was. Throws the write's error after cleaning up.
 */
export async function writeOutputAtomically(output: string, content: () => Promise<Uint8Array>, files: OutputFiles = NODE_FILES): Promise<void> {
  await removeStaleTemps(files, output);
  const temp = tempPathFor(output);
  const previous = await statOrUndefined(files, output);
  track(temp);
  let handle: OutputHandle | undefined;
  try {
    handle = await files.open(temp, 'wx', 0o666);
    const bytes = await content();
    for (let offset = 0; offset < bytes.length; ) {
      const { bytesWritten } = await handle.write(bytes, offset, Math.min(1 << 20, bytes.length - offset));
      if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      offset += bytesWritten;
    }
    // A replaced file keeps its permissions.
    if (previous) await handle.chmod(previous.mode & 0o7777).catch(() => undefined);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await files.rename(temp, output);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await files.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    untrack(temp);
  }
}

/** A write error as the user reads it: what happened and that nothing was lost. */
export function writeFailure(output: string, error: unknown): Reason {
  const code = errorCode(error);
  const kept = { zh: '原有文件未改动，未留下不完整的文件', en: 'any previous file is unchanged and no partial file was left' };
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { zh: `磁盘空间不足，未能写入 ${output}；${kept.zh}`, en: `no space left on the disk: ${output} was not written; ${kept.en}` };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { zh: `没有写入 ${output} 所在文件夹的权限；${kept.zh}`, en: `no permission to write in the folder of ${output}; ${kept.en}` };
    case 'ENOENT':
    case 'ENOTDIR':
      return { zh: `${output} 所在的文件夹不存在`, en: `the folder of ${output} does not exist` };
    default:
      return { zh: `未能写入 ${output}（${code ?? '写入错误'}）；${kept.zh}`, en: `could not write ${output} (${code ?? 'write error'}); ${kept.en}` };
  }
}

/**
 * The whole output step of a command: refuses (see outputRefusal) or writes atomically. Returns
 * undefined when written, else the reason (to be printed, exit status 2).
 */
export async function writeOutput(target: OutputTarget, content: () => Promise<Uint8Array>, files: OutputFiles = NODE_FILES): Promise<Reason | undefined> {
  const refusal = await outputRefusal(target, files);
  if (refusal) return refusal;
  try {
    await writeOutputAtomically(target.output, content, files);
    return undefined;
  } catch (error) {
    return writeFailure(target.output, error);
  }
}
