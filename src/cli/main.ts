/**
 * `perftable`: PerfTable's command line. JSON lines in and out, so that it composes with other tools.
 */
import { parseArgs } from 'node:util';
import { evalCommand } from './commands/eval';
import { parseCommand } from './commands/parse';
import type { CommandIO } from './io';

const USAGE = `perftable 绩效表助手 — 指标值解析与判断 / PerfTable command line

用法 Usage:
  perftable parse [--level2 NAME]      每行一个指标值（或 JSON 行 {"text","level2"}），输出 JSON 行
  perftable eval [ACTUAL TARGET]       JSON 行 {"actual","target","level2"?,"percentMode"?} → 判断结果
                 [--percent-mode auto|fraction|whole] [--level2 NAME]
  perftable help                       显示本说明 / show this help
`;

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        level2: { type: 'string' },
        'percent-mode': { type: 'string' },
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
