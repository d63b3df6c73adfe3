/**
 * The edge between the gate and Excel's custom-function runtime: CellErrors become
 * CustomFunctions.Error, with the Chinese (then English) reason where Excel can show one.
 */
import { isCellError, type CellResult, type ErrorKind } from './cells';

const ERROR_CODE: Record<ErrorKind, CustomFunctions.ErrorCode> = {
  value: 'invalidValue' as CustomFunctions.ErrorCode.invalidValue,
  na: 'notAvailable' as CustomFunctions.ErrorCode.notAvailable,
  div0: 'divisionByZero' as CustomFunctions.ErrorCode.divisionByZero,
  num: 'invalidNumber' as CustomFunctions.ErrorCode.invalidNumber,
};

/** Only #VALUE! and #N/A carry a message in Excel; the others are bare codes. */
const TAKES_MESSAGE = new Set<ErrorKind>(['value', 'na']);

export function toExcel(matrix: CellResult[][]): unknown[][] {
  return matrix.map((row) =>
    row.map((cell) => {
      if (!isCellError(cell)) return cell;
      const code = ERROR_CODE[cell.error];
      return TAKES_MESSAGE.has(cell.error) ? new CustomFunctions.Error(code, cell.message) : new CustomFunctions.Error(code);
    }),
  );
}
