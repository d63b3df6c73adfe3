/**
 * Word text (tables copied out of a 绩效文本, as in the seed) → grids, one per table, ready to be
 * written as a workbook or checked directly. Cells stay as written: `17.00` stays text, a merged
 * Word cell stays an empty cell; the reader copes with both, and the officer sees what the document
 * said. The paragraph before each table (its title) becomes the sheet's first row and its name.
 */
import { columnName } from '../check/address';
import { SheetNameIndex } from '../layout/sheet-names';
import { DEPARTMENT_HEADING } from './department';
import type { Grid } from './grid';
import { readWordText, type WordText } from './word-text';

/** The sheet that holds the department text (部门整体绩效目标), when the document has one. */
export const DEPARTMENT_SHEET = '部门整体绩效目标';

export function wordTextToGrids(input: string | WordText): Grid[] {
  const word = typeof input === 'string' ? readWordText(input) : input;
  const grids: Grid[] = [];
  const department = departmentParagraphs(word);
  if (department.length > 0) {
    grids.push({ sheet: DEPARTMENT_SHEET, rows: [[DEPARTMENT_SHEET], ...department.map((p) => [p])] });
  }
  const names = new SheetNameIndex(grids.map((g) => g.sheet));
  word.tables.forEach((table, index) => {
    const width = Math.max(1, ...table.rows.map((row) => row.length));
    const rows: Array<Array<string | null>> = table.rows.map((row) => row.map((cell) => cell));
    const grid: Grid = { sheet: names.claim(table.title || `表${index + 1}`, `表${index + 1}`), rows };
    if (table.title) {
      rows.unshift([table.title]);
      if (width > 1) grid.merges = [`A1:${columnName(width - 1)}1`];
    }
    grids.push(grid);
  });
  return grids;
}

/**
 * The paragraphs from the 部门整体绩效目标 heading up to the next part (`第二部分`) or the first
 * table's title, without the heading itself.
 */
export function departmentParagraphs(word: WordText): string[] {
  const titles = new Set(word.tables.map((t) => t.title).filter((t) => t !== ''));
  const start = word.paragraphs.findIndex((p) => DEPARTMENT_HEADING.test(p.replace(/\s+/g, '')));
  if (start < 0) return [];
  const out: string[] = [];
  for (const paragraph of word.paragraphs.slice(start + 1)) {
    if (/^第[一二三四五六七八九十\d]+部分/.test(paragraph.replace(/\s+/g, '')) || titles.has(paragraph)) break;
    out.push(paragraph);
  }
  return out;
}
