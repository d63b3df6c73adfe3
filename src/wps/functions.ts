/**
 * PERF functions in WPS 表格: the same gate and core as in Excel, registered with
 * `wps.AddCustomFunction`, so that `=PERF.EVAL(…)` is the same formula text in both hosts.
 * Calls are synchronous (WPS supports nothing else); every argument and result is normalised here,
 * in one place, because what WPS passes is documented only in part (../shared/WPS.md §2, §7).
 */
import { message } from '../core/i18n/messages';
import { isCellError, type CellResult } from '../functions/cells';
import { codeCells } from '../functions/code-functions';
import {
  execLightCells,
  execRateCells,
  execScoreCells,
  gradeCells,
  lightCells,
  plannedCells,
  scoreCells,
  scoreCheckCells,
  totalCells,
  worstLightCells,
} from '../functions/score-functions';
import { checkCells, evalCells, formatCells, parseCells, rateCells, statusCells } from '../functions/target-functions';
import { CVERR, MISSING_ARGUMENT, toMatrix } from '../workbook/wps-constants';
import type { WpsFunctionMetadata } from './metadata';

type CellsFunction = (...args: unknown[]) => CellResult[][];

/**
 * Each function id (as in functions.json) and the gate function behind it; the Office wrappers in
 * src/functions/functions.ts call the same ones with the same arguments (a test holds them equal).
 */
export const PERF_CELLS: Readonly<Record<string, CellsFunction>> = {
  EVAL: evalCells as CellsFunction,
  STATUS: statusCells as CellsFunction,
  RATE: rateCells as CellsFunction,
  PARSE: parseCells as CellsFunction,
  CHECK: checkCells as CellsFunction,
  FORMAT: formatCells as CellsFunction,
  CODE: codeCells as CellsFunction,
  SCORE: scoreCells as CellsFunction,
  SCORECHECK: scoreCheckCells as CellsFunction,
  EXECRATE: execRateCells as CellsFunction,
  EXECSCORE: execScoreCells as CellsFunction,
  TOTAL: totalCells as CellsFunction,
  GRADE: gradeCells as CellsFunction,
  PLANNED: plannedCells as CellsFunction,
  LIGHT: lightCells as CellsFunction,
  EXECLIGHT: execLightCells as CellsFunction,
  WORSTLIGHT: worstLightCells as CellsFunction,
};

/** An error cell as the gate receives one from Excel (an object carrying its code). */
function incomingError(text: string): { errorCode: string } {
  return { errorCode: text };
}

/** One argument as WPS passes it → a matrix the gate takes. */
export function argumentFromWps(value: unknown): unknown {
  if (value === MISSING_ARGUMENT || value === undefined) return undefined;
  // A parameter typed as a Range object arrives as one: its values are what the gate needs.
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'Value2' in value) {
    const range = value as { Value2: unknown; Rows?: { Count?: number } };
    return argumentFromWps(toMatrix(range.Value2, range.Rows?.Count ?? 1));
  }
  const matrix = Array.isArray(value) ? toMatrix(value, Array.isArray(value[0]) ? value.length : 1) : [[value]];
  // Error cells arrive as CVErr numbers: they must not be read as numbers.
  return matrix.map((row) => row.map((cell) => (typeof cell === 'number' && CVERR.has(cell) ? incomingError(CVERR.get(cell)!) : cell)));
}

/**
 * How an error result reaches a WPS cell. Undocumented (../shared/WPS.md §2): throwing fails the
 * whole call and a CVErr number shows as a number, so until a real WPS is tried, an error cell
 * shows its code and reason as text (`#VALUE! 指标值…`). The candidates are in docs/wps.md.
 */
export function resultForWps(matrix: CellResult[][]): unknown[][] {
  return matrix.map((row) => row.map((cell) => (isCellError(cell) ? `${ERROR_TEXT[cell.error]} ${cell.message}` : cell)));
}

const ERROR_TEXT = { value: '#VALUE!', na: '#N/A', div0: '#DIV/0!', num: '#NUM!' } as const;

/** The function WPS calls: synchronous, arguments normalised, a 2-D result, never a throw. */
export function wpsFunction(cells: CellsFunction): (...args: unknown[]) => unknown[][] {
  return (...args: unknown[]) => {
    try {
      return resultForWps(cells(...args.map(argumentFromWps)));
    } catch (error) {
      return [[`#VALUE! ${String((error as Error)?.message ?? error)}`]];
    }
  };
}

export type RegistrationReport = { supported: true; registered: string[]; failed: string[] } | { supported: false; reason: string; reasonEn: string };

/** The part of `wps` registration needs. */
export interface WpsFunctionHost {
  AddCustomFunction?: unknown;
}

/**
 * Registers every PERF function with WPS. Without `AddCustomFunction` (WPS older than
 * 12.1.0.20540) nothing is registered and the report says so, for the pane to tell the user.
 */
export function registerPerfFunctions(host: WpsFunctionHost | undefined, metadata: readonly WpsFunctionMetadata[]): RegistrationReport {
  if (!host || typeof host.AddCustomFunction !== 'function') {
    const text = message('WPS_NO_CUSTOM_FUNCTIONS');
    return { supported: false, reason: text.message, reasonEn: text.messageEn };
  }
  const add = host.AddCustomFunction as (namespace: string, name: string, fn: unknown, meta: unknown) => void;
  const registered: string[] = [];
  const failed: string[] = [];
  for (const meta of metadata) {
    const cells = PERF_CELLS[meta.name];
    if (!cells) {
      failed.push(meta.name);
      continue;
    }
    try {
      add.call(host, 'PERF', meta.name, wpsFunction(cells), { description: meta.description, parameters: meta.parameters, result: meta.result });
      registered.push(meta.name);
    } catch {
      failed.push(meta.name);
    }
  }
  return { supported: true, registered, failed };
}
