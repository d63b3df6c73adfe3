/** The 汇总 sheet, the batch of sheets, and the register workbook's layouts. */
import { layoutToGrid } from '../../../src/core/layout/to-grid';
import { registerLayouts, REGISTER_NOTES } from '../../../src/core/layout/register-sheet';
import { summaryLayout } from '../../../src/core/layout/summary-sheet';
import { projectToLayout } from '../../../src/core/layout/target-sheet';
import { projectsToLayouts } from '../../../src/core/layout/batch';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import type { Project } from '../../../src/core/project/types';
import { readRegister } from '../../../src/core/read/register';
import { cellAt, expectWellFormed, valueAt } from './cells';

const projects = (): Project[] => SEED_PROJECTS.map((p) => structuredClone(p) as Project);

describe('projectsToLayouts', () => {
  it('makes the 汇总 then one sheet per project, named after it', () => {
    const layouts = projectsToLayouts(projects());
    expect(layouts.map((l) => l.name)).toEqual(['汇总', ...SEED_PROJECTS.map((p) => p.name)]);
    expect(layouts.map((l) => l.kind)).toEqual(['summary', 'target', 'target', 'target', 'target', 'target']);
    layouts.forEach(expectWellFormed);
  });

  it('never takes a name the workbook has, nor one it gave already', () => {
    const twins = [projects()[0]!, { ...projects()[0]!, code: 'X' }];
    const layouts = projectsToLayouts(twins, { existing: ['汇总', 'Sheet1'] });
    expect(layouts.map((l) => l.name)).toEqual(['汇总 (2)', '2025年安全生产、综治维稳工作安排', '2025年安全生产、综治维稳工作安排 (2)']);
    expect(valueAt(layouts[0]!, 'C5')).toBe('2025年安全生产、综治维稳工作安排');
    expect(cellAt(layouts[0]!, 'C5')?.formula).toBe(`=HYPERLINK("#'2025年安全生产、综治维稳工作安排 (2)'!A1","2025年安全生产、综治维稳工作安排")`);
  });

  it('can leave the summary out and passes the mode on', () => {
    const layouts = projectsToLayouts(projects().slice(0, 1), { summary: false, mode: 'self-evaluation' });
    expect(layouts.map((l) => l.name)).toEqual(['2025年安全生产、综治维稳工作安排']);
    expect(valueAt(layouts[0]!, 'G12')).toBe('实际完成值');
  });
});

describe('the 汇总 sheet of the seed', () => {
  const layouts = projectsToLayouts(projects());
  const summary = layouts[0]!;

  it('lists each project with a link to its sheet and formulas on its amounts', () => {
    expect(['A3', 'B3', 'C3', 'D3', 'E3', 'F3', 'G3'].map((a) => valueAt(summary, a))).toEqual(['序号', '项目编码', '项目名称', '预算数', '财政资金', '其他资金', '三级指标数']);
    SEED_PROJECTS.forEach((p, i) => {
      const r = 4 + i;
      expect([valueAt(summary, `A${r}`), valueAt(summary, `B${r}`), valueAt(summary, `C${r}`), valueAt(summary, `D${r}`), valueAt(summary, `E${r}`), valueAt(summary, `G${r}`)]).toEqual([
        i + 1,
        p.code,
        p.name,
        p.budget.total,
        p.budget.fiscal,
        p.indicators.length,
      ]);
      expect(cellAt(summary, `C${r}`)?.formula).toBe(`=HYPERLINK("#'${p.name}'!A1","${p.name}")`);
      expect(cellAt(summary, `D${r}`)?.formula).toBe(`='${p.name}'!B5`);
      expect(cellAt(summary, `F${r}`)?.formula).toBe(`='${p.name}'!D5`);
      expect(cellAt(summary, `G${r}`)?.formula).toBe(`=COUNTA('${p.name}'!C11:C${10 + p.indicators.length})`);
      expect(cellAt(summary, `D${r}`)?.numberFormat).toBe('0.00');
    });
  });

  it('totals with SUM formulas, the expected sums cached', () => {
    expect(valueAt(summary, 'A9')).toBe('合计');
    expect(cellAt(summary, 'D9')).toMatchObject({ formula: '=SUM(D4:D8)', value: 333, numberFormat: '0.00' });
    expect(cellAt(summary, 'E9')).toMatchObject({ formula: '=SUM(E4:E8)', value: 333 });
    expect(cellAt(summary, 'F9')).toMatchObject({ formula: '=SUM(F4:F8)', value: 0 });
    expect(cellAt(summary, 'G9')).toMatchObject({ formula: '=SUM(G4:G8)', value: 43 });
  });

  it('states the unit and repeats its header when printed', () => {
    expect(valueAt(summary, 'A1')).toBe('预算项目绩效目标汇总表');
    expect(valueAt(summary, 'A2')).toBe('808001中日唐山曹妃甸生态工业园管理委员会本级');
    expect(valueAt(summary, 'F2')).toBe('单位：万元');
    expect(summary.print.titleRows).toBe('$3:$3');
    expect(summary.freeze).toEqual({ rows: 3, columns: 0 });
  });

  it('adds a 自评得分 column in the self-evaluation mode', () => {
    const [s] = projectsToLayouts(projects().slice(0, 1), { mode: 'self-evaluation' });
    expect(valueAt(s!, 'H3')).toBe('自评得分');
    expect(cellAt(s!, 'H4')?.formula).toBe("='2025年安全生产、综治维稳工作安排'!J22");
  });

  it('gives no totals for amounts in different units', () => {
    const mixed = [projects()[0]!, { ...projects()[1]!, amountUnit: '元' as const }];
    const s = summaryLayout(mixed.map((project) => ({ project, layout: projectToLayout(project) })));
    expect(valueAt(s, 'F2')).toBe('单位：见各表');
    expect(cellAt(s, 'D6')).toMatchObject({ formula: null, value: null });
  });
});

describe('the register layouts', () => {
  it('is an empty template with 项目清单, 指标清单 and 填表说明', () => {
    const [register, list, notes] = registerLayouts();
    expect([register!.name, list!.name, notes!.name]).toEqual(['项目清单', '指标清单', '填表说明']);
    [register!, list!, notes!].forEach(expectWellFormed);
    expect(layoutToGrid(register!).rows[0]).toEqual([
      '单位编码',
      '单位名称',
      '年度',
      '金额单位',
      '项目编码',
      '项目名称',
      '预算数',
      '财政资金',
      '其他资金',
      '资金用途',
      '3月底',
      '6月底',
      '10月底',
      '12月底',
      '绩效目标',
    ]);
    expect(layoutToGrid(list!).rows[0]).toEqual(['项目编码', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    expect(layoutToGrid(register!).rows).toHaveLength(1);
    expect(layoutToGrid(notes!).rows.map((r) => r[0])).toEqual(REGISTER_NOTES);
  });

  it('formats the blank rows for typing: codes as text, amounts 0.00, percents 0%', () => {
    const [register] = registerLayouts();
    expect(['A2', 'E2', 'G2', 'K2', 'O2'].map((a) => cellAt(register!, a)?.numberFormat)).toEqual(['@', '@', '0.00', '0%', '@']);
    expect(register!.inputs).toEqual(['A2:O201']);
    expect(register!.validations).toEqual([{ range: 'D2:D201', list: ['万元', '元'], allowBlank: true, strict: true, error: '请从列表中选择' }]);
    expect(register!.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it('holds the seed as rows, and reads back to the same projects', () => {
    const [register, list] = registerLayouts(projects());
    expect(layoutToGrid(register!).rows[1]).toEqual([
      '808001',
      '中日唐山曹妃甸生态工业园管理委员会本级',
      2025,
      '万元',
      '13020925P00066510001J',
      '2025年安全生产、综治维稳工作安排',
      17,
      17,
      null,
      SEED_PROJECTS[0]!.fundUse,
      0.25,
      0.5,
      0.75,
      1,
      SEED_PROJECTS[0]!.goals,
    ]);
    const read = readRegister(layoutToGrid(register!), { indicators: layoutToGrid(list!) });
    expect(read.projects.map((e) => e.project)).toEqual(SEED_PROJECTS);
    expect(read.projects.map((e) => e.row)).toEqual([2, 3, 4, 5, 6]);
    expect(read.findings).toEqual([]);
  });
});
