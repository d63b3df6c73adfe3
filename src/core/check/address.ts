/** A1 addresses: the readers keep one for every value, the checks point at them. */

/** `0 → A`, `27 → AB`. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1 address of a 0-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

/** 0-based [row, column] of an A1 address (`$` allowed), or undefined. */
export function parseA1(address: string): [number, number] | undefined {
  // By hand rather than by a regular expression: the readers parse every address they keep.
  const text = address.trim();
  let i = text.charCodeAt(0) === 36 ? 1 : 0; // $
  let column = 0;
  const letters = i;
  for (; i < text.length && i - letters < 4; i++) {
    const code = text.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  const count = i - letters;
  if (count < 1 || count > 3) return undefined;
  if (text.charCodeAt(i) === 36) i++;
  const digits = text.length - i;
  if (digits < 1 || digits > 7) return undefined;
  let row = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + (code - 48);
  }
  return row >= 1 ? [row - 1, column - 1] : undefined;
}

/** Orders addresses as a person reads a sheet: row by row, then left to right. */
export function compareA1(a: string, b: string): number {
  const pa = parseA1(a);
  const pb = parseA1(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  return pa[0] - pb[0] || pa[1] - pb[1];
}
