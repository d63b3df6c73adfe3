/**
 * Worksheet names as Excel allows them, the one place every writer (layouts, the task pane, the
 * command line's generate, selfeval, monitor-sheet and import) takes them from:
 * - 1 to 31 characters, counted in UTF-16 code units as Excel counts, never cutting a surrogate pair;
 * - none of : \ / ? * [ ], no control character, no lone surrogate;
 * - no apostrophe at either end; not `History` (Excel reserves it);
 * - unique in the workbook as Excel compares names: without regard to case, Unicode-aware (the
 *   Kelvin sign K and `k` are the same name). The key folds more than Excel may: a needless
 *   suffix is harmless, a clash makes Excel (and exceljs) refuse the whole file.
 * A SheetNameIndex claims names in amortised constant time, so 50,000 sheets cost linear time.
 */

/** Excel's limit, in UTF-16 code units (what Excel counts). */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
/** Controls, and surrogates that are not part of a pair (they would be written as U+FFFD). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNWRITABLE = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const RESERVED = 'HISTORY';

/** The name as Excel compares it: case- and compatibility-folded. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().toUpperCase().normalize('NFKC');
}

/** Cut to `max` UTF-16 code units without splitting a surrogate pair. */
export function cutToUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** The name cleaned as Excel requires, before uniqueness: forbidden characters become `_`. */
export function cleanSheetName(wanted: string, fallback = 'Sheet'): string {
  let name = String(wanted).replace(UNWRITABLE, '').replace(FORBIDDEN, '_').trim();
  name = name.replace(/^'+|'+$/g, '').trim();
  name = cutToUnits(name, MAX_SHEET_NAME_LENGTH).replace(/'+$/, '').trim();
  if (name === '') name = fallback === '' ? 'Sheet' : cleanSheetName(fallback, 'Sheet');
  if (sheetNameKey(name) === RESERVED) name = `${name}_`;
  return name;
}

/** `name` shortened so that `name + suffix` fits in 31 units; the suffix is kept whole. */
export function withSuffix(name: string, suffix: string): string {
  return `${cutToUnits(name, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
}

/**
 * The names of one workbook, as Excel compares them. `claim` gives a valid name close to the
 * wanted one that no sheet has yet; a taken name gets ` (2)`, ` (3)` … (Excel's own style for
 * copies). The next number to try is remembered per base name, so claiming the same name n
 * times costs O(n), not O(n²).
 */
export class SheetNameIndex {
  private readonly taken = new Set<string>();
  private readonly nextNumber = new Map<string, number>();

  constructor(existing: Iterable<string> = []) {
    for (const name of existing) this.taken.add(sheetNameKey(name));
  }

  has(name: string): boolean {
    return this.taken.has(sheetNameKey(name));
  }

  /** Records a name as taken (a sheet written under it). */
  add(name: string): void {
    this.taken.add(sheetNameKey(name));
  }

  /** A free, valid name close to `wanted`, now taken. */
  claim(wanted: string, fallback = 'Sheet'): string {
    const base = cleanSheetName(wanted, fallback);
    const baseKey = sheetNameKey(base);
    if (!this.taken.has(baseKey)) {
      this.taken.add(baseKey);
      return base;
    }
    for (let n = this.nextNumber.get(baseKey) ?? 2; ; n += 1) {
      const candidate = withSuffix(base, ` (${n})`);
      const key = sheetNameKey(candidate);
      if (this.taken.has(key)) continue;
      this.nextNumber.set(baseKey, n + 1);
      this.taken.add(key);
      return candidate;
    }
  }
}

/**
 * A valid name close to `wanted` that none of `existing` has (one name; for many, use a
 * SheetNameIndex). An existing sheet is never replaced.
 */
export function safeSheetName(wanted: string, existing: Iterable<string>, fallback = 'Sheet'): string {
  return new SheetNameIndex(existing).claim(wanted, fallback);
}

/** Names for several sheets at once, each unique against `existing` and the ones before it. */
export function safeSheetNames(wanted: readonly string[], existing: Iterable<string> = []): string[] {
  const index = new SheetNameIndex(existing);
  return wanted.map((name) => index.claim(name));
}

/** Whether Excel would accept `name` as it is (before uniqueness). */
export function isValidSheetName(name: string): boolean {
  return name !== '' && cleanSheetName(name, '\u0000') === name;
}
