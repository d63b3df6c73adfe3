/**
 * `perftable import FILE.txt [-o OUT.xlsx]`: the text Word tables become when copied out of a
 * document (as in the seed) → a workbook with one sheet per table, and the department text
 * (部门整体绩效目标) on a sheet of its own. Cells are written as they were in the text.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fitGridToExcelLimits } from '../../core/layout/excel-limits';
import type { Grid } from '../../core/read/grid';
import { DEPARTMENT_SHEET, wordTextToGrids } from '../../core/read/word-import';
import { writeReason, type CommandIO } from '../io';
import { outputRefusal, writeOutput } from '../safe-write';
import { decodeTextFile, knownEncoding } from '../text-decode';
import { readFailure } from '../read-failure';
import { parseCommandArgs, singleFile } from '../args';

const USAGE = `用法 Usage: perftable import FILE.txt [-o OUT.xlsx] [--force] [--encoding NAME]
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
      encoding: { type: 'string' },
    },
    USAGE,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const file = singleFile(positionals, USAGE, io);
  if (file === undefined) return 2;
  if (values.encoding !== undefined && !knownEncoding(values.encoding)) {
    writeReason(io, 'import', unknownEncoding(values.encoding));
    return 2;
  }
  const output = values.output ?? `${file.slice(0, file.length - extname(file).length)}.xlsx`;
  const target = { output, inputs: [file], force: values.force };
  const refusal = await outputRefusal(target, io.files);
  if (refusal) {
    writeReason(io, 'import', refusal);
    return 2;
  }
  const text = await readTextFile(file, io, values.encoding);
  if (text === undefined) return 2;
  const grids = wordTextToGrids(text);
  const tables = grids.filter((g) => g.sheet !== DEPARTMENT_SHEET);
  if (tables.length === 0) {
    io.stderr.write(`${file}：未找到表格（表格的每个单元格应单独成行并以制表符开头）\n${file}: no table found (each table cell should be a line that starts with a tab)\n`);
    return 2;
  }
  for (const grid of grids) {
    for (const limit of fitGridToExcelLimits(grid)) io.stderr.write(`${limit.sheet}!${limit.cell}：${limit.message}\n${limit.sheet}!${limit.cell}: ${limit.messageEn}\n`);
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
 * A text file as Word users save it (UTF-8, UTF-16 "Unicode", GB18030 "ANSI" …; see
 * text-decode.ts). Undefined, with the reason written in Chinese and English, when the file cannot
 * be read or its encoding cannot be told with confidence.
 */
export async function readTextFile(file: string, io: CommandIO, encoding?: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.stderr.write(`${readFailure(file, error).zh}\n${readFailure(file, error).en}\n`);
    return undefined;
  }
  const decoded = decodeTextFile(bytes, file, encoding);
  if (!decoded.ok) {
    io.stderr.write(`${decoded.reason.zh}\n${decoded.reason.en}\n`);
    return undefined;
  }
  return decoded.text;
}

export function unknownEncoding(name: string): { zh: string; en: string } {
  return { zh: `未知的编码「${name}」，可用如 utf-8、utf-16le、utf-32le、gb18030、big5、shift_jis`, en: `unknown encoding "${name}"; use e.g. utf-8, utf-16le, utf-32le, gb18030, big5, shift_jis` };
}
