/**
 * 项目编码 (DOMAIN.md §6): 6-digit division, 2-digit year, a type letter (P for projects), 11 more
 * characters and a check character.
 *
 * Division codes: a full national list (GB/T 2260, some 3,000 counties, changing yearly) is not
 * shipped. The check takes 6 digits with a province prefix of GB/T 2260 (11–82), and the workbook
 * check reports a division that differs from the workbook's usual one.
 *
 * The check character was found by fitting, not read in a standard (DOMAIN.md §6); it reproduces
 * the seed's five codes exactly as written: charset 0123456789ABCDEFGHJKLMNPQRTUWXY (no I, O, S, V,
 * Z), v_i the index of character i, check = charset[(30 − Σ v_i·3^i mod 31) mod 31]. A mismatch is
 * a warning, never an error; it is verified only for P codes, the only type it was fitted on.
 */
import type { CheckCode } from './codes';
import type { Params } from './finding';

export const CODE_LENGTH = 21;
export const CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB/T 2260 province-level codes: the first two digits of every division code. */
export const PROVINCE_PREFIXES: readonly string[] = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
];

export interface CodeIssue {
  code: CheckCode;
  params: Params;
}

/** The check character of the first 20 characters, or undefined when one is outside the charset. */
export function codeCheckCharacter(code: string): string | undefined {
  if (code.length < CODE_LENGTH - 1) return undefined;
  let sum = 0;
  let power = 1; // 3^i mod 31, kept small so the sum never leaves exact integers
  for (let i = 0; i < CODE_LENGTH - 1; i++) {
    const v = CODE_CHARSET.indexOf(code[i] ?? '');
    if (v < 0) return undefined;
    sum = (sum + v * power) % 31;
    power = (power * 3) % 31;
  }
  return CODE_CHARSET[(30 - sum + 31) % 31];
}

/**
 * Every problem of one code, errors first. `year` is the budget year (2025, or 25); without it the
 * year digits are only checked to be digits. `allowNextYear`: a 自评表 or 监控表, filled in the
 * following year, may carry that year's code.
 */
export function checkCodeText(raw: string, year?: number, options: { allowNextYear?: boolean } = {}): CodeIssue[] {
  const code = raw.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  if (code === '') return [{ code: 'CODE_MISSING', params: {} }];
  const issues: CodeIssue[] = [];
  const bad = [...new Set(code.replace(/[0-9A-Z]/g, ''))].join('');
  if (bad !== '') issues.push({ code: 'CODE_CHARS', params: { found: bad } });
  // After naming them, read lower-case letters as capitals so one slip is not reported thrice.
  const upper = code.toUpperCase();
  if (upper.length !== CODE_LENGTH) issues.push({ code: 'CODE_LENGTH', params: { length: upper.length } });
  const division = upper.slice(0, 6);
  if (!/^\d{6}$/.test(division) || !PROVINCE_PREFIXES.includes(division.slice(0, 2))) {
    issues.push({ code: 'CODE_DIVISION', params: { division } });
  }
  if (upper.length >= 8) {
    const digits = upper.slice(6, 8);
    if (!/^\d{2}$/.test(digits)) issues.push({ code: 'CODE_YEAR_INVALID', params: { found: digits } });
    else if (year !== undefined && Number.isFinite(year) && year > 0) {
      const budgetYear = year < 100 ? 2000 + year : year;
      const codeYear = 2000 + Number(digits);
      const params = { codeYear: digits, year: budgetYear };
      if (codeYear > budgetYear + (options.allowNextYear ? 1 : 0)) issues.push({ code: 'CODE_YEAR_FUTURE', params });
      else if (codeYear < budgetYear) issues.push({ code: 'CODE_YEAR_EARLIER', params });
    }
  }
  if (upper.length === CODE_LENGTH) {
    const letter = upper[8] ?? '';
    if (!/[A-Z]/.test(letter)) issues.push({ code: 'CODE_TYPE_LETTER', params: { found: letter } });
    else if (letter === 'P') {
      const expected = codeCheckCharacter(upper);
      const found = upper[CODE_LENGTH - 1] ?? '';
      if (expected !== undefined && found !== expected) issues.push({ code: 'CODE_CHECK_CHAR', params: { found, expected } });
    }
  }
  return issues;
}

/** The 6-digit division of a well-formed code, for the workbook's consistency check. */
export function divisionOf(code: string): string | undefined {
  const division = code.slice(0, 6);
  return /^\d{6}$/.test(division) ? division : undefined;
}
