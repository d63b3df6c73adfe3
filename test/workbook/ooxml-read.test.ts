import * as ExcelJS from 'exceljs';
import { READ_LIMITS, type ReadLimits } from '../../src/core/limits';
import { readGrids, readWorkbookFile, UnreadableWorkbookError } from '../../src/workbook/ooxml-read';
import { formatKind, serialToDateText } from '../../src/workbook/ooxml-read-styles';
import {
  compoundFile,
  docxFile,
  farCellXlsx,
  inlineCell,
  mergeBombXlsx,
  odsFile,
  xlsxOf,
  zipBombXlsx,
  zipOf,
} from '../helpers/hostile-files';

function grids(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS) {
  const read = readWorkbookFile(bytes, limits);
  if (!read.ok) throw new Error(`unreadable: ${read.error.code}`);
  return read.grids;
}

function failure(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS) {
  const read = readWorkbookFile(bytes, limits);
  if (read.ok) throw new Error('read a file that should not be readable');
  return read.error;
}

describe('ooxml-read: what the cells hold', () => {
  it('keeps reading after an inline string with phonetic runs (<rPh>), and leaves the reading aid out', () => {
    const rph = '<c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></is></c>';
    const [grid] = grids(xlsxOf({ sheets: [{ name: 'S', body: `<sheetData><row r="1">${rph}${inlineCell('B1', '后面')}</row><row r="2">${inlineCell('A2', '第二行')}</row></sheetData>` }] }));
    expect(grid?.rows).toEqual([['漢字', '后面'], ['第二行']]);
  });

  it('leaves phonetic runs out of shared strings too', () => {
    const [grid] = grids(xlsxOf({ sharedStrings: ['<r><t>富</t></r><r><t>文本</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh>'], sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }] }));
    expect(grid?.rows).toEqual([['富文本']]);
  });

  it('decodes _xHHHH_ escapes, and _x005F_ keeps an escape-like text as written', () => {
    const [grid] = grids(xlsxOf({ sharedStrings: ['A_x0001_B', '行_x000A_换', '_x005F_x0001_'], sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData>' }] }));
    expect(grid?.rows).toEqual([['A\u0001B', '行\n换', '_x0001_']]);
  });

  it('reads a formula without a cached value as its text and lists it as a value unknown', () => {
    const body = '<sheetData><row r="1"><c r="A1"><f>B1+C1</f></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1" t="str"><f>"x"</f><v></v></c></row></sheetData>';
    const [grid] = grids(xlsxOf({ sheets: [{ name: 'S', body }] }));
    expect(grid?.rows).toEqual([['=B1+C1', 2, '']]);
    expect(grid?.formulasWithoutValue).toEqual(['A1']);
    expect(grid?.findings).toBeUndefined();
  });

  it('gives a shared formula without values the text of its first cell', () => {
    const body = '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">_xldudf_PERF_EVAL(B1,C1)</f></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row></sheetData>';
    const [grid] = grids(xlsxOf({ sheets: [{ name: 'S', body }] }));
    expect(grid?.rows).toEqual([['=PERF.EVAL(B1,C1)'], ['=PERF.EVAL(B1,C1)']]);
    expect(grid?.formulasWithoutValue).toEqual(['A1', 'A2']);
  });

  it('reads date-formatted numbers as dates the core reads (built-in, custom, zh-CN ids, 1904 system); other numbers stay numbers', () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00E+00"/></numFmts>' +
      '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="31"/><xf numFmtId="165"/><xf numFmtId="20"/><xf numFmtId="22"/></cellXfs>';
    const row = '<row r="1"><c r="A1" s="1"><v>45839</v></c><c r="B1" s="2"><v>45839</v></c><c r="C1" s="3"><v>45839</v></c><c r="D1" s="4"><v>45839</v></c><c r="E1" s="5"><v>0.5</v></c><c r="F1" s="6"><v>45839.4375</v></c><c r="G1" t="d"><v>2025-07-01T00:00:00Z</v></c></row>';
    const [grid] = grids(xlsxOf({ styles, sheets: [{ name: 'S', body: `<sheetData>${row}</sheetData>` }] }));
    expect(grid?.rows).toEqual([['2025年7月1日', '2025年7月1日', '2025年7月1日', 45839, 0.5, '2025年7月1日 10:30', '2025年7月1日']]);
    const [mac] = grids(xlsxOf({ styles, date1904: true, sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="1"><v>44377</v></c></row></sheetData>' }] }));
    expect(mac?.rows).toEqual([['2025年7月1日']]);
  });

  it('tells date formats from others', () => {
    expect(formatKind('General')).toEqual({ kind: 'number' });
    expect(formatKind('0.00%')).toEqual({ kind: 'number' });
    expect(formatKind('#,##0.00;[Red]-#,##0.00')).toEqual({ kind: 'number' });
    expect(formatKind('"TRUE";"TRUE";"FALSE"')).toEqual({ kind: 'literal', sections: ['TRUE', 'TRUE', 'FALSE'] });
    expect(formatKind('[$-804]yyyy"年"m"月"d"日";@')).toEqual({ kind: 'date', time: false });
    expect(formatKind('m/d/yy h:mm')).toEqual({ kind: 'date', time: true });
    expect(formatKind('[h]:mm:ss')).toEqual({ kind: 'time' });
    expect(serialToDateText(1, false, false)).toBe('1900年1月1日');
    expect(serialToDateText(61, false, false)).toBe('1900年3月1日');
  });

  it('reads a cached boolean shown through a "TRUE";"TRUE";"FALSE" format as a boolean', () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;TRUE&quot;;&quot;TRUE&quot;;&quot;FALSE&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>';
    const [grid] = grids(xlsxOf({ styles, sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="1"><f>B1=1</f><v>1</v></c><c r="B1" s="1"><f>B1=2</f><v>0</v></c></row></sheetData>' }] }));
    expect(grid?.rows).toEqual([[true, false]]);
  });

  it('reports a sheet whose part is missing as an error finding on an empty grid, and reads the others', () => {
    const read = grids(xlsxOf({ sheets: [{ name: '第一', body: `<sheetData><row r="1">${inlineCell('A1', '有')}</row></sheetData>` }, { name: '丢失', missing: true }] }));
    expect(read.map((g) => g.sheet)).toEqual(['第一', '丢失']);
    expect(read[1]?.rows).toEqual([]);
    expect(read[1]?.findings?.map((f) => [f.code, f.severity])).toEqual([['READ_FILE_SHEET_MISSING', 'error']]);
    expect(read[1]?.findings?.[0]?.message).toContain('xl/worksheets/sheet2.xml');
  });

  it('reads cells without r attributes in order, and elements with a namespace prefix', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const base = xlsxOf({ sheets: [{ name: 'S', missing: true }] });
    // Rebuild with a prefixed sheet part.
    const withPart = zipOf([...entriesOf(base), { name: 'xl/worksheets/sheet1.xml', data: xml }]);
    expect(grids(withPart)[0]?.rows).toEqual([['a', 2], [3]]);
  });

  it('reads what exceljs writes as it did: rich text, hyperlinks, errors, booleans, merges', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('数据');
    ws.getCell('A1').value = { richText: [{ text: '富' }, { text: '文本' }] };
    ws.getCell('B1').value = { text: '链接', hyperlink: 'https://example.org' };
    ws.getCell('C1').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('D1').value = false;
    ws.getCell('A3').value = '合并';
    ws.mergeCells('A3:B4');
    const [grid] = await readGrids(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(grid).toEqual({ sheet: '数据', rows: [['富文本', '链接', '#DIV/0!', false], [], ['合并']], merges: ['A3:B4'] });
  });
});

/** The items of a zip made by xlsxOf, for rebuilding it with a change. */
function entriesOf(bytes: Uint8Array): Array<{ name: string; data: Uint8Array }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync } = require('fflate') as typeof import('fflate');
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));
}

describe('ooxml-read: files that are not a readable .xlsx say what they are', () => {
  const cases: Array<[string, () => Uint8Array, string, RegExp]> = [
    ['an empty file', () => new Uint8Array(0), 'FILE_EMPTY', /空/],
    ['an .xls (OLE compound file with a Workbook stream)', () => compoundFile(['Workbook', '\u0005SummaryInformation']), 'FILE_XLS', /\.xls 格式.*另存为/],
    ['a password-protected .xlsx (EncryptionInfo + EncryptedPackage)', () => compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), 'FILE_ENCRYPTED', /密码/],
    ['a .doc (OLE without a workbook)', () => compoundFile(['WordDocument', '1Table']), 'FILE_OLE_OTHER', /97-2003/],
    ['an .ods', odsFile, 'FILE_ODS', /OpenDocument 表格.*另存为/],
    ['a renamed .docx', docxFile, 'FILE_DOCX', /Word 文档/],
    ['a zip that is not OOXML', () => zipOf([{ name: 'readme.txt', data: 'hello' }]), 'FILE_ZIP_NOT_OOXML', /zip 压缩包/],
    ['a CSV', () => new TextEncoder().encode('项目编码,项目名称,预算数\n1,甲,100\n2,乙,200\n'), 'FILE_CSV', /CSV.*另存为/],
    ['an HTML page saved as .xls', () => new TextEncoder().encode('<html><body><table><tr><td>1</td></tr></table></body></html>'), 'FILE_HTML', /网页/],
    ['a PDF', () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'), 'FILE_PDF', /PDF/],
    ['random bytes', () => Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251), 'FILE_NOT_SPREADSHEET', /无法识别/],
    ['a truncated .xlsx', () => xlsxOf({ sheets: [{ name: 'S' }] }).subarray(0, 300), 'FILE_ZIP_DAMAGED', /损坏/],
    ['an .xlsx whose sheet is not XML', () => zipOf([...entriesOf(xlsxOf({ sheets: [{ name: 'S', missing: true }] })), { name: 'xl/worksheets/sheet1.xml', data: '<worksheet><sheetData><row>' }]), 'FILE_PART_DAMAGED', /sheet1\.xml/],
  ];

  it.each(cases)('%s', (_label, make, code, zh) => {
    const error = failure(make());
    expect(error.code).toBe(code);
    expect(error.message).toMatch(zh);
    // Chinese first, English second, and no library's own words or a stack.
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.messageEn).toMatch(/^[\x20-\x7e\u2013\u2014'"():.,;/-]+/);
    expect(`${error.message}${error.messageEn}`).not.toMatch(/at \w+ \(|Error:|invalid|Cannot read|undefined/);
  });

  it('readGrids throws an UnreadableWorkbookError whose message is both reasons', async () => {
    await expect(readGrids(compoundFile(['Workbook']))).rejects.toThrow(UnreadableWorkbookError);
    await expect(readGrids(compoundFile(['Workbook']))).rejects.toThrow(/^这是 \.xls 格式[^\n]*\nThis is an \.xls file/);
  });
});

describe('ooxml-read: bounded resources on hostile files', () => {
  it('stops a zip bomb from its declared size, before inflating', () => {
    const error = failure(zipBombXlsx({ megabytes: 300 }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/300\.\d MB.*200 MB/);
  });

  it('stops a zip bomb whose directory lies about its size, within one step past the budget', () => {
    const error = failure(zipBombXlsx({ megabytes: 40, lie: true }), { ...READ_LIMITS, inflatedBytes: 8 * 1024 * 1024 });
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toContain('8 MB');
  });

  it('keeps a merge over the whole sheet as a rectangle cut to the cells that exist, with a warning', () => {
    const [grid] = grids(mergeBombXlsx());
    expect(grid?.merges).toEqual(['A20:C120']);
    expect(grid?.findings?.map((f) => [f.code, f.severity, f.cell])).toEqual([['READ_FILE_MERGE_TOO_LARGE', 'warning', 'A20']]);
    expect(grid?.findings?.[0]?.message).toContain('A20:XFD1048576');
  });

  it('drops merges past the per-sheet total, with one warning', () => {
    const merges = Array.from({ length: 10 }, (_, i) => `<mergeCell ref="A${i * 10 + 1}:B${i * 10 + 10}"/>`).join('');
    const [grid] = grids(xlsxOf({ sheets: [{ name: 'S', body: `<sheetData><row r="100">${inlineCell('B100', 'x')}</row></sheetData><mergeCells>${merges}</mergeCells>` }] }), { ...READ_LIMITS, mergedCellsPerSheet: 60 });
    expect(grid?.merges).toHaveLength(3);
    expect(grid?.findings?.map((f) => f.code)).toEqual(['READ_FILE_MERGE_LIMIT']);
  });

  it('computes the used range from the cells that exist, not the declared dimension', () => {
    const [grid] = grids(xlsxOf({ sheets: [{ name: 'S', body: `<dimension ref="A1:XFD1048576"/><sheetData><row r="2">${inlineCell('B2', 'x')}</row></sheetData>` }] }));
    expect(grid?.rows).toEqual([[], [null, 'x']]);
    const [far] = grids(farCellXlsx());
    expect(far?.rows).toHaveLength(1_048_576);
    expect(far?.rows[1_048_575]).toHaveLength(16_384);
  });

  it('stops storing cells at the workbook-wide limit, with an error finding where it stopped', () => {
    const row = (r: number): string => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r}</v></c></row>`;
    const read = grids(xlsxOf({ sheets: [{ name: 'S1', body: `<sheetData>${row(1)}${row(2)}</sheetData>` }, { name: 'S2', body: `<sheetData>${row(1)}${row(2)}</sheetData>` }] }), { ...READ_LIMITS, cells: 5 });
    expect(read[0]?.rows).toEqual([[1, 1], [2, 2]]);
    expect(read[1]?.rows).toEqual([[1]]);
    expect(read[1]?.findings?.map((f) => [f.code, f.severity, f.cell])).toEqual([['READ_FILE_CELL_LIMIT', 'error', 'B1']]);
  });

  it('ignores cells outside Excel\'s grid, with a warning', () => {
    const [grid] = grids(xlsxOf({ sheets: [{ name: 'S', body: `<sheetData><row r="1">${inlineCell('A1', 'a')}${inlineCell('XFE1', 'b')}</row></sheetData>` }] }));
    expect(grid?.rows).toEqual([['a']]);
    expect(grid?.findings?.map((f) => f.code)).toEqual(['READ_FILE_OUTSIDE_GRID']);
  });

  it('refuses a zip with more entries than the limit before reading any', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ name: `x${i}.xml`, data: '<a/>' }));
    expect(failure(zipOf(items), { ...READ_LIMITS, zipEntries: 20 }).code).toBe('FILE_TOO_MANY_PARTS');
  });
});

describe('ooxml-read in the page (memory workbook)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createMemoryWorkbook } = require('../../src/workbook/memory') as typeof import('../../src/workbook/memory');
  const load = () => import('../../src/workbook/xlsx');
  const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

  it('refuses an .xls and a merge over the whole sheet with their reasons, before exceljs sees them', async () => {
    const book = createMemoryWorkbook({ load });
    await expect(book.open(toArrayBuffer(compoundFile(['Workbook'])))).rejects.toThrow(/这是 \.xls 格式/);
    await expect(book.open(toArrayBuffer(mergeBombXlsx()))).rejects.toThrow(/A20:XFD1048576/);
    expect(await book.sheetNames()).toEqual([]);
  });

  it('reads an opened file as the CLI does (dates as dates, formulas without results marked) until a value is written', async () => {
    const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    const body = '<sheetData><row r="1"><c r="A1" s="1"><v>45839</v></c><c r="B1"><f>1+1</f></c></row></sheetData>';
    const book = createMemoryWorkbook({ load, pause: () => Promise.resolve() });
    await book.open(toArrayBuffer(xlsxOf({ styles, sheets: [{ name: 'S', body }] })));
    const [grid] = await book.readGrids(['S']);
    expect(grid?.rows).toEqual([['2025年7月1日', '=1+1']]);
    expect(grid?.formulasWithoutValue).toEqual(['B1']);
    expect((await book.readActiveGrid()).rows[0]?.[0]).toBe('2025年7月1日');
    await book.insertFormula('=2+2');
    expect((await book.readGrids(['S']))[0]?.formulasWithoutValue).toBeUndefined();
  });
});

describe('ooxml-read → check: values the file does not state are not reported as wrong', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { wordTextToGrids } = require('../../src/core/read/word-import') as typeof import('../../src/core/read/word-import');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkWorkbook } = require('../../src/core/check') as typeof import('../../src/core/check');

  /** The seed's first project table as an .xlsx written by exceljs, with `edit` applied to its sheet. */
  async function seedTable(edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const [, table] = wordTextToGrids(readFileSync(`${__dirname}/../fixtures/seed.txt`, 'utf8'));
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('表');
    table!.rows.forEach((row, r) => row.forEach((value, c) => value !== null && (ws.getCell(r + 1, c + 1).value = value)));
    for (const merge of table!.merges ?? []) ws.mergeCells(merge);
    edit(ws);
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it('a 预算数 formula saved without its result is a note that its value is unknown, not "不是数值"', async () => {
    // C4 is 预算数 in the seed's layout; E4 and G4 are 财政资金 and 其他资金.
    const bytes = await seedTable((ws) => (ws.getCell('C4').value = { formula: 'E4+G4' } as ExcelJS.CellFormulaValue));
    const findings = checkWorkbook(await readGrids(bytes));
    expect(findings.filter((f) => f.code === 'READ_AMOUNT_UNREADABLE')).toEqual([]);
    const note = findings.find((f) => f.code === 'READ_FILE_FORMULA_NO_VALUE');
    expect(note).toMatchObject({ cell: 'C4', severity: 'info' });
    expect(note?.message).toContain('=E4+G4');
    expect(findings.map((f) => f.code)).toContain('READ_FILE_NOT_CALCULATED');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a 指标值 typed as a date reaches the checker as a date, not as its serial number', async () => {
    const bytes = await seedTable((ws) => {
      ws.getCell('E12').value = new Date(Date.UTC(2025, 6, 1));
      ws.getCell('E12').numFmt = 'yyyy"年"m"月"d"日"';
    });
    const grids = await readGrids(bytes);
    expect(grids[0]?.rows[11]?.[4]).toBe('2025年7月1日');
    const findings = checkWorkbook(grids);
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/4583\d/);
  });
});
