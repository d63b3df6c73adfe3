/**
 * An OOXML package (.xlsx) as its parts: path → bytes, in the zip's order. Host-free (Uint8Array in
 * and out) so the command line and the task pane use the same code. A part we do not change keeps
 * its bytes exactly; only the zip container is written anew.
 */
import JSZip from 'jszip';

export interface OoxmlPackage {
  /** Part paths without a leading slash (`xl/workbook.xml`), in the order of the original zip. */
  parts: Map<string, Uint8Array>;
}

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export async function readPackage(data: Uint8Array | ArrayBuffer): Promise<OoxmlPackage> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    parts.set(entry.name, await entry.async('uint8array'));
  }
  return { parts };
}

export async function writePackage(pkg: OoxmlPackage): Promise<Uint8Array> {
  const zip = new JSZip();
  // [Content_Types].xml first, as Office writes it (some readers sniff the first entry).
  const names = [...pkg.parts.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) zip.file(name, pkg.parts.get(name) as Uint8Array, { binary: true, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export function partText(pkg: OoxmlPackage, path: string): string | undefined {
  const bytes = pkg.parts.get(path);
  return bytes === undefined ? undefined : utf8.decode(bytes);
}

export function setPartText(pkg: OoxmlPackage, path: string, text: string): void {
  pkg.parts.set(path, encoder.encode(text));
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels` */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart.slice(0, fromPart.lastIndexOf('/') + 1).split('/').filter((s) => s !== '');
  for (const piece of target.split('/')) {
    if (piece === '..') base.pop();
    else if (piece !== '.' && piece !== '') base.push(piece);
  }
  return base.join('/');
}

/** XML attribute text: `&`, `<`, `>` and `"` escaped. */
export function xmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Decodes the five predefined entities and numeric character references of XML text. */
export function xmlUnescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e] ?? '';
  });
}

/** The attributes of one start tag (`<sheet name="a" r:id="rId1"/>`) by their qualified names. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of tag.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(m[1] as string, xmlUnescape(m[2] ?? m[3] ?? ''));
  }
  return attributes;
}
