/**
 * The sheet's own figures as formulas (core/score: execution, spend-plan, monitor, total): the
 * execution score, the planned progress at month X, the two execution lights, the total with rows
 * that do not apply re-scaled, the grade and the project's worst light.
 */
import { LIGHT_ZH } from '../score/monitor';
import type { ScoreProfile } from '../score/profiles';
import { NO_WORDS } from '../target/grades';
import { NOT_APPLICABLE_WORDS } from '../score/total';
import { atLeast, above, quoted } from './excel';
import { bandLight } from './light';

/** 执行率得分: min(rate, 1) × weight, rounded (core/score/execution.ts). */
export function executionScoreFormula(rate: string, weight: string, profile: ScoreProfile): string {
  return `=IF(OR(${rate}="",${weight}=""),"",ROUND(MIN(${rate},1)*${weight},${profile.decimals}))`;
}

/**
 * The planned cumulative share (0–1) at the end of `month` from the plan's percent cells (one per
 * checkpoint month), as core `plannedPercent`: linear between checkpoints from 0% at the start of
 * the year, the last checkpoint's after it. The cells hold fractions (25% is 0.25) or whole
 * percents (25) as readSpendPlan reads them: fractions when none is above 1.
 */
export function plannedFormula(month: number, cells: readonly string[], months: readonly number[]): string {
  if (cells.length === 0 || cells.length !== months.length) return '=""';
  const all = cells.join(',');
  const scale = `IF(AND(MAX(${all})<=1,MIN(${all})>=-1),100,1)`;
  const percent = (cell: string): string => `${cell}*${scale}`;
  let previousMonth = 0;
  let previous = '0';
  for (const [i, checkpoint] of months.entries()) {
    const cell = cells[i]!;
    if (month <= checkpoint) {
      const share = `(${month - previousMonth}/${checkpoint - previousMonth})`;
      const here = previous === '0' ? `${percent(cell)}*${share}` : `${previous}+(${percent(cell)}-${previous})*${share}`;
      return `=(${here})/100`;
    }
    previousMonth = checkpoint;
    previous = percent(cell);
  }
  return `=${previous}/100`;
}

const GREEN = quoted(LIGHT_ZH.green);

/** 执行监控（时间进度）: v = rate ÷ (X/12) × 100, rounded, against the execution bands (no blue). */
export function timeLightFormula(rate: string, month: number, profile: ScoreProfile): string {
  const v = `ROUND(${rate}/(${month}/12)*100,${profile.decimals})`;
  return `=IF(${rate}="","",${bandLight(v, profile.executionLight)})`;
}

/** 执行监控（支出计划）: rate ÷ planned × 100 against the same bands; green while nothing was planned yet. */
export function planLightFormula(rate: string, planned: string, profile: ScoreProfile): string {
  const v = `ROUND(${rate}/${planned}*100,${profile.decimals})`;
  return `=IF(OR(${rate}="",${planned}=""),"",IF(${planned}>0,${bandLight(v, profile.executionLight)},${GREEN}))`;
}

/** 项目监控灯: the worst light of the rows (red > yellow > green > blue), blank when none is lit. */
export function worstLightFormula(lights: string): string {
  const order = (['red', 'yellow', 'green', 'blue'] as const).map((l) => quoted(LIGHT_ZH[l]));
  let formula = '""';
  for (const light of [...order].reverse()) formula = `IF(COUNTIF(${lights},${light})>0,${light},${formula})`;
  return `=${formula}`;
}

/**
 * A row that does not apply (core readApplicable): FALSE, 0, a no word or a 不适用 word. Kept as an
 * inline array so that SUMPRODUCT can test every row without an array formula.
 */
function applicableArray(): string {
  const words = [...NO_WORDS, ...NOT_APPLICABLE_WORDS].filter((w, i, all) => all.findIndex((o) => o.toLowerCase() === w.toLowerCase()) === i);
  return `{${[...words.map(quoted), 'FALSE', '0'].join(',')}}`;
}

/**
 * The indicators' total (core totalScore): Σ of the scores; with an 是否适用 range, rows that do
 * not apply left out and the rest re-scaled to 100 by their weights (折算). Blank until every
 * applicable score is there.
 */
export function indicatorTotal(scores: string, weights: string, applicable: string | undefined, profile: ScoreProfile): string {
  const d = profile.decimals;
  if (!applicable) return `IF(COUNT(${scores})<ROWS(${scores}),"",ROUND(SUM(${scores}),${d}))`;
  const applies = `ISNA(MATCH(${applicable},${applicableArray()},0))`;
  const sum = `SUMPRODUCT(${applies}*1,${scores})`;
  const weightSum = `SUMPRODUCT(${applies}*1,${weights})`;
  const skipped = `SUMPRODUCT(1-${applies})>0`;
  return `IF(SUMPRODUCT(${applies}*ISNUMBER(${scores}))<SUMPRODUCT(${applies}*1),"",ROUND(IF(${skipped},${sum}*100/${weightSum},${sum}),${d}))`;
}

/** 合计: 执行率得分 + the indicators' total, rounded to 2 decimals as the PERF sheet does. */
export function totalFormula(executionScore: string, scores: string, weights: string, applicable: string | undefined, profile: ScoreProfile): string {
  const indicators = indicatorTotal(scores, weights, applicable, profile);
  return `=IF(OR(${executionScore}="",${indicators}=""),"",ROUND(${executionScore}+${indicators},2))`;
}

/** 评价等级 by the profile's thresholds (core gradeOf): ≥ or > each minimum, 差 below them all. */
export function gradeFormula(total: string, profile: ScoreProfile): string {
  let formula = quoted('差');
  for (const threshold of [...profile.grades].reverse()) {
    const reaches = threshold.inclusive ? atLeast(total, threshold.min) : above(total, threshold.min);
    formula = `IF(${reaches},${quoted(threshold.grade)},${formula})`;
  }
  return `=IF(${total}="","",IF(OR(${total}<0,${total}>100),NA(),${formula}))`;
}
