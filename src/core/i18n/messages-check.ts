/**
 * The checker's messages (DOMAIN.md §8): reading a 绩效目标表 from a sheet, budget, spend plan,
 * indicators, 项目编码 and weights. Spread into MESSAGES in messages.ts; codes here must not reuse
 * a code of that file (a spread would silently replace it; a test guards this).
 *
 * The checker also emits codes that live in messages.ts: TARGET_* (core/target/lint),
 * SPEND_PLAN_* (core/score/spend-plan), SCORE_CHECK_* and WEIGHT_INVALID (core/score).
 */

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

interface CheckMessage {
  zh: Template;
  en: Template;
}

export const CHECK_MESSAGES = {
  // Reading a sheet
  READ_NO_TABLE: {
    zh: () => '此工作表中未找到绩效目标表（没有“项目编码”“项目名称”或指标表头）',
    en: () => 'No performance target table on this sheet (no 项目编码, 项目名称 or indicator header)',
  },
  READ_NO_INDICATOR_HEADER: {
    zh: () => '未找到指标表的表头（一级指标、二级指标、三级指标、指标值）',
    en: () => 'The indicator table header (一级指标, 二级指标, 三级指标, 指标值) was not found',
  },
  READ_TARGET_COLUMN_MISSING: {
    zh: () => '指标表缺少“指标值”列',
    en: () => 'The indicator table has no 指标值 (target) column',
  },
  READ_COLUMN_MISSING: {
    zh: (p) => `指标表缺少“${p.column}”列`,
    en: (p) => `The indicator table has no ${p.column} column`,
  },
  READ_AMOUNT_UNREADABLE: {
    zh: (p) => `${p.label}“${p.found}”不是数值`,
    en: (p) => `${p.label} "${p.found}" is not a number`,
  },
  READ_PERCENT_UNREADABLE: {
    zh: (p) => `资金支出计划“${p.label}”的“${p.found}”不是百分比`,
    en: (p) => `The spend plan's "${p.found}" at ${p.label} is not a percentage`,
  },
  READ_MONTH_UNREADABLE: {
    zh: (p) => `资金支出计划的时间点“${p.found}”无法识别，应写作如 3月底、6月底`,
    en: (p) => `The spend plan's checkpoint "${p.found}" cannot be read; write it like 3月底 (end of March)`,
  },
  READ_SPEND_PLAN_UNREADABLE: {
    zh: () => '找到“资金支出计划”，但未识别出时间点（如 3月底、6月底）',
    en: () => 'A spend plan (资金支出计划) is there, but no checkpoint (such as 3月底) was found',
  },
  READ_ROW_UNREADABLE: {
    zh: (p) => `指标表中的这一行无法识别为指标（“${p.found}”），未读取`,
    en: (p) => `This row of the indicator table cannot be read as an indicator ("${p.found}"); it was skipped`,
  },
  WORKBOOK_NO_TABLE: {
    zh: () => '工作簿中没有找到任何绩效目标表',
    en: () => 'The workbook holds no performance target table',
  },

  // Budget (预算规模)
  BUDGET_TOTAL_MISSING: {
    zh: () => '未填写预算数',
    en: () => 'The budget (预算数) is missing',
  },
  BUDGET_SUM_MISMATCH: {
    zh: (p) => `预算数 ${p.total} 不等于 财政资金 ${p.fiscal} + 其他资金 ${p.other}${p.carry ? ` + 上年结转 ${p.carry}` : ''} = ${p.sum}（${p.unit}）`,
    en: (p) => `The budget ${p.total} is not 财政资金 ${p.fiscal} + 其他资金 ${p.other}${p.carry ? ` + 上年结转 ${p.carry}` : ''} = ${p.sum} (${p.unit})`,
  },
  BUDGET_NEGATIVE: {
    zh: (p) => `${p.label}为负数（${p.value}）`,
    en: (p) => `${p.label} is negative (${p.value})`,
  },
  BUDGET_DECIMALS: {
    zh: (p) => `${p.label} ${p.value} 超过两位小数（单位：${p.unit}）`,
    en: (p) => `${p.label} ${p.value} has more than 2 decimals (unit: ${p.unit})`,
  },
  BUDGET_UNIT_MISSING: {
    zh: () => '未注明金额单位（如“单位：万元”），已按万元读取，请注明',
    en: () => 'No amount unit is stated (such as 单位：万元); amounts were read as 万元, please state it',
  },

  // Spend plan (资金支出计划)
  SPEND_PLAN_MISSING: {
    zh: () => '缺少资金支出计划（%）',
    en: () => 'The spend plan (资金支出计划（%）) is missing',
  },
  SPEND_PLAN_VALUE_MISSING: {
    zh: (p) => `资金支出计划“${p.label}”未填写`,
    en: (p) => `The spend plan has no value at ${p.label}`,
  },
  SPEND_PLAN_BEHIND_TIME: {
    zh: (p) => `资金支出计划“${p.label}”为 ${p.percent}%，不到时间进度 ${p.share}% 的一半`,
    en: (p) => `The spend plan is ${p.percent}% at ${p.label}, less than half of the time elapsed (${p.share}%)`,
  },

  // Indicators (指标)
  IND_NONE: {
    zh: () => '指标表中没有指标',
    en: () => 'The indicator table has no indicator rows',
  },
  IND_LEVEL2_MISSING: {
    zh: () => '未填写二级指标',
    en: () => 'The 二级指标 (second-level indicator) is missing',
  },
  IND_LEVEL3_MISSING: {
    zh: () => '未填写三级指标名称',
    en: () => 'The 三级指标 (indicator name) is missing',
  },
  IND_NO_OUTPUT: {
    zh: () => '没有产出指标',
    en: () => 'No output indicator (产出指标)',
  },
  IND_NO_EFFECT: {
    zh: () => '没有效益指标',
    en: () => 'No effect indicator (效益指标)',
  },
  IND_NO_SATISFACTION: {
    zh: () => '没有满意度指标',
    en: () => 'No satisfaction indicator (满意度指标)',
  },
  IND_NO_QUANTITY: {
    zh: () => '产出指标中没有数量指标',
    en: () => 'No quantity indicator (数量指标)',
  },
  IND_NO_QUALITY: {
    zh: () => '产出指标中没有质量指标',
    en: () => 'No quality indicator (质量指标)',
  },
  IND_NO_TIMELINESS: {
    zh: () => '产出指标中没有时效指标',
    en: () => 'No timeliness indicator (时效指标)',
  },
  IND_NO_COST: {
    zh: () => '没有成本指标（二级成本指标或一级成本指标）',
    en: () => 'No cost indicator (成本指标, as a 二级 or a 一级)',
  },
  IND_WRONG_PARENT: {
    zh: (p) => `二级指标“${p.level2}”不属于一级指标“${p.level1}”，应在“${p.expected}”下`,
    en: (p) => `The 二级指标 "${p.level2}" does not belong under "${p.level1}"; it belongs under "${p.expected}"`,
  },
  IND_UNKNOWN_LEVEL1: {
    zh: (p) => `一级指标“${p.name}”不是常用名称（产出、效益、满意度、成本指标）`,
    en: (p) => `"${p.name}" is not a usual 一级指标 (产出, 效益, 满意度 or 成本指标)`,
  },
  IND_UNKNOWN_LEVEL2: {
    zh: (p) => `二级指标“${p.name}”不是常用名称`,
    en: (p) => `"${p.name}" is not a usual 二级指标`,
  },
  IND_RATE_UNDER_QUANTITY: {
    zh: (p) => `“${p.name}”是比率，却放在数量指标下；比率通常属于质量、时效或效益指标`,
    en: (p) => `"${p.name}" is a rate but sits under 数量指标 (quantity); rates usually belong to quality, timeliness or effect indicators`,
  },
  IND_SATISFACTION_LOW: {
    zh: (p) => `满意度指标值 ${p.target} 低于 80%`,
    en: (p) => `The satisfaction target ${p.target} is below 80%`,
  },
  IND_SATISFACTION_BELOW_DEPARTMENT: {
    zh: (p) => `满意度指标值 ${p.target} 低于部门整体绩效目标所述“${p.stated}”`,
    en: (p) => `The satisfaction target ${p.target} is below what the department text states ("${p.stated}")`,
  },
  IND_BASIS_MISSING: {
    zh: () => '未填写指标值确定依据',
    en: () => 'The basis of the target (指标值确定依据) is empty',
  },

  // 项目编码 (DOMAIN.md §6)
  CODE_MISSING: {
    zh: () => '未填写项目编码',
    en: () => 'The project code (项目编码) is missing',
  },
  CODE_CHARS: {
    zh: (p) => `项目编码含有不应出现的字符“${p.found}”，应只含数字和大写字母`,
    en: (p) => `The project code holds "${p.found}"; only digits and capital letters belong in it`,
  },
  CODE_LENGTH: {
    zh: (p) => `项目编码应为 21 位，实为 ${p.length} 位`,
    en: (p) => `A project code has 21 characters, this one ${p.length}`,
  },
  CODE_DIVISION: {
    zh: (p) => `项目编码前 6 位“${p.division}”不是有效的行政区划代码`,
    en: (p) => `The first 6 characters "${p.division}" are not an administrative division code`,
  },
  CODE_DIVISION_MIXED: {
    zh: (p) => `项目编码的行政区划“${p.division}”与本工作簿其他项目（${p.common}）不同`,
    en: (p) => `The division "${p.division}" differs from the workbook's other projects (${p.common})`,
  },
  CODE_TYPE_LETTER: {
    zh: (p) => `项目编码第 9 位应为字母（项目为 P），实为“${p.found}”`,
    en: (p) => `Character 9 of the project code should be a letter (P for projects), not "${p.found}"`,
  },
  CODE_YEAR_INVALID: {
    zh: (p) => `项目编码第 7–8 位应为年度数字，实为“${p.found}”`,
    en: (p) => `Characters 7–8 of the project code should be the year's digits, not "${p.found}"`,
  },
  CODE_YEAR_FUTURE: {
    zh: (p) => `项目编码中的年度“${p.codeYear}”晚于预算年度 ${p.year}`,
    en: (p) => `The code's year "${p.codeYear}" is after the budget year ${p.year}`,
  },
  CODE_YEAR_EARLIER: {
    zh: (p) => `项目编码中的年度“${p.codeYear}”早于预算年度 ${p.year}；延续项目可沿用原编码，请核对`,
    en: (p) => `The code's year "${p.codeYear}" is before the budget year ${p.year}; a continuing project may keep its code, please verify`,
  },
  CODE_CHECK_CHAR: {
    zh: (p) => `项目编码末位校验码“${p.found}”与计算值“${p.expected}”不符，可能录入错误`,
    en: (p) => `The check character "${p.found}" differs from the computed "${p.expected}"; the code may be mistyped`,
  },
  CODE_DUPLICATE: {
    zh: (p) => `项目编码 ${p.code} 重复，另见 ${p.first}`,
    en: (p) => `The project code ${p.code} is used twice; see also ${p.first}`,
  },

  // Weights and entered scores (绩效自评)
  WEIGHT_TOTAL: {
    zh: (p) => `分值合计为 ${p.sum}，应为 ${p.expected}`,
    en: (p) => `The weights add up to ${p.sum}, not ${p.expected}`,
  },
  WEIGHT_LEVEL1: {
    zh: (p) => `一级指标“${p.level1}”的分值合计为 ${p.sum}，评分方案为 ${p.expected}`,
    en: (p) => `The weights under "${p.level1}" add up to ${p.sum}; the scoring profile gives ${p.expected}`,
  },
  WEIGHT_MISSING: {
    zh: () => '其他指标填了分值，此行未填',
    en: () => 'Other indicators have a weight (分值); this one has none',
  },
  SCORE_NOT_CHECKED: {
    zh: (p) => `无法核对得分：${p.reason}`,
    en: (p) => `The score cannot be checked: ${p.reason}`,
  },
} satisfies Record<string, CheckMessage>;
