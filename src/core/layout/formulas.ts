/**
 * The formulas layouts write, in the invariant (en-US) syntax of `Range.formulas`. The PERF
 * functions are the add-in's custom functions; their argument order is defined in
 * src/functions/functions.ts, and only this file spells it for layouts.
 */
import type { PercentMode } from '../evaluate/types';
import { sheetReference } from './a1';

/** Excel refuses a text constant longer than 255 characters inside a formula. */
const MAX_TEXT_CONSTANT = 255;

/** `他说"好"` → `"他说""好"""`; longer text is joined from pieces with `&`. */
export function formulaText(text: string): string {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_TEXT_CONSTANT) {
    let cut = MAX_TEXT_CONSTANT;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces.map((piece) => `"${piece.replace(/"/g, '""')}"`).join('&');
}

/**
 * `=IF(G12="","",PERF.EVAL(G12,E12,"auto",B12))`: TRUE/FALSE once a completion value is entered,
 * blank before (PERF.EVAL answers #N/A for an empty actual, which a fresh form should not show).
 * The 二级 goes along because a bare amount under 成本指标 is a ceiling.
 */
export function perfEvalFormula(actual: string, target: string, level2: string): string {
  return `=IF(${actual}="","",PERF.EVAL(${actual},${target},"auto",${level2}))`;
}

/**
 * `=IF(OR(G12="",I12=""),"",PERF.SCORE(G12,E12,I12,,"auto",B12))`: the rule's score of one
 * indicator (DOMAIN.md §5), blank until the actual and the weight are entered. PERF.SCORE takes
 * (actual, target, weight, [profile], [percentMode], [level2]); the profile is left out (the
 * default), the 二级 goes along as in PERF.EVAL.
 */
export function perfScoreFormula(actual: string, target: string, weight: string, level2: string): string {
  return `=IF(OR(${actual}="",${weight}=""),"",PERF.SCORE(${actual},${target},${weight},,"auto",${level2}))`;
}

/** `=HYPERLINK("#'汇总'!A1","汇总")`: a link inside the workbook that works in Excel, on the web and in the file. */
export function sheetLinkFormula(sheet: string, cell: string, text: string): string {
  return `=HYPERLINK(${formulaText(`#${sheetReference(sheet)}!${cell}`)},${formulaText(text)})`;
}

/** `='2025年招商引资专项经费'!B5` */
export function sheetCellFormula(sheet: string, cell: string): string {
  return `=${sheetReference(sheet)}!${cell}`;
}

/** A value a formula argument can hold: what `actualFromInput` turns typed text into. */
export type FormulaValue = number | boolean | string;

/** Numbers and booleans stay themselves; text is quoted so Excel never reads it as a formula or a reference. */
export function formulaArgument(value: FormulaValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : formulaText(String(value));
  return formulaText(value);
}

/** The optional arguments of PERF.EVAL, in its order: `PERF.EVAL(actual, target, [percentMode], [level2])`. */
export interface PerfEvalOptions {
  percentMode?: PercentMode;
  level2?: string;
}

/**
 * `=PERF.EVAL(0.65,"≥60%")`: the formula the 指标值试算 panel inserts, with the typed values as constants that evaluates `actual` against `target`. Options
 * are written only when they change the result, so the common formula stays short; the cell
 * then reaches the same verdict as the pane.
 */
export function trialEvalFormula(actual: FormulaValue, target: string, options: PerfEvalOptions = {}): string {
  const args = [formulaArgument(actual), formulaText(target)];
  const level2 = options.level2?.trim() ?? '';
  const percentMode = options.percentMode ?? 'auto';
  if (level2 !== '') args.push(formulaText(percentMode), formulaText(level2));
  else if (percentMode !== 'auto') args.push(formulaText(percentMode));
  return `=PERF.EVAL(${args.join(',')})`;
}

/**
 * `=IF(COUNTIF(M13:M21,"?*")=0,"",PERF.WORSTLIGHT(M13:M21))`: the project's light, blank until one
 * indicator has a light. Guarded like every PERF call, so that a file opened where PerfTable is
 * absent computes "" itself rather than calling an unknown function (#NAME?).
 */
export function worstLightFormula(lights: string): string {
  return `=IF(COUNTIF(${lights},"?*")=0,"",PERF.WORSTLIGHT(${lights}))`;
}

/**
 * `=IF(COUNT($B$8:$E$8)=0,"",PERF.PLANNED(7,$B$8:$E$8,$B$7:$E$7))`: the planned cumulative % at
 * month `month`, blank while the plan's percents (the first range of `planArgs`) are empty.
 */
export function plannedFormula(month: number, planArgs: string): string {
  // A comma inside an array constant `{20,50,80,100}` separates items, not arguments.
  const percents = planArgs.split(/,(?![^{]*})/)[0] ?? planArgs;
  return `=IF(COUNT(${percents})=0,"",PERF.PLANNED(${month},${planArgs}))`;
}
