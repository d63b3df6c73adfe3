/**
 * Adds sheets to a user's workbook without re-serialising it (#14 item 2). exceljs reads and
 * writes back only what it models: charts, drawings, pivots, a legacy protection password,
 * custom properties … are lost, print areas rewritten, and a table without style info crashes it.
 * So the new sheets are written by exceljs into a package of their own, and their parts are added
 * to the ORIGINAL package:
 * - each new worksheet part (its strings made inline, its style indexes remapped), no rels;
 * - [Content_Types].xml, workbook.xml (`<sheet>`, print areas and titles in `<definedNames>`,
 *   the current calcId) and workbook.xml.rels get entries appended;
 * - styles.xml gets the new sheets' fonts, fills, borders, number formats, cell formats and
 *   conditional-format styles appended after the original's (the original indexes stay valid).
 * Every other part keeps its bytes. Host-free: Uint8Array in and out, for the CLI and the pane.
 */
import { worksheetParts } from './ooxml-cached-text';
import { attributesOf, partText, readPackage, relsPathOf, setPartText, writePackage, xmlAttribute, type OoxmlPackage } from './ooxml-package';
import { setCurrentCalcEngine, workbookPartPath } from './ooxml-write-calc';

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The elements directly inside `<name>…</name>` of a styles list (`fonts`, `cellXfs` …), as XML text. */
function listItems(styles: string, name: string): string[] {
  const list = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(styles);
  const body = list?.[1] ?? '';
  const items: string[] = [];
  // Children are one kind of element (font, fill, border, xf, dxf, numFmt), never nested in themselves.
  const item = /<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g;
  for (let m = item.exec(body); m; m = item.exec(body)) items.push(m[0]);
  return items;
}

/** Appends `items` to the list `name` of styles.xml (creating it before `before` when absent) and fixes its count. */
function appendToList(styles: string, name: string, items: readonly string[], before: readonly string[]): string {
  if (items.length === 0) return styles;
  const existing = listItems(styles, name);
  const count = existing.length + items.length;
  const full = new RegExp(`<${name}\\b([^>]*?)>([\\s\\S]*?)</${name}>`);
  if (full.test(styles)) {
    return styles.replace(full, (_m, attributes: string, body: string) => `<${name}${withCount(attributes, count)}>${body}${items.join('')}</${name}>`);
  }
  const empty = new RegExp(`<${name}\\b([^>]*?)/>`);
  if (empty.test(styles)) return styles.replace(empty, (_m, attributes: string) => `<${name}${withCount(attributes, count)}>${items.join('')}</${name}>`);
  const list = `<${name} count="${count}">${items.join('')}</${name}>`;
  for (const next of before) {
    const at = styles.search(new RegExp(`<${next}\\b`));
    if (at >= 0) return `${styles.slice(0, at)}${list}${styles.slice(at)}`;
  }
  return styles.replace('</styleSheet>', `${list}</styleSheet>`);
}

function withCount(attributes: string, count: number): string {
  return /\scount="/.test(attributes) ? attributes.replace(/\scount="\d*"/, ` count="${count}"`) : `${attributes} count="${count}"`;
}

function setAttribute(tag: string, name: string, value: string): string {
  const attribute = new RegExp(`\\s${name}="[^"]*"`);
  if (attribute.test(tag)) return tag.replace(attribute, ` ${name}="${value}"`);
  return tag.replace(/^<(\w+)/, `<$1 ${name}="${value}"`);
}

interface StyleMaps {
  xf: Map<number, number>;
  dxf: Map<number, number>;
}

const STYLE_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const after = (name: string): string[] => STYLE_ORDER.slice(STYLE_ORDER.indexOf(name) + 1);

/** Appends the fresh package's styles to the original's; returns where each fresh xf and dxf went. */
function mergeStyles(original: string, fresh: string): { styles: string; maps: StyleMaps } {
  let styles = original;
  // Number formats: the same code reuses the original's id, a new one gets an id past every id in use.
  const numFmtIds = new Map<number, number>();
  const originalFormats = listItems(original, 'numFmts').map((f) => attributesOf(f));
  let nextId = Math.max(163, ...originalFormats.map((a) => Number(a.get('numFmtId') ?? 0)));
  const newFormats: string[] = [];
  for (const format of listItems(fresh, 'numFmts')) {
    const a = attributesOf(format);
    const id = Number(a.get('numFmtId'));
    const code = a.get('formatCode') ?? '';
    const same = originalFormats.find((o) => o.get('formatCode') === code);
    if (same) {
      numFmtIds.set(id, Number(same.get('numFmtId')));
      continue;
    }
    nextId += 1;
    numFmtIds.set(id, nextId);
    newFormats.push(`<numFmt numFmtId="${nextId}" formatCode="${xmlAttribute(code)}"/>`);
  }
  const offsets: Record<string, number> = {};
  for (const name of ['fonts', 'fills', 'borders', 'cellXfs', 'dxfs']) offsets[name] = listItems(original, name).length;
  styles = appendToList(styles, 'numFmts', newFormats, after('numFmts'));
  for (const [list, next] of [['fonts', 'fills'], ['fills', 'borders'], ['borders', 'cellStyleXfs']] as const) {
    styles = appendToList(styles, list, listItems(fresh, list), [next, ...after(next)]);
  }
  const xfs = listItems(fresh, 'cellXfs').map((xf) => {
    const a = attributesOf(xf);
    let tag = xf;
    const numFmt = Number(a.get('numFmtId') ?? 0);
    tag = setAttribute(tag, 'numFmtId', String(numFmtIds.get(numFmt) ?? numFmt));
    tag = setAttribute(tag, 'fontId', String(Number(a.get('fontId') ?? 0) + (offsets.fonts ?? 0)));
    tag = setAttribute(tag, 'fillId', String(Number(a.get('fillId') ?? 0) + (offsets.fills ?? 0)));
    tag = setAttribute(tag, 'borderId', String(Number(a.get('borderId') ?? 0) + (offsets.borders ?? 0)));
    // The original's first cell style (Normal) is the parent of every added format.
    return setAttribute(tag, 'xfId', '0');
  });
  styles = appendToList(styles, 'cellXfs', xfs, after('cellXfs'));
  // A dxf's number format carries its own code; fonts, fills and borders are inline.
  styles = appendToList(styles, 'dxfs', listItems(fresh, 'dxfs'), after('dxfs'));
  const xf = new Map(xfs.map((_x, i) => [i, (offsets.cellXfs ?? 0) + i]));
  const dxf = new Map(listItems(fresh, 'dxfs').map((_d, i) => [i, (offsets.dxfs ?? 0) + i]));
  return { styles, maps: { xf, dxf } };
}

/** The `<si>` items of a shared-string part, as the inner XML of an inline string (`<t>…</t>` or runs). */
function sharedStrings(pkg: OoxmlPackage): string[] {
  const path = [...pkg.parts.keys()].find((p) => /(^|\/)sharedStrings\.xml$/.test(p));
  const xml = path ? partText(pkg, path) ?? '' : '';
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? '<t></t>');
}

/** One new worksheet's XML, ready for the original package: inline strings, remapped styles, not selected. */
function adaptWorksheet(xml: string, strings: readonly string[], maps: StyleMaps): string {
  const xfOf = (s: string): string => String(maps.xf.get(Number(s)) ?? Number(s));
  let out = xml.replace(/<c\b([^>]*?)\/>|<c\b([^>]*?)(?<!\/)>((?:(?!<\/c>)[\s\S])*)<\/c>/g, (_whole, empty: string | undefined, attributes: string | undefined, body: string | undefined) => {
    const restyled = (text: string): string => text.replace(/\ss="(\d+)"/, (_m, s: string) => ` s="${xfOf(s)}"`);
    if (empty !== undefined) return `<c${restyled(empty)}/>`;
    let a = restyled(attributes ?? '');
    let inner = body ?? '';
    if (/\st="s"/.test(a)) {
      const index = Number(/<v>(\d+)<\/v>/.exec(inner)?.[1] ?? -1);
      a = a.replace(/\st="s"/, ' t="inlineStr"');
      inner = `<is>${strings[index] ?? '<t></t>'}</is>`;
    }
    return `<c${a}>${inner}</c>`;
  });
  out = out.replace(/<row\b[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_m, s: string) => ` s="${xfOf(s)}"`));
  out = out.replace(/<col\b[^>]*>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_m, s: string) => ` style="${xfOf(s)}"`));
  out = out.replace(/<cfRule\b[^>]*>/g, (tag) => tag.replace(/\sdxfId="(\d+)"/, (_m, d: string) => ` dxfId="${maps.dxf.get(Number(d)) ?? d}"`));
  // The user's selected sheet stays the one selected.
  return out.replace(/\stabSelected="(1|true)"/g, '');
}

/** The prefix workbook.xml binds to the relationships namespace (`r` as a rule). */
function relationshipPrefix(workbook: string): string {
  const m = new RegExp(`xmlns:(\\w+)="${RELATIONSHIPS_NS.replace(/[.]/g, '\\.')}"`).exec(workbook);
  return m?.[1] ?? 'r';
}

/** `xl/worksheets/sheet7.xml` relative to `xl/workbook.xml` → `worksheets/sheet7.xml`. */
function relativeTarget(fromPart: string, toPart: string): string {
  const folder = fromPart.slice(0, fromPart.lastIndexOf('/') + 1);
  return toPart.startsWith(folder) ? toPart.slice(folder.length) : `/${toPart}`;
}

/** Appends `names` to workbook.xml's definedNames, creating it where CT_Workbook puts it (after sheets, functionGroups, externalReferences). */
function addDefinedNames(workbook: string, names: readonly string[]): string {
  const items = names.join('');
  if (/<(?:\w+:)?definedNames\b[^>]*\/>/.test(workbook)) return workbook.replace(/<((?:\w+:)?definedNames)\b([^>]*)\/>/, `<$1$2>${items}</$1>`);
  if (/<\/(?:\w+:)?definedNames>/.test(workbook)) return workbook.replace(/<\/((?:\w+:)?definedNames)>/, (close) => `${items}${close}`);
  let at = -1;
  for (const m of workbook.matchAll(/<\/(?:\w+:)?(?:sheets|functionGroups|externalReferences)>/g)) at = (m.index ?? 0) + m[0].length;
  if (at < 0) return workbook;
  const prefix = /<\/(\w+:)?sheets>/.exec(workbook)?.[1] ?? '';
  return `${workbook.slice(0, at)}<${prefix}definedNames>${items}</${prefix}definedNames>${workbook.slice(at)}`;
}

export interface AddedSheet {
  name: string;
  /** The part it was written to (`xl/worksheets/sheet12.xml`). */
  part: string;
}

/**
 * `original` with every worksheet of `fresh` (a package exceljs wrote holding only the new
 * sheets) appended, in order. Names must already be free in `original` (see safeSheetName).
 * Throws when a new sheet has parts of its own (drawings, comments): they are not carried over.
 */
export async function addSheetsToPackage(original: Uint8Array | ArrayBuffer, fresh: Uint8Array | ArrayBuffer): Promise<{ bytes: Uint8Array; added: AddedSheet[] }> {
  const pkg = await readPackage(original);
  const add = await readPackage(fresh);
  const workbookPath = workbookPartPath(pkg);
  const workbookRelsPath = relsPathOf(workbookPath);
  let workbook = partText(pkg, workbookPath) ?? '';
  let workbookRels = partText(pkg, workbookRelsPath) ?? '';
  let contentTypes = partText(pkg, '[Content_Types].xml') ?? '';
  const stylesPath = [...pkg.parts.keys()].find((p) => /(^|\/)styles\.xml$/.test(p) && p.startsWith(workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1)));
  const freshStylesPath = [...add.parts.keys()].find((p) => /(^|\/)styles\.xml$/.test(p));
  if (!stylesPath || !freshStylesPath) throw new Error('styles.xml missing');
  const merged = mergeStyles(partText(pkg, stylesPath) ?? '', partText(add, freshStylesPath) ?? '');
  setPartText(pkg, stylesPath, merged.styles);

  const strings = sharedStrings(add);
  const existingSheets = worksheetParts(pkg).length;
  const allSheetTags = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)];
  let sheetId = Math.max(0, ...allSheetTags.map((m) => Number(attributesOf(m[0]).get('sheetId') ?? 0)));
  const sheetCount = allSheetTags.length;
  let relId = Math.max(0, ...[...workbookRels.matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1])));
  const prefix = relationshipPrefix(workbook);
  // Elements are written with the prefix the workbook uses for its own (none as a rule).
  const elementPrefix = /<\/(\w+:)?sheets>/.exec(workbook)?.[1] ?? '';
  const freshWorkbookPath = workbookPartPath(add);
  const freshWorkbook = partText(add, freshWorkbookPath) ?? '';
  const freshNames = [...freshWorkbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)];
  const added: AddedSheet[] = [];
  const sheetTags: string[] = [];
  const definedNames: string[] = [];
  worksheetParts(add).forEach(({ name, path }, index) => {
    const rels = partText(add, relsPathOf(path));
    if (rels !== undefined && /<Relationship\b/.test(rels)) throw new Error(`the new sheet ${name} has parts of its own`);
    let n = existingSheets + index + 1;
    while (pkg.parts.has(`xl/worksheets/sheet${n}.xml`)) n += 1;
    const part = `xl/worksheets/sheet${n}.xml`;
    setPartText(pkg, part, adaptWorksheet(partText(add, path) ?? '', strings, merged.maps));
    sheetId += 1;
    relId += 1;
    contentTypes = contentTypes.replace('</Types>', `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT}"/></Types>`);
    workbookRels = workbookRels.replace('</Relationships>', `<Relationship Id="rId${relId}" Type="${WORKSHEET_TYPE}" Target="${relativeTarget(workbookPath, part)}"/></Relationships>`);
    sheetTags.push(`<${elementPrefix}sheet name="${xmlAttribute(name)}" sheetId="${sheetId}" ${prefix}:id="rId${relId}"/>`);
    // Print areas and titles of the new sheet: its local names, moved to its new position.
    for (const m of freshNames) {
      const a = attributesOf(`<definedName ${m[1] ?? ''}>`);
      if (Number(a.get('localSheetId')) !== index) continue;
      definedNames.push(`<${elementPrefix}definedName name="${xmlAttribute(a.get('name') ?? '')}" localSheetId="${sheetCount + index}">${m[2] ?? ''}</${elementPrefix}definedName>`);
    }
    added.push({ name, part });
  });
  workbook = workbook.replace(/<\/(\w+:)?sheets>/, (close) => `${sheetTags.join('')}${close}`);
  if (definedNames.length > 0) workbook = addDefinedNames(workbook, definedNames);
  setPartText(pkg, workbookPath, workbook);
  setPartText(pkg, workbookRelsPath, workbookRels);
  setPartText(pkg, '[Content_Types].xml', contentTypes);
  setCurrentCalcEngine(pkg);
  return { bytes: await writePackage(pkg), added };
}
