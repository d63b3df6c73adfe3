/**
 * PerfTable's custom functions, namespace PERF. The doc comments are the metadata: the webpack
 * plugin reads them into functions.json and adds the CustomFunctions.associate calls itself.
 * Every parameter is a range (`unknown[][]`): one cell or a whole column, and the result spills.
 */
import { checkCells, evalCells, formatCells, parseCells, rateCells, statusCells } from './target-functions';
import {
  execLightCells,
  execRateCells,
  execScoreCells,
  gradeCells,
  lightCells,
  plannedCells,
  scoreCells,
  scoreCheckCells,
  totalCells,
  worstLightCells,
} from './score-functions';
import { codeCells } from './code-functions';
import { toExcel } from './excel';

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

// PERF.CODE: the 项目编码 check of the checker.

/**
 * 检查项目编码：通过时返回空文本，否则返回原因（长度、字符、行政区划、年度、类型字母；校验位不符为“可能录入错误”）。Checks a 项目编码: empty text when it passes, else the reason.
 * @customfunction CODE
 * @param code 项目编码或一列项目编码，如 "13020925P00066510001J"。Project code(s).
 * @param [year] 预算年度，如 2025（可省略；给出时核对编码中的年度）。The budget year.
 * @returns 空文本或原因
 */
export function checkCode(code: unknown[][], year?: unknown[][]): unknown[][] {
  return toExcel(codeCells(code, year));
}

// 绩效自评 and 绩效运行监控: SCORE, SCORECHECK, EXECRATE, EXECSCORE, TOTAL, GRADE, PLANNED, LIGHT,
// EXECLIGHT, WORSTLIGHT.

/**
 * 按评分规则计算指标得分（不超过分值，四舍五入到2位小数）；可对整列一次计算。The rule's score of an indicator, capped at its weight.
 * @customfunction SCORE
 * @param actual 完成值：数值、文本（如 97.30%、4个、达成）或区域。Actual value(s).
 * @param target 指标值，如 "≥60百分比"、"≤86人"、"按时完工为合格"，或区域。Target text(s).
 * @param weight 分值（正数）或区域。Weight(s), positive.
 * @param [profile] 评分方案，如 standard（标准，默认）、linear-reverse（线性反向），可用 + 组合。Scoring profile name.
 * @param [percentMode] 百分比读法：auto（默认）、fraction（0.65=65%）、whole（65=65%）。How a plain number reads against a percent target.
 * @param [level2] 二级指标名称（如 成本指标：不带比较符的金额按上限理解）。The 二级指标 name.
 * @returns 得分。The score.
 */
export function scoreIndicators(
  actual: unknown[][],
  target: unknown[][],
  weight: unknown[][],
  profile?: unknown[][],
  percentMode?: unknown[][],
  level2?: unknown[][],
): unknown[][] {
  return toExcel(scoreCells(actual, target, weight, profile, percentMode, level2));
}

/**
 * 检查填写的得分：允许时返回空文本（定性指标在其档次内、不超过分值；其他指标与规则得分一致），否则返回原因及规则得分。Empty text when an entered score is allowed, else the reason with the rule's score.
 * @customfunction SCORECHECK
 * @param score 填写的得分或区域。Entered score(s).
 * @param actual 完成值或区域。Actual value(s).
 * @param target 指标值或区域。Target text(s).
 * @param weight 分值或区域。Weight(s).
 * @param [profile] 评分方案（如 bands-80-50 定性分档80/50）。Scoring profile name.
 * @param [percentMode] 百分比读法：auto、fraction、whole。Percent reading.
 * @param [level2] 二级指标名称。The 二级指标 name.
 * @returns 空文本或原因
 */
export function checkScores(
  score: unknown[][],
  actual: unknown[][],
  target: unknown[][],
  weight: unknown[][],
  profile?: unknown[][],
  percentMode?: unknown[][],
  level2?: unknown[][],
): unknown[][] {
  return toExcel(scoreCheckCells(score, actual, target, weight, profile, percentMode, level2));
}

/**
 * 预算执行率 = 执行数 ÷ 预算数（1 = 100%，超支时大于1）。Budget execution rate: spend ÷ budget.
 * @customfunction EXECRATE
 * @param spent 执行数或区域。Spend(s).
 * @param budget 全年预算数或区域。Budget(s).
 * @returns 执行率。The rate (1 = 100%).
 */
export function executionRates(spent: unknown[][], budget: unknown[][]): unknown[][] {
  return toExcel(execRateCells(spent, budget));
}

/**
 * 预算执行率得分 = min(执行率, 1) × 分值。The 预算执行率 row's score.
 * @customfunction EXECSCORE
 * @param spent 执行数或区域。Spend(s).
 * @param budget 全年预算数或区域。Budget(s).
 * @param [weight] 分值，省略时取评分方案的（标准为10）。Weight; the profile's (10) when left out.
 * @param [profile] 评分方案（如 execution-20 执行率20分）。Scoring profile name.
 * @returns 得分。The score.
 */
export function executionScores(spent: unknown[][], budget: unknown[][], weight?: unknown[][], profile?: unknown[][]): unknown[][] {
  return toExcel(execScoreCells(spent, budget, weight, profile));
}

/**
 * 总分：适用各行得分之和；有行标为不适用时按适用分值折算为百分制。The total, rescaled to 100 where rows do not apply.
 * @customfunction TOTAL
 * @param scores 各行得分。The scores.
 * @param [weights] 各行分值（有不适用的行时必须给出）。The weights (needed when rows do not apply).
 * @param [applicable] 各行是否适用：是/否、TRUE/FALSE，留空为适用。Whether each row applies (blank = yes).
 * @param [profile] 评分方案（小数位数）。Scoring profile name.
 * @returns 总分。The total.
 */
export function totalScores(scores: unknown[][], weights?: unknown[][], applicable?: unknown[][], profile?: unknown[][]): unknown[][] {
  return toExcel(totalCells(scores, weights, applicable, profile));
}

/**
 * 评价等级：优、良、中、差（标准：≥90 优，≥80 良，≥60 中）。The grade of a total.
 * @customfunction GRADE
 * @param total 总分或区域。Total(s).
 * @param [profile] 评分方案，如 grade-strict-90（90以上为优）、grade-80-70-60。Scoring profile name.
 * @returns 优 / 良 / 中 / 差
 */
export function gradeTotals(total: unknown[][], profile?: unknown[][]): unknown[][] {
  return toExcel(gradeCells(total, profile));
}

/**
 * 月末计划累计支出进度：按资金支出计划在节点间线性插值（年初为0%）。The planned cumulative share at the end of a month.
 * @customfunction PLANNED
 * @param month 月份（1–12）或日期，或区域。Month(s), 1–12, or date(s).
 * @param plan 资金支出计划（累计%），默认对应 3月底、6月底、10月底、12月底；多行时每行一个项目。Cumulative spend plan.
 * @param [months] 计划各节点的月份，如 3,6,10,12。The plan's checkpoint months.
 * @returns 计划进度（1 = 100%）。The planned share (1 = 100%).
 */
export function plannedPercents(month: unknown[][], plan: unknown[][], months?: unknown[][]): unknown[][] {
  return toExcel(plannedCells(month, plan, months));
}

/**
 * 指标监控颜色：红、黄、绿、蓝（完成值 ÷ 年度指标值×X/12；反向指标与定性指标按是否达标）。An indicator's monitoring colour.
 * @customfunction LIGHT
 * @param actual 1-X月完成值或区域。Actual value(s) to date.
 * @param target 年度指标值或区域。Annual target text(s).
 * @param month 监控月份 X（1–12）或日期。The month X (1–12) or a date.
 * @param [profile] 评分方案，如 monitor-inside-outside（质量、时效、成本只分达标与否）。Scoring profile name.
 * @param [level2] 二级指标名称。The 二级指标 name.
 * @returns 红 / 黄 / 绿 / 蓝
 */
export function indicatorLights(actual: unknown[][], target: unknown[][], month: unknown[][], profile?: unknown[][], level2?: unknown[][]): unknown[][] {
  return toExcel(lightCells(actual, target, month, profile, level2));
}

/**
 * 预算执行监控颜色：红、黄、绿（执行率 ÷ 时间进度）；给出资金支出计划时每行返回两格：[时间进度颜色, 支出计划颜色]。Budget execution colour, and against the spend plan when one is given.
 * @customfunction EXECLIGHT
 * @param spent 1-X月执行数或区域。Spend(s) to date.
 * @param budget 全年预算数或区域。Budget(s).
 * @param month 监控月份 X（1–12）或日期。The month X (1–12) or a date.
 * @param [plan] 资金支出计划（累计%）；多行时每行一个项目。Cumulative spend plan(s).
 * @param [months] 计划各节点的月份，默认 3,6,10,12。The plan's checkpoint months.
 * @param [profile] 评分方案。Scoring profile name.
 * @returns 红 / 黄 / 绿
 */
export function executionLights(
  spent: unknown[][],
  budget: unknown[][],
  month: unknown[][],
  plan?: unknown[][],
  months?: unknown[][],
  profile?: unknown[][],
): unknown[][] {
  return toExcel(execLightCells(spent, budget, month, plan, months, profile));
}

/**
 * 项目监控颜色：取各指标中最差的（红 > 黄 > 绿 > 蓝），空格忽略。A project's colour: the worst of its indicators'.
 * @customfunction WORSTLIGHT
 * @param lights 各指标颜色（红、黄、绿、蓝）。The indicators' colours.
 * @returns 红 / 黄 / 绿 / 蓝
 */
export function worstLights(lights: unknown[][]): unknown[][] {
  return toExcel(worstLightCells(lights));
}
