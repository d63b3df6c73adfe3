/**
 * Messages of the layouts, the register reader and the catalog (issue 4), spread into MESSAGES in
 * messages.ts. Same shape as every entry there: Chinese first, English beside it.
 */

type Params = Record<string, string | number>;

interface Entry {
  zh: (p: Params) => string;
  en: (p: Params) => string;
}

export const LAYOUT_MESSAGES = {
  // Register (项目清单) and indicator list (指标清单) reader
  REGISTER_NO_HEADER: {
    zh: (p) => `工作表「${p.sheet}」前${p.rows}行中找不到表头（应含「项目编码」和「项目名称」）`,
    en: (p) => `Sheet "${p.sheet}" has no header row in its first ${p.rows} rows (one with 项目编码 and 项目名称)`,
  },
  REGISTER_NO_PROJECTS: {
    zh: (p) => `工作表「${p.sheet}」中没有项目`,
    en: (p) => `Sheet "${p.sheet}" lists no projects`,
  },
  REGISTER_NAME_MISSING: {
    zh: (p) => `第${p.row}行有项目编码「${p.code}」但缺少项目名称`,
    en: (p) => `Row ${p.row} has the project code "${p.code}" but no project name`,
  },
  REGISTER_CODE_MISSING: {
    zh: (p) => `第${p.row}行有项目名称「${p.name}」但缺少项目编码`,
    en: (p) => `Row ${p.row} has the project name "${p.name}" but no project code`,
  },
  REGISTER_DUPLICATE_CODE: {
    zh: (p) => `项目编码「${p.code}」重复（第${p.first}行与第${p.row}行）`,
    en: (p) => `The project code "${p.code}" appears twice (rows ${p.first} and ${p.row})`,
  },
  REGISTER_BAD_AMOUNT: {
    zh: (p) => `「${p.column}」的值「${p.found}」不是数值`,
    en: (p) => `"${p.found}" in ${p.column} is not a number`,
  },
  REGISTER_BAD_PERCENT: {
    zh: (p) => `「${p.column}」的值「${p.found}」不是百分比`,
    en: (p) => `"${p.found}" in ${p.column} is not a percentage`,
  },
  REGISTER_BAD_YEAR: {
    zh: (p) => `年度「${p.found}」无效，应为四位年份，如 2025`,
    en: (p) => `The year "${p.found}" is not valid; write four digits, e.g. 2025`,
  },
  REGISTER_YEAR_FROM_CODE: {
    zh: (p) => `未填写年度，按项目编码取 ${p.year} 年`,
    en: (p) => `No year given; ${p.year} taken from the project code`,
  },
  REGISTER_YEAR_MISSING: {
    zh: () => '未填写年度，且无法从项目编码得出',
    en: () => 'No year given, and the project code does not tell it',
  },
  REGISTER_BAD_UNIT: {
    zh: (p) => `金额单位「${p.found}」无效，应为 万元 或 元`,
    en: (p) => `The amount unit "${p.found}" is not valid; use 万元 or 元`,
  },
  REGISTER_UNIT_ASSUMED: {
    zh: () => '未填写金额单位，按「万元」处理',
    en: () => 'No amount unit given; read as 万元',
  },
  REGISTER_INDICATORS_DEFAULTED: {
    zh: (p) => `指标清单中没有项目「${p.code}」的指标，已按指标库填入${p.count}条建议指标，请修改`,
    en: (p) => `The indicator list has no rows for project "${p.code}"; ${p.count} suggested indicators from the catalog were filled in for you to edit`,
  },
  REGISTER_NO_INDICATORS: {
    zh: (p) => `项目「${p.code}」没有绩效指标`,
    en: (p) => `Project "${p.code}" has no indicators`,
  },
  INDICATOR_LIST_NO_HEADER: {
    zh: (p) => `工作表「${p.sheet}」前${p.rows}行中找不到表头（应含「项目编码」「三级指标」和「指标值」）`,
    en: (p) => `Sheet "${p.sheet}" has no header row in its first ${p.rows} rows (one with 项目编码, 三级指标 and 指标值)`,
  },
  INDICATOR_LIST_UNKNOWN_CODE: {
    zh: (p) => `指标清单第${p.row}行的项目编码「${p.code}」不在项目清单中`,
    en: (p) => `Row ${p.row} of the indicator list names the project code "${p.code}", which the register does not list`,
  },

  // Sheet checks and prompts written into the layouts
  LAYOUT_BUDGET_MISMATCH: {
    zh: () => '预算数不等于财政资金与其他资金之和',
    en: () => 'The budget is not the sum of fiscal and other funds',
  },
  LAYOUT_PICK_LEVEL1: {
    zh: () => '请从列表中选择一级指标；也可保留本单位的名称',
    en: () => 'Pick a first-level indicator from the list, or keep your own name',
  },
  LAYOUT_PICK_LEVEL2: {
    zh: (p) => `请选择「${p.level1}」下的二级指标；也可保留本单位的名称`,
    en: (p) => `Pick a second-level indicator under "${p.level1}", or keep your own name`,
  },
  LAYOUT_PICK_LIST: {
    zh: () => '请从列表中选择',
    en: () => 'Pick a value from the list',
  },

  // The user catalog stored in the workbook
  CATALOG_UNREADABLE: {
    zh: () => '工作簿中保存的自定义指标库无法读取，已使用内置指标库',
    en: () => 'The custom indicator catalog stored in the workbook cannot be read; the built-in catalog is used',
  },
  CATALOG_ENTRIES_SKIPPED: {
    zh: (p) => `自定义指标库中有${p.count}条记录格式不正确，已跳过`,
    en: (p) => `${p.count} entries of the custom indicator catalog are malformed and were skipped`,
  },

  // Project JSON (perftable generate --from-json)
  PROJECT_JSON_INVALID: {
    zh: (p) => `第${p.index}个项目格式不正确：${p.reason}`,
    en: (p) => `Project ${p.index} is malformed: ${p.reasonEn}`,
  },
} satisfies Record<string, Entry>;
