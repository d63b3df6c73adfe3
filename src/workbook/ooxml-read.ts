/**
 * An .xlsx file's bytes → one Grid per worksheet, in tab order, with bounded time and memory, in
 * node and in the browser alike (no exceljs, no Node API): the zip's directory is checked before
 * anything is inflated, every inflated byte is counted against READ_LIMITS, only the cells that
 * exist are kept. A file that is not a readable .xlsx gives an UnreadableWorkbook that says what it
 * is and what to do; what a readable file lacks (a sheet's part, a formula's result) becomes a
 * finding on its grid (`Grid.findings`), which the checker reports with its own.
 */
import { READ_LIMITS, type ReadLimits } from '../core/limits';
import type { Grid } from '../core/read/grid';
import { describeNonZip, describeOtherZip, looksLikeZip } from './ooxml-read-detect';
import { ReadFailure, UnreadableWorkbookError, unreadable, type UnreadableWorkbook } from './ooxml-read-error';
import { relationshipsHandlers, relsPartOf, workbookHandlers, type Relationship, type WorkbookInfo } from './ooxml-read-package';
import { fileFinding, sheetReader } from './ooxml-read-sheet';
import { sharedStringsHandlers } from './ooxml-read-strings';
import { PLAIN_STYLES, stylesHandlers, type Styles } from './ooxml-read-styles';
import { xmlSink, type XmlHandlers } from './ooxml-read-xml';
import { InflateBudget, inflateEntry, readZipDirectory, sizeText, type ZipEntry } from './ooxml-read-zip';

export type { UnreadableWorkbook } from './ooxml-read-error';
export { UnreadableWorkbookError } from './ooxml-read-error';

export type WorkbookFileRead = { ok: true; grids: Grid[] } | { ok: false; error: UnreadableWorkbook };

/** Sheet kinds that hold no cells (charts, dialogs, macros): not read, as Office.js lists only worksheets. */
const NOT_WORKSHEETS = new Set(['chartsheet', 'dialogsheet', 'macrosheet', 'xlMacrosheet', 'xlIntlMacrosheet']);

class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();
  readonly budget: InflateBudget;

  constructor(
    private readonly bytes: Uint8Array,
    readonly list: readonly ZipEntry[],
    limits: ReadLimits,
  ) {
    this.budget = new InflateBudget(limits.inflatedBytes);
    for (const entry of list) {
      this.entries.set(entry.name, entry);
      // Part names compare case-insensitively (ECMA-376 Part 2, 6.2.2.3).
      this.folded.set(entry.name.toLowerCase(), entry);
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.folded.get(name.toLowerCase());
  }

  parse(entry: ZipEntry, handlers: XmlHandlers): void {
    const sink = xmlSink(entry.name, handlers);
    inflateEntry(this.bytes, entry, this.budget, (piece) => sink.write(piece));
    sink.end();
  }

  text(entry: ZipEntry): string {
    const decoder = new TextDecoder('utf-8');
    let text = '';
    inflateEntry(this.bytes, entry, this.budget, (piece) => (text += decoder.decode(piece, { stream: true })));
    return text + decoder.decode();
  }

  /** Whether [Content_Types].xml declares `part` a workbook (for main parts not named workbook.xml). */
  isSpreadsheetMain(part: string): boolean {
    const types = this.entry('[Content_Types].xml');
    if (!types) return false;
    let found = false;
    this.parse(types, {
      open(name, a) {
        if (name === 'Override' && (a.PartName ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase()) found = /spreadsheetml\.(sheet|template)\.main|ms-excel\.sheet\.macroEnabled\.main/.test(a.ContentType ?? '');
      },
    });
    return found;
  }

  relationships(sourcePart: string): Relationship[] {
    const rels: Relationship[] = [];
    const entry = this.entry(relsPartOf(sourcePart));
    if (entry) this.parse(entry, relationshipsHandlers(sourcePart, rels));
    return rels;
  }
}

function readPackage(bytes: Uint8Array, limits: ReadLimits): Grid[] {
  if (!looksLikeZip(bytes)) throw new ReadFailure(describeNonZip(bytes));
  const pkg = new Package(bytes, readZipDirectory(bytes, limits.zipEntries), limits);

  const office = pkg.relationships('').find((r) => r.type === 'officeDocument' && !r.external);
  const main = pkg.entry(office?.target ?? 'xl/workbook.xml') ?? pkg.entry('xl/workbook.xml');
  // A .docx or .pptx has an officeDocument too: only a spreadsheet's main part is a workbook.
  const workbookEntry = main && (/workbook\.xml$/i.test(main.name) || pkg.isSpreadsheetMain(main.name)) ? main : undefined;
  if (!workbookEntry) throw new ReadFailure(describeOtherZip(pkg.list, (e) => pkg.text(e)));
  if (workbookEntry.name.endsWith('.bin')) throw new ReadFailure('FILE_XLSB');

  const workbookPart = workbookEntry.name;
  const rels = pkg.relationships(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const partOf = (type: string, fallback: string): ZipEntry | undefined => {
    const rel = rels.find((r) => r.type === type && !r.external);
    return rel ? pkg.entry(rel.target) : pkg.entry(fallback);
  };

  const workbook: WorkbookInfo = { sheets: [], date1904: false };
  pkg.parse(workbookEntry, workbookHandlers(workbook));
  if (workbook.sheets.length > limits.sheets) throw new ReadFailure('FILE_TOO_MANY_SHEETS', { found: workbook.sheets.length, limit: limits.sheets });

  const stringsEntry = partOf('sharedStrings', 'xl/sharedStrings.xml');
  const stylesEntry = partOf('styles', 'xl/styles.xml');
  const sheetParts = workbook.sheets.map((sheet) => {
    const rel = byId.get(sheet.relationshipId);
    return { sheet, rel, entry: rel && !rel.external ? pkg.entry(rel.target) : undefined };
  });

  // What the directory declares, checked before the large parts are inflated (the running budget
  // still counts every byte: a declared size is only a claim).
  const declared = [stringsEntry, stylesEntry, ...sheetParts.map((p) => p.entry)].reduce((sum, e) => sum + (e?.declaredSize ?? 0), 0);
  if (declared > limits.inflatedBytes) throw new ReadFailure('FILE_TOO_LARGE', { found: sizeText(declared), limit: limits.inflatedBytes });

  const sharedStrings: string[] = [];
  if (stringsEntry) pkg.parse(stringsEntry, sharedStringsHandlers(sharedStrings));
  const styled: { styles: Styles } = { styles: PLAIN_STYLES };
  if (stylesEntry) pkg.parse(stylesEntry, stylesHandlers(styled));

  const cellCount = { value: 0 };
  const grids: Grid[] = [];
  for (const { sheet, rel, entry } of sheetParts) {
    if (rel && NOT_WORKSHEETS.has(rel.type)) continue;
    if (!entry) {
      const part = rel?.target ?? sheet.relationshipId;
      grids.push({ sheet: sheet.name, rows: [], findings: [fileFinding(sheet.name, '', 'error', 'READ_FILE_SHEET_MISSING', { sheet: sheet.name, part })] });
      continue;
    }
    const reader = sheetReader({ sheet: sheet.name, sharedStrings, styles: styled.styles, date1904: workbook.date1904, limits, cellCount });
    pkg.parse(entry, reader.handlers);
    grids.push(reader.finish().grid);
  }

  return grids;
}

/** The worksheets of an .xlsx (or .xlsm) file as Grids, or why the file cannot be read. Never throws. */
export function readWorkbookFile(data: ArrayBuffer | Uint8Array, limits: ReadLimits = READ_LIMITS): WorkbookFileRead {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    return { ok: true, grids: readPackage(bytes, limits) };
  } catch (error) {
    if (error instanceof ReadFailure) return { ok: false, error: error.reason };
    // A failure of our own or of a library: the person still gets a reason, not its text.
    return { ok: false, error: unreadable('FILE_ZIP_DAMAGED', { detail: '无法解析 / could not be parsed' }) };
  }
}

/**
 * Every worksheet of an .xlsx file as a Grid, in tab order. Numbers stored as text stay text; a
 * date shows as `2025年7月1日`; a formula gives its cached result, or its text (`=PERF.EVAL(…)`)
 * when the file has none (listed in `Grid.formulasWithoutValue`). Throws UnreadableWorkbookError.
 */
export async function readGrids(data: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const read = readWorkbookFile(data);
  if (!read.ok) throw new UnreadableWorkbookError(read.error);
  return Promise.resolve(read.grids);
}
