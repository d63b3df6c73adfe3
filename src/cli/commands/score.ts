/**
 * `perftable score`: JSON lines `{"actual","target","weight","level1"?,"level2"?,"profile"?,"percentMode"?}`
 * in, `{"ok":true,"score":8,"verdict":"met",…}` or `{"ok":false,"error":{…}}` out; or
 * `perftable score ACTUAL TARGET WEIGHT` for one. A row whose level1 is 预算执行率 is the budget row:
 * its target is the budget and its actual the spend (DOMAIN.md §5).
 */
import { actualFromInput, type ActualInput } from '../../core';
import { normalizeName } from '../../core/target/normalize';
import { executionScore, scoreIndicator, type ExecutionScoreResult, type ScoreResult } from '../../core/score';
import { badLine, forEachLine, isReason, parseJsonObject, writeJson, type CommandIO } from '../io';

export interface ScoreCommandOptions {
  profile?: string;
  percentMode?: string;
  level2?: string;
}

/** 一级 names of the budget row, normalised (no 指标, no ★). */
const EXECUTION_ROWS = new Set(['预算执行率', '预算执行情况', '资金执行率']);

export function isExecutionRow(level1: unknown): boolean {
  return typeof level1 === 'string' && EXECUTION_ROWS.has(normalizeName(level1));
}

export function scoreJson(result: ScoreResult): Record<string, unknown> {
  if (!result.ok) return { ok: false, error: result.error };
  const { score, verdict, rule, weight, band, reasonExpected, evaluation } = result.score;
  const json: Record<string, unknown> = { ok: true, score, verdict, rule, weight };
  if (evaluation.rate !== undefined) json.rate = evaluation.rate;
  if (band) json.band = { low: band.low * weight, high: band.high * weight, highInclusive: band.highInclusive };
  json.reasonExpected = reasonExpected;
  return json;
}

export function executionJson(result: ExecutionScoreResult): Record<string, unknown> {
  if (!result.ok) return { ok: false, error: result.error };
  const { score, rate, weight, reasonExpected } = result.score;
  // The full score needs the whole budget spent: that is the row's "met".
  return { ok: true, score, verdict: rate >= 1 ? 'met' : 'not-met', rule: 'execution', weight, rate, reasonExpected };
}

const SCALAR_TYPES = ['number', 'string', 'boolean'];

function scoreJsonLine(line: string, options: ScoreCommandOptions): Record<string, unknown> {
  const json = parseJsonObject(line);
  if (isReason(json)) return badLine(line, json);
  const { actual, target, weight } = json;
  if (actual !== undefined && actual !== null && !SCALAR_TYPES.includes(typeof actual)) {
    return badLine(line, { zh: 'actual 须为数值、文本或布尔值', en: '"actual" must be a number, text or boolean' });
  }
  if (weight !== undefined && weight !== null && typeof weight !== 'number' && typeof weight !== 'string') {
    return badLine(line, { zh: 'weight 须为数值', en: '"weight" must be a number' });
  }
  const profile = typeof json.profile === 'string' ? json.profile : options.profile;
  if (isExecutionRow(json.level1)) {
    if (target !== undefined && target !== null && typeof target !== 'number' && typeof target !== 'string') {
      return badLine(line, { zh: '预算执行率行的 target 为预算数', en: '"target" of a 预算执行率 row is the budget' });
    }
    return executionJson(executionScore(actual as ActualInput, target as ActualInput, weight as ActualInput, { profile }));
  }
  if (typeof target !== 'string' && typeof target !== 'number') return badLine(line, { zh: '缺少 target', en: '"target" is missing' });
  const percentMode = json.percentMode === undefined || json.percentMode === null ? options.percentMode : String(json.percentMode);
  const level2 = typeof json.level2 === 'string' ? json.level2 : options.level2;
  return scoreJson(scoreIndicator(actual as ActualInput, String(target), weight as ActualInput, { profile, percentMode, level2 }));
}

export async function scoreCommand(io: CommandIO, args: string[], options: ScoreCommandOptions): Promise<number> {
  if (args.length >= 3) {
    const [actual = '', target = '', weight = ''] = args;
    const result = scoreIndicator(actualFromInput(actual), target, actualFromInput(weight), options);
    writeJson(io.stdout, scoreJson(result));
    return result.ok ? 0 : 1;
  }
  await forEachLine(io.stdin, (line) => writeJson(io.stdout, scoreJsonLine(line, options)));
  return 0;
}
