/**
 * Small grids in the shape of real provinces' forms (issue 9): a 目标表 without a 项目编码 field
 * and with a 项目资金 block, and a central-template 自评表 with a budget matrix.
 */
import { codeCheckCharacter } from '../../../src/core/check/code';
import type { Grid } from '../../../src/core/read/grid';

export type Cell = string | number | null;

/** A valid 2025 P code of division 510000 (Sichuan). */
export function sichuanCode(year = '25'): string {
  const body = `510000${year}P00012345000`;
  return body + codeCheckCharacter(body);
}

/** A 项目支出绩效目标表 with no 项目编码 field (most provinces): name, unit, 项目资金 with its parts, goals, indicators. */
export function plainForm(name: string, indicators: Cell[][], header: Cell[] = ['一级指标', '二级指标', '三级指标', '指标值']): Grid {
  return {
    sheet: '目标表',
    rows: [
      ['2025年度项目支出绩效目标表'],
      ['项目名称', name, null, null],
      ['主管部门', '四川省某厅', '实施单位', '某中心'],
      ['项目资金（万元）', '资金总额', '100', null],
      [null, '其中：财政拨款', '60', null],
      [null, '上级资金', '30', null],
      [null, '其他资金', '10', null],
      ['年度绩效目标', '完成某项工作。', null, null],
      header,
      ...indicators,
    ],
  };
}

export const TREE: Cell[][] = [
  ['产出指标', '数量指标', '培训人次', '≥100人次'],
  [null, '质量指标', '培训合格率', '≥95%'],
  [null, '时效指标', '完成时间', '2025年12月底前'],
  [null, '成本指标', '人均培训成本', '≤1000元'],
  ['效益指标', '社会效益指标', '从业人员能力提升', '有效提升'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
];

/** A central-template 项目支出绩效自评表 (2024年度): a budget matrix, 绩效指标 with 年度指标值 | 实际完成值 | 分值 | 得分. */
export function selfEvalForm(code: string): Grid {
  return {
    sheet: '自评表',
    rows: [
      ['项目支出绩效自评表（2024年度）'],
      ['项目编码', code, '项目名称', '某培训项目', null, null, null, null, null],
      ['主管部门', '某厅', null, null, '实施单位', '某中心', null, null, null],
      ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null],
      [null, '年度资金总额', 100, 100, 95, 10, 0.95, 9.5, null],
      [null, '其中：当年财政拨款', 100, 100, 95, null, null, null, null],
      [null, '上年结转资金', null, null, null, null, null, null, null],
      [null, '其他资金', null, null, null, null, null, null, null],
      ['年度总体目标', '预期目标', null, null, '实际完成情况', null, null, null, null],
      [null, '完成培训。', null, null, '已完成培训。', null, null, null, null],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      [null, '产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 20, 20, null],
      [null, null, '质量指标', '培训合格率', '≥95%', '96%', 20, 20, null],
      [null, null, '时效指标', '完成时间', '2024年12月底前', '2024年11月', 10, 10, null],
      [null, null, '成本指标', '人均培训成本', '≤1000元', '900元', 10, 10, null],
      [null, '效益指标', '社会效益指标', '能力提升', '有效提升', '有效提升', 20, 20, null],
      [null, '满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, null],
      ['总分', null, null, null, null, null, 100, 99.5, null],
    ],
    merges: ['A4:A8', 'A11:A17'],
  };
}

