/**
 * Spreadsheet files built at test time, byte by byte where a test needs a lie: minimal .xlsx
 * packages, the hostile files of issue 14 (a merge over the whole sheet, one cell at XFD1048576,
 * a zip bomb whose directory tells the truth or lies), and files that are not .xlsx at all (an OLE
 * compound file as .xls and as a password-protected .xlsx, an .ods, a .docx). Nothing is committed
 * as a binary.
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';

export interface ZipItem {
  name: string;
  /** The part's content; `deflated` instead gives raw DEFLATE data as it is to be stored. */
  data?: Uint8Array | string;
  deflated?: Uint8Array;
  /** Uncompressed size to write in the headers (default: the true size when `data` is given). */
  declaredSize?: number;
  crc?: number;
  /** Store without compression (as ODF's `mimetype` must be). */
  stored?: boolean;
}

const bytesOf = (data: Uint8Array | string): Uint8Array => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

/** A zip archive (APPNOTE 4.3) whose headers say exactly what the items say, true or not. */
export function zipOf(items: readonly ZipItem[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name, 'utf8');
    const raw = item.data !== undefined ? bytesOf(item.data) : undefined;
    const stored = item.stored === true && raw !== undefined;
    const body = stored ? Buffer.from(raw) : item.deflated ? Buffer.from(item.deflated) : deflateRawSync(raw ?? new Uint8Array(0));
    const size = item.declaredSize ?? raw?.length ?? 0;
    const crc = item.crc ?? (raw ? crc32(raw) : 0);
    const method = stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  name: string;
  /** What goes inside `<worksheet>`: `<sheetData>…</sheetData><mergeCells>…</mergeCells>`. */
  body?: string;
  /** The part as raw DEFLATE data instead (for bombs), with its declared size. */
  deflated?: Uint8Array;
  declaredSize?: number;
  /** Leave the part out of the zip while the workbook still lists the sheet. */
  missing?: boolean;
}

export interface XlsxSpec {
  sheets: SheetSpec[];
  sharedStrings?: string[];
  /** `<numFmts>…</numFmts><cellXfs>…</cellXfs>` for styles.xml. */
  styles?: string;
  date1904?: boolean;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The worksheet part for a body. */
export function worksheetXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${body}</worksheet>`;
}

/** A minimal .xlsx package as Excel lays it out: content types, relationships, workbook, sheets. */
export function xlsxOf(spec: XlsxSpec): Uint8Array {
  const sheets = spec.sheets.map((s, i) => ({ ...s, part: `worksheets/sheet${i + 1}.xml`, id: `rId${i + 1}` }));
  const items: ZipItem[] = [
    {
      name: '[Content_Types].xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets.map((s) => `<Override PartName="/xl/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        `</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>` +
        sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="${s.id}"/>`).join('') +
        `</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
        sheets.map((s) => `<Relationship Id="${s.id}" Type="${REL}/worksheet" Target="${s.part}"/>`).join('') +
        `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` +
        `</Relationships>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${(spec.sharedStrings ?? []).map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)).join('')}</sst>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${spec.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`,
    },
  ];
  for (const s of sheets) {
    if (s.missing) continue;
    if (s.deflated) items.push({ name: `xl/${s.part}`, deflated: s.deflated, declaredSize: s.declaredSize ?? 0 });
    else items.push({ name: `xl/${s.part}`, data: worksheetXml(s.body ?? '<sheetData/>') });
  }
  return zipOf(items);
}

/** `<c>` of an inline string, for sheet bodies. */
export const inlineCell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

/** A small target-table-like sheet: a title and a few labelled rows, about 10 KB with padding rows. */
function smallTable(rows: number): string {
  const lines = [`<row r="1">${inlineCell('A1', '项目支出绩效目标表')}</row>`];
  for (let r = 2; r <= rows; r += 1) lines.push(`<row r="${r}">${inlineCell(`A${r}`, `第${r}行`)}${inlineCell(`B${r}`, '内容')}<c r="C${r}"><v>${r}</v></c></row>`);
  return lines.join('');
}

/** Issue 14: a 10 KB file with one merge `A20:XFD1048576` (86 s and 4.2 GB before). */
export function mergeBombXlsx(): Uint8Array {
  return xlsxOf({ sheets: [{ name: '目标表', body: `<sheetData>${smallTable(120)}</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>` }] });
}

/** Issue 14: one cell at XFD1048576 (51 s before: the declared grid was scanned). */
export function farCellXlsx(): Uint8Array {
  return xlsxOf({ sheets: [{ name: '远处', body: `<dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>` }] });
}

/**
 * DEFLATE data that inflates to `prefix`, then `megabytes` MB of spaces, then `suffix`, built
 * without ever holding the large text: full-flushed segments (each ends byte-aligned with an empty
 * stored block and keeps no dictionary) can be concatenated, and only the last one is final.
 */
export function deflatedBomb(prefix: string, megabytes: number, suffix: string): { deflated: Uint8Array; size: number } {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const head = deflateRawSync(Buffer.from(prefix), flush);
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), flush);
  const tail = deflateRawSync(Buffer.from(suffix), { level: 9 });
  const parts: Buffer[] = [head];
  for (let i = 0; i < megabytes; i += 1) parts.push(block);
  parts.push(tail);
  return { deflated: new Uint8Array(Buffer.concat(parts)), size: Buffer.byteLength(prefix) + megabytes * 1024 * 1024 + Buffer.byteLength(suffix) };
}

/**
 * Issue 14: a ~2 MB zip whose one sheet inflates to ~2.26 GB. `lie`: the directory declares 1 KB,
 * so only a running count of inflated bytes can stop it.
 */
export function zipBombXlsx(options: { lie?: boolean; megabytes?: number } = {}): Uint8Array {
  const xml = worksheetXml('<sheetData>');
  const bomb = deflatedBomb(xml.slice(0, xml.indexOf('</worksheet>')), options.megabytes ?? 2160, '</sheetData></worksheet>');
  return xlsxOf({ sheets: [{ name: '炸弹', deflated: bomb.deflated, declaredSize: options.lie ? 1024 : bomb.size }] });
}

/**
 * An OLE compound file ([MS-CFB]) with the given stream names in its directory: `Workbook` makes
 * an .xls; `EncryptionInfo` + `EncryptedPackage` are what Excel writes for a password-protected
 * .xlsx ([MS-OFFCRYPTO] 2.3.4.1). Header and one directory sector, enough to be recognised.
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(0, 48); // first directory sector
  const names = ['Root Entry', ...streams];
  const directory = Buffer.alloc(Math.ceil(names.length / 4) * 512);
  names.forEach((name, i) => {
    const at = i * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, at);
    directory.writeUInt16LE(encoded.length, at + 64);
    directory[at + 66] = i === 0 ? 5 : 2; // root storage, stream
  });
  return new Uint8Array(Buffer.concat([header, directory]));
}

/** An .ods as ODF packages it: `mimetype` stored first. */
export function odsFile(): Uint8Array {
  return zipOf([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', stored: true },
    { name: 'content.xml', data: '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
    { name: 'META-INF/manifest.xml', data: '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
  ]);
}

/** A .docx's package (as if renamed to .xlsx). */
export function docxFile(): Uint8Array {
  return zipOf([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    { name: 'word/document.xml', data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>' },
  ]);
}
