/**
 * The 自评表's own sums (DOMAIN.md §5): the entered 预算执行率 得分 is min(rate, 1) × its 分值, and
 * the entered 总分 is the sum of the scores. The rules are core/score's; this file points at cells.
 */
import { compare, roundHalfUp } from '../evaluate/compare';
import { executionRate } from '../score/execution';
import { resolveProfile } from '../score/profiles';
import { isBlank, plainNumber, readWeight } from '../score/values';
import type { CellRaw } from '../read/target-sheet';
import { formatNumber } from '../target/numbers';
import type { Reporter } from './context';

/** Published scores are rounded to one or two decimals: a difference within this is rounding. */
const ROUNDING = 0.05;

/** A written rate: `95%`, `0.95`, `95` (a percent when above 1.5), as a fraction. */
function readRate(raw: CellRaw | undefined): number | undefined {
  if (raw === undefined || raw === null || typeof raw === 'boolean') return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? (raw > 1.5 ? raw / 100 : raw) : undefined;
  const text = raw.normalize('NFKC').replace(/[\s,]/g, '');
  const match = /^(\d+(?:\.\d+)?)(%)?$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2] || value > 1.5 ? value / 100 : value;
}

function isFormula(raw: CellRaw | undefined): boolean {
  return typeof raw === 'string' && raw.trimStart().startsWith('=');
}

export function checkExecutionScore(r: Reporter): void {
  const self = r.context.selfEval;
  const block = self?.execution;
  if (!block || block.score === undefined || isBlank(block.score) || isFormula(block.score)) return;
  const entered = plainNumber(block.score);
  if (entered === undefined) return;
  // The rate from the amounts when both read (the written rate may be rounded), else as written.
  let rate: number | undefined;
  if (!isBlank(block.spent ?? null) && !isBlank(block.budget ?? null)) {
    const read = executionRate(block.spent ?? null, block.budget ?? null);
    if (read.ok) rate = read.value;
  }
  rate ??= readRate(block.rate);
  if (rate === undefined) return;
  const resolved = resolveProfile(r.context.profile);
  const profileWeight = resolved.ok ? resolved.profile.weights.execution : 10;
  const written = !isBlank(block.weight ?? null) ? block.weight : (self?.executionWeight ?? null);
  const weightRead = written !== null && written !== undefined && !isBlank(written) ? readWeight(written) : undefined;
  const weight = weightRead?.ok ? weightRead.value : (block.points ?? profileWeight);
  const decimals = resolved.ok ? resolved.profile.decimals : 2;
  const rule = roundHalfUp(Math.min(rate, 1) * weight, decimals);
  if (Math.abs(entered - rule) <= ROUNDING + 1e-9) return;
  r.add('execution.score', 'SCORE_EXECUTION_DIFFERS', {
    score: formatNumber(entered),
    rule: formatNumber(rule),
    rate: `${formatNumber(Math.round(rate * 10000) / 100)}%`,
    weight: formatNumber(weight),
  });
}

/** The entered 总分 against the sum of the entered scores (execution's included). */
export function checkTotalScore(r: Reporter): void {
  const self = r.context.selfEval;
  if (!self?.scores || self.total === undefined || isBlank(self.total) || isFormula(self.total)) return;
  const total = plainNumber(self.total);
  if (total === undefined) return;
  let sum = 0;
  for (const s of self.scores) {
    if (isBlank(s)) continue;
    const n = plainNumber(s);
    if (n === undefined || isFormula(s)) return; // a score that does not read: its own finding says so
    sum += n;
  }
  const execution = self.execution?.score;
  if (execution !== undefined && !isBlank(execution)) {
    const n = plainNumber(execution);
    if (n === undefined) return;
    sum += n;
  }
  if (compare(Math.round(sum * 100) / 100, total) === 0 || Math.abs(sum - total) <= ROUNDING + 1e-9) return;
  r.add('total', 'SCORE_TOTAL_DIFFERS', { total: formatNumber(total), sum: formatNumber(Math.round(sum * 100) / 100) });
}
