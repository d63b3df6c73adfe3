/**
 * `perftable import FILE.txt [-o OUT.xlsx]`: the text Word tables become when copied out of a
 * document (as in the seed) → a workbook with one sheet per table, and the department text
 * (部门整体绩效目标) on a sheet of its own. Cells are written as they were in the text.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Grid } from '../../core/read/grid';
import { DEPARTMENT_SHEET, wordTextToGrids } from '../../core/read/word-import';
import { writeReason, type CommandIO } from '../io';
import { outputRefusal, writeOutput } from '../safe-write';
import { parseCommandArgs, singleFile } from '../args';

const USAGE = `用法 Usage: perftable import FILE.txt [-o OUT.xlsx] [--force]
  把从 Word 复制出的绩效目标表文本转为工作簿，每张表一个工作表。
  Turns the text of Word tables (one cell per tab-led line) into a workbook, one sheet per table.
  从不覆盖输入文件；已有的输出文件只在加 --force 时替换 / never writes over its input; --force replaces an existing output.
`;

export async function importCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    },
    USAGE,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const file = singleFile(positionals, USAGE, io);
  if (file === undefined) return 2;
  const output = values.output ?? `${file.slice(0, file.length - extname(file).length)}.xlsx`;
  const target = { output, inputs: [file], force: values.force };
  const refusal = await outputRefusal(target, io.files);
  if (refusal) {
    writeReason(io, 'import', refusal);
    return 2;
  }
  const text = await readTextFile(file, io);
  if (text === undefined) return 2;
  const grids = wordTextToGrids(text);
  const tables = grids.filter((g) => g.sheet !== DEPARTMENT_SHEET);
  if (tables.length === 0) {
    io.stderr.write(`${file}：未找到表格（表格的每个单元格应单独成行并以制表符开头）\n${file}: no table found (each table cell should be a line that starts with a tab)\n`);
    return 2;
  }
  const { gridsToXlsxBuffer } = await import('../../workbook/xlsx-grid');
  const failure = await writeOutput(target, () => gridsToXlsxBuffer(grids, { isTable: (g: Grid) => g.sheet !== DEPARTMENT_SHEET }), io.files);
  if (failure) {
    writeReason(io, 'import', failure);
    return 2;
  }
  const department = grids.length - tables.length;
  io.stdout.write(
    `已写入 ${basename(output)}：${tables.length} 个绩效目标表${department ? '，1 个部门整体绩效目标' : ''}\n` +
      `Wrote ${basename(output)}: ${tables.length} table sheet(s)${department ? ' and the department text' : ''}\n`,
  );
  return 0;
}

/**
 * A text file as Word users save it: UTF-8 (with or without BOM), UTF-16 with a BOM (Notepad's
 * "Unicode"), or GB18030/GBK (Chinese Windows' "ANSI"). Undefined, with the reason written, when
 * the file cannot be read.
 */
export async function readTextFile(file: string, io: CommandIO): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在 / no such file' : (error as Error).message;
    io.stderr.write(`无法读取 ${file}：${reason}\nCannot read ${file}\n`);
    return undefined;
  }
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
