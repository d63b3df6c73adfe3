/**
 * Making a finding: the code gives the severity (codes.ts) and the wording (the message catalog);
 * the caller gives only where and the parameters.
 */
import { message } from '../i18n/messages';
import { CHECK_CODES, type CheckCode } from './codes';
import type { Finding } from './types';

export type Params = Record<string, string | number>;

export interface Where {
  sheet: string;
  cell: string;
  field?: string;
  project?: string;
}

export function finding(where: Where, code: CheckCode, params: Params = {}): Finding {
  const out: Finding = { sheet: where.sheet, cell: where.cell, severity: CHECK_CODES[code].severity, code, ...message(code, params) };
  if (where.field !== undefined) out.field = where.field;
  if (where.project !== undefined && where.project !== '') out.project = where.project;
  return out;
}
