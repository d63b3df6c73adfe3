/**
 * The month a monitoring report is for (1-X月): a whole number 1–12, an Excel date (its month), or
 * text as officers write it (`7`, `7月`, `7月底`, `1-7月`, `2025-07-31`, `2025年7月`).
 */
import { fromExcelSerial, parseWrittenDate } from '../evaluate/dates';
import { localizedError } from '../i18n/messages';
import { isBlank, shown, type Input, type Read } from './values';

/**
 * Serial numbers below this are days of 1900, never a report date: 13 or 45 is a mistyped month,
 * and reading it as a date would give a month that looks right.
 */
const FIRST_DATE_SERIAL = 367;

const MONTH_TEXT = /^(?:1[-~至到])?(\d{1,2})(?:月(?:份|底|末|末前|底前)?)?$/;

export function readMonth(value: Input): Read<number> {
  if (isBlank(value)) return { ok: false, error: localizedError('MONTH_EMPTY', -1) };
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1 && value <= 12) return { ok: true, value };
    if (value >= FIRST_DATE_SERIAL) {
      const date = fromExcelSerial(value);
      if (date) return { ok: true, value: date.month };
    }
    return invalid(value);
  }
  if (typeof value !== 'string') return invalid(value);
  const text = value.normalize('NFKC').replace(/\s+/g, '');
  const match = MONTH_TEXT.exec(text);
  if (match) {
    const month = Number(match[1]);
    return month >= 1 && month <= 12 ? { ok: true, value: month } : invalid(value);
  }
  // A written date (`2025-07-31`, `2025年7月`, `七月`): its month. `2025年` alone names no month.
  if (text.includes('月') || /\d{4}[.\-/]\d/.test(text)) {
    const date = parseWrittenDate(text);
    if (date && date.month >= 1 && date.month <= 12) return { ok: true, value: date.month };
  }
  return invalid(value);
}

function invalid(value: Input): Read<number> {
  return { ok: false, error: localizedError('MONTH_INVALID', -1, { found: shown(value) }) };
}
