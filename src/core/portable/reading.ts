/**
 * The 折算值 helper cell: a 完成值 read as the core's evaluator reads it (core/evaluate), in the
 * target's unit, as a formula. A number (the percent reading `auto` chose for a percent target, a
 * date serial for a deadline), "" when the value is a word judged by the 词表, #N/A when the core
 * could not judge it either (an ambiguous percent, text it cannot read).
 */
import { normalizeTarget } from '../target/normalize';
import type { QuantitativeTarget, RangeTarget, Target, Unit } from '../target/types';
import { KNOWN_UNIT_TEXTS, sameBase, unitFromText } from '../target/units';
import { num, quoted } from './excel';
import type { WordTable } from './words';

/** A target whose 完成值 is a quantity: a comparison, a range, or a qualitative target's condition. */
export type QuantityTarget = QuantitativeTarget | RangeTarget;

export class Unsupported {
  constructor(readonly reason: 'PERCENT_SCALE') {}
}

/** The quantity a target judges numbers against, if any. */
export function quantityOf(target: Target): QuantityTarget | undefined {
  if (target.kind === 'quantitative' || target.kind === 'range') return target;
  if (target.kind === 'qualitative') return target.conditionTarget;
  return undefined;
}

/** The words a qualitative target is met by besides the 词表 (its own text and condition, normalised as the core does). */
export function ownWords(target: Target): string[] {
  if (target.kind !== 'qualitative') return [];
  const words = [target.text, target.condition].filter((w): w is string => w !== undefined).map((w) => normalizeTarget(w).text);
  return [...new Set(words)].filter((w) => w !== '');
}

/**
 * core/evaluate/percent.ts `choosePercentReading(x, reference, scale, 'auto')`, then the value in
 * the target's unit: 0 is 0; for positive x and reference the reading nearer the reference by ratio
 * (r² against f·x, no logarithms), equally near is ambiguous (#N/A); otherwise by distance.
 */
function percentReading(x: string, reference: number, scale: number): string | Unsupported {
  // x > 0: the fraction reading f = 100x/scale is the larger one only when scale < 100 (% and ‰ are).
  if (!(scale < 100) || !(scale > 0)) return new Unsupported('PERCENT_SCALE');
  const f = scale === 1 ? `${x}*100` : `${x}*100/${num(scale)}`;
  if (reference === 0) return `(${f})`;
  const r = num(reference);
  const byDistance = (): string => {
    const size = num(Math.abs(reference));
    const dF = `(1+ABS(${f}-${r})/${size})`;
    const dW = `(1+ABS(${x}-${r})/${size})`;
    return `IF(ABS(${dF}-${dW})<=1E-9*MAX(${dF},${dW}),NA(),IF(${dF}<${dW},${f},${x}))`;
  };
  if (reference < 0) return `IF(${x}=0,0,${byDistance()})`;
  const square = `${r}*${r}`;
  const product = `${f}*${x}`;
  const nearer = `IF(ABS(${square}-${product})<=1E-9*MAX(${square},${product}),NA(),IF(${square}>${product},${f},${x}))`;
  return `IF(${x}=0,0,IF(${x}>0,${nearer},${byDistance()}))`;
}

/** A plain number against the quantity: the percent reading where the unit is a percent. */
export function numberReading(x: string, target: QuantityTarget): string | Unsupported {
  if (target.unit.dimension !== 'percent') return x;
  const reference = target.kind === 'range' ? (target.low + target.high) / 2 : target.value;
  return percentReading(x, reference, target.unit.scale);
}

/** Units a typed `12万元` may carry against `unit`: the known ones of its base, longest first. */
function unitsLike(unit: Unit): Unit[] {
  if (unit.dimension === 'none') return [];
  return KNOWN_UNIT_TEXTS.map(unitFromText).filter((u) => u.dimension === unit.dimension && sameBase(u, unit));
}

/** Text typed into the 完成值 cell with a unit of the target's base (`65%`, `12万元`), converted as core/target/units convert. */
function unitReading(t: string, target: QuantityTarget): string {
  let formula = 'NA()';
  for (const unit of unitsLike(target.unit).reverse()) {
    const n = [...unit.text].length;
    const value = `VALUE(LEFT(${t},LEN(${t})-${n}))`;
    const converted = unit.scale === 1 && target.unit.scale === 1 ? value : `${value}*${num(unit.scale)}/${num(target.unit.scale)}`;
    formula = `IF(RIGHT(${t},${n})=${quoted(unit.text)},${converted},${formula})`;
  }
  return formula;
}

/** True when the text in `x` is a word the 词表 or the target itself answers (no number to read). */
export function isWord(x: string, target: Target, words: WordTable): string {
  const t = `TRIM(${x})`;
  const checks = [`ISNUMBER(MATCH(${t},${words.words},0))`, ...ownWords(target).map((w) => `${t}=${quoted(w)}`)];
  return checks.length === 1 ? checks[0]! : `OR(${checks.join(',')})`;
}

/**
 * The 数值 helper: the 完成值 as a plain number (a number, or digits typed as text), "" otherwise.
 * Text with a sign or a unit (`65%`, `12万元`) is not a plain number: the core reads its unit.
 */
export function numberFormula(x: string): string {
  // ISLOGICAL first: LibreOffice counts TRUE as a number.
  return `=IF(ISLOGICAL(${x}),"",IF(ISNUMBER(${x}),${x},IF(${x}="","",IF(ISERROR(FIND("%",${x})),IFERROR(VALUE(TRIM(${x})),""),""))))`;
}

/** The 折算值 formula of the 完成值 in cell `x` (its plain number in the 数值 cell `raw`) against `target`. */
export function readingFormula(x: string, raw: string, target: Target, words: WordTable): string | Unsupported {
  const t = `TRIM(${x})`;
  const quantity = quantityOf(target);
  let number: string | Unsupported;
  let text: string;
  if (quantity) {
    number = numberReading(raw, quantity);
    text = unitReading(t, quantity);
  } else if (target.kind === 'deadline') {
    number = deadlineSerial(raw);
    text = 'NA()';
  } else {
    number = 'NA()';
    text = 'NA()';
  }
  if (number instanceof Unsupported) return number;
  // Words before numbers: VALUE("TRUE") is 1 in LibreOffice, and the core reads TRUE as a yes.
  return `=IF(${x}="","",IF(ISLOGICAL(${x}),"",IF(${isWord(x, target, words)},"",IF(ISNUMBER(${raw}),${number},${text}))))`;
}

/** core/evaluate/dates.ts `fromExcelSerial`: serials 1–2958465, the day's whole part. */
function deadlineSerial(x: string): string {
  return `IF(OR(${x}<1,${x}>2958465),NA(),INT(${x}))`;
}
