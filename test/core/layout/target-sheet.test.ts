/**
 * Golden tests of the 绩效目标表 layout on the seed's five projects: every labelled field at its
 * place, the merges, the number formats, the drop-down lists, the print settings; then the
 * monitoring and self-evaluation columns, and the rules every layout keeps (text stays text).
 */
import { projectToLayout, TARGET_LABELS } from '../../../src/core/layout/target-sheet';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import type { Project } from '../../../src/core/project/types';
import { cellAt, everyCell, expectWellFormed, valueAt } from './cells';

const seed = (i: number): Project => structuredClone(SEED_PROJECTS[i]!) as Project;

/** The 一级 merges the seed's tables have: 产出 rows, 效益 rows, 满意度 a single row (not merged). */
const LEVEL1_MERGES = [
  ['A11:A14', 'A15:A18'],
  ['A11:A14', 'A15:A18'],
  ['A11:A14', 'A15:A16'],
  ['A11:A14', 'A15:A18'],
  ['A11:A14', 'A15:A18'],
];

describe.each([0, 1, 2, 3, 4])('the target sheet of seed project %i', (i) => {
  const project = seed(i);
  const layout = projectToLayout(project);

  it('is well formed', () => expectWellFormed(layout));

  it('writes the title, the unit line and the identity rows', () => {
    expect(layout.name).toBe(project.name);
    expect(layout.kind).toBe('target');
    expect(valueAt(layout, 'A1')).toBe('预算项目绩效目标表');
    expect(valueAt(layout, 'A2')).toBe('808001中日唐山曹妃甸生态工业园管理委员会本级');
    expect(valueAt(layout, 'E2')).toBe('单位：万元');
    expect([valueAt(layout, 'A3'), valueAt(layout, 'B3'), valueAt(layout, 'D3'), valueAt(layout, 'E3')]).toEqual(['项目编码', project.code, '项目名称', project.name]);
  });

  it('writes the budget under its labels, as numbers with two decimals', () => {
    expect(valueAt(layout, 'A4')).toBe('预算规模及资金用途');
    expect([valueAt(layout, 'B4'), valueAt(layout, 'C4'), valueAt(layout, 'D4')]).toEqual(['预算数', '其中：财政资金', '其他资金']);
    expect([valueAt(layout, 'B5'), valueAt(layout, 'C5'), valueAt(layout, 'D5')]).toEqual([project.budget.total, project.budget.fiscal, null]);
    for (const a of ['B5', 'C5', 'D5']) expect(cellAt(layout, a)?.numberFormat).toBe('0.00');
    expect(cellAt(layout, 'B5')?.formula).toBeNull();
    expect(valueAt(layout, 'B6')).toBe(project.fundUse);
  });

  it('flags a budget that is not the sum of its parts instead of overwriting it', () => {
    expect(layout.conditionalFormats).toEqual([
      { range: 'B5', formula: '=ABS(N($B$5)-SUM($C$5:$D$5))>0.005', fill: '#FFC7CE', fontColor: '#9C0006', code: 'LAYOUT_BUDGET_MISMATCH' },
    ]);
  });

  it('writes the spend plan as real percents', () => {
    expect(valueAt(layout, 'A7')).toBe('资金支出计划（%）');
    expect(['B7', 'C7', 'D7', 'E7'].map((a) => valueAt(layout, a))).toEqual(['3月底', '6月底', '10月底', '12月底']);
    expect(['B8', 'C8', 'D8', 'E8'].map((a) => valueAt(layout, a))).toEqual([0.25, 0.5, 0.75, 1]);
    for (const a of ['B8', 'C8', 'D8', 'E8']) expect(cellAt(layout, a)?.numberFormat).toBe('0%');
  });

  it('writes the goals and the indicator header', () => {
    expect(valueAt(layout, 'A9')).toBe('绩效目标');
    expect(valueAt(layout, 'B9')).toBe(project.goals);
    expect(['A10', 'B10', 'C10', 'D10', 'E10', 'F10'].map((a) => valueAt(layout, a))).toEqual(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    expect(cellAt(layout, 'A10')?.style).toBe('header');
  });

  it('writes every indicator row at its place, 一级 only at the top of its merge', () => {
    let previous = '';
    project.indicators.forEach((row, k) => {
      const r = 11 + k;
      const level1 = row.level1 === previous ? null : row.level1;
      previous = row.level1;
      expect(['A', 'B', 'C', 'D', 'E', 'F'].map((c) => valueAt(layout, `${c}${r}`))).toEqual([level1, row.level2, row.level3, row.description, row.target, row.basis]);
      for (const c of ['B', 'C', 'D', 'E', 'F']) expect(cellAt(layout, `${c}${r}`)?.numberFormat).toBe('@');
    });
    expect(layout.tables).toEqual([
      {
        name: 'indicators',
        headerRow: 10,
        firstRow: 11,
        lastRow: 10 + project.indicators.length,
        columns: { level1: 'A', level2: 'B', level3: 'C', description: 'D', target: 'E', basis: 'F' },
      },
    ]);
  });

  it('merges what the seed table merges', () => {
    expect(layout.merges).toEqual(['A1:F1', 'A2:D2', 'E2:F2', 'B3:C3', 'E3:F3', 'A4:A6', 'E4:F4', 'E5:F5', 'B6:F6', 'A7:A8', 'B9:F9', ...LEVEL1_MERGES[i]!]);
  });

  it('offers the 一级 list and, per 一级, its 二级 list', () => {
    const byRange = Object.fromEntries(layout.validations.map((v) => [v.range, v.list]));
    const last = 10 + project.indicators.length;
    expect(byRange[`A11:A${last}`]).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(byRange['B11:B14']).toEqual(['数量指标', '质量指标', '时效指标', '成本指标']);
    expect(byRange[`B15:B${last - 1}`]).toEqual(['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']);
    expect(byRange[`B${last}`]).toEqual(['服务对象满意度指标']);
    for (const v of layout.validations) expect(v.strict).toBe(false);
  });

  it('knows where each field is', () => {
    expect(layout.fields).toEqual({
      title: 'A1',
      unit: 'A2',
      amountUnit: 'E2',
      code: 'B3',
      name: 'E3',
      total: 'B5',
      fiscal: 'C5',
      other: 'D5',
      fundUse: 'B6',
      'spend.3': 'B8',
      'spend.6': 'C8',
      'spend.10': 'D8',
      'spend.12': 'E8',
      goals: 'B9',
    });
  });

  it('prints on A4, one page wide, the indicator header repeated', () => {
    expect(layout.print).toEqual({
      paperSize: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: '$10:$10',
      printArea: `A1:F${10 + project.indicators.length}`,
      centerHorizontally: true,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      footer: '第 &P 页，共 &N 页',
    });
    expect(layout.usedRange).toBe(layout.print.printArea);
  });

  it('sizes columns and rows for the text', () => {
    expect(layout.columns.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    for (const c of layout.columns) expect(c.widthPoints).toBeGreaterThan(c.width * 5);
    const heights = new Map(layout.rows.map((r) => [r.row, r.height]));
    for (let r = 1; r <= 10 + project.indicators.length; r += 1) expect(heights.get(r)).toBeGreaterThanOrEqual(20);
  });

  it('has no inputs and no formulas in the target mode', () => {
    expect(layout.inputs).toEqual([]);
    expect(everyCell(layout).filter((c) => c.formula !== null)).toEqual([]);
  });
});

describe('rows that hold longer text are taller', () => {
  it('grows with the description', () => {
    const layout = projectToLayout(seed(0));
    const heights = new Map(layout.rows.map((r) => [r.row, r.height]));
    // Row 18: 项目持续发挥作用, the longest description of the seed.
    expect(heights.get(18)).toBeGreaterThan(heights.get(19)!);
  });
});

describe('text that looks like a formula or a number', () => {
  const tricky = ['=1+1', '+86 123', '-5%', '@sum(A1)', '100%', '0012', '=PERF.EVAL(1,"≥60%")'];
  const project: Project = {
    ...seed(2),
    unitCode: '008001',
    name: tricky[0]!,
    code: tricky[5]!,
    fundUse: tricky[1]!,
    goals: tricky[3]!,
    indicators: tricky.map((t) => ({ level1: '产出指标', level2: '数量指标', level3: t, description: t, target: t, basis: t })),
  };

  it.each(['target', 'monitoring', 'self-evaluation'] as const)('stays text, never a formula (%s)', (mode) => {
    const layout = projectToLayout(project, { mode });
    expectWellFormed(layout);
    const cells = everyCell(layout).filter((c) => typeof c.value === 'string' && tricky.some((t) => (c.value as string).includes(t)));
    expect(cells.length).toBeGreaterThanOrEqual(tricky.length * 4);
    for (const cell of cells) {
      expect(cell.formula).toBeNull();
      expect(cell.numberFormat).toBe('@');
    }
    expect(valueAt(layout, 'A2')).toBe('008001中日唐山曹妃甸生态工业园管理委员会本级');
  });
});

describe('the self-evaluation columns', () => {
  const project = seed(0);
  const layout = projectToLayout(project, { mode: 'self-evaluation' });
  const first = 13;
  const last = first + project.indicators.length - 1;

  it('is well formed and landscape', () => {
    expectWellFormed(layout);
    expect(layout.print.orientation).toBe('landscape');
    expect(valueAt(layout, 'A1')).toBe('项目支出绩效自评表');
    expect(layout.merges[0]).toBe('A1:K1');
  });

  it('adds a 预算执行情况 block before the indicators', () => {
    expect(['A10', 'B10', 'C10', 'D10', 'E10', 'F10'].map((a) => valueAt(layout, a))).toEqual(['预算执行情况', '全年预算数', '全年执行数', '执行率', '分值', '得分']);
    expect(valueAt(layout, 'B11')).toBe(17);
    expect(valueAt(layout, 'E11')).toBe(10);
    expect(cellAt(layout, 'D11')).toMatchObject({ formula: '=IF(OR(N(B11)=0,C11=""),"",C11/B11)', numberFormat: '0.00%' });
    expect(cellAt(layout, 'F11')?.formula).toBe('=IF(OR(D11="",E11=""),"",ROUND(MIN(D11,1)*E11,2))');
  });

  it('adds 实际完成值, 是否达成, 分值, 得分 and 偏差原因 with the PERF formulas', () => {
    expect(['G12', 'H12', 'I12', 'J12', 'K12'].map((a) => valueAt(layout, a))).toEqual(['实际完成值', '是否达成', '分值', '得分', '偏差原因分析及改进措施']);
    expect(cellAt(layout, `H${first}`)?.formula).toBe(`=IF(G${first}="","",PERF.EVAL(G${first},E${first},"auto",B${first}))`);
    expect(cellAt(layout, `J${first}`)?.formula).toBe(`=IF(OR(G${first}="",I${first}=""),"",PERF.SCORE(G${first},E${first},I${first},,"auto",B${first}))`);
    expect(layout.tables[0]?.columns).toMatchObject({ actual: 'G', met: 'H', weight: 'I', score: 'J', reason: 'K' });
  });

  it('prefills 分值 with the default weights split evenly, adding up to 100 with the budget row', () => {
    const weights = project.indicators.map((_, k) => valueAt(layout, `I${first + k}`) as number);
    expect(weights).toEqual([12.5, 12.5, 12.5, 12.5, 7.5, 7.5, 7.5, 7.5, 10]);
    expect(cellAt(layout, `I${last + 1}`)).toMatchObject({ formula: `=SUM(I${first}:I${last},E11)`, value: 100 });
    expect(cellAt(layout, `J${last + 1}`)?.formula).toBe(`=IF(COUNT(J${first}:J${last},F11)=0,"",SUM(J${first}:J${last},F11))`);
    expect(valueAt(layout, `A${last + 1}`)).toBe('合计');
  });

  it('splits an uneven weight to two decimals, the last row taking the rest', () => {
    const three = { ...project, indicators: project.indicators.filter((r) => r.level1 !== '产出指标' || r.level2 !== '成本指标') };
    const l = projectToLayout(three, { mode: 'self-evaluation' });
    expect([0, 1, 2].map((k) => valueAt(l, `I${first + k}`))).toEqual([16.66, 16.66, 16.68]);
  });

  it('leaves 分值 blank when asked', () => {
    const l = projectToLayout(project, { mode: 'self-evaluation', weights: false });
    expect(valueAt(l, `I${first}`)).toBeNull();
    expect(valueAt(l, 'E11')).toBeNull();
  });

  it('marks the cells the user fills in, unlocked', () => {
    expect(layout.inputs).toEqual(['B11:C11', 'E11:E11', `G${first}:G${last}`, `I${first}:I${last}`, `K${first}:K${last}`]);
    for (const a of [`G${first}`, `I${first}`, `K${last}`, 'B11', 'C11', 'E11']) expect(layout.styles[cellAt(layout, a)!.style]?.locked).toBe(false);
    for (const a of [`H${first}`, `J${first}`, `E${first}`, 'D11']) expect(layout.styles[cellAt(layout, a)!.style]?.locked).toBe(true);
  });

  it('knows where the execution and total cells are', () => {
    expect(layout.fields).toMatchObject({
      'execution.budget': 'B11',
      'execution.spent': 'C11',
      'execution.rate': 'D11',
      'execution.weight': 'E11',
      'execution.score': 'F11',
      'total.weight': `I${last + 1}`,
      'total.score': `J${last + 1}`,
    });
    expect(layout.print.titleRows).toBe('$12:$12');
  });
});

describe('the monitoring columns', () => {
  const project = seed(4);
  const layout = projectToLayout(project, { mode: 'monitoring', month: 7 });
  const first = 13;
  const last = first + project.indicators.length - 1;

  it('is well formed and titled with its months', () => {
    expectWellFormed(layout);
    expect(valueAt(layout, 'A1')).toBe('项目绩效运行监控表（1-7月）');
  });

  it('adds 1-7月完成值, 全年预计完成值, the verdict on the forecast, likelihood, cause and reason', () => {
    expect(['G12', 'H12', 'I12', 'J12', 'K12', 'L12'].map((a) => valueAt(layout, a))).toEqual([
      '1-7月完成值',
      '全年预计完成值',
      '预计是否达成',
      '完成目标可能性',
      '偏差原因类型',
      '偏差原因分析及改进措施',
    ]);
    expect(cellAt(layout, `I${first}`)?.formula).toBe(`=IF(H${first}="","",PERF.EVAL(H${first},E${first},"auto",B${first}))`);
  });

  it('shows the time progress of month 7 beside the execution', () => {
    expect(valueAt(layout, 'C10')).toBe('1-7月执行数');
    expect(valueAt(layout, 'E10')).toBe('时间进度');
    expect(valueAt(layout, 'E11')).toBe(0.5833);
  });

  it('offers the answers of DOMAIN.md §7 as strict lists', () => {
    const lists = layout.validations.filter((v) => v.strict);
    expect(lists).toEqual([
      { range: `J${first}:J${last}`, list: ['确定能', '有可能', '完全不可能'], allowBlank: true, strict: true, error: '请从列表中选择' },
      { range: `K${first}:K${last}`, list: ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'], allowBlank: true, strict: true, error: '请从列表中选择' },
    ]);
  });
});

describe('other projects', () => {
  it('gives a project without indicators a blank form row per 二级', () => {
    const layout = projectToLayout({ ...seed(0), indicators: [] });
    expectWellFormed(layout);
    expect(['A11', 'B11', 'C11', 'E11'].map((a) => valueAt(layout, a))).toEqual(['产出指标', '数量指标', null, null]);
    expect(layout.tables[0]?.lastRow).toBe(19);
    expect(cellAt(layout, 'E11')?.numberFormat).toBe('@');
  });

  it('uses the 2021 tree when 成本 is a 一级, and keeps names of the unit’s own', () => {
    const project = {
      ...seed(0),
      indicators: [
        { level1: '成本指标', level2: '经济成本指标', level3: '总成本', description: '', target: '≤17万元', basis: '' },
        { level1: '★项目完成指标', level2: '数量', level3: '次数', description: '', target: '≥2次', basis: '' },
        { level1: '管理指标', level2: '制度建设', level3: '制度', description: '', target: '健全', basis: '' },
      ],
    };
    const layout = projectToLayout(project);
    const byRange = Object.fromEntries(layout.validations.map((v) => [v.range, v.list]));
    expect(byRange['A11:A13']).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标', '管理指标']);
    expect(byRange.B11).toEqual(['经济成本指标', '社会成本指标', '生态环境成本指标']);
    expect(byRange.B12).toEqual(['数量指标', '质量指标', '时效指标']);
    expect(byRange.B13).toEqual(['经济成本指标', '社会成本指标', '生态环境成本指标', '数量指标', '质量指标', '时效指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标', '制度建设']);
    expect(valueAt(layout, 'A12')).toBe('★项目完成指标');
  });

  it('writes 上年结转 where the project has it, and checks it in the sum', () => {
    const layout = projectToLayout({ ...seed(0), budget: { total: 20, fiscal: 17, other: null, carryOver: 3 } });
    expect([valueAt(layout, 'E4'), valueAt(layout, 'E5')]).toEqual(['上年结转', 3]);
    expect(layout.conditionalFormats[0]?.formula).toBe('=ABS(N($B$5)-SUM($C$5:$E$5))>0.005');
    expect(layout.merges).not.toContain('E4:F4');
    expect(layout.merges).toContain('B6:F6');
    expect(layout.fields.carryOver).toBe('E5');
  });

  it('wraps a long spend plan over several row pairs', () => {
    const plan = Array.from({ length: 12 }, (_, m) => ({ month: m + 1, percent: Math.round(((m + 1) / 12) * 10000) / 100 }));
    const layout = projectToLayout({ ...seed(0), spendPlan: plan });
    expectWellFormed(layout);
    expect(layout.merges).toContain('A7:A12');
    expect(['B7', 'F7', 'B9', 'B11', 'C11', 'D11'].map((a) => valueAt(layout, a))).toEqual(['1月底', '5月底', '6月底', '11月底', '12月底', null]);
    expect(valueAt(layout, 'B8')).toBe(0.0833);
    expect(cellAt(layout, 'B8')?.numberFormat).toBe('0.00%');
    expect(cellAt(layout, 'C12')?.numberFormat).toBe('0%');
    expect(valueAt(layout, 'A13')).toBe('绩效目标');
  });

  it('shows the standard checkpoints for the user to fill when the plan is empty', () => {
    const layout = projectToLayout({ ...seed(0), spendPlan: [] });
    expect(['B7', 'E7'].map((a) => valueAt(layout, a))).toEqual(['3月底', '12月底']);
    expect(valueAt(layout, 'B8')).toBeNull();
    expect(cellAt(layout, 'B8')?.numberFormat).toBe('0%');
  });

  it('takes a title and a sheet name', () => {
    const layout = projectToLayout(seed(0), { title: '1.2025年安全生产、综治维稳工作安排绩效目标表', sheetName: '表1' });
    expect([layout.name, valueAt(layout, 'A1')]).toEqual(['表1', '1.2025年安全生产、综治维稳工作安排绩效目标表']);
  });

  it('is pure: the same input gives the same data', () => {
    expect(projectToLayout(seed(3), { mode: 'self-evaluation' })).toEqual(projectToLayout(seed(3), { mode: 'self-evaluation' }));
  });

  it('uses the labels of TARGET_LABELS', () => {
    expect(TARGET_LABELS.fiscal).toBe('其中：财政资金');
  });
});
