/**
 * `perftable check FILE.xlsx|FILE.txt [--json] [--year N] [--profile NAME] [--lang zh|en]`: every
 * finding of DOMAIN.md §8, as a table or as JSON lines {"sheet","cell","severity","code","message",
 * "messageEn"} (and "family", the form family read, where a table was read). Exit status 1 when a finding is an error, 0 otherwise, 2 when the file cannot be
 * read as a workbook (or as Word text, for .txt).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkWorkbook, hasErrors, type CheckOptions, type Finding } from '../../core/check';
import type { Grid } from '../../core/read/grid';
import { wordTextToGrids } from '../../core/read/word-import';
import { writeJson, writeReason, type CommandIO } from '../io';
import { readTextFile, unknownEncoding } from './import';
import { readFailure } from '../read-failure';
import { knownEncoding } from '../text-decode';
import { knownProfileNames, resolveProfile } from '../../core/score/profiles';
import { parseCommandArgs, singleFile } from '../args';

const USAGE = `用法 Usage: perftable check FILE.xlsx|FILE.txt [--json] [--year 2025] [--profile NAME] [--lang zh|en] [--encoding NAME]
  检查绩效目标表：预算、资金支出计划、指标、项目编码、分值。有错误时退出码为 1。
  Checks performance target tables; exit status 1 when there is an error, 2 when the file cannot be read.
`;

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;
const LANGUAGES: readonly string[] = ['zh', 'en'];

export async function checkCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      json: { type: 'boolean' },
      year: { type: 'string' },
      profile: { type: 'string' },
      lang: { type: 'string' },
      encoding: { type: 'string' },
    },
    USAGE,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const file = singleFile(positionals, USAGE, io);
  if (file === undefined) return 2;
  const options: CheckOptions = {};
  if (values.year !== undefined) {
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2099) {
      io.stderr.write(`--year 应为 2000–2099 的年份，不是「${values.year}」\n--year must be a year from 2000 to 2099\n`);
      return 2;
    }
    options.year = year;
  }
  if (values.profile !== undefined) {
    if (!resolveProfile(values.profile).ok) {
      writeReason(io, 'check', { zh: `未知的评分方案「${values.profile}」，可用：${knownProfileNames()}`, en: `unknown --profile "${values.profile}"; known: ${knownProfileNames()}` });
      return 2;
    }
    options.profile = values.profile;
  }
  if (values.lang !== undefined && !LANGUAGES.includes(values.lang)) {
    writeReason(io, 'check', { zh: `未知的语言「${values.lang}」，可用：${LANGUAGES.join('、')}`, en: `unknown --lang "${values.lang}"; known: ${LANGUAGES.join(', ')}` });
    return 2;
  }
  if (values.encoding !== undefined && !knownEncoding(values.encoding)) {
    writeReason(io, 'check', unknownEncoding(values.encoding));
    return 2;
  }

  const grids = await readGridsOf(file, io, values.encoding);
  if (!grids) return 2;
  const findings = checkWorkbook(grids, options);
  if (values.json) {
    // `family` (the form family the table was read as) is an added field: the others keep their shape.
    for (const f of findings) {
      const line: Record<string, string> = { sheet: f.sheet, cell: f.cell, severity: f.severity, code: f.code, message: f.message, messageEn: f.messageEn };
      if (f.family !== undefined) line.family = f.family;
      writeJson(io.stdout, line);
    }
  } else io.stdout.write(table(findings, values.lang === 'en'));
  return hasErrors(findings) ? 1 : 0;
}

/**
 * The grids of a workbook, or of Word text for a .txt file; undefined (reason written) when
 * unreadable. Any failure of the reader, thrown or returned, ends here as a Chinese and English
 * reason (read-failure.ts): exit status 2, never "no findings" about a file that was not read.
 */
async function readGridsOf(file: string, io: CommandIO, encoding?: string): Promise<Grid[] | undefined> {
  if (extname(file).toLowerCase() === '.txt') {
    const text = await readTextFile(file, io, encoding);
    return text === undefined ? undefined : wordTextToGrids(text);
  }
  const unreadable = (error: unknown): undefined => {
    const reason = readFailure(file, error, 'workbook');
    io.stderr.write(`${reason.zh}\n${reason.en}\n`);
    return undefined;
  };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const { readGrids } = await import('../../workbook/xlsx');
    const grids: unknown = await readGrids(bytes);
    return Array.isArray(grids) ? (grids as Grid[]) : unreadable(grids);
  } catch (error) {
    return unreadable(error);
  }
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** `text` in exactly `columns` terminal columns: cut with … when longer, padded with spaces when shorter. */
function pad(text: string, columns: number): string {
  let out = text;
  if (width(text) > columns) {
    out = '';
    for (const ch of text) {
      if (width(out) + width(ch) > columns - 1) break;
      out += ch;
    }
    out += '…';
  }
  return out + ' '.repeat(Math.max(0, columns - width(out)));
}

function table(findings: readonly Finding[], english: boolean): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const summary = english
    ? `${findings.length} finding(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info\n`
    : `共 ${findings.length} 条：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}\n`;
  if (findings.length === 0) return english ? 'No findings.\n' : '未发现问题。\n';
  // A loop, not a spread into Math.max: 100,000 findings would overflow the call stack.
  let sheetWidth = 4;
  let codeWidth = 0;
  for (const f of findings) {
    sheetWidth = Math.max(sheetWidth, width(f.sheet));
    codeWidth = Math.max(codeWidth, f.code.length);
  }
  sheetWidth = Math.min(28, sheetWidth);
  const lines = findings.map((f) => {
    const severity = english ? f.severity : SEVERITY_ZH[f.severity];
    return `${pad(f.sheet, sheetWidth)}  ${pad(f.cell, 6)}  ${pad(severity, english ? 7 : 4)}  ${pad(f.code, codeWidth)}  ${english ? f.messageEn : f.message}`;
  });
  const header = english
    ? `${pad('Sheet', sheetWidth)}  ${pad('Cell', 6)}  ${pad('Level', 7)}  ${pad('Code', codeWidth)}  Message`
    : `${pad('工作表', sheetWidth)}  ${pad('单元格', 6)}  ${pad('级别', 4)}  ${pad('代码', codeWidth)}  说明`;
  return `${header}\n${lines.join('\n')}\n${summary}`;
}
