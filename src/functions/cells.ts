/**
 * The one argument gate of the custom functions: scalars or ranges in, a matrix out, broadcast as
 * Excel broadcasts arrays (a single cell, a single row or a single column stretches), and errors
 * as values. Nothing here knows the Excel runtime; `excel.ts` turns CellErrors into
 * CustomFunctions.Error at the very edge.
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

export function cellError(error: ErrorKind, message: string, messageEn?: string): CellError {
  return { kind: 'cell-error', error, message: messageEn ? `${message} / ${messageEn}` : message };
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && (value as CellError).kind === 'cell-error';
}

/** An error that Excel passed in as a cell value (an object with an error code). */
function incomingError(value: unknown): CellError | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const code = (value as { errorCode?: unknown; code?: unknown }).errorCode ?? (value as { code?: unknown }).code;
    return cellError('value', `输入单元格含错误值 ${String(code ?? '')}`.trim(), 'An input cell holds an error');
  }
  return undefined;
}

function asMatrix(arg: Arg): unknown[][] {
  if (Array.isArray(arg)) {
    if (arg.length === 0) return [[null]];
    return arg.map((row: unknown) => (Array.isArray(row) ? (row.length === 0 ? [null] : row) : [row]));
  }
  return [[arg]];
}

/** Normalises one cell: empty strings become null; numbers, strings and booleans pass. */
function asCell(value: unknown): CellValue | CellError {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return incomingError(value) ?? cellError('value', '无法读取的单元格值', 'Unreadable cell value');
}

const SIZE_MISMATCH = cellError('na', '区域大小不一致，此处无对应的值', 'The ranges differ in size: no value here');

/**
 * Calls `fn` for each position of the broadcast shape of `args`. A cell error in an argument is the
 * result at its position without calling `fn`. `fn` gets one array, reused from call to call: it
 * must not keep it.
 */
export function mapCells<R = CellResult>(args: Arg[], fn: (cells: CellValue[]) => R | CellError): Array<Array<R | CellError>> {
  const matrices = args.map(asMatrix);
  const rows = Math.max(...matrices.map((m) => m.length));
  const columns = Math.max(...matrices.map((m) => Math.max(...m.map((r) => r.length))));
  const cells: CellValue[] = new Array<CellValue>(matrices.length);
  const out: Array<Array<R | CellError>> = new Array<Array<R | CellError>>(rows);
  for (let r = 0; r < rows; r++) {
    const row: Array<R | CellError> = new Array<R | CellError>(columns);
    for (let c = 0; c < columns; c++) {
      let failure: CellError | undefined;
      for (let a = 0; a < matrices.length; a++) {
        const value = pick(matrices[a]!, r, c);
        if (value === SIZE_MISMATCH) {
          failure = SIZE_MISMATCH;
          break;
        }
        const cell = asCell(value);
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
  return out;
}

function pick(matrix: unknown[][], r: number, c: number): unknown {
  const row = matrix.length === 1 ? matrix[0] : matrix[r];
  if (row === undefined) return SIZE_MISMATCH;
  if (row.length === 1) return row[0];
  return c < row.length ? row[c] : SIZE_MISMATCH;
}

/** A bug must show as an error in its cell, never take the whole spill down. */
function safely<R>(fn: (cells: CellValue[]) => R | CellError, cells: CellValue[]): R | CellError {
  try {
    return fn(cells);
  } catch (error) {
    return cellError('value', `内部错误：${String(error)}`, 'Internal error');
  }
}

/** Reads an optional scalar argument (a mode or a profile name) that may come as a 1×1 range. */
export function scalar(arg: Arg): CellValue {
  const m = asMatrix(arg);
  const value = m[0]?.[0];
  const cell = asCell(value);
  return isCellError(cell) ? null : cell;
}
