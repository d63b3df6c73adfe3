/**
 * Standard streams as the commands see them, so that tests can run a command without a process.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { OutputFiles } from './safe-write';

export interface CommandIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** The file system output files are written through (tests pass one that fails like a full disk). */
  files?: OutputFiles;
}

/** A reason a command cannot run, on standard error: Chinese first, then English. */
export function writeReason(io: CommandIO, command: string, reason: Reason): void {
  io.stderr.write(`perftable ${command}: ${reason.zh}\nperftable ${command}: ${reason.en}\n`);
}

/** Calls `onLine` for each line of input, in order, awaiting each; skips blank lines. */
export async function forEachLine(input: Readable, onLine: (line: string) => void | Promise<void>): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    await onLine(line);
  }
}

export function writeJson(out: Writable, value: unknown): void {
  out.write(`${JSON.stringify(value)}\n`);
}

/** A JSON line that is not an object: the reply names it and the command goes on. */
export function badLine(line: string, reason: Reason): { ok: false; error: Record<string, string | number> } {
  return {
    ok: false,
    error: {
      code: 'BAD_INPUT',
      position: -1,
      message: `无法读取输入行：${reason.zh}`,
      messageEn: `Cannot read the input line: ${reason.en}`,
      line: line.length > 200 ? `${line.slice(0, 200)}…` : line,
    },
  };
}

export interface Reason {
  zh: string;
  en: string;
}

export function isReason(value: unknown): value is Reason {
  return typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;
}

/** Parses a JSON object line, or says why it is not one. */
export function parseJsonObject(line: string): Record<string, unknown> | Reason {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { zh: '不是 JSON 对象', en: 'not a JSON object' };
    return value as Record<string, unknown>;
  } catch (error) {
    const detail = (error as Error).message;
    return { zh: `JSON 格式错误（${detail}）`, en: `invalid JSON (${detail})` };
  }
}
