/**
 * The canonical text of a target: `≥60%`, `90%-95%`, `较上年提高5%`, `2025年12月底前`.
 * Parsing the canonical text gives the same data back (a property test holds this).
 */
import { formatPoint } from './deadline';
import { formatNumber } from './numbers';
import { OPERATOR_SYMBOL, OPERATOR_WORD_ZH } from './operators';
import type { CalendarPoint, Operator, Target, Unit } from './types';
import { canonicalUnitText } from './units';

export interface FormatOptions {
  /** Keep the unit as written (`百分比`) instead of its canonical form (`%`). */
  keepUnitText?: boolean;
}

const CHANGE_WORD = { increase: '提高', decrease: '下降' } as const;
const BASIS_WORD = { 'previous-year': '较上年', 'previous-period': '环比' } as const;
/** After a change verb an operator reads as a word: `较上年提高不超过5%`. */
const RELATIVE_OPERATOR: Record<Operator, string> = { ...OPERATOR_WORD_ZH, gte: '', gt: '超过' };

export function formatTarget(target: Target, options: FormatOptions = {}): string {
  const unitText = (unit: Unit): string => (options.keepUnitText ? unit.text : canonicalUnitText(unit));
  switch (target.kind) {
    case 'quantitative': {
      const subject = target.subject ?? '';
      const quantity = `${formatNumber(target.value)}${unitText(target.unit)}`;
      if (target.relative) {
        const basis = target.relative.basis ? BASIS_WORD[target.relative.basis] : '';
        return `${subject}${basis}${CHANGE_WORD[target.relative.direction]}${RELATIVE_OPERATOR[target.op]}${quantity}`;
      }
      return subject + (target.implicitOp ? quantity : `${OPERATOR_SYMBOL[target.op]}${quantity}`);
    }
    case 'range': {
      const separator = target.low >= 0 ? '-' : '~';
      const unit = unitText(target.unit);
      return `${target.subject ?? ''}${formatNumber(target.low)}${unit}${separator}${formatNumber(target.high)}${unit}`;
    }
    case 'deadline':
      if (target.period) return `${formatPoint(target.period.from)}-${formatPoint(target.period.to)}`;
      return target.date ? deadlineText(target.date) : target.text;
    case 'qualitative':
      return target.text;
  }
}

function deadlineText(point: CalendarPoint): string {
  return point.day === undefined ? `${formatPoint(point)}底前` : `${formatPoint(point)}前`;
}
