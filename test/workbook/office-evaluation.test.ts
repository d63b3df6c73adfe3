import { evaluationLayout } from '../../src/core/layout/evaluation';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { createOfficeWorkbook } from '../../src/workbook/office';
import { addCharts, freezeSheet } from '../../src/workbook/office-evaluation';
import { writeLayouts } from '../../src/workbook/office-sheets';
import { mockExcel } from '../helpers/excel-mock';

const seed = SEED_PROJECTS[0]!;
const ACTUALS = ['65%', 0.5, '达成', '合格', 0.06, 0.04, '70%', '85%', '95%'];

describe('monitoring sheet through Office.js', () => {
  const layout = evaluationLayout(seed, { mode: 'monitoring', month: 7, sheetName: 'A-监控7月', inputs: { spent: 9, actuals: ACTUALS } });

  it('writes the sheet in one sync (plus one for the names), with the lights as conditional formats', async () => {
    const excel = mockExcel([{ name: seed.name }]);
    const report = await writeLayouts(excel.run, [layout]);
    expect(report.syncs).toBe(2);
    const sheet = excel.sheet('A-监控7月')!;
    const rules = sheet.ranges.flatMap((r) => r.conditionalFormats.map((f) => ({ address: r.address, formula: f.custom.rule.formula, fill: f.custom.format.fill.color })));
    expect(rules).toEqual(expect.arrayContaining([
      { address: 'M13:M21', formula: '=M13="红"', fill: '#FFC7CE' },
      { address: 'M13:M21', formula: '=M13="蓝"', fill: '#BDD7EE' },
      { address: 'G11:I11', formula: '=G11="绿"', fill: '#C6EFCE' },
    ]));
    // The sheet the user had is not written to.
    expect(excel.sheet(seed.name)!.ranges).toEqual([]);
  });

  it('draws the spend chart from its spec in one sync: a line of each series over the months, placed over its anchor', async () => {
    const excel = mockExcel([{ name: 'A-监控7月' }]);
    const report = await addCharts(excel.run, 'A-监控7月', layout.charts!);
    expect(report).toEqual({ charts: 1, syncs: 1 });
    expect(excel.syncs()).toBe(1);
    const [chart] = excel.sheet('A-监控7月')!.charts;
    const spec = layout.charts![0]!;
    expect(chart).toEqual({
      type: 'Line',
      source: spec.series[0]!.values,
      seriesBy: 'Columns',
      title: { text: '资金支出进度：计划与实际（累计）' },
      legend: { position: 'Bottom' },
      series: [
        { name: '计划累计支出进度', values: spec.series[0]!.values, xAxisValues: spec.categories },
        { name: '实际累计支出进度', values: spec.series[1]!.values, xAxisValues: spec.categories },
      ],
      position: [spec.anchor.split(':')[0], spec.anchor.split(':')[1]],
    });
  });

  it('adds no chart and no sync for a layout without charts', async () => {
    const excel = mockExcel([{ name: 'S' }]);
    expect(await addCharts(excel.run, 'S', [])).toEqual({ charts: 0, syncs: 0 });
    expect(excel.syncs()).toBe(0);
  });

  it('is reachable through the port', async () => {
    const excel = mockExcel([{ name: 'A-监控7月' }]);
    const workbook = createOfficeWorkbook(excel.run);
    await workbook.addCharts!('A-监控7月', layout.charts!);
    expect(excel.sheet('A-监控7月')!.charts).toHaveLength(1);
  });
});

describe('固化结果 through Office.js', () => {
  const values = [
    ['得分', '等级', '说明', '合计'],
    [7.5, '优', '=PERF.X', 17.5],
    ['', '绿', '红', 10],
  ];
  const formulas = [
    ['得分', '等级', '说明', '合计'],
    ['=IF(G13="","",PERF.SCORE(G13,E13,I13,,"auto",B13))', '=perf.grade(J22)', '="PERF.X"', '=SUM(A2,10)'],
    ['', '=IF(G14="","",PERF.LIGHT(G14,E14,7,,B14))', '红', 10],
  ];

  it('copies the sheet and replaces only PERF formulas by their values, in two syncs; the original stays', async () => {
    const excel = mockExcel([{ name: 'A-自评', values, formulas, rowIndex: 9, columnIndex: 2 }]);
    const report = await freezeSheet(excel.run, 'A-自评');
    expect(report).toEqual({ name: 'A-自评-固化', replaced: 3, syncs: 2 });
    expect(excel.syncs()).toBe(2);
    expect(excel.sheetNames()).toEqual(['A-自评', 'A-自评-固化']);
    const copy = excel.sheet('A-自评-固化')!;
    expect(copy.copiedFrom).toBe('A-自评');
    const written = copy.ranges.find((r) => r.formulas !== undefined)!;
    expect(written.address).toBe('C10:F12');
    expect(written.formulas).toEqual([
      ['得分', '等级', '说明', '合计'],
      [7.5, '优', '="PERF.X"', '=SUM(A2,10)'],
      ['', '绿', '红', 10],
    ]);
    expect(excel.sheet('A-自评')!.ranges).toEqual([]);
  });

  it('gives the copy a free name and writes nothing when there is nothing to replace', async () => {
    const excel = mockExcel([{ name: 'S', values: [[1]], formulas: [['=1+1']] }, { name: 'S-固化' }]);
    const workbook = createOfficeWorkbook(excel.run);
    const result = await workbook.freezeSheet!('S');
    expect(result.replaced).toBe(0);
    expect(result.name).not.toBe('S-固化');
    expect(excel.sheet(result.name)!.ranges).toEqual([]);
  });
});
