/**
 * Builds a SheetLayout cell by cell, then cuts it into blocks. Layout functions say what goes
 * where; the builder applies the rules every layout shares: a string is always text (`@`), a
 * merged area's covered cells take its style, row heights fit wrapped text.
 */
import { cellAddress, columnName, rangeAddress } from './a1';
import { fitLayoutToExcelLimits } from './excel-limits';
import type {
  BlockName,
  CellStyle,
  CellValue,
  ColumnSpec,
  ConditionalFormat,
  LayoutBlock,
  LayoutTable,
  ListValidation,
  PrintSettings,
  RowSpec,
  SheetKind,
  SheetLayout,
} from './types';

/** Text format: the cell holds what was typed, never a number or a formula. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';
/** 万元 with 2 decimals, as the tables print them. */
export const AMOUNT_FORMAT = '0.00';
export const PERCENT_FORMAT = '0%';
export const PERCENT_2_FORMAT = '0.00%';
export const SCORE_FORMAT = '0.00';

/** 宋体: the face of printed 财政 forms, present on every Chinese Windows and in WPS. */
export const FONT = '宋体';

const BORDERED = { fontName: FONT, fontSize: 11, horizontal: 'center', vertical: 'center', wrap: true, border: true, locked: true } as const;

/** The styles every layout uses; a block's `styles` matrix names these. */
export const STYLES = {
  title: { fontName: FONT, bold: true, fontSize: 16, horizontal: 'center', vertical: 'center', wrap: false, border: false, locked: true },
  subtitle: { fontName: FONT, fontSize: 11, horizontal: 'left', vertical: 'center', wrap: false, border: false, locked: true },
  subtitleRight: { fontName: FONT, fontSize: 11, horizontal: 'right', vertical: 'center', wrap: false, border: false, locked: true },
  label: { ...BORDERED, fill: '#F2F2F2' },
  header: { ...BORDERED, bold: true, fill: '#DDEBF7' },
  text: { ...BORDERED, horizontal: 'left' },
  center: { ...BORDERED },
  number: { ...BORDERED, horizontal: 'right', wrap: false },
  formula: { ...BORDERED, fill: '#F2F2F2' },
  input: { ...BORDERED, horizontal: 'left', fill: '#FFF2CC', locked: false },
  inputNumber: { ...BORDERED, horizontal: 'right', wrap: false, fill: '#FFF2CC', locked: false },
  link: { ...BORDERED, horizontal: 'left', fontColor: '#0563C1' },
  /** A list's cells (register, indicator list): ruled, unlocked, without the fill-in colour of a form. */
  entry: { ...BORDERED, horizontal: 'left', locked: false },
  entryNumber: { ...BORDERED, horizontal: 'right', wrap: false, locked: false },
  note: { fontName: FONT, fontSize: 11, horizontal: 'left', vertical: 'top', wrap: true, border: false, locked: true },
} satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof STYLES;

export interface CellSpec {
  value?: CellValue;
  formula?: string;
  /** Number format; ignored for a string value (always `@`). */
  format?: string;
  style?: StyleName;
}

/** Points per line of 11-point text, and the padding Excel leaves above and below. */
const LINE_HEIGHT = 14.25;
const ROW_PADDING = 5;
export const MIN_ROW_HEIGHT = 20;

/** Excel's column width → points, for the default 11-point font whose digits are 7 pixels wide. */
export function widthToPoints(width: number): number {
  return Math.round((Math.trunc(width * 7 + 5) * 0.75) * 100) / 100;
}

/** How many character widths `text` takes: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code >= 0x2e80 || (code >= 0x1100 && code <= 0x115f) ? 2 : 1;
  }
  return width;
}

/** Lines wrapped text needs in `width` characters (each paragraph wraps on its own). */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 1.5);
  return text.split(/\r?\n/).reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(displayWidth(paragraph) / usable)), 0);
}

/** A row height that shows `lines` lines of text. */
export function heightForLines(lines: number): number {
  return Math.max(MIN_ROW_HEIGHT, Math.round((lines * LINE_HEIGHT + ROW_PADDING) * 100) / 100);
}

interface BlockSpan {
  name: BlockName;
  top: number;
  left: number;
  bottom: number;
  right: number;
  defaultStyle: StyleName;
  defaultFormat: string;
}

export class SheetBuilder {
  private readonly cells = new Map<string, CellSpec>();
  private readonly blockSpans: BlockSpan[] = [];
  private readonly mergeList: string[] = [];
  private readonly heights = new Map<number, number>();
  private readonly widths: number[];
  readonly validations: ListValidation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly inputs: string[] = [];
  readonly fields: Record<string, string> = {};
  readonly tables: LayoutTable[] = [];

  constructor(
    private readonly name: string,
    private readonly kind: SheetKind,
    widths: readonly number[],
  ) {
    this.widths = [...widths];
  }

  get columnCount(): number {
    return this.widths.length;
  }

  /** Character width of columns left..right together (a merged area's width). */
  widthOf(left: number, right: number): number {
    let sum = 0;
    for (let c = left; c <= right; c += 1) sum += this.widths[c - 1] ?? 8.43;
    return sum;
  }

  set(row: number, column: number, spec: CellSpec): void {
    this.cells.set(`${row},${column}`, { ...this.cells.get(`${row},${column}`), ...spec });
  }

  /** Merges the area and puts `spec` in its top-left cell; covered cells take the same style. */
  merge(top: number, left: number, bottom: number, right: number, spec: CellSpec = {}): void {
    this.set(top, left, spec);
    if (top === bottom && left === right) return;
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) {
        if (r !== top || c !== left) this.set(r, c, { style: spec.style, format: spec.format });
      }
    }
    this.mergeList.push(rangeAddress(top, left, bottom, right, true));
  }

  /** Declares a block; cells inside it without a spec get `defaultStyle` and `defaultFormat`. */
  block(name: BlockName, top: number, left: number, bottom: number, right: number, defaultStyle: StyleName, defaultFormat = GENERAL_FORMAT): void {
    this.blockSpans.push({ name, top, left, bottom, right, defaultStyle, defaultFormat });
  }

  /** Makes the row at least `height` points high. */
  atLeast(row: number, height: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, height));
  }

  /** Makes the row high enough for `text` wrapped across columns left..right (of a merge spanning `rows` rows). */
  fitText(row: number, text: string, left: number, right: number, rows = 1): void {
    const lines = lineCount(text, this.widthOf(left, right));
    this.atLeast(row, heightForLines(Math.ceil(lines / rows)));
  }

  field(key: string, row: number, column: number): void {
    this.fields[key] = cellAddress(row, column);
  }

  input(top: number, left: number, bottom: number, right: number): void {
    if (bottom >= top && right >= left) this.inputs.push(rangeAddress(top, left, bottom, right, true));
  }

  build(print: Omit<PrintSettings, 'printArea'>, freeze: SheetLayout['freeze'] = null): SheetLayout {
    const bottom = this.blockSpans.reduce((max, b) => Math.max(max, b.bottom), 1);
    const right = Math.max(this.widths.length, ...this.blockSpans.map((b) => b.right));
    const usedRange = rangeAddress(1, 1, bottom, right, true);
    const blocks = this.blockSpans.map((span) => this.cutBlock(span));
    const columns: ColumnSpec[] = this.widths.map((width, i) => ({ column: columnName(i + 1), width, widthPoints: widthToPoints(width) }));
    const rows: RowSpec[] = [...this.heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
    // A style only appears when some block uses it, so adapters write no unused styles.
    const used = new Set(blocks.flatMap((b) => b.styles.flat()));
    const styles: Record<string, CellStyle> = {};
    for (const [key, style] of Object.entries(STYLES)) if (used.has(key)) styles[key] = { ...style };
    const layout: SheetLayout = {
      name: this.name,
      kind: this.kind,
      usedRange,
      blocks,
      merges: [...this.mergeList],
      columns,
      rows,
      styles,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      inputs: this.inputs,
      print: { ...print, printArea: usedRange },
      freeze,
      fields: this.fields,
      tables: this.tables,
    };
    // A cell or formula longer than Excel takes would make a file Excel repairs: shorten it and say so.
    const limits = fitLayoutToExcelLimits(layout);
    if (limits.length > 0) layout.limitFindings = limits;
    return layout;
  }

  private cutBlock(span: BlockSpan): LayoutBlock {
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: string[][] = [];
    const styles: string[][] = [];
    for (let r = span.top; r <= span.bottom; r += 1) {
      const vRow: CellValue[] = [];
      const fRow: (string | null)[] = [];
      const nRow: string[] = [];
      const sRow: string[] = [];
      for (let c = span.left; c <= span.right; c += 1) {
        const spec = this.cells.get(`${r},${c}`) ?? {};
        const formula = spec.formula ?? null;
        const value = spec.value ?? null;
        vRow.push(value);
        fRow.push(formula);
        // The one rule that keeps text text in both adapters: a string constant is formatted `@`.
        nRow.push(formula === null && typeof value === 'string' ? TEXT_FORMAT : spec.format ?? span.defaultFormat);
        sRow.push(spec.style ?? span.defaultStyle);
      }
      values.push(vRow);
      formulas.push(fRow);
      numberFormats.push(nRow);
      styles.push(sRow);
    }
    return { name: span.name, range: rangeAddress(span.top, span.left, span.bottom, span.right, true), values, formulas, numberFormats, styles };
  }
}

/** Items safe for an inline list: no commas or quotes (they would split or end it), no repeats, ≤ 255 characters in all. */
export function listItems(items: Iterable<string>): string[] {
  const out: string[] = [];
  let length = -1;
  for (const raw of items) {
    const item = raw.trim();
    if (item === '' || /[,"]/.test(item) || out.includes(item)) continue;
    if (length + 1 + item.length > 255) break;
    out.push(item);
    length += 1 + item.length;
  }
  return out;
}
