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
 * 是否计分 of one row (core readApplicable): 0 for FALSE, 0, a no word or a 不适用 word, 1 otherwise
 * (a blank applies). A helper cell per row, so that the total stays short.
 */
export function applicableFormula(flag: string): string {
  const words = [...NO_WORDS, ...NOT_APPLICABLE_WORDS].filter((w, i, all) => all.findIndex((o) => o.toLowerCase() === w.toLowerCase()) === i);
  const list = `{${[...words.map(quoted), 'FALSE', '0'].join(',')}}`;
  return `=IF(ISBLANK(${flag}),1,IF(ISNA(MATCH(${flag},${list},0)),1,0))`;
}

/** The indicators' parts of the total: blank until every applicable score is there, then the value. */
function indicatorParts(scores: string, weights: string, applies: string | undefined, profile: ScoreProfile): { incomplete: string; value: string } {
  const d = profile.decimals;
  if (!applies) return { incomplete: `COUNT(${scores})<ROWS(${scores})`, value: `ROUND(SUM(${scores}),${d})` };
  const sum = `SUMPRODUCT(${applies},${scores})`;
  // 折算: what the applicable rows earned out of what they could earn, on a scale of 100.
  return {
    incomplete: `SUMPRODUCT(${applies},ISNUMBER(${scores})*1)<SUM(${applies})`,
    value: `ROUND(IF(SUM(${applies})<ROWS(${applies}),${sum}*100/SUMPRODUCT(${applies},${weights}),${sum}),${d})`,
  };
}

/**
 * The indicators' total (core totalScore): Σ of the scores; with a 是否计分 range (1/0 per row, from
 * applicableFormula), rows that do not apply left out and the rest re-scaled to 100 by their weights.
 */
export function indicatorTotal(scores: string, weights: string, applies: string | undefined, profile: ScoreProfile): string {
  const parts = indicatorParts(scores, weights, applies, profile);
  return `IF(${parts.incomplete},"",${parts.value})`;
}

/** 合计: 执行率得分 + the indicators' total, rounded to 2 decimals as the PERF sheet does. */
export function totalFormula(executionScore: string, scores: string, weights: string, applies: string | undefined, profile: ScoreProfile): string {
  const parts = indicatorParts(scores, weights, applies, profile);
  return `=IF(OR(${executionScore}="",${parts.incomplete}),"",ROUND(${executionScore}+${parts.value},2))`;
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
