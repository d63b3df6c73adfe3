/**
 * `perftable eval`: JSON lines `{"actual","target","level2"?,"percentMode"?}` in, verdicts out;
 * or `perftable eval ACTUAL TARGET` for one.
 */
import { actualFromInput, evaluate, type ActualInput, type EvaluateResult } from '../../core';
import { badLine, forEachLine, isReason, parseJsonObject, writeJson, type CommandIO } from '../io';

export function evaluationJson(result: EvaluateResult): Record<string, unknown> {
  if (!result.ok) return { ok: false, error: result.error };
  const { verdict, rate, actualValue, percentReading, deviation } = result.evaluation;
  const json: Record<string, unknown> = { ok: true, verdict };
  if (rate !== undefined) json.rate = rate;
  if (actualValue !== undefined) json.actualValue = actualValue;
  if (percentReading) json.percentReading = percentReading;
  if (deviation) json.deviation = deviation;
  return json;
}

function evaluateJsonLine(line: string): Record<string, unknown> {
  const json = parseJsonObject(line);
  if (isReason(json)) return badLine(line, json);
  if (typeof json.target !== 'string' && typeof json.target !== 'number') return badLine(line, { zh: '缺少 target', en: '"target" is missing' });
  const actual = json.actual;
  if (actual !== undefined && actual !== null && !['number', 'string', 'boolean'].includes(typeof actual)) {
    return badLine(line, { zh: 'actual 须为数值、文本或布尔值', en: '"actual" must be a number, text or boolean' });
  }
  const percentMode = json.percentMode === undefined || json.percentMode === null ? undefined : String(json.percentMode);
  const level2 = typeof json.level2 === 'string' ? json.level2 : undefined;
  return evaluationJson(evaluate(actual as ActualInput, String(json.target), { percentMode, level2 }));
}

export async function evalCommand(io: CommandIO, args: string[], options: { level2?: string; percentMode?: string }): Promise<number> {
  if (args.length >= 2) {
    const [actual = '', target = ''] = args;
    const result = evaluate(actualFromInput(actual), target, options);
    writeJson(io.stdout, evaluationJson(result));
    return result.ok ? 0 : 1;
  }
  await forEachLine(io.stdin, (line) => writeJson(io.stdout, evaluateJsonLine(line)));
  return 0;
}
