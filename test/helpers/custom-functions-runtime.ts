/**
 * Excel's real custom-function runtime, loaded from the `@microsoft/office-js` package
 * (dist/custom-functions-runtime.debug.js) into a sandbox, instead of a hand-written stand-in.
 * Tests get its own `CustomFunctions.Error` and `ErrorCode`, and can invoke a function through its
 * own CustomFunctionProxy: parameters marshalled as the runtime marshals them (errors turned into
 * `CustomFunctions.Error` only when `allowErrorForDataTypeAny` is set), results serialised with the
 * runtime's own `toJSON`, which is what Excel receives and shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const RUNTIME_FILE = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist', 'custom-functions-runtime.debug.js');

/** Where the bundle sets up window.CustomFunctions: the one line we add exposes its module to the tests. */
const ANCHOR = 'window.CustomFunctions.setCustomFunctionInvoker = CFRuntime.setCustomFunctionInvoker';

export interface RuntimeError {
  code: string;
  message: string;
  toJSON(): { code: string; basicValue: string; message?: string; errorType?: string };
}

interface InvocationResult {
  id: number;
  value: unknown;
  failed?: boolean;
  errorCode?: number;
}

interface Proxy {
  _batchInvocationEntries(entries: Array<{ message: unknown[] }>): Array<{ invocationIds: number[] }>;
  _invokeFunctionAndSetResult(batch: unknown): void;
  _resultEntryBuffer: Record<number, { result: InvocationResult }>;
}

interface LoadedRuntime {
  CustomFunctions: {
    Error: new (code?: string, message?: string) => RuntimeError;
    ErrorCode: Record<string, string>;
    associate(id: string, fn: (...args: unknown[]) => unknown): void;
  };
  proxy: Proxy;
}

let loaded: LoadedRuntime | undefined;

/** Loads the runtime once per test file. The sandbox's timers never fire: nothing runs behind the test's back. */
export function realRuntime(): LoadedRuntime {
  if (loaded) return loaded;
  const source = readFileSync(RUNTIME_FILE, 'utf8');
  if (!source.includes(ANCHOR)) throw new Error(`custom-functions-runtime.debug.js changed: "${ANCHOR}" not found`);
  const patched = source.replace(ANCHOR, `window.__perftableRuntime = CFRuntime, ${ANCHOR}`);
  const script = { src: 'https://localhost/custom-functions-runtime.debug.js', getAttribute: () => null };
  const sandbox: Record<string, unknown> = {
    console: { log: () => undefined, warn: () => undefined, error: () => undefined, info: () => undefined },
    setTimeout: () => 0,
    clearTimeout: () => undefined,
    setInterval: () => 0,
    clearInterval: () => undefined,
    navigator: { userAgent: 'node' },
    location: { href: 'https://localhost/', search: '', hash: '', protocol: 'https:' },
    history: { replaceState: () => undefined, pushState: () => undefined },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    // 'loading' and a listener that never fires: the runtime does not wait for Office.onReady.
    document: {
      readyState: 'loading',
      addEventListener: () => undefined,
      getElementsByTagName: (tag: string) => (tag === 'script' ? [script] : tag === 'head' ? [{ appendChild: () => undefined }] : []),
      createElement: () => ({ setAttribute: () => undefined, style: {} }),
    },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  try {
    runInContext(patched, sandbox, { filename: 'custom-functions-runtime.debug.js' });
  } catch {
    // The loader's tail (the Office host bridge) has nothing to talk to here; the runtime's classes are set up before it.
  }
  const CustomFunctions = sandbox.CustomFunctions as LoadedRuntime['CustomFunctions'] | undefined;
  const module = sandbox.__perftableRuntime as { customFunctionProxy?: Proxy } | undefined;
  if (!CustomFunctions?.Error || !module?.customFunctionProxy) throw new Error('custom-functions-runtime.debug.js did not set up CustomFunctions');
  loaded = { CustomFunctions, proxy: module.customFunctionProxy };
  return loaded;
}

/** Makes the real runtime's CustomFunctions the global one, as it is inside Excel. */
export function installCustomFunctionsRuntime(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = realRuntime().CustomFunctions;
}

function isRuntimeError(value: unknown): value is RuntimeError {
  return value instanceof realRuntime().CustomFunctions.Error;
}

/**
 * What Excel shows for a returned value: the error code for a runtime error whose code Excel knows
 * (the runtime gives it an errorType), `unknown code: …` for one it does not, values as they are.
 */
export function shown(matrix: unknown[][]): unknown[][] {
  return matrix.map((row) => row.map((cell) => (isRuntimeError(cell) ? shownError(cell.toJSON()) : cell)));
}

function shownError(json: { basicValue: string; errorType?: string }): string {
  return json.errorType === undefined ? `unknown code: ${json.basicValue}` : json.basicValue;
}

/** The message Excel receives for the error at a cell (only #VALUE! and #N/A keep one), or undefined. */
export function messageAt(matrix: unknown[][], row = 0, column = 0): string | undefined {
  const cell = matrix[row]?.[column];
  return isRuntimeError(cell) ? cell.toJSON().message : undefined;
}

/** An error cell value as Excel sends it to a function that accepts errors (flag 4 of an invocation). */
export function excelErrorCell(code: '#N/A' | '#VALUE!' | '#REF!' | '#DIV/0!' | '#NUM!' | '#NAME?' | '#NULL!'): unknown {
  return { type: 'CustomFunctionError', code };
}

/** Flags of an invocation message, as the runtime reads them. */
const ALLOW_ERROR = 4;

let nextInvocation = 1;

export interface Invoked {
  /** What Excel shows: a matrix of values and error codes, or one code when the call itself failed. */
  shown: unknown;
  /** Messages by position, for errors that carry one. */
  messages: Array<Array<string | undefined>>;
}

/**
 * Calls `fn` through the runtime's CustomFunctionProxy as Excel does: every declared parameter
 * passed (null for an omitted optional one), errors in cells passed as `excelErrorCell`. Without
 * `allowErrors` (the documented default), Excel does not call the function when an input holds an
 * error: the whole result is that error.
 */
export function invoke(id: string, fn: (...args: never[]) => unknown, parameters: unknown[], options: { allowErrors: boolean }): Invoked {
  const { CustomFunctions, proxy } = realRuntime();
  const inputError = options.allowErrors ? undefined : firstError(parameters);
  if (inputError !== undefined) return { shown: inputError, messages: [] };
  CustomFunctions.associate(id, fn as (...args: unknown[]) => unknown);
  const invocationId = nextInvocation++;
  const batches = proxy._batchInvocationEntries([
    { message: [invocationId, id, parameters, 'Sheet1!A1', options.allowErrors ? ALLOW_ERROR : 0] },
  ]);
  for (const batch of batches) proxy._invokeFunctionAndSetResult(batch);
  const result = proxy._resultEntryBuffer[invocationId]?.result;
  if (!result) throw new Error(`the runtime recorded no result for ${id}`);
  // The host receives JSON: serialise exactly as the runtime's request would.
  const wire = JSON.parse(JSON.stringify(result)) as InvocationResult;
  if (wire.failed) return { shown: `failed (${String(wire.errorCode)}): ${String(wire.value)}`, messages: [] };
  if (!Array.isArray(wire.value)) return { shown: wire.value, messages: [] };
  const rows = wire.value as unknown[][];
  return {
    shown: rows.map((row) => row.map((cell) => (isWireError(cell) ? shownError(cell) : cell))),
    messages: rows.map((row) => row.map((cell) => (isWireError(cell) ? cell.message : undefined))),
  };
}

function isWireError(cell: unknown): cell is { valueType: string; basicValue: string; message?: string; errorType?: string } {
  return typeof cell === 'object' && cell !== null && (cell as { valueType?: unknown }).valueType === 'CustomFunctionError';
}

function firstError(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstError(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const cell = value as { type?: unknown; code?: unknown } | null;
  return typeof cell === 'object' && cell !== null && cell.type === 'CustomFunctionError' ? String(cell.code) : undefined;
}
