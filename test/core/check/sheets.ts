/**
 * Small 绩效目标表 sheets for the checks' tests: a clean one that passes every check, and the
 * same with one thing changed. The layout is the seed's (Word text pasted into Excel).
 */
import type { Grid } from '../../../src/core/read/grid';

export type Cell = string | number | boolean | null;

export interface SheetSpec {
  sheet: string;
  title: string;
  unitLine: Cell[];
  code: Cell;
  name: Cell;
  total: Cell;
  fiscal: Cell;
  other: Cell;
  fundUse: string;
  months: Cell[];
  plan: Cell[];
  goals: string;
  header: string[];
  indicators: Cell[][];
}

/** Explicit operators, units, every part of the tree, 满意度 ≥90%: nothing to report. */
export const CLEAN_INDICATORS: Cell[][] = [
  ['产出指标', '数量指标', '开展活动场次', '全年组织的活动场次', '≥2场', '年度工作计划'],
  ['', '质量指标', '验收合格率', '验收合格数/完成数', '=100%', '行业标准'],
  ['', '时效指标', '完成时间', '项目全部完成的时间', '2025年12月底前', '年度工作计划'],
  ['', '成本指标', '项目总成本', '项目实际支出', '≤17万元', '预算批复'],
  ['效益指标', '经济效益指标', '带动区域经济发展', '对区域经济的带动', '效果明显', '年度工作计划'],
  ['', '社会效益指标', '保障工作正常开展', '对工作的保障', '有效保障', '年度工作计划'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '满意的服务对象数/调查数', '≥90%', '历史标准'],
];

export const HEADER = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

export function cleanSpec(overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    sheet: '项目1',
    title: '1.2025年测试项目绩效目标表',
    unitLine: ['808001测试单位本级', '单位：万元'],
    code: '13020925P00066510001J',
    name: '2025年测试项目',
    total: '17.00',
    fiscal: '17.00',
    other: '',
    fundUse: '用于测试项目的各项支出。',
    months: ['3月底', '6月底', '10月底', '12月底'],
    plan: ['25%', '50%', '75%', '100%'],
    goals: '1.完成测试项目。',
    header: HEADER,
    indicators: CLEAN_INDICATORS,
    ...overrides,
  };
}

/** Rows of the spec as the seed lays them out (title on row 1, indicators from row 10). */
export function specRows(spec: SheetSpec): Cell[][] {
  return [
    [spec.title],
    spec.unitLine,
    ['项目编码', spec.code, '项目名称', spec.name],
    ['预算规模及资金用途', '预算数', spec.total, '其中：财政    资金', spec.fiscal, '其他资金', spec.other],
    ['', spec.fundUse],
    ['资金支出计划（%）', ...spec.months],
    ['', ...spec.plan],
    ['绩效目标', spec.goals],
    spec.header,
    ...spec.indicators,
  ];
}

export function cleanSheet(overrides: Partial<SheetSpec> = {}): Grid {
  const spec = cleanSpec(overrides);
  return { sheet: spec.sheet, rows: specRows(spec) };
}

/** Replaces the indicator row `index` (0-based) of the clean table. */
export function withIndicator(index: number, row: Cell[]): Cell[][] {
  return CLEAN_INDICATORS.map((r, i) => (i === index ? row : r));
}
