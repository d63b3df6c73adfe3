/**
 * What a cell's number format says about its number: a date (a deadline written as a date must
 * reach the core as `2025年7月1日`, not as the serial 45839), a time, or a format whose every
 * section is a quoted text (`"TRUE";"TRUE";"FALSE"`, how a boolean result is cached as 1/0).
 * Built-in format ids: ECMA-376 Part 1, 18.8.30, with the zh-CN ids 27–36 and 50–58.
 */
import type { XmlHandlers } from './ooxml-read-xml';

export type NumberKind = { kind: 'number' } | { kind: 'date'; time: boolean } | { kind: 'time' } | { kind: 'literal'; sections: string[] };

const NUMBER: NumberKind = { kind: 'number' };
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);
const BUILT_IN_TIMES = new Set([18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56]);
const BUILT_IN_DATE_TIME = 22;

/** The kind a format code gives: its date and time letters outside quotes, escapes and brackets. */
export function formatKind(code: string): NumberKind {
  const sections = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (sections.length > 0 && sections.every((s) => /^"[^"]*"$/.test(s.trim()))) return { kind: 'literal', sections: sections.map((s) => s.trim().slice(1, -1)) };
  // The first section decides, as it formats positive numbers (dates are positive).
  const bare = (sections[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h') // elapsed time
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, locales
    .replace(/general/gi, '')
    .replace(/e[+-]/gi, '') // scientific notation
    .toLowerCase();
  const hasDate = /[yd]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
  const hasTime = /[hs]/.test(bare);
  if (hasDate) return { kind: 'date', time: hasTime };
  if (hasTime) return { kind: 'time' };
  return NUMBER;
}

export interface Styles {
  /** The kind of number the cell format `s` (an index into cellXfs) shows. */
  kindOf(styleIndex: number): NumberKind;
}

export const PLAIN_STYLES: Styles = { kindOf: () => NUMBER };

/** Handlers for xl/styles.xml that fill `result` with the kinds of its cell formats. */
export function stylesHandlers(result: { styles: Styles }): XmlHandlers {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  const kindOfId = (id: number): NumberKind => {
    const code = custom.get(id);
    if (code !== undefined) return formatKind(code);
    if (id === BUILT_IN_DATE_TIME) return { kind: 'date', time: true };
    if (BUILT_IN_DATES.has(id)) return { kind: 'date', time: false };
    if (BUILT_IN_TIMES.has(id)) return { kind: 'time' };
    return NUMBER;
  };
  const cache = new Map<number, NumberKind>();
  result.styles = {
    kindOf(styleIndex) {
      let kind = cache.get(styleIndex);
      if (!kind) {
        kind = kindOfId(formatIds[styleIndex] ?? 0);
        cache.set(styleIndex, kind);
      }
      return kind;
    },
  };
  return {
    open(name, attributes) {
      if (name === 'numFmt' && attributes.numFmtId !== undefined) custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  };
}

const DAY_MS = 86_400_000;
/** 1899-12-30 and 1904-01-01 as Unix milliseconds: day 0 of the two date systems. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A serial date as the core reads dates: `2025年7月1日`, with ` 10:30` when the format shows a
 * time. Null for serials no date format can show (negative, past year 9999).
 */
export function serialToDateText(serial: number, withTime: boolean, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  // Excel's 1900 system counts a 29 February 1900 that never was (serial 60): below 61 it is a day ahead.
  const days = !date1904 && serial < 61 ? serial + 1 : serial;
  const ms = Math.round((date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS);
  const date = new Date(ms);
  const text = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  if (!withTime) return text;
  const minutes = Math.round((ms - Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())) / 60_000);
  if (minutes === 0) return text;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${text} ${hh}:${mm}`;
}

/** An ISO 8601 date (a `t="d"` cell) as the same text; null when it is not one. */
export function isoToDateText(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso.trim());
  if (!match) return null;
  const text = `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
  const time = match[4] !== undefined && (match[4] !== '00' || match[5] !== '00') ? ` ${match[4]}:${match[5]}` : '';
  return text + time;
}
