/**
 * The values the helper cells show for an entered 完成值, from the core (the same code PERF runs),
 * so that a portable sheet carries its results cached as a PERF sheet does.
 */
import { evaluate } from '../evaluate/evaluate';
import type { ActualInput } from '../evaluate/types';
import { VERDICT_ZH } from '../score/indicator';
import { parseTargetCached } from '../target/cache';

export interface HelperValues {
  /** 数值 */
  number: number | string;
  /** 折算值: null where the core reports an error (the formula shows #N/A). */
  reading: number | string | null;
  /** 判定 */
  verdict: string | null;
}

function plainNumber(actual: ActualInput): number | '' {
  if (typeof actual === 'number') return Number.isFinite(actual) ? actual : '';
  if (typeof actual !== 'string' || actual.includes('%')) return '';
  const text = actual.trim();
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : '';
}

export function helperValues(actual: ActualInput, targetText: string, level2?: string): HelperValues {
  if (actual === null || actual === undefined || (typeof actual === 'string' && actual.trim() === '')) return { number: '', reading: '', verdict: '' };
  const number = typeof actual === 'boolean' ? '' : plainNumber(actual);
  const parsed = parseTargetCached(targetText, level2 !== undefined ? { level2 } : {});
  const result = evaluate(actual, targetText, level2 !== undefined ? { level2 } : {});
  if (!parsed.ok || !result.ok) return { number, reading: null, verdict: null };
  const evaluation = result.evaluation;
  let reading: number | string = evaluation.actualValue ?? '';
  if (parsed.target.kind === 'deadline' && typeof number === 'number') reading = Math.floor(number);
  return { number, reading, verdict: VERDICT_ZH[evaluation.verdict] };
}
