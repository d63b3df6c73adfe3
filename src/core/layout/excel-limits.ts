/**
 * Excel's size limits on what PerfTable writes, and how a layout degrades to fit them instead of
 * producing a file Excel repairs or refuses: a text longer than a cell holds is cut (with …), a
 * formula longer than Excel accepts is dropped and its value kept (a sheet link becomes plain
 * text). Each change is a finding, so the user learns what was shortened and where.
 * Source: Microsoft, "Excel specifications and limits" (characters in a cell 32,767; formula
 * contents 8,192 characters; sheet name 31 characters).
 */
import { cellAddress, parseRange } from './a1';
import { message } from '../i18n/messages';
import type { SheetLayout } from './types';
import type { Grid } from '../read/grid';

export const EXCEL_LIMITS = {
  /** Characters in one cell. */
  cellText: 32_767,
  /** Characters in a formula. */
  formula: 8_192,
} as const;

/** A change made to fit Excel's limits, shaped as the other findings (sheet, cell, code, zh/en). */
export interface LimitFinding {
  sheet: string;
  cell: string;
  severity: 'warning';
  code: 'CELL_TEXT_TOO_LONG' | 'FORMULA_TOO_LONG';
  message: string;
  messageEn: string;
}

/** `text` cut to the cell limit without splitting a surrogate pair, ending with … so the cut shows. */
export function fitCellText(text: string, limit: number = EXCEL_LIMITS.cellText): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function textFinding(sheet: string, cell: string, length: number): LimitFinding {
  return { sheet, cell, severity: 'warning', code: 'CELL_TEXT_TOO_LONG', ...message('CELL_TEXT_TOO_LONG', { length, limit: EXCEL_LIMITS.cellText }) };
}

/**
 * Fits every cell of `layout` to Excel's limits, in place, and returns what was changed. A
 * formula over the limit is dropped (its value stays, as text when it is text); a text over the
 * limit is cut.
 */
export function fitLayoutToExcelLimits(layout: SheetLayout): LimitFinding[] {
  const findings: LimitFinding[] = [];
  for (const block of layout.blocks) {
    const { top, left } = parseRange(block.range);
    block.values.forEach((row, i) => {
      row.forEach((value, j) => {
        const formula = block.formulas[i]?.[j] ?? null;
        const cell = (): string => cellAddress(top + i, left + j);
        if (formula !== null && formula.length > EXCEL_LIMITS.formula) {
          const formulas = block.formulas[i];
          if (formulas) formulas[j] = null;
          const formats = block.numberFormats[i];
          if (typeof value === 'string' && formats) formats[j] = '@';
          findings.push({ sheet: layout.name, cell: cell(), severity: 'warning', code: 'FORMULA_TOO_LONG', ...message('FORMULA_TOO_LONG', { length: formula.length, limit: EXCEL_LIMITS.formula }) });
        }
        if (typeof value === 'string' && value.length > EXCEL_LIMITS.cellText) {
          row[j] = fitCellText(value);
          findings.push(textFinding(layout.name, cell(), value.length));
        }
      });
    });
  }
  return findings;
}

/** Fits a plain grid's texts to the cell limit (for `import`, which writes grids as they are), in place. */
export function fitGridToExcelLimits(grid: Grid): LimitFinding[] {
  const findings: LimitFinding[] = [];
  grid.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (typeof value === 'string' && value.length > EXCEL_LIMITS.cellText) {
        row[c] = fitCellText(value);
        findings.push(textFinding(grid.sheet, cellAddress(r + 1, c + 1), value.length));
      }
    });
  });
  return findings;
}
