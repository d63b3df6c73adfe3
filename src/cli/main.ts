/**
 * `perftable`: PerfTable's command line. JSON lines in and out, so that it composes with other tools.
 */
import { parseArgs } from 'node:util';
import { evalCommand } from './commands/eval';
import { parseCommand } from './commands/parse';
import { monitorCommand } from './commands/monitor';
import { scoreCommand } from './commands/score';
import type { CommandIO } from './io';

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

/** Entry point of the `perftable` bin. */
export function run(): void {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`perftable: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
