/**
 * The file reader's findings (Grid.findings: a missing sheet part, a limit, formulas saved without
 * results) come first; and a table reader's complaint about a cell whose formula has no result in
 * the file (`预算数“=F6+H6”不是数值`) is not a fault of the table: its value is unknown, so it
 * becomes a note that says so, and the field stays unchecked (the reader marked it unreadable);
 * with one note for the file that counts its formulas without results.
 */
import { message } from '../i18n/messages';
import { parseA1 } from './address';
import type { Grid } from '../read/grid';
import type { Finding } from './types';

export function withFileFindings(grids: readonly Grid[], readFindings: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  const unknown = new Map<string, string>();
  for (const grid of grids) {
    for (const f of grid.findings ?? []) findings.push({ ...f });
    for (const cell of grid.formulasWithoutValue ?? []) unknown.set(`${grid.sheet}!${cell}`, cell);
  }
  if (unknown.size === 0) return findings.concat(readFindings);
  const formulaAt = (key: string): string => {
    const [sheet, cell] = [key.slice(0, key.lastIndexOf('!')), unknown.get(key) ?? ''];
    const at = parseA1(cell);
    const value = at && grids.find((g) => g.sheet === sheet)?.rows[at[0]]?.[at[1]];
    return typeof value === 'string' ? value : '';
  };
  let first: Finding | undefined;
  const rest: Finding[] = [];
  for (const f of readFindings) {
    const key = `${f.sheet}!${f.cell}`;
    if (f.code.startsWith('READ_') && unknown.has(key)) {
      const note: Finding = { ...f, severity: 'info', code: 'READ_FILE_FORMULA_NO_VALUE', ...message('READ_FILE_FORMULA_NO_VALUE', { found: formulaAt(key) }) };
      first ??= note;
      rest.push(note);
    } else rest.push(f);
  }
  // Once a value the check needed was unknown, one note says how many formulas the file left uncalculated.
  if (first) findings.push({ sheet: first.sheet, cell: first.cell, severity: 'info', code: 'READ_FILE_NOT_CALCULATED', ...message('READ_FILE_NOT_CALCULATED', { count: unknown.size, cell: `${first.sheet}!${first.cell}` }) });
  return findings.concat(rest);
}
