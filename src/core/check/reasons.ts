/**
 * A deviation needs a reason (DOMAIN.md §5): on a self-evaluation or monitoring sheet, a row
 * whose indicator is not met (未达成, 部分达成), and the budget row when 执行率 is below the
 * profile's threshold (90%), must have its 偏差原因分析及改进措施 filled in.
 *
 * The reader (core/read/target-sheet) finds the indicator rows and their 完成值; the reason and
 * forecast columns and the 预算执行 cells are found here by their labels on the grid, so the check
 * works on sheets PerfTable did not make. A sheet without a reason column is not an evaluation
 * sheet and is left alone.
 *
 * - Self-evaluation: the 完成值 is judged against the 指标值; 执行率 below 90% needs a reason.
 * - Monitoring (a 全年预计完成值 column): the forecast is judged, not the 1-X月 value (which is
 *   behind the annual target by nature); the budget row needs a reason when its light against time
 *   progress is red or yellow, since 90% of the year's budget is not expected by July.
 */
import { a1, parseA1 } from './address';
import type { Finding } from './types';
import { evaluate } from '../evaluate/evaluate';
import { message } from '../i18n/messages';
import type { Project } from '../project/types';
import type { Grid, GridValue } from '../read/grid';
import { normalizeLabel, type SelfEvaluation } from '../read/target-sheet';
import { executionRate } from '../score/execution';
import { executionLight } from '../score/monitor';
import { resolveProfile } from '../score/profiles';
import { formatNumber } from '../target/numbers';

/** What the check needs of a project read from a sheet (WorkbookProject has it). */
export interface ReasonProject {
  sheet: string;
  project: Project;
  cells: Record<string, string>;
  selfEval?: SelfEvaluation;
}

export interface ReasonOptions {
  profile?: string;
}

type ReasonCode = 'REASON_MISSING' | 'REASON_EXECUTION_MISSING';
const SEVERITY = 'warning' as const;

const REASON_HEADER = /^偏差原因(?:分析)?(?:及改进措施)?$|^原因分析(?:及改进措施)?$|^偏差原因分析及改进措施/;
const CAUSE_HEADER = /^偏差原因类型$/;
const FORECAST_HEADER = /^全年预计完成(?:值|情况)$/;
const SPENT_LABEL = /^(?:全年)?执行数$|^1-(\d{1,2})月执行数$/;
const BUDGET_LABEL = /^全年预算数$/;

const VERDICT = { partial: { zh: '部分达成', en: 'partly met' }, 'not-met': { zh: '未达成', en: 'not met' } } as const;

class Cells {
  private readonly covered = new Map<string, [number, number]>();
  /** Merge ranges by top-left `r,c` (0-based). */
  readonly spans = new Map<string, [number, number, number, number]>();

  constructor(readonly grid: Grid) {
    for (const merge of Array.isArray(grid.merges) ? grid.merges : []) {
      if (typeof merge !== 'string') continue;
      const [from = '', to = from] = merge.replace(/^.*!/, '').split(':');
      const a = parseA1(from);
      const b = parseA1(to);
      if (!a || !b) continue;
      this.spans.set(`${a[0]},${a[1]}`, [a[0], a[1], b[0], b[1]]);
      for (let r = a[0]; r <= b[0]; r++) for (let c = a[1]; c <= b[1]; c++) if (r !== a[0] || c !== a[1]) this.covered.set(`${r},${c}`, [a[0], a[1]]);
    }
  }

  raw(r: number, c: number): GridValue {
    const master = this.covered.get(`${r},${c}`);
    const [mr, mc] = master ?? [r, c];
    const row = this.grid.rows[mr];
    return Array.isArray(row) ? (row[mc] ?? null) : null;
  }

  text(r: number, c: number): string {
    const v = this.raw(r, c);
    return v === null ? '' : typeof v === 'number' ? formatNumber(v) : String(v).trim();
  }

  label(r: number, c: number): string {
    return normalizeLabel(this.text(r, c));
  }

  /** The row below a label, in its first column (a value under its label, as 预算执行 lays them out). */
  below(r: number, c: number): { r: number; c: number } {
    const span = this.spans.get(`${r},${c}`);
    return { r: (span?.[2] ?? r) + 1, c };
  }

  width(r: number): number {
    const row = this.grid.rows[r];
    return Array.isArray(row) ? row.length : 0;
  }
}

function blank(value: GridValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A formula the file holds without a result: not a value anyone entered. */
function formulaText(value: GridValue): boolean {
  return typeof value === 'string' && value.trimStart().startsWith('=');
}

function find(cells: Cells, top: number, bottom: number, pattern: RegExp): { r: number; c: number; match: RegExpExecArray } | undefined {
  for (let r = top; r <= bottom; r++) {
    for (let c = 0; c < cells.width(r); c++) {
      const match = pattern.exec(cells.label(r, c));
      if (match) return { r, c, match };
    }
  }
  return undefined;
}

function make(p: ReasonProject, cell: string, field: string, code: ReasonCode, params: Record<string, string | number>): Finding {
  const out: Finding = { sheet: p.sheet, cell, severity: SEVERITY, code, ...message(code, params), field };
  const project = p.project.code || p.project.name;
  if (project) out.project = project;
  return out;
}

/** The missing-reason findings of every evaluation sheet among `projects`. */
export function checkReasons(grids: readonly Grid[], projects: readonly ReasonProject[], options: ReasonOptions = {}): Finding[] {
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  const out: Finding[] = [];
  for (const p of projects) {
    const grid = bySheet.get(p.sheet);
    const header = p.cells.header ? parseA1(p.cells.header) : undefined;
    if (!grid || !header) continue;
    for (const f of reasonsOf(new Cells(grid), header[0], p, options)) out.push(f);
  }
  return out;
}

function reasonsOf(cells: Cells, headerRow: number, p: ReasonProject, options: ReasonOptions): Finding[] {
  const out: Finding[] = [];
  let reasonColumn: number | undefined;
  let causeColumn: number | undefined;
  let forecastColumn: number | undefined;
  for (let c = 0; c < cells.width(headerRow); c++) {
    const label = cells.label(headerRow, c);
    if (reasonColumn === undefined && REASON_HEADER.test(label)) reasonColumn = c;
    if (causeColumn === undefined && CAUSE_HEADER.test(label)) causeColumn = c;
    if (forecastColumn === undefined && FORECAST_HEADER.test(label)) forecastColumn = c;
  }
  if (reasonColumn === undefined) return out;
  const monitoring = forecastColumn !== undefined;

  p.project.indicators.forEach((row, i) => {
    const at = p.cells[`indicators.${i}`];
    const position = at ? parseA1(at) : undefined;
    if (!position) return;
    const r = position[0];
    const value: GridValue = monitoring ? cells.raw(r, forecastColumn ?? 0) : (p.selfEval?.actuals?.[i] ?? null);
    if (blank(value) || formulaText(value)) return;
    const result = evaluate(value, row.target, { level2: row.level2 });
    if (!result.ok || result.evaluation.verdict === 'met') return;
    const hasReason = !blank(cells.raw(r, reasonColumn ?? 0)) || (causeColumn !== undefined && !blank(cells.raw(r, causeColumn)));
    if (hasReason) return;
    const verdict = VERDICT[result.evaluation.verdict];
    out.push(
      make(p, a1(r, reasonColumn ?? 0), `indicators.${i}.reason`, 'REASON_MISSING', {
        indicator: row.level3 || row.target,
        verdict: monitoring ? `预计${verdict.zh}` : verdict.zh,
        verdictEn: monitoring ? `forecast as ${verdict.en}` : verdict.en,
      }),
    );
  });

  const execution = executionFinding(cells, headerRow, p, monitoring, options);
  if (execution) out.push(execution);
  return out;
}

function executionFinding(cells: Cells, headerRow: number, p: ReasonProject, monitoring: boolean, options: ReasonOptions): Finding | undefined {
  const top = p.cells.table ? (parseA1(p.cells.table)?.[0] ?? 0) : 0;
  const spentLabel = find(cells, top, headerRow - 1, SPENT_LABEL);
  if (!spentLabel) return undefined;
  const budgetLabel = find(cells, spentLabel.r, spentLabel.r, BUDGET_LABEL);
  const spentAt = cells.below(spentLabel.r, spentLabel.c);
  const spent = cells.raw(spentAt.r, spentAt.c);
  const budgetAt = budgetLabel ? cells.below(budgetLabel.r, budgetLabel.c) : undefined;
  const budget = budgetAt ? cells.raw(budgetAt.r, budgetAt.c) : p.project.budget.total;
  if (blank(spent) || formulaText(spent) || blank(budget)) return undefined;
  const rate = executionRate(spent, budget);
  if (!rate.ok) return undefined;
  const profile = resolveProfile(options.profile);
  if (!profile.ok) return undefined;
  const percent = `${formatNumber(Math.round(rate.value * 10000) / 100)}%`;
  let why: { zh: string; en: string } | undefined;
  if (monitoring) {
    const month = Number(spentLabel.match[1] ?? 12);
    const light = executionLight(spent, budget, month, null, { profile: profile.profile });
    if (light.ok && light.light.light !== 'green') {
      why = { zh: `落后于时间进度（${month}/12，${light.light.light === 'red' ? '红灯' : '黄灯'}）`, en: `is behind time progress (${month}/12, ${light.light.light})` };
    }
  } else if (rate.value < profile.profile.reasonBelowExecutionRate) {
    const threshold = `${formatNumber(profile.profile.reasonBelowExecutionRate * 100)}%`;
    why = { zh: `低于 ${threshold}`, en: `is below ${threshold}` };
  }
  if (!why) return undefined;
  const reasonLabel = find(cells, spentLabel.r, spentLabel.r, REASON_HEADER);
  const reasonAt = reasonLabel ? cells.below(reasonLabel.r, reasonLabel.c) : undefined;
  if (reasonAt && !blank(cells.raw(reasonAt.r, reasonAt.c))) return undefined;
  const cell = reasonAt ?? spentAt;
  return make(p, a1(cell.r, cell.c), 'execution.reason', 'REASON_EXECUTION_MISSING', { rate: percent, why: why.zh, whyEn: why.en });
}

/** The evaluation columns and cells of a table on its grid, found by their labels (for carrying values over). */
export interface EvaluationColumns {
  mode?: 'self-evaluation' | 'monitoring';
  /** Monitoring: X of the `1-X月执行数` label. */
  month?: number;
  /** Per indicator row (the project's order): the reason, the forecast, 可能性 and 偏差原因类型 as written. */
  reasons: Array<string | null>;
  forecasts: GridValue[];
  likelihood: Array<string | null>;
  causes: Array<string | null>;
  spent?: GridValue;
  executionReason?: string | null;
}

const LIKELIHOOD_HEADER = /^完成目标可能性$/;

/** What a self-evaluation or monitoring sheet holds beyond what the reader reads. */
export function evaluationColumns(grid: Grid, p: ReasonProject): EvaluationColumns {
  const cells = new Cells(grid);
  const out: EvaluationColumns = { reasons: [], forecasts: [], likelihood: [], causes: [] };
  const header = p.cells.header ? parseA1(p.cells.header) : undefined;
  if (!header) return out;
  const headerRow = header[0];
  const columns: Record<'reason' | 'cause' | 'forecast' | 'likelihood' | 'score', number | undefined> = { reason: undefined, cause: undefined, forecast: undefined, likelihood: undefined, score: undefined };
  for (let c = 0; c < cells.width(headerRow); c++) {
    const label = cells.label(headerRow, c);
    if (columns.reason === undefined && REASON_HEADER.test(label)) columns.reason = c;
    if (columns.cause === undefined && CAUSE_HEADER.test(label)) columns.cause = c;
    if (columns.forecast === undefined && FORECAST_HEADER.test(label)) columns.forecast = c;
    if (columns.likelihood === undefined && LIKELIHOOD_HEADER.test(label)) columns.likelihood = c;
    if (columns.score === undefined && /^(?:自评)?得分$/.test(label)) columns.score = c;
  }
  if (columns.forecast !== undefined) out.mode = 'monitoring';
  else if (columns.score !== undefined || columns.reason !== undefined) out.mode = 'self-evaluation';
  const text = (r: number, c: number | undefined): string | null => (c === undefined ? null : cells.text(r, c) || null);
  p.project.indicators.forEach((_row, i) => {
    const at = p.cells[`indicators.${i}`];
    const r = at ? (parseA1(at)?.[0] ?? -1) : -1;
    out.reasons.push(r < 0 ? null : text(r, columns.reason));
    out.causes.push(r < 0 ? null : text(r, columns.cause));
    out.likelihood.push(r < 0 ? null : text(r, columns.likelihood));
    out.forecasts.push(r < 0 || columns.forecast === undefined ? null : cells.raw(r, columns.forecast));
  });
  const top = p.cells.table ? (parseA1(p.cells.table)?.[0] ?? 0) : 0;
  const spentLabel = find(cells, top, headerRow - 1, SPENT_LABEL);
  if (spentLabel) {
    if (spentLabel.match[1]) out.month = Number(spentLabel.match[1]);
    const at = cells.below(spentLabel.r, spentLabel.c);
    const spent = cells.raw(at.r, at.c);
    if (!formulaText(spent)) out.spent = spent;
    const reasonLabel = find(cells, spentLabel.r, spentLabel.r, REASON_HEADER);
    if (reasonLabel) {
      const reasonAt = cells.below(reasonLabel.r, reasonLabel.c);
      out.executionReason = cells.text(reasonAt.r, reasonAt.c) || null;
    }
  }
  return out;
}
