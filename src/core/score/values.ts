/**
 * Reading the numbers that scoring takes from a cell or a JSON line: weights, entered scores and
 * amounts of money. Numeric text (`10`, `1,093.5`) reads as its number, as Excel's VALUE would.
 */
import { readActual } from '../evaluate/actual';
import type { ActualInput } from '../evaluate/types';
import { localizedError } from '../i18n/messages';
import { formatNumber } from '../target/numbers';
import type { Unit } from '../target/types';
import { convert, sameBase } from '../target/units';
import type { Failure, ScoreError } from './types';

/** What a cell or a JSON field can hold. */
export type Input = ActualInput;

export type Read<T> = { ok: true; value: T } | Failure;

/** The input as it would be shown back to a person in a message. */
export function shown(value: Input): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * A plain number, or undefined: a number, or text of digits (`10`, `1,093.5`). Unlike a 完成值, a
 * weight or a score in words (`十`, `8分`) is refused, as Excel's VALUE refuses it.
 */
export function plainNumber(value: Input): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFKC').trim().replace(/,(?=\d{3}(?:\D|$))/g, '');
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

export function isBlank(value: Input): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A 分值: a positive number. Zero, a negative number, text or an empty cell is an error, never 0. */
export function readWeight(value: Input): Read<number> {
  const number = positiveWeight(value);
  return number === undefined ? { ok: false, error: weightError(value) } : { ok: true, value: number };
}

export function weightError(value: Input): ScoreError {
  return localizedError('WEIGHT_INVALID', -1, { found: shown(value) });
}

/** The rule of `readWeight` without a result object, for a path that reads 100,000 weights: undefined when invalid. */
export function positiveWeight(value: Input): number | undefined {
  const number = typeof value === 'number' ? value : plainNumber(value);
  return number !== undefined && number > 0 && number < Infinity ? number : undefined;
}

export interface Amount {
  value: number;
  unit?: Unit;
}

const AMOUNT_NAMES = {
  spent: { name: '执行数', nameEn: 'spend (执行数)' },
  budget: { name: '预算数', nameEn: 'budget (预算数)' },
} as const;

/** An amount of money: a number not below 0, with or without a money unit (`12万元`). */
export function readAmount(value: Input, which: keyof typeof AMOUNT_NAMES): Read<Amount> {
  const names = AMOUNT_NAMES[which];
  if (isBlank(value)) return { ok: false, error: localizedError('AMOUNT_EMPTY', -1, names) };
  const read = readActual(value);
  if (read.kind !== 'number' || (read.unit && read.unit.dimension !== 'money') || read.value < 0) {
    return { ok: false, error: localizedError('AMOUNT_INVALID', -1, { ...names, found: shown(value) }) };
  }
  return { ok: true, value: read.unit ? { value: read.value, unit: read.unit } : { value: read.value } };
}

/**
 * Spend and budget in one unit. Where only one of them states a unit, the other's is unknown:
 * DOMAIN.md §1 says never to guess it silently, so that is an error.
 */
export function sameUnitAmounts(spent: Amount, budget: Amount, written: { spent: Input; budget: Input }): Read<[number, number]> {
  if (!spent.unit && !budget.unit) return { ok: true, value: [spent.value, budget.value] };
  if (spent.unit && budget.unit && sameBase(spent.unit, budget.unit)) {
    return { ok: true, value: [convert(spent.value, spent.unit, budget.unit), budget.value] };
  }
  return {
    ok: false,
    error: localizedError('AMOUNT_UNIT_MISMATCH', -1, { spent: shown(written.spent), budget: shown(written.budget) }),
  };
}
