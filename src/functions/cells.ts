/**
 * The one argument gate of the custom functions: scalars or ranges in, a matrix out, broadcast as
 * Excel broadcasts arrays (a single cell, a single row or a single column stretches), and errors
 * as values. Nothing here knows the Excel runtime; `excel.ts` turns CellErrors into
 * CustomFunctions.Error at the very edge.
 *
 * Ranges can be whole columns (1,048,576 rows): nothing here spreads an array into arguments
 * (`Math.max(...rows)` overflows the stack near 126,000 rows), and rows past the last one that holds
 * anything cost one shared row each.
 */

/** What one cell of a range can hold when it reaches a custom function. */
export type CellValue = number | string | boolean | null | undefined;

export type ErrorKind = 'value' | 'na' | 'div0' | 'num';

export interface CellError {
  readonly kind: 'cell-error';
  readonly error: ErrorKind;
  readonly message: string;
}

export type CellResult = number | string | boolean | CellError;

/** A scalar, or a range as Excel passes it (rows of cells). */
export type Arg = unknown;

/** An argument's name in messages about its cells: 完成值 / actual value. */
export interface ArgName {
  readonly zh: string;
  readonly en: string;
}

export const ACTUAL: ArgName = { zh: '完成值', en: 'actual value' };
const INPUT: ArgName = { zh: '输入', en: 'input' };

export function cellError(error: ErrorKind, message: string, messageEn?: string): CellError {
  return { kind: 'cell-error', error, message: messageEn ? `${message} / ${messageEn}` : message };
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && (value as CellError).kind === 'cell-error';
}

/**
 * An error that Excel passed in as a cell value (a CustomFunctions.Error, with allowErrorForDataTypeAny).
 * #N/A stays #N/A ("not there yet" upstream is still not there); any other error is #VALUE! with
 * the reason, since Excel shows a message only on #VALUE! and #N/A.
 */
function incomingError(value: unknown, name: ArgName): CellError | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const raw = (value as { errorCode?: unknown }).errorCode ?? (value as { code?: unknown }).code;
    const code = raw === undefined || raw === null ? '' : String(raw);
    const shown = code === '' ? '' : `（${code}）`;
    return cellError(
      code === '#N/A' ? 'na' : 'value',
      `${name.zh}单元格是错误值${shown}`,
      `The ${name.en} cell holds an error${code === '' ? '' : ` (${code})`}`,
    );
  }
  return undefined;
}

const EMPTY_ROW: readonly unknown[] = [null];

function asMatrix(arg: Arg): unknown[][] {
  if (Array.isArray(arg)) return arg.length === 0 ? [[null]] : (arg as unknown[][]);
  return [[arg]];
}

/** A row of a matrix as given: a row that is not an array is one cell; an empty row is one blank cell. */
function rowOf(matrix: unknown[][], r: number): readonly unknown[] | undefined {
  const row: unknown = matrix[r];
  if (row === undefined) return undefined;
  if (!Array.isArray(row)) return [row];
  return row.length === 0 ? EMPTY_ROW : row;
}

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

/** Normalises one cell: empty strings become null; numbers, strings and booleans pass. */
function asCell(value: unknown, name: ArgName): CellValue | CellError {
  if (isBlank(value)) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return incomingError(value, name) ?? cellError('value', `无法读取的${name.zh}单元格值`, `Unreadable ${name.en} cell value`);
}

const SIZE_MISMATCH = cellError('na', '区域大小不一致，此处无对应的值', 'The ranges differ in size: no value here');

/** The index of the last row of `matrix` that holds anything, or -1. Scans from the end. */
function lastUsedRow(matrix: unknown[][]): number {
  for (let r = matrix.length - 1; r >= 0; r--) {
    const row = rowOf(matrix, r);
    if (row === undefined) continue;
    for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return r;
  }
  return -1;
}

export interface MapOptions<R> {
  /** The arguments' names, by position, for messages about their cells. */
  readonly names?: ReadonlyArray<ArgName | undefined>;
  /**
   * The result of a row past the last row any range argument uses (a whole column's empty tail):
   * `''` unless given. Such rows are not computed and share one row array.
   */
  readonly tail?: R;
}

/**
 * Calls `fn` for each position of the broadcast shape of `args`. A cell error in an argument is the
 * result at its position without calling `fn`. `fn` gets one array, reused from call to call: it
 * must not keep it.
 */
export function mapCells<R = CellResult>(
  args: Arg[],
  fn: (cells: CellValue[]) => R | CellError,
  options: MapOptions<R> = {},
): Array<Array<R | CellError>> {
  const matrices = args.map(asMatrix);
  let rows = 0;
  let columns = 0;
  let usedRows = 0;
  for (const m of matrices) {
    if (m.length > rows) rows = m.length;
    // A single row broadcasts down every row, so it ends nothing; a taller range's empty tail does.
    const used = m.length > 1 ? lastUsedRow(m) + 1 : 1;
    if (used > usedRows) usedRows = used;
    // The tail's rows are blank: only the rows up to the last used one (at least the first) give the width.
    for (let r = 0; r < Math.max(used, 1); r++) {
      const width = rowOf(m, r)?.length ?? 0;
      if (width > columns) columns = width;
    }
  }
  const names = options.names ?? [];
  const cells: CellValue[] = new Array<CellValue>(matrices.length);
  const out: Array<Array<R | CellError>> = new Array<Array<R | CellError>>(rows);
  const computed = Math.min(rows, usedRows);
  for (let r = 0; r < computed; r++) {
    const row: Array<R | CellError> = new Array<R | CellError>(columns);
    for (let c = 0; c < columns; c++) {
      let failure: CellError | undefined;
      for (let a = 0; a < matrices.length; a++) {
        const value = pick(matrices[a]!, r, c);
        if (value === SIZE_MISMATCH) {
          failure = SIZE_MISMATCH;
          break;
        }
        const cell = asCell(value, names[a] ?? INPUT);
        if (isCellError(cell)) {
          failure = cell;
          break;
        }
        cells[a] = cell;
      }
      row[c] = failure ?? safely(fn, cells);
    }
    out[r] = row;
  }
  if (computed < rows) out.fill(new Array<R | CellError>(columns).fill((options.tail ?? '') as R), computed);
  return out;
}

function pick(matrix: unknown[][], r: number, c: number): unknown {
  const row = matrix.length === 1 ? rowOf(matrix, 0) : rowOf(matrix, r);
  if (row === undefined) return SIZE_MISMATCH;
  if (row.length === 1) return row[0];
  return c < row.length ? row[c] : SIZE_MISMATCH;
}

const NOT_FINITE = cellError('num', '结果不是有限数值', 'The result is not a finite number');

/** A bug must show as an error in its cell, never take the whole spill down; Infinity is #NUM!. */
function safely<R>(fn: (cells: CellValue[]) => R | CellError, cells: CellValue[]): R | CellError {
  try {
    const result = fn(cells);
    return typeof result === 'number' && !Number.isFinite(result) ? NOT_FINITE : result;
  } catch (error) {
    return cellError('value', `内部错误：${String(error)}`, 'Internal error');
  }
}

/**
 * Reads an optional scalar argument (a mode or a profile name) that may come as a 1×1 range.
 * An error in it is the call's error: `PERF.SCORE(…, #REF!)` is never a score.
 */
export function scalar(arg: Arg, name: ArgName = INPUT): CellValue | CellError {
  const value = rowOf(asMatrix(arg), 0)?.[0];
  return asCell(value, name);
}

const BOOLEAN_ACTUAL = cellError('value', '完成值是逻辑值（TRUE/FALSE），应为数值或文字', 'The actual value is a logical value (TRUE/FALSE); enter a number or text');

/** An actual as the rules read it: TRUE/FALSE is no actual (a checkbox or a comparison typed by mistake). */
export function actualCell(cell: CellValue): CellValue | CellError {
  return typeof cell === 'boolean' ? BOOLEAN_ACTUAL : cell;
}
