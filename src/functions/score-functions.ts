/**
 * The rules behind PERF.SCORE, SCORECHECK, EXECRATE, EXECSCORE, TOTAL, GRADE, PLANNED, LIGHT,
 * EXECLIGHT and WORSTLIGHT, over matrices of cells. Each body converts between cells and
 * core/score; the core holds every rule. Nothing here touches the Excel runtime (functions.ts and
 * excel.ts do), so that the benchmark can call these in node.
 */
import {
  checkScore,
  executionLight,
  executionRate,
  executionScore,
  gradeOf,
  LIGHT_ZH,
  plannedPercent,
  readLight,
  readMonth,
  readSpendPlan,
  resolveProfile,
  totalScore,
  worstLight,
  type Light,
  type ScoreError,
  type ScoreProfile,
  type SpendPlan,
} from '../core/score';
import { message, readPercentMode, type EvaluateOptions, type EvaluateResult, type PercentMode, type Target } from '../core';
// The per-row path imports its functions from their modules, not through the index's re-exports.
import { evaluate } from '../core/evaluate/evaluate';
import { scoreValue } from '../core/score/indicator';
import { lightValue } from '../core/score/monitor';
import { positiveWeight, weightError } from '../core/score/values';
import { parseTargetCached } from '../core/target/cache';
import { formatNumber } from '../core/target/numbers';
import { ACTUAL, actualCell, cellError, isCellError, mapCells, scalar, type Arg, type CellError, type CellResult, type CellValue } from './cells';

/** "Not entered yet" shows as #N/A, as an empty actual does in PERF.EVAL; every other problem is #VALUE!. */
const NOT_AVAILABLE = new Set<string>(['ACTUAL_EMPTY', 'SCORE_EMPTY', 'AMOUNT_EMPTY', 'MONTH_EMPTY']);

function errorCell(error: ScoreError): CellError {
  return cellError(NOT_AVAILABLE.has(error.code) ? 'na' : 'value', error.message, error.messageEn);
}

const PROFILE = { zh: '评分方案', en: 'profile' };
const PERCENT_MODE = { zh: '百分比读法', en: 'percent mode' };

/** The profile argument, read once per call: an unknown name is one #VALUE! listing the known names. */
function profileArg(arg: Arg): ScoreProfile | CellError {
  const name = scalar(arg, PROFILE);
  if (isCellError(name)) return name;
  const result = resolveProfile(name === null || name === undefined ? null : String(name));
  return result.ok ? result.profile : errorCell(result.error);
}

function percentModeArg(arg: Arg): PercentMode | CellError {
  const cell = scalar(arg, PERCENT_MODE);
  if (isCellError(cell)) return cell;
  const mode = readPercentMode(cell);
  if (mode) return mode;
  const m = message('BAD_PERCENT_MODE', { found: String(cell) });
  return cellError('value', m.message, m.messageEn);
}

const text = (cell: CellValue): string | undefined => (cell === null || cell === undefined ? undefined : String(cell));

interface ReadTarget {
  target: Target;
  /** Identifies the parsed target within one call, for the evaluation memo. */
  key: string;
}

/**
 * Parsed targets of one call by text: a column of 100,000 rows against a handful of 指标值 parses
 * each once, without building the shared cache's key for every row.
 */
function targetReader(): (cell: CellValue, level2: CellValue) => ReadTarget | CellError {
  const local = new Map<string, ReadTarget | CellError>();
  return (cell, level2) => {
    if (cell === null || cell === undefined) {
      const m = message('EMPTY_TARGET');
      return cellError('value', m.message, m.messageEn);
    }
    // A number typed as a target (`60`) reads as a bare value, as in PERF.EVAL.
    const written = typeof cell === 'number' ? formatNumber(cell) : String(cell);
    const l2 = text(level2);
    const key = l2 === undefined ? written : `${l2}\u0000${written}`;
    let hit = local.get(key);
    if (hit === undefined) {
      const parsed = parseTargetCached(written, { level2: l2 });
      hit = parsed.ok ? { target: parsed.target, key } : cellError('value', parsed.error.message, parsed.error.messageEn);
      local.set(key, hit);
    }
    return hit;
  };
}

const MEMO_LIMIT = 50_000;

/**
 * `evaluate` for one call, remembering text actuals per target: reading `达成` or `12万元` parses
 * text, and a column repeats the same few words. Numbers are read fast and are not remembered.
 */
function evaluator(mode: PercentMode): (actual: CellValue, target: ReadTarget) => EvaluateResult {
  const memo = new Map<string, EvaluateResult>();
  const options: EvaluateOptions = { percentMode: mode };
  return (actual, target) => {
    if (typeof actual !== 'string') return evaluate(actual, target.target, options);
    const key = `${target.key}\u0001${actual}`;
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = evaluate(actual, target.target, options);
      if (memo.size < MEMO_LIMIT) memo.set(key, hit);
    }
    return hit;
  };
}

// ---------------------------------------------------------------------------------------------
// 绩效自评: scores, totals, grades

/** PERF.SCORE: the rule's score of each actual against its target and weight. */
export function scoreCells(actual: Arg, target: Arg, weight: Arg, profile?: Arg, percentMode?: Arg, level2?: Arg): CellResult[][] {
  const p = profileArg(profile);
  if (isCellError(p)) return [[p]];
  const mode = percentModeArg(percentMode);
  if (isCellError(mode)) return [[mode]];
  const readTarget = targetReader();
  const judge = evaluator(mode);
  // An omitted level2 is left out of the broadcast rather than stretched over every row.
  const args = level2 === undefined || level2 === null ? [actual, target, weight] : [actual, target, weight, level2];
  return mapCells(
    args,
    (cells) => {
      const actualValue = actualCell(cells[0]);
      if (isCellError(actualValue)) return actualValue;
      const parsed = readTarget(cells[1], cells.length > 3 ? cells[3] : null);
      if (isCellError(parsed)) return parsed;
      const w = positiveWeight(cells[2]);
      if (w === undefined) return errorCell(weightError(cells[2]));
      const result = judge(actualValue, parsed);
      if (!result.ok) return errorCell(result.error);
      return scoreValue(result.evaluation, result.target, w, p);
    },
    { names: [ACTUAL] },
  );
}

/** PERF.SCORECHECK: empty text when an entered score is allowed, else the reason (Chinese). */
export function scoreCheckCells(
  score: Arg,
  actual: Arg,
  target: Arg,
  weight: Arg,
  profile?: Arg,
  percentMode?: Arg,
  level2?: Arg,
): CellResult[][] {
  const p = profileArg(profile);
  if (isCellError(p)) return [[p]];
  const mode = percentModeArg(percentMode);
  if (isCellError(mode)) return [[mode]];
  const readTarget = targetReader();
  return mapCells(
    [score, actual, target, weight, level2],
    ([s, a, t, w, l2]) => {
      const actualValue = actualCell(a);
      if (isCellError(actualValue)) return actualValue;
      const parsed = readTarget(t, l2);
      if (isCellError(parsed)) return parsed;
      const result = checkScore(s, actualValue, parsed.target, w, { profile: p, percentMode: mode });
      if (!result.ok) return errorCell(result.error);
      return result.check.reason?.message ?? '';
    },
    { names: [undefined, ACTUAL] },
  );
}

/** PERF.EXECRATE: 执行数 / 预算数. */
export function execRateCells(spent: Arg, budget: Arg): CellResult[][] {
  return mapCells([spent, budget], ([s, b]) => {
    const rate = executionRate(s, b);
    return rate.ok ? rate.value : errorCell(rate.error);
  });
}

/** PERF.EXECSCORE: min(执行率, 1) × weight; a blank weight is the profile's (10). */
export function execScoreCells(spent: Arg, budget: Arg, weight?: Arg, profile?: Arg): CellResult[][] {
  const p = profileArg(profile);
  if (isCellError(p)) return [[p]];
  return mapCells([spent, budget, weight], ([s, b, w]) => {
    const result = executionScore(s, b, w, { profile: p });
    return result.ok ? result.score.score : errorCell(result.error);
  });
}

/** A range's cells in reading order, through the gate (an error cell stops the total); undefined when omitted. */
function flatten(arg: Arg): CellValue[] | CellError | undefined {
  if (arg === undefined || arg === null) return undefined;
  const cells: CellValue[] = [];
  for (const row of mapCells<CellValue>([arg], ([v]) => v, { tail: null })) {
    for (const cell of row) {
      if (isCellError(cell)) return cell;
      cells.push(cell);
    }
  }
  // One blank cell stands for an omitted argument (a formula such as =PERF.TOTAL(H5:H20,,J5:J20)).
  return cells.length === 1 && (cells[0] === null || cells[0] === undefined) ? undefined : cells;
}

/** PERF.TOTAL: one number, rescaled to 100 where rows are marked not applicable. */
export function totalCells(scores: Arg, weights?: Arg, applicable?: Arg, profile?: Arg): CellResult[][] {
  const p = profileArg(profile);
  if (isCellError(p)) return [[p]];
  const s = flatten(scores) ?? [null];
  const w = flatten(weights);
  const a = flatten(applicable);
  for (const part of [s, w, a]) if (isCellError(part)) return [[part]];
  const result = totalScore(s as CellValue[], w as CellValue[] | undefined, a as CellValue[] | undefined, { profile: p });
  return [[result.ok ? result.total.total : errorCell(result.error)]];
}

/** PERF.GRADE: 优 / 良 / 中 / 差. */
export function gradeCells(total: Arg, profile?: Arg): CellResult[][] {
  const p = profileArg(profile);
  if (isCellError(p)) return [[p]];
  return mapCells([total], ([t]) => {
    const result = gradeOf(t, { profile: p });
    return result.ok ? result.grade : errorCell(result.error);
  });
}

// ---------------------------------------------------------------------------------------------
// 绩效运行监控: planned %, lights

/** Spend plans from cells: one shared plan (a single row or column), or one plan per row of a block. */
type Plans = { shared: true; plan: SpendPlan | CellError } | { shared: false; plans: Array<SpendPlan | CellError> };

function gateMatrix(arg: Arg): Array<Array<CellValue | CellError>> {
  return mapCells<CellValue>([arg], ([v]) => v, { tail: null });
}

function readPlans(plan: Arg, months: Arg): Plans {
  const planRows = gateMatrix(plan);
  const monthRows = months === undefined || months === null ? undefined : gateMatrix(months);
  const oneDimensional = (m: unknown[][]): boolean => m.length === 1 || m.every((row) => row.length === 1);
  const monthsFor = (r: number): Array<CellValue | CellError> | undefined => {
    if (!monthRows) return undefined;
    if (oneDimensional(monthRows)) return monthRows.flat();
    return monthRows[r];
  };
  const build = (values: Array<CellValue | CellError>, monthCells: Array<CellValue | CellError> | undefined): SpendPlan | CellError => {
    // Not `[...values, ...monthCells]`: a plan can be a whole column.
    const bad = values.find(isCellError) ?? monthCells?.find(isCellError);
    if (bad) return bad;
    const monthList = monthCells && monthCells.every((c) => c === null) ? undefined : (monthCells as CellValue[] | undefined);
    const result = readSpendPlan(values as CellValue[], monthList);
    return result.ok ? result.plan : errorCell(result.error);
  };
  if (oneDimensional(planRows)) return { shared: true, plan: build(planRows.flat(), monthsFor(0)) };
  return { shared: false, plans: planRows.map((row, r) => build(row, monthsFor(r))) };
}

/** A column [[0], [1], …] that broadcasts a per-row plan's index along the other arguments. */
function indexColumn(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => [i]);
}

function planAt(plans: Plans, index: CellValue): SpendPlan | CellError {
  if (plans.shared) return plans.plan;
  return plans.plans[typeof index === 'number' ? index : 0] as SpendPlan | CellError;
}

/** Months of one call, read once each: a column is usually coloured for one month. */
function monthReader(): (cell: CellValue) => number | CellError {
  const read = new Map<CellValue, number | CellError>();
  return (cell) => {
    let hit = read.get(cell);
    if (hit === undefined) {
      const month = readMonth(cell);
      hit = month.ok ? month.value : errorCell(month.error);
      read.set(cell, hit);
    }
    return hit;
  };
}

/** PERF.PLANNED: the planned cumulative share (0–1) at the end of each month. */
export function plannedCells(month: Arg, plan: Arg, months?: Arg): CellResult[][] {
  const plans = readPlans(plan, months);
  const index = plans.shared ? null : indexColumn(plans.plans.length);
  const monthCell = monthReader();
  return mapCells([month, index], ([m, i]) => {
    const p = planAt(plans, i);
    if (isCellError(p)) return p;
    const x = monthCell(m);
    if (isCellError(x)) return x;
    return plannedPercent(p, x) / 100;
  });
}

/** PERF.LIGHT: 红 / 黄 / 绿 / 蓝 for an indicator's progress at the end of a month. */
export function lightCells(actual: Arg, target: Arg, month: Arg, profile?: Arg, level2?: Arg): CellResult[][] {
  const p = profileArg(profile);
  if (isCellError(p)) return [[p]];
  const readTarget = targetReader();
  const judge = evaluator('auto');
  const monthCell = monthReader();
  const args = level2 === undefined || level2 === null ? [actual, target, month] : [actual, target, month, level2];
  return mapCells(
    args,
    (cells) => {
      const actualValue = actualCell(cells[0]);
      if (isCellError(actualValue)) return actualValue;
      const l2 = cells.length > 3 ? cells[3] : null;
      const parsed = readTarget(cells[1], l2);
      if (isCellError(parsed)) return parsed;
      const x = monthCell(cells[2]);
      if (isCellError(x)) return x;
      const result = judge(actualValue, parsed);
      if (!result.ok) return errorCell(result.error);
      return LIGHT_ZH[lightValue(result.evaluation, result.target, x, p, text(l2))];
    },
    { names: [ACTUAL] },
  );
}

/**
 * PERF.EXECLIGHT: 红 / 黄 / 绿 against time progress; with a spend plan, each row spills two cells,
 * [time-progress light, spend-plan light], so that neither hides the other.
 */
export function execLightCells(spent: Arg, budget: Arg, month: Arg, plan?: Arg, months?: Arg, profile?: Arg): CellResult[][] {
  const p = profileArg(profile);
  if (isCellError(p)) return [[p]];
  const planGiven = flatten(plan) !== undefined;
  const monthCell = monthReader();
  if (!planGiven) {
    return mapCells([spent, budget, month], ([s, b, m]) => {
      const x = monthCell(m);
      if (isCellError(x)) return x;
      const result = executionLight(s, b, x, null, { profile: p });
      return result.ok ? LIGHT_ZH[result.light.light] : errorCell(result.error);
    });
  }
  const plans = readPlans(plan, months);
  const index = plans.shared ? null : indexColumn(plans.plans.length);
  const pairs = mapCells<CellResult[]>([spent, budget, month, index], ([s, b, m, i]) => {
    const planned = planAt(plans, i);
    if (isCellError(planned)) return planned;
    const x = monthCell(m);
    if (isCellError(x)) return x;
    const result = executionLight(s, b, x, planned, { profile: p });
    if (!result.ok) return errorCell(result.error);
    const { light, planLight } = result.light;
    return [LIGHT_ZH[light], planLight ? LIGHT_ZH[planLight] : ''];
  }, { tail: ['', ''] });
  return pairs.map((row) => row.flatMap((cell): CellResult[] => (isCellError(cell) ? [cell, cell] : cell)));
}

/** PERF.WORSTLIGHT: a project's colour, the worst of its indicators' (红 > 黄 > 绿 > 蓝); blank cells are skipped. */
export function worstLightCells(lights: Arg): CellResult[][] {
  const cells = flatten(lights) ?? [];
  if (isCellError(cells)) return [[cells]];
  const read: Light[] = [];
  for (const cell of cells) {
    const light = readLight(cell);
    if (!light.ok) return [[errorCell(light.error)]];
    if (light.value) read.push(light.value);
  }
  const worst = worstLight(read);
  return [[worst ? LIGHT_ZH[worst] : '']];
}
