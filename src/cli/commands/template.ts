/**
 * `perftable template -o register.xlsx`: the empty register a batch starts from (项目清单,
 * 指标清单, 填表说明); with `--seed`, the register of the seed's five projects, as an example.
 */
import { parseArgs } from 'node:util';
import { registerLayouts } from '../../core/layout';
import { SEED_PROJECTS } from '../../core/project/seed-projects';
import { layoutsToXlsxBuffer } from '../../workbook/xlsx';
import { writeJson, writeReason, type CommandIO } from '../io';
import { writeOutput } from '../safe-write';

const USAGE = `用法 Usage: perftable template -o 项目清单.xlsx [--seed] [--force]
  写出空白项目清单（项目清单、指标清单、填表说明）；--seed 写出种子文档五个项目的清单作为示例。
  Writes an empty register workbook; with --seed, the register of the seed's five projects.
  已有的输出文件只在加 --force 时替换 / an existing output is replaced only with --force.
`;

/** `perftable template …` with its own options. */
export async function templateMain(args: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: false, options: { output: { type: 'string', short: 'o' }, seed: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  return templateCommand(io, { output: parsed.values.output, seed: parsed.values.seed, force: parsed.values.force });
}

export async function templateCommand(io: CommandIO, options: { output?: string; seed?: boolean; force?: boolean }): Promise<number> {
  if (!options.output) {
    io.stderr.write(`perftable template: 缺少输出文件 -o register.xlsx / the output file -o register.xlsx is missing\n\n${USAGE}`);
    return 2;
  }
  const layouts = registerLayouts(options.seed ? SEED_PROJECTS : []);
  const failure = await writeOutput({ output: options.output, inputs: [], force: options.force }, () => layoutsToXlsxBuffer(layouts), io.files);
  if (failure) {
    writeReason(io, 'template', failure);
    return 2;
  }
  writeJson(io.stdout, { ok: true, output: options.output, sheets: layouts.map((l) => l.name) });
  return 0;
}
