/**
 * The reader and checker on small grids in the shape of real provinces' forms (issue 9, "What real
 * forms look like"): no 项目编码 field, a code inside the 项目名称, split target columns, other
 * budget and header wordings, decorated indicator names, template leftovers, a 自评表 whose budget is
 * a matrix. Each test fails on the reader that knew only the Hebei text form.
 */
import { checkWorkbook } from '../../../src/core/check';
import { duplicateWords, labelKey, matchHeader, matchPart, operatorOf } from '../../../src/core/read/labels';
import { codeInName, joinTarget, readTargetSheets } from '../../../src/core/read/target-sheet';
import type { Grid } from '../../../src/core/read/grid';
import { midAndAnnualForm, plainForm, selfEvalForm, sichuanCode, stackedPeriodsForm, TREE, type Cell } from './form-grids';


const list = (grid: Grid, options = {}): string[] => checkWorkbook([grid], options).map((f) => `${f.cell} ${f.severity} ${f.code}`);

describe('codes on forms of other provinces', () => {
  it('says nothing about a 项目编码 where the form has no code field', () => {
    expect(list(plainForm('某培训项目', TREE))).toEqual([]);
  });

  it('takes a code written inside the 项目名称 cell and checks it', () => {
    const code = sichuanCode();
    const { tables } = readTargetSheets(plainForm(`${code}-某培训项目`, TREE));
    expect(tables[0]?.project.code).toBe(code);
    expect(tables[0]?.project.name).toBe('某培训项目');
    expect(tables[0]?.codeSource).toBe('name');
    expect(tables[0]?.cells.code).toBe('B2');
    expect(readTargetSheets(plainForm(`某培训项目（${code}）`, TREE)).tables[0]?.project.code).toBe(code);
    // A code of a future year inside the name is reported at the name cell.
    expect(list(plainForm(`${sichuanCode('27')}-某培训项目`, TREE))).toEqual(['B2 error CODE_YEAR_FUTURE']);
  });

  it('does not take a year or a short number in the name for a code', () => {
    expect(codeInName('2025年某培训项目')).toBeUndefined();
    expect(codeInName('某项目（2025）')).toBeUndefined();
    expect(codeInName('ABCDEFGHIJKLMNOPQ-项目')).toBeUndefined();
  });

  it('allows the next year on a 自评表, which is filled in the year after', () => {
    const grid = selfEvalForm(sichuanCode('25'));
    expect(list(grid).filter((f) => f.includes('CODE_'))).toEqual([]);
    expect(list(selfEvalForm(sichuanCode('26'))).filter((f) => f.includes('CODE_'))).toEqual(['B2 error CODE_YEAR_FUTURE']);
  });
});

describe('labels as data', () => {
  it('keeps no word in two fields', () => {
    expect(duplicateWords()).toEqual([]);
  });

  it('matches labels through their decorations', () => {
    expect(labelKey('项目资金（万元）')).toEqual({ key: '项目资金', unit: '万元' });
    expect(labelKey('预算执行情况(20分)')).toEqual({ key: '预算执行情况', points: 20 });
    expect(matchHeader('实际完成指标值(B)')?.field).toBe('actual');
    expect(matchHeader('全年实际值（B）')?.field).toBe('actual');
    expect(matchHeader('1-6月完成值')?.field).toBe('actual');
    expect(matchHeader('单项指标\n实际完成值')?.field).toBe('actual');
    expect(matchHeader('年初目标值(A)')?.field).toBe('target');
    expect(matchHeader('指标值及单位')?.field).toBe('target');
    expect(matchHeader('权重')?.field).toBe('weight');
    expect(matchHeader('偏差原因分析及改进措施')?.field).toBe('reason');
    expect(matchHeader('指标内容')?.field).toBe('level3');
    expect(matchHeader('计分方法')?.field).toBe('method');
    expect(matchHeader('①指标方向性')?.field).toBe('operator');
    expect(matchPart('其中：本年财政拨款')?.field).toBe('fiscal');
    expect(matchPart('年度本级预算金额')?.field).toBe('total');
    expect(matchPart('全年预算数(A)')?.field).toBe('total');
    expect(matchPart('年初预算数')?.field).toBe('totalInitial');
    expect(matchPart('一般公共预算')?.field).toBe('fiscal');
    expect(matchPart('自有资金')?.field).toBe('other');
    expect(matchPart('上年结转')?.field).toBe('carryOver');
    expect(matchPart('某某情况')).toBeUndefined();
  });

  it('reads the budget parts of a 项目资金 block and adds the fiscal ones up', () => {
    const { tables } = readTargetSheets(plainForm('某培训项目', TREE));
    const t = tables[0]!;
    expect(t.project.budget).toEqual({ total: 100, fiscal: 90, other: 10 });
    expect(t.project.amountUnit).toBe('万元');
    expect(t.cells['budget.total']).toBe('C4');
    expect(t.cells['budget.fiscal']).toBe('C5');
    expect(list(plainForm('某培训项目', TREE))).toEqual([]);
    const wrong = plainForm('某培训项目', TREE);
    wrong.rows[5] = [null, '上级资金', '40', null];
    expect(list(wrong)).toEqual(['C4 error BUDGET_SUM_MISMATCH']);
  });

  it('reads an amount written as text with its unit, and 标签：数值 in one cell', () => {
    const grid: Grid = {
      sheet: 's',
      rows: [
        ['项目名称：某项目'],
        ['年度资金总额：10606.7522万元'],
        ['绩效目标', '完成。'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ...TREE,
      ],
    };
    const t = readTargetSheets(grid).tables[0]!;
    expect(t.project.name).toBe('某项目');
    expect(t.project.budget.total).toBe(10606.7522);
    expect(t.project.amountUnit).toBe('万元');
  });

  it('takes the amount unit from a unit row', () => {
    const grid = plainForm('某培训项目', TREE);
    grid.rows[3] = ['项目资金', '资金总额', '1000000', null];
    grid.rows[4] = [null, '其中：财政拨款', '1000000', null];
    grid.rows[5] = [null, null, null, null];
    grid.rows[6] = [null, null, null, '金额单位：元'];
    const t = readTargetSheets(grid).tables[0]!;
    expect(t.project.amountUnit).toBe('元');
    expect(t.project.budget.total).toBe(1000000);
  });
});

describe('split target columns', () => {
  const header: Cell[] = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'];
  const rows: Cell[][] = [
    ['产出指标', '数量指标', '培训人次', '≥', 100, '人次'],
    [null, '质量指标', '培训合格率', '≧', '95', '%'],
    [null, '时效指标', '完成时间', '定性', '2025年12月底前', null],
    [null, '成本指标', '项目总成本', '≤', '70', '万元'],
    ['效益指标', '社会效益指标', '能力提升', '定性', '有效提升', null],
    ['满意度指标', '服务对象满意度指标', '满意度', '正向', '90', '%'],
  ];

  it('joins operator, value and unit into one 指标值 with the value cell as its address', () => {
    const t = readTargetSheets(plainForm('某项目', rows, header)).tables[0]!;
    expect(t.project.indicators.map((r) => r.target)).toEqual(['≥100人次', '≥95%', '2025年12月底前', '≤70万元', '有效提升', '≥90%']);
    expect(t.cells['indicators.3.target']).toBe('E13');
    expect(t.cells['indicators.3.operator']).toBe('D13');
    expect(t.cells['indicators.3.unit']).toBe('F13');
    expect(t.family.id).toBe('split-columns');
  });

  it('raises no implicit-operator or missing-unit warning when the columns state them', () => {
    expect(list(plainForm('某项目', rows, header))).toEqual([]);
  });

  it('points a finding on a joined 指标值 at the value cell', () => {
    const bad = rows.map((r) => [...r]);
    bad[1] = [null, '质量指标', '培训合格率', '≥', '120', '%'];
    const findings = checkWorkbook([plainForm('某项目', bad, header)]);
    const rate = findings.find((f) => f.code === 'TARGET_RATE_OVER_100' || f.code === 'TARGET_GTE_100_PERCENT');
    expect(rate?.cell).toBe('E11');
    expect(rate?.message).toContain('120%');
  });

  it('reads the operator words of every width', () => {
    expect(['≧', '≦', '═', '＞', '＜', '正向', '反向', '定量', '定性', ''].map(operatorOf)).toEqual(['≥', '≤', '=', '>', '<', '≥', '≤', '', '', '']);
    expect(joinTarget('≥', '≥60', '%')).toBe('≥60%');
    expect(joinTarget('≤', '70万元', '万元')).toBe('≤70万元');
    expect(joinTarget('定性', '良好', '')).toBe('良好');
    expect(joinTarget('', '', '%')).toBe('');
  });
});

describe('indicator names, placeholders and footnotes', () => {
  it('reads decorated 一级 names and skips template rows and footnotes without a word', () => {
    const rows: Cell[][] = [
      ['产出指标(50分)', '数量指标', '指标1：培训人次', '≥100人次'],
      [null, '数量指标', '指标2：', null],
      [null, '质量指标', '培训合格率', '≥95%'],
      [null, '/', '/', '/'],
      [null, '时效指标', '完成时间', '2025年12月底前'],
      [null, null, null, null],
      [null, '成本指标', '人均培训成本', '≤1000元'],
      ['效益指标（必填）', '社会效益指标', '能力提升', '有效提升'],
      ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
      ['注：指标值请按照“比较符号+数值+单位”填写，定性指标写明标准。', null, null, null],
    ];
    const grid = plainForm('某项目', rows);
    grid.merges = ['A19:D19'];
    const t = readTargetSheets(grid).tables[0]!;
    expect(t.project.indicators.map((r) => `${r.level1}/${r.level3}`)).toEqual([
      '产出指标/培训人次',
      '产出指标/培训合格率',
      '产出指标/完成时间',
      '产出指标/人均培训成本',
      '效益指标/能力提升',
      '满意度指标/参训人员满意度',
    ]);
    expect(list(grid)).toEqual([]);
  });

  it('knows the 效益 family (预期产出, 效果 with 满意度 under it) and 成本 as a 一级', () => {
    const effect: Cell[][] = [
      ['预期产出指标', '数量指标', '培训人次', '≥100人次'],
      [null, '质量指标', '合格率', '≥95%'],
      [null, '时效指标', '完成时间', '2025年12月底前'],
      [null, '成本指标', '人均成本', '≤1000元'],
      ['效果指标', '社会效益指标', '能力提升', '有效提升'],
      [null, '满意度', '参训人员满意度', '≥90%'],
    ];
    expect(list(plainForm('某项目', effect))).toEqual([]);
    const cost: Cell[][] = [
      ['成本指标', '经济成本指标', '人均成本', '≤1000元'],
      ['产出指标', '数量指标', '培训人次', '≥100人次'],
      [null, '质量指标', '合格率', '≥95%'],
      [null, '时效指标', '完成时间', '2025年12月底前'],
      ['效益指标', '社会效益指标', '能力提升', '有效提升'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
    ];
    expect(list(plainForm('某项目', cost))).toEqual([]);
  });
});

describe('form families', () => {
  it('names the family of each table and reports header cells it could not map', () => {
    const t = readTargetSheets(plainForm('某项目', TREE.map((r) => [...r, '说明文字']), ['一级指标', '二级指标', '三级指标', '指标值', '考核口径'])).tables[0]!;
    expect(t.family.id).toBe('generic');
    expect(t.unmapped).toEqual(['E9']);
    expect(t.family.parts).toEqual({ code: false, spendPlan: false, basis: false, weights: false });
  });

  it('adds the family to every finding of a table', () => {
    const grid = plainForm('某项目', TREE);
    grid.rows[3] = ['项目资金（万元）', '资金总额', 'abc', null];
    const findings = checkWorkbook([grid]);
    expect(findings.map((f) => `${f.code} ${f.family}`)).toEqual(['READ_AMOUNT_UNREADABLE 通用目标表']);
  });
});

describe('自评表', () => {
  it('reads the budget matrix: 全年预算数 as the budget, the execution row with its 分值 and 得分', () => {
    const t = readTargetSheets(selfEvalForm(sichuanCode('24'))).tables[0]!;
    expect(t.family.id).toBe('self-eval');
    expect(t.project.budget).toEqual({ total: 100, fiscal: 100, other: null, carryOver: null });
    expect(t.cells['budget.total']).toBe('D5');
    expect(t.selfEval?.execution).toMatchObject({ budget: 100, spent: 95, rate: 0.95, weight: 10, score: 9.5 });
    expect(t.cells['execution.score']).toBe('H5');
    expect(t.project.indicators).toHaveLength(6);
    expect(t.selfEval?.actuals).toEqual(['120人次', '96%', '2024年11月', '900元', '有效提升', '95%']);
  });

  it('checks a clean 自评表 without a false error', () => {
    expect(list(selfEvalForm(sichuanCode('24'))).filter((f) => !f.includes(' info '))).toEqual([]);
  });

  it('checks the entered 预算执行率 得分 against min(rate, 1) × its 分值, and the 总分 against the scores', () => {
    const grid = selfEvalForm(sichuanCode('24'));
    grid.rows[4] = [null, '年度资金总额', 100, 100, 80, 10, 0.8, 9.5, null];
    grid.rows[17] = ['总分', null, null, null, null, null, 100, 99.5, null];
    const findings = checkWorkbook([grid]);
    const execution = findings.find((f) => f.code === 'SCORE_EXECUTION_DIFFERS');
    expect(execution?.cell).toBe('H5');
    expect(execution?.message).toContain('8');
    expect(findings.filter((f) => f.code === 'SCORE_TOTAL_DIFFERS')).toEqual([]);
    grid.rows[17] = ['总分', null, null, null, null, null, 100, 95, null];
    expect(checkWorkbook([grid]).filter((f) => f.code === 'SCORE_TOTAL_DIFFERS').map((f) => f.cell)).toEqual(['H18']);
  });

  it('takes the execution weight from a label such as 预算执行情况(20分) when no 分值 is written', () => {
    const grid = selfEvalForm(sichuanCode('24'));
    grid.rows[3] = ['预算执行情况(20分)', null, '年初预算数', '全年预算数(A)', '全年执行数(B)', '执行率(B/A)', '得分', null, null];
    grid.rows[4] = [null, '年度资金总额', 100, 100, 90, '90%', 17, null, null];
    const t = readTargetSheets(grid).tables[0]!;
    expect(t.selfEval?.execution).toMatchObject({ points: 20, spent: 90, score: 17 });
    const findings = checkWorkbook([grid]).filter((f) => f.code === 'SCORE_EXECUTION_DIFFERS');
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('18')]);
  });
});

describe('periods', () => {
  it('reads the 年度 half of a 中期 | 年度 form as the year, and keeps the 中期 half apart', () => {
    const { tables } = readTargetSheets(midAndAnnualForm());
    expect(tables).toHaveLength(1);
    const { project, cells, family } = tables[0]!;
    expect(family.id).toBe('mid-and-annual');
    expect(project.budget).toEqual({ total: 100, fiscal: 100, other: null });
    expect(cells['budget.total']).toBe('F4');
    expect(project.goals).toBe('完成一期建设。');
    expect(project.indicators.map((r) => r.target)).toEqual(['≥100家', '≥99%', '2025年12月底前', '≤100万元', '有所提高', '≥85%']);
    expect(cells['indicators.0.target']).toBe('H10');
    expect(project.longTerm?.budget).toEqual({ total: 300, fiscal: 300, other: null });
    expect(project.longTerm?.goals).toBe('建成平台。');
    expect(project.longTerm?.indicators.map((r) => r.target)).toEqual(['≥300家', '≥99%', '2027年底前', '≤300万元', '明显提高', '≥90%']);
    expect(list(midAndAnnualForm()).filter((f) => !f.includes(' info '))).toEqual([]);
  });

  it('joins stacked 长期 and 年度 blocks into one project with the 年度 block as the year', () => {
    const { tables } = readTargetSheets(stackedPeriodsForm());
    expect(tables).toHaveLength(1);
    const { project, cells } = tables[0]!;
    expect(project.name).toBe('某培训项目');
    expect(project.budget.total).toBe(50);
    expect(project.goals).toBe('培训100人次。');
    expect(project.indicators.map((r) => r.target)).toEqual(['≥100人次', '≥95%', '按期完成', '≤50万元', '有效提升', '≥90%']);
    expect(cells['indicators.0.target']).toBe('E14');
    expect(project.longTerm?.budget.total).toBe(150);
    expect(project.longTerm?.indicators.map((r) => r.target)[0]).toBe('≥300人次');
    expect(list(stackedPeriodsForm()).filter((f) => !f.includes(' info '))).toEqual([]);
  });
});
