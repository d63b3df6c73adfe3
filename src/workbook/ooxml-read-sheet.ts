/**
 * One worksheet part (ECMA-376 Part 1, 18.3) → a Grid, with bounded work: only the cells that
 * exist are stored (the declared `<dimension>` is ignored), a merged area is kept as its rectangle
 * and cut to the cells with content, and the workbook-wide cell limit stops storing further cells.
 * What could not be taken as written becomes a finding on the grid, never a silent loss.
 */
import { READ_LIMITS, type ReadLimits } from '../core/limits';
import { cellAddress, columnName } from '../core/layout/a1';
import { message } from '../core/i18n/messages';
import type { FileMessageCode } from '../core/i18n/messages-file';
import type { Grid, GridValue, ReadFinding } from '../core/read/grid';
import type { Severity } from '../core/target/lint';
import { fromFileFormula } from './ooxml-formula';
import { isoToDateText, serialToDateText, type Styles } from './ooxml-read-styles';
import { StringItem } from './ooxml-read-strings';
import { decodeXstring, type XmlHandlers } from './ooxml-read-xml';

export interface SheetContext {
  sheet: string;
  sharedStrings: readonly string[];
  styles: Styles;
  date1904: boolean;
  limits: ReadLimits;
  /** Cells stored so far in the whole workbook, shared by every sheet's reader. */
  cellCount: { value: number };
}

export interface SheetRead {
  grid: Grid;
  /** Formula cells without a cached result (A1), in reading order. */
  formulasWithoutValue: string[];
}

/** `AB12` → [12, 28]; null for anything else. Hand-rolled: it runs once per cell. */
function position(ref: string): [row: number, column: number] | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (i === 0 || i === ref.length || i > 3) return null;
  let row = 0;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  return row > 0 ? [row, column] : null;
}

function rangeOf(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const p = position(a ?? '');
  const q = position(b ?? '');
  if (!p || !q) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

const rangeText = (top: number, left: number, bottom: number, right: number): string =>
  top === bottom && left === right ? cellAddress(top, left) : `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;

export function fileFinding(sheet: string, cell: string, severity: Severity, code: FileMessageCode, params: Record<string, string | number> = {}): ReadFinding {
  return { sheet, cell, severity, code, ...message(code, params) };
}

/** Handlers for one worksheet part; `finish()` gives its grid once the part has been parsed. */
export function sheetReader(context: SheetContext): { handlers: XmlHandlers; finish(): SheetRead } {
  const { sheet, limits } = context;
  const rows: GridValue[][] = [];
  const merges: string[] = [];
  const findings: ReadFinding[] = [];
  const formulasWithoutValue: string[] = [];
  const sharedFormulas = new Map<string, string>();
  let rowNumber = 0;
  let columnNumber = 0;
  let outsideReported = false;
  let limitReported = false;
  let mergeLimitReported = false;

  // The cell being read.
  let inCell = false;
  let ref: string | undefined;
  let type = 'n';
  let style = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let sharedIndex: string | undefined;
  let reading: 'v' | 'f' | 'is' | null = null;
  const inline = new StringItem();
  let inlineText: string | undefined;

  function store(row: number, column: number, cell: GridValue): void {
    if (row > limits.rows || column > limits.columns) {
      if (!outsideReported) findings.push(fileFinding(sheet, '', 'warning', 'READ_FILE_OUTSIDE_GRID', { found: ref ?? `${columnName(column)}${row}`, rows: limits.rows, columns: limits.columns }));
      outsideReported = true;
      return;
    }
    if (context.cellCount.value >= limits.cells) {
      if (!limitReported) findings.push(fileFinding(sheet, cellAddress(row, column), 'error', 'READ_FILE_CELL_LIMIT', { limit: limits.cells }));
      limitReported = true;
      return;
    }
    context.cellCount.value += 1;
    const cells = rows[row - 1] ?? (rows[row - 1] = []);
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = cell;
  }

  function numberValue(text: string): GridValue {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) return text;
    const kind = context.styles.kindOf(style);
    if (kind.kind === 'date') return serialToDateText(n, kind.time, context.date1904) ?? n;
    if (kind.kind === 'literal') {
      const shown = (n > 0 ? kind.sections[0] : n < 0 ? kind.sections[1] : kind.sections[2]) ?? kind.sections[0] ?? '';
      if (shown.toUpperCase() === 'TRUE') return true;
      if (shown.toUpperCase() === 'FALSE') return false;
      return shown;
    }
    return n;
  }

  /** The cell's value as Office.js `values` gives it; undefined when it holds none. */
  function cellValue(): GridValue | undefined {
    if (type === 'inlineStr') return inlineText ?? (value !== undefined ? decodeXstring(value) : undefined);
    if (value === undefined) return undefined;
    switch (type) {
      case 's':
        return context.sharedStrings[Number(value)] ?? '';
      case 'str':
        return decodeXstring(value);
      case 'b':
        return value === '1' || value === 'true';
      case 'e':
        return value;
      case 'd':
        return isoToDateText(value) ?? value;
      default:
        return numberValue(value);
    }
  }

  function endCell(): void {
    const at: [number, number] | null = ref !== undefined ? position(ref) : [rowNumber, columnNumber + 1];
    if (!at) return;
    const [row, column] = at;
    columnNumber = column;
    let cell = cellValue();
    const text = formula !== undefined && formula !== '' ? formula : sharedIndex !== undefined ? sharedFormulas.get(sharedIndex) : undefined;
    if (cell === undefined && text !== undefined && type !== 'inlineStr') {
      // A formula the file holds no result for: its value is unknown. The text shows what it is.
      cell = fromFileFormula(text);
      formulasWithoutValue.push(cellAddress(Math.min(row, limits.rows), Math.min(column, limits.columns)));
    }
    if (cell === undefined || cell === null) return;
    store(row, column, cell);
  }

  function addMerge(refText: string): void {
    if (merges.length >= limits.mergesPerSheet) {
      if (!mergeLimitReported) findings.push(fileFinding(sheet, '', 'warning', 'READ_FILE_MERGE_LIMIT', { limit: limits.mergesPerSheet, cells: limits.mergedCellsPerSheet }));
      mergeLimitReported = true;
      return;
    }
    merges.push(refText);
  }

  const handlers: XmlHandlers = {
    open(name, a) {
      if (inCell) {
        if (name === 'v') {
          reading = 'v';
          value = '';
        } else if (name === 'f') {
          reading = 'f';
          formula = '';
          if (a.t === 'shared' && a.si !== undefined) sharedIndex = a.si;
        } else if (name === 'is') {
          reading = 'is';
          inlineText = '';
        } else if (reading === 'is') inline.open(name);
        return;
      }
      if (name === 'c') {
        inCell = true;
        ref = a.r;
        type = a.t ?? 'n';
        style = a.s !== undefined ? Number(a.s) : 0;
        value = formula = sharedIndex = inlineText = undefined;
        reading = null;
      } else if (name === 'row') {
        rowNumber = a.r !== undefined ? Number(a.r) : rowNumber + 1;
        columnNumber = 0;
      } else if (name === 'mergeCell' && a.ref !== undefined) addMerge(a.ref);
    },
    text(text) {
      if (reading === 'v') value += text;
      else if (reading === 'f') formula += text;
      else if (reading === 'is') inline.addText(text);
    },
    close(name) {
      if (!inCell) return;
      if (name === 'c') {
        endCell();
        inCell = false;
      } else if (name === 'v' || name === 'f') {
        if (name === 'f' && sharedIndex !== undefined && formula) sharedFormulas.set(sharedIndex, formula);
        reading = null;
      } else if (name === 'is') {
        inlineText = inline.take();
        reading = null;
      } else if (reading === 'is') inline.close(name);
    },
  };

  function finish(): SheetRead {
    for (let r = 0; r < rows.length; r += 1) rows[r] ??= [];
    const usedRows = rows.length;
    const usedColumns = rows.reduce((max, row) => Math.max(max, row.length), 0);
    const kept: string[] = [];
    let keptArea = 0;
    let tooLarge = 0;
    for (const ref of merges) {
      const range = rangeOf(ref);
      if (!range) continue;
      const declared = (range.bottom - range.top + 1) * (range.right - range.left + 1);
      let area = declared;
      let keptRange = ref;
      if (declared > limits.mergeCells) {
        // Cut to the cells that exist: beyond the last row and column with content a merge covers nothing.
        const bottom = Math.min(range.bottom, usedRows);
        const right = Math.min(range.right, usedColumns);
        const empty = bottom < range.top || right < range.left;
        area = empty ? 0 : (bottom - range.top + 1) * (right - range.left + 1);
        const fits = !empty && area <= limits.mergeCells;
        keptRange = fits ? rangeText(range.top, range.left, bottom, right) : '';
        // A few are enough to say it; a file of thousands would drown the real findings.
        if (++tooLarge <= 5) findings.push(fileFinding(sheet, cellAddress(range.top, range.left), 'warning', 'READ_FILE_MERGE_TOO_LARGE', { range: ref, found: declared, limit: limits.mergeCells, kept: keptRange || '—' }));
        if (!fits || !keptRange.includes(':')) continue;
      }
      // Readers copy a merged value into every cell it covers: the sum of the areas is what they pay.
      if (keptArea + area > limits.mergedCellsPerSheet) {
        if (!mergeLimitReported) findings.push(fileFinding(sheet, cellAddress(range.top, range.left), 'warning', 'READ_FILE_MERGE_LIMIT', { limit: limits.mergesPerSheet, cells: limits.mergedCellsPerSheet }));
        mergeLimitReported = true;
        continue;
      }
      keptArea += area;
      kept.push(keptRange);
    }
    const grid: Grid = { sheet, rows, merges: kept };
    if (findings.length > 0) grid.findings = findings;
    if (formulasWithoutValue.length > 0) grid.formulasWithoutValue = formulasWithoutValue;
    return { grid, formulasWithoutValue };
  }

  return { handlers, finish };
}

export { READ_LIMITS };
