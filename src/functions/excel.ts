/**
 * The edge between the gate and Excel's custom-function runtime: CellErrors become
 * CustomFunctions.Error, with the Chinese (then English) reason where Excel can show one.
 */
import { cellError, isCellError, type CellResult, type ErrorKind } from './cells';

/**
 * The runtime's ErrorCode values (what Excel shows), not the enum's member names: an error built
 * from a code the runtime does not know reaches Excel without its message or type. Written out
 * rather than read from `CustomFunctions.ErrorCode`, which exists only inside Excel.
 */
const ERROR_CODE: Record<ErrorKind, `${CustomFunctions.ErrorCode}`> = {
  value: '#VALUE!',
  na: '#N/A',
  div0: '#DIV/0!',
  num: '#NUM!',
};

/** Only #VALUE! and #N/A carry a message in Excel; the others are bare codes. */
const TAKES_MESSAGE = new Set<ErrorKind>(['value', 'na']);

/** Infinity and NaN cannot reach a cell (the runtime serialises them as JSON null): they are #NUM!. */
const NOT_FINITE = cellError('num', '结果不是有限数值', 'The result is not a finite number');

export function toExcel(matrix: CellResult[][]): unknown[][] {
  return matrix.map((row) =>
    row.map((value) => {
      const cell = typeof value === 'number' && !Number.isFinite(value) ? NOT_FINITE : value;
      if (!isCellError(cell)) return cell;
      const code = ERROR_CODE[cell.error] as CustomFunctions.ErrorCode;
      return TAKES_MESSAGE.has(cell.error) ? new CustomFunctions.Error(code, cell.message) : new CustomFunctions.Error(code);
    }),
  );
}
