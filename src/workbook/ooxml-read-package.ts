/**
 * The package's map (Open Packaging Conventions, ECMA-376 Part 2): relationships, the workbook
 * part they point to, and the workbook's sheets in tab order with the parts that hold them.
 */
import type { XmlHandlers } from './ooxml-read-xml';

export interface Relationship {
  id: string;
  /** The relationship type's last segment: `officeDocument`, `worksheet`, `sharedStrings`, `styles`. */
  type: string;
  /** The target part's name inside the zip, resolved against the source part, without a leading `/`. */
  target: string;
  external: boolean;
}

/** `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; `_rels/.rels` → `` (the package root). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of its source part, with `..` and `.` taken out. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  const segments = [...base, ...target.replace(/^\//, '').split('/')];
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.map((s) => decodeURIComponentSafe(s)).join('/');
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function relationshipsHandlers(sourcePart: string, into: Relationship[]): XmlHandlers {
  return {
    open(name, a) {
      if (name !== 'Relationship' || a.Target === undefined) return;
      const external = a.TargetMode === 'External';
      into.push({ id: a.Id ?? '', type: (a.Type ?? '').split('/').pop() ?? '', target: external ? a.Target : resolveTarget(sourcePart, a.Target), external });
    },
  };
}

export interface SheetEntry {
  name: string;
  /** The relationship id (`r:id`) of the sheet's part. */
  relationshipId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Dates count from 1904-01-01 (a Mac Excel setting) rather than 1899-12-30. */
  date1904: boolean;
}

export function workbookHandlers(into: WorkbookInfo): XmlHandlers {
  return {
    open(name, a) {
      if (name === 'workbookPr') into.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet') {
        // The relationship attribute is `r:id` in the relationships namespace, whatever its prefix.
        const idKey = Object.keys(a).find((key) => key.endsWith(':id'));
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        into.sheets.push({ name: a.name ?? '', relationshipId: idKey ? (a[idKey] ?? '') : '', state });
      }
    },
  };
}
