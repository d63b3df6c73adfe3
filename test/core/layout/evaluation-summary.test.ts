import { checkWorkbook } from '../../../src/core/check';
import { evaluationLayout } from '../../../src/core/layout/evaluation';
import { evaluationSummaryLayout, findEvaluationSheets, EVALUATION_SUMMARY_SHEET } from '../../../src/core/layout/evaluation-summary';
import { projectToLayout } from '../../../src/core/layout/target-sheet';
import { layoutToGrid } from '../../../src/core/layout/to-grid';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';

const ACTUALS = ['65%', 0.5, '达成', '合格', 0.06, 0.04, '70%', '85%', '95%'];

describe('一键汇总', () => {
  const self = evaluationLayout(SEED_PROJECTS[0]!, { mode: 'self-evaluation', sheetName: 'A-自评', inputs: { spent: 16.5, actuals: ACTUALS } });
  const monitor = evaluationLayout(SEED_PROJECTS[0]!, { mode: 'monitoring', month: 7, sheetName: 'A-监控7月', inputs: { spent: 9, actuals: ACTUALS } });
  const target = projectToLayout(SEED_PROJECTS[1]!);
  const grids = [target, self, monitor].map(layoutToGrid);

  it('finds the evaluation sheets and their figures, not the 目标表', () => {
    const entries = findEvaluationSheets(grids);
    expect(entries.map((e) => [e.sheet, e.mode, e.month])).toEqual([
      ['A-自评', 'self-evaluation', undefined],
      ['A-监控7月', 'monitoring', 7],
    ]);
    expect(entries[0]?.cells).toEqual({ rate: self.fields['execution.rate'], score: self.fields['total.score'], grade: self.fields['total.grade'] });
    expect(entries[0]?.values.score).toBe(96.13);
    expect(entries[0]?.values.grade).toBe('优');
    expect(entries[1]?.cells.light).toBe(monitor.fields['execution.light']);
    expect(entries[1]?.values.light).toBe('绿');
    expect(entries[1]?.values.rate).toBeCloseTo(9 / 17, 12);
  });

  it('lays out one sortable row per sheet: absolute references with cached values, lights coloured', () => {
    const layout = evaluationSummaryLayout(findEvaluationSheets(grids));
    expect(layout.name).toBe(EVALUATION_SUMMARY_SHEET);
    const rows = layout.blocks.find((b) => b.name === 'rows')!;
    expect(rows.formulas[0]![4]).toBe(`='A-自评'!$${self.fields['execution.rate']!.replace(/(\d+)/, '$$$1')}`);
    expect(rows.formulas[0]![5]).toMatch(/^='A-自评'!\$J\$22$/);
    expect(rows.values[0]![5]).toBe(96.13);
    expect(rows.formulas[0]![6]).toBe(`='A-自评'!$J$23&""`);
    expect(rows.values[0]![6]).toBe('优');
    expect(rows.values[1]![7]).toBe('绿');
    expect(rows.values[1]![3]).toBe('监控（1-7月）');
    expect(layout.conditionalFormats.map((f) => f.formula)).toEqual(['=H3="红"', '=H3="黄"', '=H3="绿"', '=H3="蓝"']);
    expect(layout.blocks.some((b) => b.name === 'total')).toBe(false);
  });

  it('is a summary to the checker, not a register', () => {
    const summary = layoutToGrid(evaluationSummaryLayout(findEvaluationSheets(grids)));
    const codes = checkWorkbook([summary]).map((f) => f.code);
    expect(codes.filter((c) => c.startsWith('REGISTER_'))).toEqual([]);
  });
});
