/**
 * The 词表 a portable sheet carries: every word the core reads as an outcome, a yes/no or a grade
 * (core/target/grades.ts), with what it means, so that a formula can look a typed 完成值 up with
 * MATCH/INDEX instead of PerfTable's reader. Data from the one place the words live.
 */
import { VERDICT_ZH } from '../score/indicator';
import type { Verdict } from '../evaluate/types';
import { GRADE_RANK, GRADE_WORDS, NO_WORDS, OUTCOME_WORDS, YES_WORDS } from '../target/grades';

/** 结论 (an outcome word), 是否 (yes/no), 等级 (a grade). */
export type WordKind = '结论' | '是否' | '等级';

export interface WordRow {
  word: string;
  kind: WordKind;
  /** What the word means on its own: the outcome; 是 达成, 否 未达成; a grade as a target without its own grade reads it. */
  verdict: string;
  /** A grade's rank (优 4 … 差 1), 0 for the other kinds. */
  rank: number;
}

export const WORD_HEADERS = ['词', '类别', '结论', '等级序'] as const;

/** A grade against a qualitative target without a grade of its own (core/evaluate/evaluate.ts). */
function gradeVerdict(grade: keyof typeof GRADE_RANK): Verdict {
  const rank = GRADE_RANK[grade];
  return rank >= 3 || grade === '合格' || grade === '达标' ? 'met' : rank === 2 ? 'partial' : 'not-met';
}

/**
 * The rows, in the order the core's reader tries them (outcome, yes, no, grade). MATCH ignores
 * case, so words that differ only in case (yes, Yes, YES) are listed once.
 */
export function wordRows(): WordRow[] {
  const rows: WordRow[] = [];
  const seen = new Set<string>();
  const add = (row: WordRow): void => {
    const key = row.word.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    rows.push(row);
  };
  for (const [word, outcome] of Object.entries(OUTCOME_WORDS)) add({ word, kind: '结论', verdict: VERDICT_ZH[outcome], rank: 0 });
  for (const word of YES_WORDS) add({ word, kind: '是否', verdict: VERDICT_ZH.met, rank: 0 });
  for (const word of NO_WORDS) add({ word, kind: '是否', verdict: VERDICT_ZH['not-met'], rank: 0 });
  for (const [word, grade] of Object.entries(GRADE_WORDS)) add({ word, kind: '等级', verdict: VERDICT_ZH[gradeVerdict(grade)], rank: GRADE_RANK[grade] });
  return rows;
}

/** Where the 词表's four columns sit (absolute ranges, `$S$40:$S$120`, sheet-qualified when elsewhere). */
export interface WordTable {
  words: string;
  kinds: string;
  verdicts: string;
  ranks: string;
}
