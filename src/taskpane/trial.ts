/**
 * One run of 指标值试算: what the core says about a typed target and actual. The panel only
 * displays this; every rule lives in the core.
 */
import { actualFromInput, evaluate, lintParsed, parseTarget } from '../core';
import type { EvaluateResult, ParseResult, PercentMode, TargetFinding } from '../core';
import { trialEvalFormula } from '../core/layout/formulas';

export interface TrialInputs {
  targetText: string;
  actualText: string;
  level2: string;
  percentMode: PercentMode;
}

export interface Trial {
  /** Null until a target is typed, so an empty box shows no error. */
  parse: ParseResult | null;
  /** CHECK findings on a target that parses (a parse failure is `parse.error`). */
  findings: TargetFinding[];
  /** Null until both a target and an actual are typed. */
  result: EvaluateResult | null;
  /** The `=PERF.EVAL(…)` to insert; null until the target parses and an actual is typed. */
  formula: string | null;
}

export function runTrial({ targetText, actualText, level2, percentMode }: TrialInputs): Trial {
  if (targetText.trim() === '') return { parse: null, findings: [], result: null, formula: null };

  const context = level2.trim() === '' ? {} : { level2: level2.trim() };
  const parse = parseTarget(targetText, context);
  const findings = parse.ok ? lintParsed(parse.target, context) : [];

  const actual = actualFromInput(actualText);
  if (actual === null) return { parse, findings, result: null, formula: null };

  const result = evaluate(actual, targetText, { percentMode, ...context });
  const formula = parse.ok ? trialEvalFormula(actual, targetText, { percentMode, ...context }) : null;
  return { parse, findings, result, formula };
}
