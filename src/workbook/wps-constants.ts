/**
 * The VBA numbers WPS's object model takes. Kingsoft's typings declare them as ambient enums
 * (`Et.XlHAlign…`) that do not exist at run time, so they are written out here, once.
 */
import type { GridValue } from '../core/read/grid';

export const XL = {
  /** XlHAlign */
  hAlignGeneral: 1,
  hAlignLeft: -4131,
  hAlignCenter: -4108,
  hAlignRight: -4152,
  /** XlVAlign */
  vAlignTop: -4160,
  vAlignCenter: -4108,
  vAlignBottom: -4107,
  /** XlBordersIndex: left, top, bottom, right */
  edges: [7, 8, 9, 10] as const,
  lineContinuous: 1,
  lineNone: -4142,
  weightThin: 2,
  /** Interior.ColorIndex of a cell without fill. */
  colorIndexNone: -4142,
  /** XlDVType / XlDVAlertStyle / XlFormatConditionOperator */
  validateList: 3,
  alertStop: 1,
  alertWarning: 2,
  between: 1,
  /** XlFormatConditionType */
  expression: 2,
  /** XlChartType */
  lineChart: 4,
  /** XlPaperSize, XlPageOrientation */
  paperA4: 9,
  portrait: 1,
  landscape: 2,
  /** XlCalculation */
  calculationAutomatic: -4105,
  calculationManual: -4135,
  /** XlSheetVisibility */
  sheetVeryHidden: 2,
  /** XlRangeValueDataType: the range as XML Spreadsheet 2003 text (carries merges). */
  rangeValueXmlSpreadsheet: 11,
} as const;

/** Excel's CVErr numbers (0x800A0000 | xlErr) as WPS returns error cells, with their text. */
export const CVERR: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
  [-2146824593, '#SPILL!'],
  [-2146824588, '#CALC!'],
]);

/** An omitted optional argument of a custom function arrives as DISP_E_PARAMNOTFOUND. */
export const MISSING_ARGUMENT = -2147352572;

/** `#RRGGBB` → the BGR number WPS takes (`r + g·256 + b·65536`). */
export function bgrFromHex(color: string): number {
  const hex = color.replace('#', '');
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) throw new RangeError(`not a #RRGGBB colour: ${color}`);
  const r = parseInt(hex.slice(0, 2), 16);
  const g = parseInt(hex.slice(2, 4), 16);
  const b = parseInt(hex.slice(4, 6), 16);
  return r + g * 256 + b * 65536;
}

/** The BGR number WPS gives → `#RRGGBB`. */
export function hexFromBgr(bgr: number): string {
  if (!Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) throw new RangeError(`not a BGR colour: ${bgr}`);
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((part) => part.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** A `Value2` cell as the core's grids hold it: error numbers become their text (`#N/A`), empty text null. */
export function gridValueFromEt(value: unknown): GridValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return CVERR.get(value) ?? value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * `Value2`/`Formula` come back as a scalar for one cell and as a 2-D array otherwise; whether a
 * single row or column comes back 1-D is not documented, so every shape becomes rows × columns.
 */
export function toMatrix(value: unknown, rows: number): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [];
  if (Array.isArray(value[0])) return value as unknown[][];
  // A 1-D array: a single row when the range is one row tall, else a single column.
  return rows === 1 ? [value as unknown[]] : (value as unknown[]).map((cell) => [cell]);
}
