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


/** The central 项目支出绩效目标申报表 (财预〔2015〕88号): 中期 and 年度 halves side by side. */
export function midAndAnnualForm(): Grid {
  return {
    sheet: '申报表',
    rows: [
      ['项目支出绩效目标申报表'],
      ['项目名称', '某信息化项目', null, null, null, null, null, null],
      ['主管部门及代码', '某部', null, null, '实施单位', '某中心', null, null],
      ['项目资金（万元）', '中期资金总额：', 300, null, '年度资金总额：', 100, null, null],
      [null, '其中：财政拨款', 300, null, '其中：财政拨款', 100, null, null],
      [null, '其他资金', null, null, '其他资金', null, null, null],
      ['总体目标', '中期目标（2025年-2027年）', null, null, '年度目标', null, null, null],
      [null, '建成平台。', null, null, '完成一期建设。', null, null, null],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '接入单位数', '≥300家', '数量指标', '接入单位数', '≥100家'],
      [null, null, '质量指标', '系统可用率', '≥99%', '质量指标', '系统可用率', '≥99%'],
      [null, null, '时效指标', '建成时间', '2027年底前', '时效指标', '一期完成时间', '2025年12月底前'],
      [null, null, '成本指标', '总成本', '≤300万元', '成本指标', '一期成本', '≤100万元'],
      [null, '效益指标', '社会效益指标', '办事效率', '明显提高', '社会效益指标', '办事效率', '有所提高'],
      [null, '满意度指标', '服务对象满意度指标', '用户满意度', '≥90%', '服务对象满意度指标', '用户满意度', '≥85%'],
    ],
    merges: ['A4:A6', 'A7:A8', 'A9:A15', 'B11:B13'],
  };
}

/** Hunan: a 长期 block and a 年度 block stacked, each with its goals, budget and indicators. */
export function stackedPeriodsForm(): Grid {
  const tree = (scale: number): Cell[][] => [
    ['产出指标', '数量指标', '培训人次', '≥', scale * 100, '人次'],
    [null, '质量指标', '合格率', '≥', 95, '%'],
    [null, '时效指标', '完成时间', '定性', '按期完成', null],
    [null, '成本指标', '总成本', '≤', scale * 50, '万元'],
    ['效益指标', '社会效益指标', '能力提升', '定性', '有效提升', null],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥', 90, '%'],
  ];
  return {
    sheet: '目标表',
    rows: [
      ['项目名称', '某培训项目', null, null, null, null],
      ['长期资金总额', 150, null, '单位：万元', null, null],
      ['长期目标', '三年培训300人次。', null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ...tree(3),
      ['年度资金总额', 50, null, null, null, null],
      ['年度目标', '培训100人次。', null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ...tree(1),
    ],
  };
}
