/**
 * A stand-in for Excel's custom-function runtime (CustomFunctions.Error and its codes), which only
 * exists inside Excel. It records what a function returned so that tests can read the error.
 */
export class FakeCustomFunctionError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

export function installCustomFunctionsRuntime(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionError,
    ErrorCode: ERROR_CODES,
    associate: () => undefined,
  };
}

/** A result matrix as Excel would show it: errors as their code (`#VALUE!`), values as they are. */
export function shown(matrix: unknown[][]): unknown[][] {
  return matrix.map((row) =>
    row.map((cell) => (cell instanceof FakeCustomFunctionError ? ERROR_CODES[cell.code as keyof typeof ERROR_CODES] ?? cell.code : cell)),
  );
}

export function messageAt(matrix: unknown[][], row = 0, column = 0): string | undefined {
  const cell = matrix[row]?.[column];
  return cell instanceof FakeCustomFunctionError ? cell.message : undefined;
}
