/**
 * Worksheet names as Excel allows them: 1–31 characters, none of []:*?/\, not beginning or
 * ending with an apostrophe, not `History` (reserved), unique in the workbook ignoring case.
 */

/** Excel's limit, in UTF-16 code units (what Excel counts). */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** Control characters cannot be typed into a tab and break some readers. */
function withoutControls(text: string): string {
  return [...text].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\u007f').join('');
}

/** Excel compares sheet names without regard to case. */
function key(name: string): string {
  return name.toUpperCase();
}

/** Cut to `max` code units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** The name cleaned as Excel requires, before uniqueness: forbidden characters become `_`. */
export function cleanSheetName(wanted: string, fallback = 'Sheet'): string {
  let name = withoutControls(wanted).replace(FORBIDDEN, '_').trim();
  name = name.replace(/^'+|'+$/g, '').trim();
  name = cut(name, MAX_SHEET_NAME_LENGTH).replace(/'+$/, '').trim();
  if (name === '' || key(name) === 'HISTORY') name = name === '' ? fallback : `${name}_`;
  return name;
}

/**
 * A valid name close to `wanted` that none of `existing` has. A name that would collide gets a
 * suffix ` (2)`, ` (3)` … (Excel's own style for copies), the base cut so the whole fits in 31
 * characters: an existing sheet is never replaced.
 */
export function safeSheetName(wanted: string, existing: Iterable<string>, fallback = 'Sheet'): string {
  const taken = new Set<string>();
  for (const name of existing) taken.add(key(name));
  const base = cleanSheetName(wanted, fallback);
  if (!taken.has(key(base))) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${cut(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** Names for several sheets at once, each unique against `existing` and the ones before it. */
export function safeSheetNames(wanted: readonly string[], existing: Iterable<string> = []): string[] {
  const taken = [...existing];
  return wanted.map((name) => {
    const safe = safeSheetName(name, taken);
    taken.push(safe);
    return safe;
  });
}
