/**
 * `perftable`: PerfTable's command line. JSON lines in and out, so that it composes with other tools.
 */
import { parseArgs } from 'node:util';
import { evalCommand } from './commands/eval';
import { parseCommand } from './commands/parse';
import { monitorCommand } from './commands/monitor';
import { scoreCommand } from './commands/score';
import { writeReason, type CommandIO, type Reason } from './io';
import { knownProfileNames, resolveProfile } from '../core/score/profiles';

const USAGE = `perftable 绩效表助手 — 指标值解析与判断 / PerfTable command line

用法 Usage:
  perftable parse [--level2 NAME]      每行一个指标值（或 JSON 行 {"text","level2"}），输出 JSON 行
  perftable eval [ACTUAL TARGET]       JSON 行 {"actual","target","level2"?,"percentMode"?} → 判断结果
                 [--percent-mode auto|fraction|whole] [--level2 NAME]
  perftable check FILE.xlsx|FILE.txt   检查绩效目标表，列出问题（--json 输出 JSON 行）；有错误时退出码 1
                 [--json] [--year 2025] [--profile NAME] [--lang zh|en]
  perftable import FILE.txt [-o OUT.xlsx]  把从 Word 复制的表格文本转为工作簿 / Word text → workbook
  perftable generate 项目清单.xlsx -o OUT.xlsx  由项目清单生成汇总表和各项目绩效目标表 / register → sheets
                 [--from-json FILE|-] [--seed] [--mode target|monitoring|self-evaluation] [--month N]
  perftable template -o 项目清单.xlsx [--seed]  写出空白项目清单 / write an empty register
  perftable selfeval IN.xlsx [--actuals A.json] -o OUT.xlsx  添加绩效自评表 / add self-evaluation sheets
  perftable monitor-sheet IN.xlsx --month 7 [--actuals A.json] -o OUT.xlsx  添加运行监控表 / add monitoring sheets
  perftable score [ACTUAL TARGET WEIGHT]  JSON 行 {"actual","target","weight","level1"?,"level2"?,"profile"?,"percentMode"?}
                 → 得分 {"ok","score","verdict",…}；level1 为 预算执行率 时 target 为预算数、actual 为执行数
                 [--profile NAME] [--percent-mode auto|fraction|whole] [--level2 NAME]
  perftable monitor                    JSON 行 {"month","actual","target"} 或 {"month","spent","budget","plan"?}
                 → 监控颜色及依据 / monitoring light and its figures  [--month N] [--profile NAME]
  perftable help                       显示本说明 / show this help
`;

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  // check and import read files with their own options, and load exceljs only when they run.
  if (command === 'check') return (await import('./commands/check')).checkCommand(rest, io);
  if (command === 'import') return (await import('./commands/import')).importCommand(rest, io);
  if (command === 'generate') return (await import('./commands/generate')).generateMain(rest, io);
  if (command === 'template') return (await import('./commands/template')).templateMain(rest, io);
  if (command === 'selfeval') return (await import('./commands/selfeval')).selfevalMain(rest, io);
  if (command === 'monitor-sheet') return (await import('./commands/monitor-sheet')).monitorSheetMain(rest, io);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        level2: { type: 'string' },
        'percent-mode': { type: 'string' },
        profile: { type: 'string' },
        month: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const invalid = invalidOption(values);
  if (invalid) {
    writeReason(io, command, invalid);
    return 2;
  }
  switch (command) {
    case 'parse':
      return parseCommand(io, { level2: values.level2 });
    case 'eval':
      return evalCommand(io, positionals, { level2: values.level2, percentMode: values['percent-mode'] });
    case 'score':
      return scoreCommand(io, positionals, { level2: values.level2, percentMode: values['percent-mode'], profile: values.profile });
    case 'monitor':
      return monitorCommand(io, { percentMode: values['percent-mode'], profile: values.profile, month: values.month });
    default:
      io.stderr.write(`未知命令 Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

const PERCENT_MODES: readonly string[] = ['auto', 'fraction', 'whole'];

/** An option value no command could use (`--profile bogus`), named with the valid ones. */
function invalidOption(values: { profile?: string; 'percent-mode'?: string }): Reason | undefined {
  if (values.profile !== undefined && !resolveProfile(values.profile).ok) {
    return { zh: `未知的评分方案「${values.profile}」，可用：${knownProfileNames()}`, en: `unknown --profile "${values.profile}"; known: ${knownProfileNames()}` };
  }
  const mode = values['percent-mode'];
  if (mode !== undefined && !PERCENT_MODES.includes(mode)) {
    return { zh: `未知的 --percent-mode「${mode}」，可用：${PERCENT_MODES.join('、')}`, en: `unknown --percent-mode "${mode}"; known: ${PERCENT_MODES.join(', ')}` };
  }
  return undefined;
}

/** Commands that write a file: a closed pipe must not stop them half-way (see run). */
const FILE_COMMANDS = new Set(['generate', 'template', 'selfeval', 'monitor-sheet', 'import']);

/**
 * A reader that stopped reading (`perftable check … | head -1`) closes the pipe: the output so
 * far is what was wanted, so the command ends quietly with status 0, not with a stack trace.
 * A command that writes a file finishes it first (its further output is dropped) and keeps its
 * own status, so that a closed pipe never leaves the file unwritten.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WritableStream, finishFirst: boolean, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (!finishFirst) exit(0);
    // Drop what is still written; the command goes on to write its file.
    stream.write = ((_chunk: unknown, ...rest: unknown[]) => {
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof stream.write;
  });
}

/** Entry point of the `perftable` bin. */
export function run(): void {
  const argv = process.argv.slice(2);
  const finishFirst = FILE_COMMANDS.has(argv[0] ?? '');
  endQuietlyOnClosedPipe(process.stdout, finishFirst);
  endQuietlyOnClosedPipe(process.stderr, finishFirst);
  main(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // No stack and no library text: what happened, in both languages, and status 2.
      const detail = error instanceof Error ? error.name : typeof error;
      process.stderr.write(`perftable：内部错误（${detail}），未完成 / perftable: internal error (${detail}); nothing was finished\n`);
      process.exitCode = 2;
    },
  );
}
