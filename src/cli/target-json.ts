/**
 * The public JSON shape of a parsed target (`perftable parse`). Keep its fields; add, never rename.
 */
import { formatTarget, type ParseResult, type Target, type Unit } from '../core';

function unitJson(unit: Unit): Record<string, unknown> {
  const json: Record<string, unknown> = { text: unit.text, dimension: unit.dimension };
  if (unit.points) json.points = true;
  return json;
}

export function targetJson(target: Target): Record<string, unknown> {
  switch (target.kind) {
    case 'quantitative': {
      const json: Record<string, unknown> = {
        kind: 'quantitative',
        op: target.op,
        value: target.value,
        unit: unitJson(target.unit),
        implicitOp: target.implicitOp,
      };
      if (target.relative) {
        json.direction = target.relative.direction;
        if (target.relative.basis) json.basis = target.relative.basis;
      }
      if (target.subject) json.subject = target.subject;
      return json;
    }
    case 'range': {
      const json: Record<string, unknown> = { kind: 'range', low: target.low, high: target.high, unit: unitJson(target.unit) };
      if (target.subject) json.subject = target.subject;
      return json;
    }
    case 'deadline':
      return target.period ? { kind: 'deadline', period: target.period } : { kind: 'deadline', date: target.date };
    case 'qualitative': {
      const json: Record<string, unknown> = { kind: 'qualitative' };
      if (target.grade) json.grade = target.grade;
      if (target.condition) json.condition = target.condition;
      if (target.conditionTarget) json.conditionTarget = targetJson(target.conditionTarget);
      if (target.polarity) json.polarity = target.polarity;
      return json;
    }
  }
}

export function parseResultJson(text: string, result: ParseResult): Record<string, unknown> {
  if (!result.ok) return { text, ok: false, error: result.error };
  return { text, ok: true, ...targetJson(result.target), canonical: formatTarget(result.target) };
}
