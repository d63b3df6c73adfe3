/**
 * `perftable monitor`: 绩效运行监控 as JSON lines. A line holds a month and either an indicator
 * `{"month":7,"actual":…,"target":…,"level2"?,"profile"?,"percentMode"?}` or a budget
 * `{"month":7,"spent":…,"budget":…,"plan"?:[25,50,75,100] or {"3":25,…},"months"?:[3,6,10,12]}`;
 * the reply is the colour and every figure behind it.
 */
import type { ActualInput } from '../../core';
import {
  executionLight,
  indicatorLight,
  LIGHT_ZH,
  readMonth,
  readSpendPlan,
  type ScoreInput,
  type SpendPlan,
} from '../../core/score';
import { badLine, forEachLine, isReason, parseJsonObject, writeJson, type CommandIO, type Reason } from '../io';

export interface MonitorCommandOptions {
  profile?: string;
  percentMode?: string;
  /** The month for lines that give none. */
  month?: string;
}

const SCALAR_TYPES = ['number', 'string', 'boolean'];

function isScalar(value: unknown): value is ScoreInput {
  return value === undefined || value === null || SCALAR_TYPES.includes(typeof value);
}

/** A plan as an array (with optional months) or as an object of month → percent. */
function planOf(plan: unknown, months: unknown): { values: ScoreInput[]; months?: ScoreInput[] } | Reason {
  if (Array.isArray(plan)) {
    if (!plan.every(isScalar)) return { zh: 'plan 须为百分比数组', en: '"plan" must be an array of percentages' };
    if (months === undefined || months === null) return { values: plan };
    if (!Array.isArray(months) || !months.every(isScalar)) return { zh: 'months 须为月份数组', en: '"months" must be an array of months' };
    return { values: plan, months };
  }
  if (typeof plan === 'object' && plan !== null) {
    const entries = Object.entries(plan as Record<string, unknown>);
    if (!entries.every(([, v]) => isScalar(v))) return { zh: 'plan 的值须为百分比', en: 'the values of "plan" must be percentages' };
    // Object keys that look like integers come out in numeric order, which is the plan's order.
    return { values: entries.map(([, v]) => v as ScoreInput), months: entries.map(([k]) => k) };
  }
  return { zh: 'plan 须为数组或对象', en: '"plan" must be an array or an object' };
}

function monitorJsonLine(line: string, options: MonitorCommandOptions): Record<string, unknown> {
  const json = parseJsonObject(line);
  if (isReason(json)) return badLine(line, json);
  const monthInput = json.month ?? options.month;
  if (!isScalar(monthInput)) return badLine(line, { zh: 'month 须为月份', en: '"month" must be a month' });
  const month = readMonth(monthInput);
  if (!month.ok) return { ok: false, error: month.error };
  const profile = typeof json.profile === 'string' ? json.profile : options.profile;

  if ('spent' in json || 'budget' in json) {
    if (!isScalar(json.spent) || !isScalar(json.budget)) return badLine(line, { zh: 'spent、budget 须为数值', en: '"spent" and "budget" must be numbers' });
    let plan: SpendPlan | null = null;
    if (json.plan !== undefined && json.plan !== null) {
      const given = planOf(json.plan, json.months);
      if (isReason(given)) return badLine(line, given);
      const read = readSpendPlan(given.values, given.months);
      if (!read.ok) return { ok: false, error: read.error };
      plan = read.plan;
    }
    const result = executionLight(json.spent, json.budget, month.value, plan, { profile });
    if (!result.ok) return { ok: false, error: result.error };
    const figures = result.light;
    const out: Record<string, unknown> = {
      ok: true,
      kind: 'budget',
      month: figures.month,
      rate: figures.rate,
      timeProgress: figures.timeProgress,
      v: figures.v,
      light: figures.light,
      lightZh: LIGHT_ZH[figures.light],
    };
    if (figures.planned !== undefined) {
      out.planned = figures.planned;
      out.gapPoints = figures.gapPoints;
      if (figures.planV !== undefined) out.planV = figures.planV;
      if (figures.planLight) {
        out.planLight = figures.planLight;
        out.planLightZh = LIGHT_ZH[figures.planLight];
      }
    }
    return out;
  }

  if (typeof json.target !== 'string' && typeof json.target !== 'number') return badLine(line, { zh: '缺少 target', en: '"target" is missing' });
  if (!isScalar(json.actual)) return badLine(line, { zh: 'actual 须为数值、文本或布尔值', en: '"actual" must be a number, text or boolean' });
  const percentMode = json.percentMode === undefined || json.percentMode === null ? options.percentMode : String(json.percentMode);
  const level2 = typeof json.level2 === 'string' ? json.level2 : undefined;
  const result = indicatorLight(json.actual as ActualInput, String(json.target), month.value, { profile, percentMode, level2 });
  if (!result.ok) return { ok: false, error: result.error };
  const { light, basis, verdict, timeProgress, expected, v, dueMonth } = result.light;
  const out: Record<string, unknown> = { ok: true, kind: 'indicator', month: month.value, light, lightZh: LIGHT_ZH[light], basis, verdict, timeProgress };
  if (expected !== undefined) out.expected = expected;
  if (v !== undefined) out.v = v;
  if (dueMonth !== undefined) out.dueMonth = dueMonth;
  return out;
}

export async function monitorCommand(io: CommandIO, options: MonitorCommandOptions): Promise<number> {
  await forEachLine(io.stdin, (line) => writeJson(io.stdout, monitorJsonLine(line, options)));
  return 0;
}
