/**
 * One indicator row compiled to portable formulas: the 折算值 and 判定 helper cells, 是否达成, 得分
 * (self-evaluation) and 监控灯 (monitoring), from the 指标值 as the core parses it. A row the
 * compiler cannot express says why, and its sheet keeps the PERF formula (an honest fallback).
 */
import { parseTargetCached } from '../target/cache';
import { formatTarget } from '../target/format';
import type { Target } from '../target/types';
import type { ScoreProfile } from '../score/profiles';
import { MET } from './excel';
import { lightFormula } from './light';
import { numberFormula, readingFormula, Unsupported } from './reading';
import { scoreFormula } from './score';
import { verdictFormula } from './verdict';
import type { WordTable } from './words';

/** Why a row keeps its PERF formula. */
export type FallbackReason = 'TARGET_UNREADABLE' | 'PERCENT_SCALE' | 'FORMULA_TOO_LONG';

/** Longest formula written: a colleague must be able to read it (and old readers stop at 8,192). */
export const MAX_FORMULA_LENGTH = 1000;

/** The cells of one row the formulas refer to. */
export interface RowCells {
  /** The value judged: 实际完成值 (self-evaluation, monitoring light) or 全年预计完成值 (monitoring 预计是否达成). */
  actual: string;
  /** The 数值 helper cell of this value (its plain number). */
  number: string;
  /** The 折算值 helper cell of this value. */
  reading: string;
  /** The 判定 helper cell of this value. */
  verdict: string;
  /** The 分值 cell (self-evaluation). */
  weight?: string;
}

export interface RowInput {
  /** The 指标值 as written. */
  target: string;
  level2?: string;
  profile: ScoreProfile;
  /** Monitoring month X (1–12). */
  month?: number;
  words: WordTable;
  cells: RowCells;
}

export interface CompiledRow {
  number: string;
  reading: string;
  verdict: string;
  /** 是否达成: TRUE/FALSE as PERF.EVAL shows it. */
  met: string;
  score?: string;
  light?: string;
  /** The 指标值 the constants come from, in canonical form: the checker compares it with the cell later. */
  compiledFrom: string;
}

export type RowCompilation = { ok: true; row: CompiledRow } | { ok: false; reason: FallbackReason; compiledFrom: string };

/** The canonical text a row was compiled from (formatTarget of the parsed 指标值); the text itself when it does not parse. */
export function canonicalTarget(text: string, level2?: string): string {
  const parsed = parseTargetCached(text, level2 !== undefined ? { level2 } : {});
  return parsed.ok ? formatTarget(parsed.target) : text.trim();
}

export function compileRow(input: RowInput): RowCompilation {
  const parsed = parseTargetCached(input.target, input.level2 !== undefined ? { level2: input.level2 } : {});
  if (!parsed.ok) return { ok: false, reason: 'TARGET_UNREADABLE', compiledFrom: input.target.trim() };
  const target: Target = parsed.target;
  const compiledFrom = formatTarget(target);
  const { actual: x, number: raw, reading: n, verdict: v, weight: w } = input.cells;
  const reading = readingFormula(x, raw, target, input.words);
  if (reading instanceof Unsupported) return { ok: false, reason: reading.reason, compiledFrom };
  const row: CompiledRow = {
    number: numberFormula(x),
    reading,
    verdict: verdictFormula(x, n, target, input.words),
    met: `=IF(${x}="","",${v}=${MET})`,
    compiledFrom,
  };
  if (w !== undefined) row.score = scoreFormula(x, w, n, v, target, input.profile);
  if (input.month !== undefined) row.light = lightFormula(x, n, v, target, input.month, input.profile, input.level2);
  const formulas = [row.number, row.reading, row.verdict, row.met, row.score, row.light].filter((f): f is string => f !== undefined);
  if (formulas.some((f) => f.length > MAX_FORMULA_LENGTH)) return { ok: false, reason: 'FORMULA_TOO_LONG', compiledFrom };
  return { ok: true, row };
}
