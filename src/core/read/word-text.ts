/**
 * The text that Word tables become when copied out of a document (as in the seed): each cell on
 * a line of its own that begins with a tab, a blank line after each table row, and paragraphs
 * (titles, prose) on lines without a tab.
 */

export interface WordTable {
  /** The paragraph just before the table (`1.2025年安全生产…绩效目标表`), without Word's bookmarks. */
  title: string;
  /** Rows of cells, as written; a merged cell shows as an empty one. */
  rows: string[][];
  /** 1-based line number of each row's first cell, so a finding can point into the text. */
  lines: number[];
}

export interface WordText {
  /** Paragraphs outside tables, in order (the department text). */
  paragraphs: string[];
  tables: WordTable[];
}

const BOOKMARK = /\[bookmark:[^\]]*\]/g;

export function readWordText(text: string): WordText {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const paragraphs: string[] = [];
  const tables: WordTable[] = [];
  let title = '';
  let table: WordTable | undefined;
  let row: string[] | undefined;
  let rowLine = 0;

  const endRow = (): void => {
    if (row && table) {
      table.rows.push(row);
      table.lines.push(rowLine);
    }
    row = undefined;
  };

  lines.forEach((line, index) => {
    if (line.startsWith('\t')) {
      if (!table) {
        table = { title, rows: [], lines: [] };
        tables.push(table);
      }
      if (!row) {
        row = [];
        rowLine = index + 1;
      }
      // A line may hold several cells when Word wrote merged neighbours as extra tabs.
      row.push(...line.slice(1).split('\t').map((cell) => cell.trim()));
      return;
    }
    endRow();
    const paragraph = line.replace(BOOKMARK, '').trim();
    if (paragraph === '') return;
    table = undefined;
    title = paragraph;
    paragraphs.push(paragraph);
  });
  endRow();
  return { paragraphs, tables };
}
