/**
 * The argument handling every file command shares: parse the options, answer `--help` with the
 * usage, and refuse unknown options with the message and the usage (exit status 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandIO } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed options, or the exit status when the command should stop here (0 for --help, 2 for misuse). */
export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T,
  usage: string,
  io: CommandIO,
): ReturnType<typeof parseArgs<{ args: string[]; options: T & { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>> | number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } } });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(usage);
    return 0;
  }
  return parsed;
}

/** The one file a command reads, or undefined after printing the usage (none given, or several). */
export function singleFile(positionals: readonly string[], usage: string, io: CommandIO): string | undefined {
  if (positionals.length === 1) return positionals[0];
  io.stderr.write(usage);
  return undefined;
}
