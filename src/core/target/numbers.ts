/**
 * Numbers as people write them in 指标值: `60`, `8,827,620.53`, `-5`, `.5`, `两场`, `十二个月`.
 * A 万/亿 after a number is not read here: it belongs to the unit (`1.2万亩`).
 */

export type NumberScan =
  | { ok: true; value: number; end: number }
  | { ok: false; end: number; found: string };

const ARABIC = /^[+-]?(?:\d[\d,]*)?(?:\.\d+)?/;
const DIGIT_GROUPS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

const CHINESE_DIGITS: Record<string, number> = {
  '零': 0, '〇': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
  '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
};
const CHINESE_TENS: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };

/** True when `ch` can start a number (Arabic or Chinese). */
export function startsNumber(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (/[\d.]/.test(ch)) return /\d/.test(text.slice(i, i + 2));
  if (ch === '+' || ch === '-') return /[\d.]/.test(text[i + 1] ?? '');
  return ch in CHINESE_DIGITS || ch === '十' || ch === '拾';
}

/** Scans a number at `i`; returns null when no number starts there. */
export function scanNumber(text: string, i: number): NumberScan | null {
  if (!startsNumber(text, i)) return null;
  const ch = text[i] ?? '';
  if (ch in CHINESE_DIGITS || ch === '十' || ch === '拾') return scanChineseNumber(text, i);
  const match = ARABIC.exec(text.slice(i));
  const raw = match ? match[0] : '';
  let end = i + raw.length;
  // `6.0.1` and `1,23`: a second decimal point or a broken thousands group is not a number.
  if (text[end] === '.' && /\d/.test(text[end + 1] ?? '')) {
    const rest = /^[\d.]+/.exec(text.slice(end));
    end += rest ? rest[0].length : 0;
    return { ok: false, end, found: text.slice(i, end) };
  }
  let digits = raw;
  if (raw.includes(',')) {
    const trailingComma = raw.endsWith(',');
    const body = trailingComma ? raw.slice(0, -1) : raw;
    if (!DIGIT_GROUPS.test(body)) return { ok: false, end, found: raw };
    if (trailingComma) end -= 1;
    digits = body.replace(/,/g, '');
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) return { ok: false, end, found: raw };
  return { ok: true, value, end };
}

/** `十二` → 12, `两` → 2, `一百零五` → 105, `三点五` → 3.5. Stops before 万/亿 (they are units). */
function scanChineseNumber(text: string, start: number): NumberScan {
  let i = start;
  let total = 0;
  let pending = 0;
  let sawDigit = false;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch in CHINESE_DIGITS) {
      pending = CHINESE_DIGITS[ch] ?? 0;
      sawDigit = true;
    } else if (ch in CHINESE_TENS) {
      const scale = CHINESE_TENS[ch] ?? 1;
      total += (sawDigit || pending ? pending : 1) * scale;
      pending = 0;
      sawDigit = false;
    } else break;
    i++;
  }
  total += pending;
  if (text[i] === '点' && (text[i + 1] ?? '') in CHINESE_DIGITS) {
    let fraction = '';
    i++;
    while (i < text.length && (text[i] ?? '') in CHINESE_DIGITS) {
      fraction += String(CHINESE_DIGITS[text[i] ?? ''] ?? 0);
      i++;
    }
    total = Number(`${total}.${fraction}`);
  }
  return { ok: true, value: total, end: i };
}

/** Writes a number without exponent or grouping, shortest form that reads back the same. */
export function formatNumber(value: number): string {
  if (Object.is(value, -0)) return '0';
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  // Expand exponent notation: 1e-7 → 0.0000001, 1.5e21 → 1500000000000000000000.
  const [mantissa = '0', exponentText = '0'] = plain.toLowerCase().split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [intPart = '0', fracPart = ''] = mantissa.replace('-', '').split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + out;
}
