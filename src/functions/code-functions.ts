/**
 * The rule behind PERF.CODE: a 项目编码 (DOMAIN.md §6) checked cell by cell. Empty text when the
 * code passes; else the first reason, errors before warnings (a check character that does not
 * match is a warning: "可能录入错误"). The rule itself is core/check/code's.
 */
import { checkCodeText } from '../core/check/code';
import { CHECK_CODES } from '../core/check/codes';
import { message } from '../core/i18n/messages';
import { cellError, mapCells, type Arg, type CellResult, type CellValue } from './cells';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** `2025`, `25`, `2025年` or a date serial's year? Only a year: 2000–2099 or two digits. */
function readYear(cell: CellValue): number | undefined | 'bad' {
  if (cell === null || cell === undefined) return undefined;
  const text = typeof cell === 'number' ? String(cell) : String(cell).normalize('NFKC').trim().replace(/年(?:度)?$/, '');
  if (!/^\d{2}$|^20\d{2}$/.test(text)) return 'bad';
  const year = Number(text);
  return year < 100 ? 2000 + year : year;
}

export function codeCells(code: Arg, year?: Arg): CellResult[][] {
  return mapCells([code, year], ([c, y]) => {
    const budgetYear = readYear(y ?? null);
    if (budgetYear === 'bad') {
      return cellError('value', `预算年度「${String(y)}」无效，应为如 2025 或 25`, `The budget year "${String(y)}" is not valid; use e.g. 2025 or 25`);
    }
    const text = c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : String(c);
    const issues = checkCodeText(text, budgetYear).sort((a, b) => RANK[CHECK_CODES[a.code].severity] - RANK[CHECK_CODES[b.code].severity]);
    const first = issues[0];
    return first ? message(first.code, first.params).message : '';
  });
}
