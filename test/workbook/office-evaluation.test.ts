import { evaluationLayout } from '../../src/core/layout/evaluation';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { createOfficeWorkbook } from '../../src/workbook/office';
import { addCharts } from '../../src/workbook/office-evaluation';
import { writeLayouts } from '../../src/workbook/office-sheets';
import { mockExcel } from '../helpers/excel-mock';

const seed = SEED_PROJECTS[0]!;
const ACTUALS = ['65%', 0.5, '达成', '合格', 0.06, 0.04, '70%', '85%', '95%'];

describe('monitoring sheet through Office.js', () => {
  const layout = evaluationLayout(seed, { mode: 'monitoring', month: 7, sheetName: 'A-监控7月', inputs: { spent: 9, actuals: ACTUALS } });

  it('writes the sheet in one sync (plus one for the names and one to recalculate), with the lights as conditional formats', async () => {
    const excel = mockExcel([{ name: seed.name }]);
    const report = await writeLayouts(excel.run, [layout]);
    expect(report.syncs).toBe(3);
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

// 固化结果 is tested against the stricter Excel: test/workbook/office-strict.test.ts.
