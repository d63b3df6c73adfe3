/**
 * Formula cells whose cached result is empty text (`<c t="str"><f>…</f><v></v></c>`), per sheet.
 * exceljs reads such a cell as a formula without a result and would write it back without one;
 * a file re-saved that way makes LibreOffice (and Excel after a full calculation) call PERF
 * again, which shows #NAME? where PerfTable is absent. The loader (xlsx.ts loadWorkbook) puts the
 * empty results back from this list.
 */
import { attributesOf, partText, readPackage, relsPathOf, resolveTarget, type OoxmlPackage } from './ooxml-package';
import { workbookPartPath } from './ooxml-write-calc';

/** Sheet name → worksheet part path, in tab order. */
export function worksheetParts(pkg: OoxmlPackage): Array<{ name: string; path: string }> {
  const workbookPath = workbookPartPath(pkg);
  const workbook = partText(pkg, workbookPath) ?? '';
  const rels = partText(pkg, relsPathOf(workbookPath)) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributesOf(m[0]);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target && a.get('TargetMode') !== 'External') targets.set(id, resolveTarget(workbookPath, target));
  }
  const sheets: Array<{ name: string; path: string }> = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributesOf(m[0]);
    const id = [...a.entries()].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const path = id ? targets.get(id) : undefined;
    if (path && a.has('name')) sheets.push({ name: a.get('name') as string, path });
  }
  return sheets;
}

/** `<c r="H13" s="10" t="str"><f>…</f><v></v></c>` → H13, for every such cell of the part. */
export function emptyTextResultCells(sheetXml: string): string[] {
  const cells: string[] = [];
  for (const m of sheetXml.matchAll(/<c\b([^>]*?)(?<!\/)>((?:(?!<\/c>)[\s\S])*)<\/c>/g)) {
    const attributes = attributesOf(`<c ${m[1] ?? ''}>`);
    const body = m[2] ?? '';
    if (attributes.get('t') !== 'str' || !/<f[\s>/]/.test(body)) continue;
    if (/<v\s*\/>|<v>\s*<\/v>/.test(body) || !/<v[\s>]/.test(body)) {
      const address = attributes.get('r');
      if (address) cells.push(address);
    }
  }
  return cells;
}

/** Sheet name → addresses of its formula cells cached as empty text. */
export async function emptyTextResults(data: Uint8Array | ArrayBuffer): Promise<Map<string, string[]>> {
  const pkg = await readPackage(data);
  const found = new Map<string, string[]>();
  for (const { name, path } of worksheetParts(pkg)) {
    const cells = emptyTextResultCells(partText(pkg, path) ?? '');
    if (cells.length > 0) found.set(name, cells);
  }
  return found;
}
