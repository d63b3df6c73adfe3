/**
 * The 判定 helper cell: 达成 / 部分达成 / 未达成 of a 完成值 as core/evaluate/evaluate.ts decides
 * it, as a formula over the 完成值 cell `x` and its 折算值 cell `n` (reading.ts).
 */
import { lastDay } from '../target/deadline';
import { GRADE_RANK } from '../target/grades';
import type { DeadlineTarget, Operator, Target } from '../target/types';
import { above, atLeast, atMost, below, MET, NOT_MET, num } from './excel';
import { quantityOf, type QuantityTarget } from './reading';
import type { WordTable } from './words';

/** core `meets(order, op, value)` with `order = compare(n, value)`. */
function meetsFormula(n: string, op: Operator, value: number): string {
  switch (op) {
    case 'gte':
      return atLeast(n, value);
    case 'gt':
      return above(n, value);
    case 'lte':
      return atMost(n, value);
    case 'lt':
      return below(n, value);
    case 'eq':
      // A zero `eq` target is met by nothing above it; the others score like a floor (as meets does).
      return value === 0 ? atMost(n, value) : atLeast(n, value);
  }
}

/** The verdict of a number `n` (already in the target's unit) against a quantity. */
export function quantityVerdict(n: string, target: QuantityTarget): string {
  if (target.kind === 'range') return `IF(OR(${below(n, target.low)},${above(n, target.high)}),${NOT_MET},${MET})`;
  return `IF(${meetsFormula(n, target.op, target.value)},${MET},${NOT_MET})`;
}

/**
 * A date serial `n` against the deadline: on or before its last day. A point without a year is
 * read in the year the work was done (lastDay(point, done.year)), hence YEAR(n).
 */
function deadlineVerdict(n: string, target: DeadlineTarget): string {
  const point = target.period ? target.period.to : target.date;
  if (!point) return 'NA()';
  const year = point.year !== undefined ? num(point.year) : `YEAR(${n})`;
  // The last day: a fixed year gives the exact date; otherwise the day, or the month's end, in YEAR(n).
  const due =
    point.year !== undefined
      ? `DATE(${lastDay(point, point.year).map(num).join(',')})`
      : point.day !== undefined
        ? `DATE(${year},${num(point.month)},${num(point.day)})`
        : `DATE(${year},${num(point.month + 1)},0)`;
  return `IF(${n}<=${due},${MET},${NOT_MET})`;
}

function flip(verdict: string): string {
  return `IF(${verdict}=${MET},${NOT_MET},${MET})`;
}

/** A word of the 词表 (or the target's own words) in `x`, judged as the core judges it against `target`. */
function wordVerdict(x: string, target: Target, words: WordTable): string {
  const t = `TRIM(${x})`;
  const k = `MATCH(${t},${words.words},0)`;
  const kind = `INDEX(${words.kinds},${k})`;
  const meaning = `INDEX(${words.verdicts},${k})`;
  const polarityNo = target.kind === 'qualitative' && target.polarity === 'no';
  const logical = polarityNo ? `IF(${x},${NOT_MET},${MET})` : `IF(${x},${MET},${NOT_MET})`;
  let lookup: string;
  if (target.kind !== 'qualitative') {
    // Against a number or a deadline a grade says nothing (ACTUAL_UNREADABLE); outcomes and yes/no do.
    lookup = `IF(${kind}="等级",NA(),${meaning})`;
  } else {
    const yesNo = polarityNo ? flip(meaning) : meaning;
    const grade = target.grade ? `IF(INDEX(${words.ranks},${k})>=${GRADE_RANK[target.grade]},${MET},${NOT_MET})` : meaning;
    lookup = `IF(${kind}="是否",${yesNo},IF(${kind}="等级",${grade},${meaning}))`;
    // Not in the 词表 yet read as a word: the target's own text (`有效` against `有效`) meets it.
    lookup = `IF(ISNUMBER(${k}),${lookup},${MET})`;
  }
  return `IF(ISLOGICAL(${x}),${logical},${lookup})`;
}

/** The 判定 formula: blank until a 完成值 is entered; a word by the 词表, a number by the rule. */
export function verdictFormula(x: string, n: string, target: Target, words: WordTable): string {
  const quantity = quantityOf(target);
  const number = quantity ? quantityVerdict(n, quantity) : target.kind === 'deadline' ? deadlineVerdict(n, target) : 'NA()';
  return `=IF(${x}="","",IF(${n}="",${wordVerdict(x, target, words)},${number}))`;
}
