/**
 * PerfTable's custom functions, namespace PERF. The doc comments are the metadata: the webpack
 * plugin reads them into functions.json and adds the CustomFunctions.associate calls itself.
 * Every parameter is a range (`unknown[][]`): one cell or a whole column, and the result spills.
 */
import { toExcel } from './excel';
import { checkCells, evalCells, formatCells, parseCells, rateCells, statusCells } from './target-functions';

/**
 * 判断完成值是否达到指标值，返回 TRUE 或 FALSE；可对整列一次计算。Whether the actual value meets the target (TRUE/FALSE).
 * @customfunction EVAL
 * @param actual 完成值：数值、文本（如 97.30%、21980人、达成）或区域。Actual value(s).
 * @param target 指标值，如 "≥60百分比"、"≤86人"、"按时完工为合格"，或区域。Target text(s).
 * @param [percentMode] 百分比读法：auto（默认，自动判断 0.65 或 65）、fraction（0.65=65%）、whole（65=65%）。How a plain number reads against a percent target.
 * @param [level2] 二级指标名称（如 成本指标：不带比较符的金额按上限理解）。The 二级指标 name.
 * @returns TRUE / FALSE
 */
export function evalTarget(actual: unknown[][], target: unknown[][], percentMode?: unknown[][], level2?: unknown[][]): unknown[][] {
  return toExcel(evalCells(actual, target, percentMode, level2));
}

/**
 * 完成情况：达成、部分达成或未达成。Status: 达成 (met), 部分达成 (partly met) or 未达成 (not met).
 * @customfunction STATUS
 * @param actual 完成值或区域。Actual value(s).
 * @param target 指标值或区域。Target text(s).
 * @param [percentMode] 百分比读法：auto、fraction、whole。Percent reading.
 * @param [level2] 二级指标名称。The 二级指标 name.
 * @returns 达成 / 部分达成 / 未达成
 */
export function statusTarget(actual: unknown[][], target: unknown[][], percentMode?: unknown[][], level2?: unknown[][]): unknown[][] {
  return toExcel(statusCells(actual, target, percentMode, level2));
}

/**
 * 完成率：正向指标为 完成值/指标值，反向指标为 指标值/完成值；定性指标返回 #N/A。Completion rate.
 * @customfunction RATE
 * @param actual 完成值或区域。Actual value(s).
 * @param target 指标值或区域。Target text(s).
 * @param [percentMode] 百分比读法：auto、fraction、whole。Percent reading.
 * @param [level2] 二级指标名称。The 二级指标 name.
 * @returns 完成率（1 = 100%）。The rate (1 = 100%).
 */
export function rateTarget(actual: unknown[][], target: unknown[][], percentMode?: unknown[][], level2?: unknown[][]): unknown[][] {
  return toExcel(rateCells(actual, target, percentMode, level2));
}

/**
 * 解析指标值为一行五列：类型、比较符、数值（或下限）、上限、单位。Parses a target into kind, operator, value (or low), high, unit.
 * @customfunction PARSE
 * @param target 指标值或一列指标值。Target text(s).
 * @param [level2] 二级指标名称。The 二级指标 name.
 * @returns 类型、比较符、数值、上限、单位
 */
export function parseTargetCells(target: unknown[][], level2?: unknown[][]): unknown[][] {
  return toExcel(parseCells(target, level2));
}

/**
 * 检查指标值写法：规范时返回空文本，否则返回第一个问题（未写比较符、缺少单位、≥100%、比率超过100%、无法识别）。Returns the first problem of a target, or empty text.
 * @customfunction CHECK
 * @param target 指标值或区域。Target text(s).
 * @param [level2] 二级指标名称（如 成本指标）。The 二级指标 name.
 * @param [level3] 三级指标名称（如 安全事故发生率），用于识别反向指标和比率。The 三级指标 name.
 * @returns 空文本或问题说明
 */
export function checkTarget(target: unknown[][], level2?: unknown[][], level3?: unknown[][]): unknown[][] {
  return toExcel(checkCells(target, level2, level3));
}

/**
 * 指标值的规范写法，如 "≥60百分比" → "≥60%"。The canonical text of a target.
 * @customfunction FORMAT
 * @param target 指标值或区域。Target text(s).
 * @param [level2] 二级指标名称。The 二级指标 name.
 * @returns 规范写法
 */
export function formatTargetCells(target: unknown[][], level2?: unknown[][]): unknown[][] {
  return toExcel(formatCells(target, level2));
}
