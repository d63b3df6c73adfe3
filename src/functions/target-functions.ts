/**
 * The rules behind PERF.EVAL, STATUS, RATE, PARSE, CHECK and FORMAT, over matrices of cells.
 * Each body only converts between cells and the core; the core holds every rule.
 */
import {
  evaluate,
  formatTarget,
  lintTarget,
  message,
  parseTargetCached,
  readPercentMode,
  type EvaluateResult,
  type ParseResult,
  type Target,
  type Verdict,
} from '../core';
import { formatNumber } from '../core/target/numbers';
import { OPERATOR_SYMBOL } from '../core/target/operators';
import { canonicalUnitText } from '../core/target/units';
import { formatPoint } from '../core/target/deadline';
import { ACTUAL, actualCell, cellError, isCellError, mapCells, scalar, type Arg, type CellError, type CellResult, type CellValue } from './cells';

const VERDICT_ZH: Record<Verdict, string> = { met: '达成', partial: '部分达成', 'not-met': '未达成' };

type Judge = (result: Extract<EvaluateResult, { ok: true }>) => CellResult;

function judgeCells(actual: Arg, target: Arg, percentMode: Arg, level2: Arg, judge: Judge): CellResult[][] {
  const modeCell = scalar(percentMode, { zh: '百分比读法', en: 'percent mode' });
  if (isCellError(modeCell)) return [[modeCell]];
  const mode = readPercentMode(modeCell);
  if (!mode) {
    const { message: zh, messageEn } = message('BAD_PERCENT_MODE', { found: String(modeCell) });
    return [[cellError('value', zh, messageEn)]];
  }
  // A column of actuals usually shares a few targets: parse each once for the whole call.
  const targets = new Map<string, ParseResult>();
  // The default mode goes without options, so the evaluator's fast path for numbers applies.
  const options = mode === 'auto' ? undefined : { percentMode: mode };
  return mapCells(
    [actual, target, level2],
    ([cell, t, l2]) => {
      const a = actualCell(cell);
      if (isCellError(a)) return a;
      const text = targetText(t);
      if (typeof text !== 'string') return text;
      const context = l2 === null || l2 === undefined ? '' : String(l2);
      const key = context === '' ? text : `${context}\u0000${text}`;
      let parsed = targets.get(key);
      if (!parsed) {
        parsed = parseTargetCached(text, { level2: context === '' ? undefined : context });
        targets.set(key, parsed);
      }
      if (!parsed.ok) return cellError('value', parsed.error.message, parsed.error.messageEn);
      const result = evaluate(a, parsed.target, options);
      if (!result.ok) {
        const kind = result.error.code === 'ACTUAL_EMPTY' ? 'na' : 'value';
        return cellError(kind, result.error.message, result.error.messageEn);
      }
      return judge(result);
    },
    { names: [ACTUAL] },
  );
}

/** A target cell as text; a number typed as a target (`60`) reads as a bare value. */
function targetText(cell: CellValue): string | CellError {
  if (cell === null || cell === undefined) {
    const { message: zh, messageEn } = message('EMPTY_TARGET');
    return cellError('value', zh, messageEn);
  }
  return typeof cell === 'number' ? formatNumber(cell) : String(cell);
}

export function evalCells(actual: Arg, target: Arg, percentMode?: Arg, level2?: Arg): CellResult[][] {
  return judgeCells(actual, target, percentMode, level2, (r) => r.evaluation.verdict === 'met');
}

export function statusCells(actual: Arg, target: Arg, percentMode?: Arg, level2?: Arg): CellResult[][] {
  return judgeCells(actual, target, percentMode, level2, (r) => VERDICT_ZH[r.evaluation.verdict]);
}

export function rateCells(actual: Arg, target: Arg, percentMode?: Arg, level2?: Arg): CellResult[][] {
  return judgeCells(actual, target, percentMode, level2, (r) => {
    if (r.target.kind === 'qualitative' || r.target.kind === 'deadline') {
      const m = message('NOT_QUANTITATIVE');
      return cellError('na', m.message, m.messageEn);
    }
    if (r.evaluation.rate === undefined) {
      const m = message('RATE_UNDEFINED');
      return cellError('div0', m.message, m.messageEn);
    }
    return r.evaluation.rate;
  });
}

function parsedCells<R>(target: Arg, level2: Arg, fn: (t: Target) => R, tail?: R): Array<Array<R | CellError>> {
  return mapCells<R>([target, level2], ([t, l2]) => {
    const text = targetText(t);
    if (typeof text !== 'string') return text;
    const parsed = parseTargetCached(text, { level2: l2 === null ? undefined : String(l2) });
    if (!parsed.ok) return cellError('value', parsed.error.message, parsed.error.messageEn);
    return fn(parsed.target);
  }, { tail });
}

const KIND_ZH: Record<Target['kind'], string> = { quantitative: '定量', range: '区间', deadline: '时限', qualitative: '定性' };

/** One row of five cells per target: kind, operator, value (or low), high, unit. */
export function parseCells(target: Arg, level2?: Arg): CellResult[][] {
  return parsedCells(target, level2, parseRow, ['', '', '', '', '']).map((row) =>
    row.flatMap((cell): CellResult[] => (isCellError(cell) ? [cell, '', '', '', ''] : cell)),
  );
}

function parseRow(target: Target): CellResult[] {
  const kind = KIND_ZH[target.kind];
  switch (target.kind) {
    case 'quantitative':
      return [kind, OPERATOR_SYMBOL[target.op], target.value, '', canonicalUnitText(target.unit)];
    case 'range':
      return [kind, '', target.low, target.high, canonicalUnitText(target.unit)];
    case 'deadline': {
      const point = target.period?.to ?? target.date;
      return [kind, '≤', point ? formatPoint(point) : '', '', ''];
    }
    case 'qualitative':
      return [kind, '', target.grade ?? target.condition ?? target.text, '', ''];
  }
}

/** Empty text when the target is well written, else its first problem. */
export function checkCells(target: Arg, level2?: Arg, level3?: Arg): CellResult[][] {
  return mapCells([target, level2, level3], ([t, l2, l3]) => {
    const text = t === null ? '' : typeof t === 'number' ? formatNumber(t) : String(t);
    const findings = lintTarget(text, {
      level2: l2 === null ? undefined : String(l2),
      level3: l3 === null ? undefined : String(l3),
    });
    return findings[0]?.message ?? '';
  });
}

export function formatCells(target: Arg, level2?: Arg): CellResult[][] {
  return parsedCells(target, level2, (t) => formatTarget(t));
}
