/**
 * The user's workbook survives (#14 item 2): `selfeval` and `monitor-sheet` add their sheets to
 * the ORIGINAL package. On a workbook with a chart, an image, a comment, tables with and without
 * style info, data validation, conditional formatting, a legacy and a SHA-512 protection password,
 * custom properties, a defined name and a print area, every part they do not add to keeps its
 * bytes; the parts they add to keep every original entry verbatim; LibreOffice opens the result
 * and shows the new sheets' values.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partText, readPackage, type OoxmlPackage } from '../../src/workbook/ooxml-package';
import { worksheetParts } from '../../src/workbook/ooxml-cached-text';
import { CURRENT_CALC_ID } from '../../src/workbook/ooxml-write-calc';
import { runCli } from '../helpers/cli';
import { cellAt, describeWithLibreOffice, openManyWithLibreOffice } from '../helpers/libreoffice';
import { USER_SHEET, userWorkbook } from '../helpers/user-workbook';

jest.setTimeout(240_000);

const dir = mkdtempSync(join(tmpdir(), 'perftable-add-sheets-'));
const input = join(dir, 'user.xlsx');
const self = join(dir, 'self.xlsx');
const monitor = join(dir, 'monitor.xlsx');
let before: OoxmlPackage;
const after: Record<string, OoxmlPackage> = {};
const json: Record<string, unknown[]> = {};

/** The parts that adding a sheet must touch; every other one keeps its bytes. */
const TOUCHED = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);

beforeAll(async () => {
  writeFileSync(input, await userWorkbook());
  before = await readPackage(readFileSync(input));
  const actuals = join(dir, 'actuals.json');
  writeFileSync(actuals, JSON.stringify([{ code: '13020925P00066510001J', spent: 16.5, actuals: { '企业开工率、投产率': '65%', 督导检查覆盖率: 0.5 } }]));
  for (const [file, args] of [
    [self, ['selfeval', input, '--actuals', actuals, '-o', self]],
    [monitor, ['monitor-sheet', input, '--month', '7', '--actuals', actuals, '-o', monitor]],
  ] as const) {
    const result = await runCli([...args]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    json[file] = result.json;
    after[file] = await readPackage(readFileSync(file));
  }
});

function tags(xml: string, element: string): string[] {
  return [...xml.matchAll(new RegExp(`<${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${element}>)`, 'g'))].map((m) => m[0]);
}

describe.each([
  ['selfeval', () => self, '-自评'],
  ['monitor-sheet', () => monitor, '-监控7月'],
])('%s on a workbook with charts, images, tables, comments, protection, custom properties', (_name, file, suffix) => {
  it('keeps every part it does not add to byte for byte (chart, drawing, image, tables, comments, protection, custom properties)', () => {
    const result = after[file()]!;
    const changed: string[] = [];
    for (const [path, bytes] of before.parts) {
      if (TOUCHED.has(path)) continue;
      const now = result.parts.get(path);
      if (!now || Buffer.compare(Buffer.from(bytes), Buffer.from(now)) !== 0) changed.push(path);
    }
    expect(changed).toEqual([]);
    // The fixture has what the test claims to keep.
    const paths = [...before.parts.keys()];
    for (const kind of [/^xl\/charts\/chart\d+\.xml$/, /^xl\/drawings\/drawing\d+\.xml$/, /^xl\/media\//, /^xl\/tables\/table\d+\.xml$/, /^xl\/comments\d*\.xml$|^xl\/comments/, /^docProps\/custom\.xml$/]) {
      expect(paths.some((p) => kind.test(p))).toBe(true);
    }
    const sheets = paths.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).map((p) => partText(before, p) ?? '');
    expect(sheets.some((x) => x.includes('password="CF75"'))).toBe(true);
    expect(sheets.some((x) => /<sheetProtection[^>]*hashValue=/.test(x))).toBe(true);
    expect([...before.parts.keys()].some((p) => p.startsWith('xl/tables/') && !(partText(before, p) ?? '').includes('tableStyleInfo'))).toBe(true);
  });

  it('keeps every original entry of the parts it adds to, verbatim: sheets, defined names and print areas, styles, relationships, content types', () => {
    const result = after[file()]!;
    const workbook = partText(result, 'xl/workbook.xml') ?? '';
    const original = partText(before, 'xl/workbook.xml') ?? '';
    for (const tag of [...tags(original, 'sheet'), ...tags(original, 'definedName')]) expect(workbook).toContain(tag);
    expect(workbook).toContain('$A$1:$G$9');
    expect(workbook).toContain(`<calcPr calcId="${CURRENT_CALC_ID}"`);
    const styles = partText(result, 'xl/styles.xml') ?? '';
    const originalStyles = partText(before, 'xl/styles.xml') ?? '';
    for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs']) {
      const was = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(originalStyles)?.[1] ?? '';
      const now = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(styles)?.[1] ?? '';
      expect(now.startsWith(was)).toBe(true);
    }
    for (const path of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
      const now = partText(result, path) ?? '';
      for (const tag of [...tags(partText(before, path) ?? '', 'Relationship'), ...tags(partText(before, path) ?? '', 'Override'), ...tags(partText(before, path) ?? '', 'Default')]) expect(now).toContain(tag);
    }
  });

  it('adds one sheet per 绩效目标表, after the user\'s sheets, each with its print area', () => {
    const result = after[file()]!;
    const names = worksheetParts(result).map((s) => s.name);
    const originalNames = worksheetParts(before).map((s) => s.name);
    expect(names.slice(0, originalNames.length)).toEqual(originalNames);
    const added = names.slice(originalNames.length);
    expect(added).toHaveLength(2);
    expect(added.every((n) => n.endsWith(suffix))).toBe(true);
    const workbook = partText(result, 'xl/workbook.xml') ?? '';
    added.forEach((_n, i) => expect(workbook).toMatch(new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${originalNames.length + i}">`)));
  });
});

describeWithLibreOffice('the result in LibreOffice', () => {
  it('opens, keeps the user\'s data, and shows the new sheets\' values', async () => {
    const [selfSheets, monitorSheets] = await openManyWithLibreOffice([self, monitor]);
    for (const sheets of [selfSheets!, monitorSheets!]) {
      expect(cellAt(sheets.get(USER_SHEET), 'A2').text).toBe('3月');
      expect(cellAt(sheets.get(USER_SHEET), 'B3').value).toBe('0.5');
      // The cell's text and its comment (flat ODS keeps the annotation's paragraphs in the cell).
      expect(cellAt(sheets.get(USER_SHEET), 'D2').text.split('\n').sort()).toEqual(['备注', '请在 9 月前补齐'].sort());
    }
    const first = (json[self]![0] as { sheet: string; total: unknown });
    const sheet = selfSheets!.get(first.sheet);
    expect(sheet).toBeDefined();
    expect(cellAt(sheet, 'A1').text).toBe('项目支出绩效自评表');
    expect(cellAt(sheet, 'G13').text).toBe('65%');
    expect(cellAt(sheet, 'H13').text).toBe('TRUE');
    expect(cellAt(sheet, 'H14').text).toBe('FALSE');
    const monitorSheet = monitorSheets!.get((json[monitor]![0] as { sheet: string }).sheet);
    expect(cellAt(monitorSheet, 'A1').text).toBe('项目绩效运行监控表（1-7月）');
    for (const sheets of [selfSheets!, monitorSheets!]) {
      for (const [name, rows] of sheets) {
        for (const row of rows) for (const cell of row) if (/^(#NAME\?|Err:)/.test(cell.text)) throw new Error(`${name}: ${cell.text}`);
      }
    }
  });
});
