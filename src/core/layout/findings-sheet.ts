/**
 * The 检查结果 sheet: the checker's findings written into the workbook, one row per finding under
 * a frozen header row, errors first, each with a link to the cell it is about. Every text stays
 * text (a message or a sheet name that starts with `=` is never a formula); only the link is a
 * formula, `=HYPERLINK("#'sheet'!B5","B5")`, which works in Excel, on the web and in a file.
 */
import { parseRange } from './a1';
import { SheetBuilder, heightForLines, lineCount } from './builder';
import { sheetLinkFormula } from './formulas';
import { PAGE_FOOTER } from './target-sheet';
import type { SheetLayout } from './types';
import { bySeverity, type Finding, type Severity } from '../check/types';

/** The name the sheet asks for; where it is taken, the adapter writes `检查结果 (2)` … (never replaces). */
export const FINDINGS_SHEET = '检查结果';

/** How the sheet names a severity (the sheet is read by the people who fill the tables: Chinese). */
export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const FINDINGS_HEADERS = ['严重程度', '代码', '工作表', '单元格', '说明', 'English'] as const;
const WIDTHS = [10, 30, 26, 10, 60, 60];
const MESSAGE_COLUMN = 5;
const ENGLISH_COLUMN = 6;

/** Said in the one row of a sheet written for a check that found nothing, so the file records it. */
export const NO_FINDINGS_TEXT = '未发现问题。No findings.';

/** Where each column is, for the pane and for tests. */
export const FINDINGS_COLUMNS = { severity: 'A', code: 'B', sheet: 'C', cell: 'D', message: 'E', messageEn: 'F' } as const;

export interface FindingsSheetOptions {
  name?: string;
}

/**
 * True for a sheet this layout wrote (`检查结果`, `检查结果 (2)` …): a check of all sheets leaves
 * these out, so a second pass does not report the first pass's own sheet.
 */
export function isFindingsSheetName(name: string): boolean {
  return /^检查结果(?: \(\d+\))?$/.test(name);
}

/** A finding's cell as a link target: the address when it is one (`B5`, `A5:F5`), else the sheet's first cell. */
export function linkTarget(cell: string): string {
  try {
    parseRange(cell);
    return cell.trim();
  } catch {
    return 'A1';
  }
}

/** The findings as a sheet: errors, then warnings, then infos, each severity in the checker's order. */
export function findingsSheetLayout(findings: readonly Finding[], options: FindingsSheetOptions = {}): SheetLayout {
  const b = new SheetBuilder(options.name ?? FINDINGS_SHEET, 'notes', WIDTHS);
  const last = WIDTHS.length;

  FINDINGS_HEADERS.forEach((header, i) => b.set(1, i + 1, { value: header, style: 'header' }));
  b.block('header', 1, 1, 1, last, 'header');
  b.atLeast(1, 24);

  const sorted = [...findings].sort(bySeverity);
  sorted.forEach((f, i) => {
    const r = i + 2;
    const target = linkTarget(f.cell);
    // The shown text is the finding's own cell when it names one, so that the row reads as the pane shows it.
    const shown = f.cell.trim() === '' ? target : f.cell;
    b.set(r, 1, { value: SEVERITY_NAMES[f.severity], style: 'center' });
    b.set(r, 2, { value: f.code, style: 'text' });
    b.set(r, 3, { value: f.sheet, style: 'text' });
    b.set(r, 4, { formula: sheetLinkFormula(f.sheet, target, shown), value: shown, style: 'link' });
    b.set(r, MESSAGE_COLUMN, { value: f.message, style: 'text' });
    b.set(r, ENGLISH_COLUMN, { value: f.messageEn, style: 'text' });
    const lines = Math.max(lineCount(f.message, WIDTHS[MESSAGE_COLUMN - 1] ?? 60), lineCount(f.messageEn, WIDTHS[ENGLISH_COLUMN - 1] ?? 60));
    b.atLeast(r, heightForLines(lines));
  });
  if (sorted.length > 0) {
    b.block('rows', 2, 1, sorted.length + 1, last, 'text');
  } else {
    b.merge(2, 1, 2, last, { value: NO_FINDINGS_TEXT, style: 'text' });
    b.block('rows', 2, 1, 2, last, 'text');
  }

  return b.build(
    {
      paperSize: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: '$1:$1',
      centerHorizontally: true,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      footer: PAGE_FOOTER,
    },
    { rows: 1, columns: 0 },
  );
}
