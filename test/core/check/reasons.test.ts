import { checkWorkbook } from '../../../src/core/check';
import { checkReasons } from '../../../src/core/check/reasons';
import { evaluationLayout, type EvaluationInputs } from '../../../src/core/layout/evaluation';
import { projectToLayout } from '../../../src/core/layout/target-sheet';
import { layoutToGrid } from '../../../src/core/layout/to-grid';
import type { CellValue } from '../../../src/core/layout/types';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import { readTargetSheets } from '../../../src/core/read/target-sheet';

const seed = SEED_PROJECTS[0]!;
// Row 2 (督导检查覆盖率 ≥60%) is not met by 50%; row 3 (完工及时率) is 部分达成 by 基本完成.
const ACTUALS: CellValue[] = ['65%', '50%', '基本完成', '合格', '6%', '5%', '70%', '85%', '95%'];

function reasons(mode: 'self-evaluation' | 'monitoring', inputs: EvaluationInputs) {
  const grid = layoutToGrid(evaluationLayout(seed, { mode, inputs }));
  return checkWorkbook([grid]).filter((f) => f.code.startsWith('REASON_'));
}

describe('checkReasons', () => {
  it('flags an unmet and a partly met indicator without a reason, at the reason cell', () => {
    const found = reasons('self-evaluation', { spent: 17, actuals: ACTUALS });
    expect(found.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ['REASON_MISSING', 'K14', 'warning'],
      ['REASON_MISSING', 'K15', 'warning'],
    ]);
    expect(found[0]?.message).toBe('「督导检查覆盖率」未达成，但未填写偏差原因分析及改进措施');
    expect(found[1]?.message).toContain('部分达成');
    expect(found[0]?.messageEn).toContain('not met');
    expect(found[0]?.project).toBe(seed.code);
  });

  it('is satisfied by a reason', () => {
    const reasonsGiven = ACTUALS.map((_a, i) => (i === 1 || i === 2 ? '人员不足，下半年补齐' : null));
    expect(reasons('self-evaluation', { spent: 17, actuals: ACTUALS, reasons: reasonsGiven })).toEqual([]);
  });

  it('asks for a reason when 执行率 is below 90%, and not at 90%', () => {
    const met = ACTUALS.map((a, i) => (i === 1 ? '60%' : i === 2 ? '达成' : a));
    const low = reasons('self-evaluation', { spent: 15, actuals: met });
    expect(low.map((f) => [f.code, f.cell])).toEqual([['REASON_EXECUTION_MISSING', 'G11']]);
    expect(low[0]?.message).toBe('预算执行率 88.24% 低于 90%，但未填写偏差原因分析及改进措施');
    expect(reasons('self-evaluation', { spent: 15.3, actuals: met })).toEqual([]);
    expect(reasons('self-evaluation', { spent: 15, actuals: met, executionReason: '年底采购未付款' })).toEqual([]);
  });

  it('judges the forecast on a monitoring sheet, and the budget against time progress', () => {
    const forecasts = ACTUALS.map((a, i) => (i === 1 ? '55%' : a));
    const found = reasons('monitoring', { spent: 3, actuals: ACTUALS, forecasts });
    expect(found.map((f) => [f.code, f.cell])).toEqual([
      ['REASON_EXECUTION_MISSING', 'J11'],
      ['REASON_MISSING', 'L14'],
      ['REASON_MISSING', 'L15'],
    ]);
    expect(found[1]?.message).toContain('预计未达成');
    // A 偏差原因类型 alone counts as a reason; on track (green) needs none.
    const causes = ACTUALS.map((_a, i) => (i === 1 || i === 2 ? '人员保障' : null));
    expect(reasons('monitoring', { spent: 9, actuals: ACTUALS, forecasts, causes })).toEqual([]);
  });

  it('leaves a 目标表 and a sheet without actuals alone', () => {
    expect(checkWorkbook([layoutToGrid(projectToLayout(seed))]).filter((f) => f.code.startsWith('REASON_'))).toEqual([]);
    expect(reasons('self-evaluation', {})).toEqual([]);
    expect(checkReasons([], [])).toEqual([]);
  });

  it('never throws on odd grids', () => {
    const grid = layoutToGrid(evaluationLayout(seed, { mode: 'self-evaluation', inputs: { actuals: ACTUALS } }));
    const table = readTargetSheets(grid).tables[0]!;
    const odd = { ...grid, rows: grid.rows.map((row, i) => (i === 13 ? (null as unknown as CellValue[]) : row)), merges: ['bad', 'A1:ZZZ'] };
    expect(() => checkReasons([odd], [{ sheet: grid.sheet, project: table.project, cells: table.cells, ...(table.selfEval ? { selfEval: table.selfEval } : {}) }])).not.toThrow();
  });
});
