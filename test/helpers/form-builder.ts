/**
 * The corpus of real forms (test/fixtures/forms) is kept as text so that a reviewer can read each
 * fixture beside its source; this builds the .xlsx workbooks from it with exceljs at run time.
 *
 * A `.form.txt` file:
 *   # a comment (ignored)
 *   @sheet 项目支出绩效目标表       starts a worksheet
 *   @merge A1:H1 A3:B3            merged areas (any number per line)
 *   @fmt D5:F7 0.00               a number format for a range
 *   @width A:14 B:30              column widths
 *   3 | 项目名称 |  | 某项目       row 3: cells from column A, separated by `|`
 * A cell is trimmed; an empty cell is blank; `'17.00` is the text 17.00 (a number stored as text);
 * a cell that reads as a plain number is a number; `\n` is a line break, `\|` a pipe.
 */
import * as ExcelJS from 'exceljs';
import type { Grid, GridValue } from '../../src/core/read/grid';

export interface FormSheet {
  name: string;
  rows: GridValue[][];
  merges: string[];
  formats: Array<{ range: string; format: string }>;
  widths: Array<{ column: string; width: number }>;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** One cell of a row line as the value it stands for. */
function cellValue(text: string): GridValue {
  const trimmed = text.trim().replace(/\\n/g, '\n').replace(/\\\|/g, '|');
  if (trimmed === '') return null;
  if (trimmed.startsWith("'")) return trimmed.slice(1);
  // 0012 and 1.50 keep their text in a number cell's value only as a number; a form writes them as numbers.
  if (NUMBER.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** The sheets a `.form.txt` describes. Throws with the line number on a line it cannot read. */
export function parseForm(text: string): FormSheet[] {
  const sheets: FormSheet[] = [];
  let sheet: FormSheet | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const directive = /^@(\w+)\s+(.*)$/.exec(line.trim());
    if (directive) {
      const [, name, rest = ''] = directive;
      if (name === 'sheet') {
        sheet = { name: rest.trim(), rows: [], merges: [], formats: [], widths: [] };
        sheets.push(sheet);
        return;
      }
      if (!sheet) throw new Error(`${where}: @${name} before @sheet`);
      if (name === 'merge') sheet.merges.push(...rest.trim().split(/\s+/));
      else if (name === 'fmt') {
        const [range = '', ...format] = rest.trim().split(/\s+/);
        sheet.formats.push({ range, format: format.join(' ') });
      } else if (name === 'width') {
        for (const pair of rest.trim().split(/\s+/)) {
          const [column = '', width = ''] = pair.split(':');
          sheet.widths.push({ column, width: Number(width) });
        }
      } else throw new Error(`${where}: unknown directive @${name}`);
      return;
    }
    const row = /^\s*(\d+)\s*\|(.*)$/.exec(line);
    if (!row || !sheet) throw new Error(`${where}: not a row (N | cell | …) inside a @sheet: ${line.slice(0, 40)}`);
    const r = Number(row[1]);
    const cells = (row[2] ?? '').split(/(?<!\\)\|/).map(cellValue);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    if (sheet.rows[r - 1]) throw new Error(`${where}: row ${r} given twice`);
    sheet.rows[r - 1] = cells;
  });
  for (const s of sheets) for (let r = 0; r < s.rows.length; r++) s.rows[r] ??= [];
  return sheets;
}

/** The grids as an adapter would give them before the file round trip (for quick tests). */
export function formGrids(sheets: readonly FormSheet[]): Grid[] {
  return sheets.map((s) => ({ sheet: s.name, rows: s.rows.map((row) => [...row]), merges: [...s.merges] }));
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function cellsOf(range: string): Array<[number, number]> {
  const [from = '', to = from] = range.split(':');
  const a = /^([A-Z]+)(\d+)$/i.exec(from);
  const b = /^([A-Z]+)(\d+)$/i.exec(to);
  if (!a || !b) throw new Error(`not a range: ${range}`);
  const out: Array<[number, number]> = [];
  for (let r = Number(a[2]); r <= Number(b[2]); r++) for (let c = columnNumber(a[1] ?? ''); c <= columnNumber(b[1] ?? ''); c++) out.push([r, c]);
  return out;
}

/** The workbook as .xlsx bytes: values, merges, number formats, widths, wrapped text. */
export async function formToXlsx(sheets: readonly FormSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        cell.alignment = { wrapText: true, vertical: 'middle' };
      });
    });
    for (const { range, format } of s.formats) for (const [r, c] of cellsOf(range)) ws.getCell(r, c).numFmt = format;
    for (const { column, width } of s.widths) ws.getColumn(column).width = width;
    for (const merge of s.merges) ws.mergeCells(merge);
  }
  const written = (await workbook.xlsx.writeBuffer()) as unknown;
  return written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer);
}
