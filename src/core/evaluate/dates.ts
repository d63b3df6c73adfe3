/**
 * Dates as Excel stores them (1900 date system serial numbers) and as people write them.
 */
import { scanDeadline } from '../target/deadline';
import { normalizeTarget } from '../target/normalize';

/** Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** A serial number between 1900 and 9999, or undefined. */
export function fromExcelSerial(serial: number): YearMonthDay | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const date = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function toExcelSerial(date: YearMonthDay): number {
  return (Date.UTC(date.year, date.month - 1, date.day) - EXCEL_EPOCH_UTC) / DAY_MS;
}

/** A written date (`2025年11月20日`, `2025-11-20`, `11月`) as a point; a missing day is the month's end. */
export function parseWrittenDate(text: string): { year?: number; month: number; day?: number } | undefined {
  const normalized = normalizeTarget(text).text;
  const scanned = scanDeadline(normalized, text);
  if (!scanned || !scanned.ok) return undefined;
  return scanned.target.date ?? scanned.target.period?.to;
}

/** Orders two dates: negative when `a` is earlier. */
export function compareDates(a: YearMonthDay, b: YearMonthDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
