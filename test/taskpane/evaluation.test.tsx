import { fireEvent, screen, waitFor } from '@testing-library/react';
import { evaluationLayout } from '../../src/core/layout/evaluation';
import { projectToLayout } from '../../src/core/layout/target-sheet';
import { layoutToGrid } from '../../src/core/layout/to-grid';
import type { SheetLayout } from '../../src/core/layout/types';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Grid } from '../../src/core/read/grid';
import { EvaluationPanel } from '../../src/taskpane/components/evaluation/EvaluationPanel';
import { fakeWorkbook } from '../helpers/fake-workbook';
import { renderInPane } from './render';

const seed = SEED_PROJECTS[0]!;

/** A workbook of grids: writeLayouts adds sheets, readGrids reads them back. */
function workbookOf(layouts: SheetLayout[], extra: Parameters<typeof fakeWorkbook>[0] = {}) {
  const grids: Grid[] = layouts.map(layoutToGrid);
  const written: SheetLayout[] = [];
  const workbook = fakeWorkbook({
    sheetNames: async () => grids.map((g) => g.sheet),
    readGrids: async (names?: readonly string[]) => (names ? grids.filter((g) => names.includes(g.sheet)) : grids),
    writeLayouts: async (list: readonly SheetLayout[]) => {
      written.push(...list);
      grids.push(...list.map(layoutToGrid));
      return { written: list.map((l) => ({ requested: l.name, name: l.name })), cancelled: false, syncs: 2 };
    },
    ...extra,
  });
  return { workbook, written, grids };
}

describe('EvaluationPanel', () => {
  it('makes a self-evaluation sheet from the chosen 目标表 with what was typed, leaving the 目标表 alone', async () => {
    const { workbook, written } = workbookOf([projectToLayout(seed)]);
    renderInPane(<EvaluationPanel host={{ kind: 'excel', workbook }} />);
    const rows = await screen.findAllByTestId('evaluation-indicator');
    expect(rows).toHaveLength(9);
    fireEvent.change(screen.getByLabelText('全年执行数'), { target: { value: '16.5' } });
    fireEvent.change(screen.getByLabelText('企业开工率、投产率 实际完成值'), { target: { value: '65%' } });
    fireEvent.change(screen.getByLabelText('督导检查覆盖率 实际完成值'), { target: { value: '0.5' } });
    fireEvent.click(screen.getByRole('button', { name: '生成' }));
    await screen.findByText(/已生成工作表“2025年安全生产、综治维稳工作安排-自评”/);
    expect(written).toHaveLength(1);
    const layout = written[0]!;
    expect(layout.name).toBe('2025年安全生产、综治维稳工作安排-自评');
    const block = layout.blocks.find((b) => b.name === 'indicators')!;
    expect(block.values[0]![6]).toBe('65%');
    expect(block.values[1]![6]).toBe(0.5);
    expect(block.values[1]![9]).toBe(10.42);
  });

  it('makes a monitoring sheet for the month chosen (7 by default) and draws its chart where it can', async () => {
    const addCharts = jest.fn(async () => undefined);
    const { workbook, written } = workbookOf([projectToLayout(seed)], { addCharts });
    renderInPane(<EvaluationPanel host={{ kind: 'excel', workbook }} />);
    await screen.findAllByTestId('evaluation-indicator');
    fireEvent.click(screen.getByLabelText('运行监控表'));
    expect((screen.getByLabelText('监控月份（1-X月）') as HTMLSelectElement).value).toBe('7');
    fireEvent.change(screen.getByLabelText('监控月份（1-X月）'), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: '生成' }));
    await screen.findByText(/含支出进度图/);
    expect(written[0]!.name).toBe('2025年安全生产、综治维稳工作安排-监控6月');
    expect(addCharts).toHaveBeenCalledWith('2025年安全生产、综治维稳工作安排-监控6月', written[0]!.charts);
  });

  it('sums up the evaluation sheets, counting projects not sheets, and freezes the sheet chosen to freeze', async () => {
    const freezeSheet = jest.fn(async (name: string) => ({ name: `${name}-固化`, replaced: 20 }));
    const self = evaluationLayout(seed, { mode: 'self-evaluation', sheetName: 'A-自评', inputs: { spent: 17, actuals: ['65%'] } });
    const monitor = evaluationLayout(seed, { mode: 'monitoring', month: 7, sheetName: 'A-监控7月', inputs: { spent: 7 } });
    const { workbook, written } = workbookOf([projectToLayout(seed), self, monitor], { freezeSheet });
    renderInPane(<EvaluationPanel host={{ kind: 'excel', workbook }} />);
    await screen.findAllByTestId('evaluation-indicator');
    fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));
    // One project's 自评 and 监控 sheets are one project (it said "2 个项目").
    await screen.findByText('已生成“绩效汇总”：1 个项目');
    expect(written[0]!.kind).toBe('summary');
    const freezeChoice = screen.getByLabelText('要固化的工作表') as HTMLSelectElement;
    expect([...freezeChoice.options].map((o) => o.value)).toEqual(['A-自评', 'A-监控7月', '绩效汇总']);
    expect(freezeChoice.value).toBe('绩效汇总');
    fireEvent.change(freezeChoice, { target: { value: 'A-自评' } });
    fireEvent.click(screen.getByRole('button', { name: '固化结果' }));
    await screen.findByText(/20 个公式已固化为数值，原表不变/);
    expect(freezeSheet).toHaveBeenCalledWith('A-自评');
  });

  it('freezes the chosen sheet, not the one made last', async () => {
    const freezeSheet = jest.fn(async (name: string) => ({ name: `${name}-固化`, replaced: 3 }));
    const self = evaluationLayout(seed, { mode: 'self-evaluation', sheetName: 'A-自评', inputs: { spent: 17 } });
    const { workbook } = workbookOf([projectToLayout(seed), self], { freezeSheet });
    renderInPane(<EvaluationPanel host={{ kind: 'excel', workbook }} />);
    await screen.findAllByTestId('evaluation-indicator');
    fireEvent.click(screen.getByRole('button', { name: '生成' }));
    await screen.findByText(/已生成工作表“2025年安全生产、综治维稳工作安排-自评”/);
    const freezeChoice = screen.getByLabelText('要固化的工作表') as HTMLSelectElement;
    expect(freezeChoice.value).toBe('2025年安全生产、综治维稳工作安排-自评');
    fireEvent.change(freezeChoice, { target: { value: 'A-自评' } });
    fireEvent.click(screen.getByRole('button', { name: '固化结果' }));
    await screen.findByText(/3 个公式已固化为数值/);
    expect(freezeSheet).toHaveBeenCalledWith('A-自评');
  });

  it('offers only 绩效目标表 as sources, not the -自评, -监控, -固化 or 绩效汇总 sheets made from them', async () => {
    const self = evaluationLayout(seed, { mode: 'self-evaluation', sheetName: 'A-自评', inputs: { spent: 17 } });
    const frozen = { ...evaluationLayout(seed, { mode: 'self-evaluation', sheetName: 'A-自评-固化', inputs: { spent: 17 } }) };
    const monitor = evaluationLayout(seed, { mode: 'monitoring', month: 7, sheetName: 'A-监控7月', inputs: { spent: 7 } });
    const { workbook } = workbookOf([self, frozen, monitor, projectToLayout(seed)]);
    renderInPane(<EvaluationPanel host={{ kind: 'excel', workbook }} />);
    await screen.findAllByTestId('evaluation-indicator');
    const sources = screen.getByLabelText('绩效目标表') as HTMLSelectElement;
    expect([...sources.options].map((o) => o.value)).toEqual([seed.name]);
  });

  it('says so when a sheet holds no table, and when freezing is not possible here', async () => {
    const empty = fakeWorkbook({ sheetNames: async () => ['空表'], readGrids: async () => [{ sheet: '空表', rows: [['hello']] }] });
    renderInPane(<EvaluationPanel host={{ kind: 'excel', workbook: empty }} />);
    await screen.findByText('工作簿中没有绩效目标表');
    fireEvent.click(screen.getByRole('button', { name: '固化结果' }));
    await screen.findByText('此处无法固化：请在 Excel 中使用');
  });

  it('speaks English', async () => {
    const { workbook } = workbookOf([projectToLayout(seed)]);
    renderInPane(<EvaluationPanel host={{ kind: 'excel', workbook }} />, 'en');
    await screen.findAllByTestId('evaluation-indicator');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Make sheet' }).hasAttribute('disabled')).toBe(false));
    expect(screen.getByRole('button', { name: 'Freeze results' })).toBeTruthy();
  });
});
