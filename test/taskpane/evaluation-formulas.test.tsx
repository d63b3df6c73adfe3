/** The 自评/监控 panel's formula choice (issue 11): PERF in Excel by default, portable on request, fallbacks said. */
import { fireEvent, screen } from '@testing-library/react';
import { projectToLayout } from '../../src/core/layout/target-sheet';
import { layoutToGrid } from '../../src/core/layout/to-grid';
import type { SheetLayout } from '../../src/core/layout/types';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Grid } from '../../src/core/read/grid';
import { EvaluationPanel } from '../../src/taskpane/components/evaluation/EvaluationPanel';
import { fakeWorkbook } from '../helpers/fake-workbook';
import { renderInPane } from './render';

function workbookOf(layouts: SheetLayout[]) {
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
  });
  return { workbook, written };
}

const formulas = (layout: SheetLayout): string[] => layout.blocks.flatMap((b) => b.formulas.flat().filter((f): f is string => f !== null));

describe('EvaluationPanel formulas', () => {
  it('writes PERF formulas in Excel by default and portable ones when chosen, saying which rows keep PERF', async () => {
    const project = JSON.parse(JSON.stringify(SEED_PROJECTS[0]!)) as typeof SEED_PROJECTS[number];
    project.indicators[2]!.target = '≥';
    const { workbook, written } = workbookOf([projectToLayout(project)]);
    renderInPane(<EvaluationPanel host={{ kind: 'excel', workbook }} />);
    await screen.findAllByTestId('evaluation-indicator');
    expect((screen.getByLabelText('PERF函数（需本加载项）') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '生成' }));
    await screen.findByText(/已生成工作表/);
    expect(formulas(written[0]!).some((f) => f.includes('PERF.SCORE'))).toBe(true);

    fireEvent.click(screen.getByLabelText('通用公式（任何表格软件可重算）'));
    fireEvent.click(screen.getByRole('button', { name: '生成' }));
    await screen.findByText(/1 行无法写成通用公式/);
    const portable = written[1]!;
    expect(portable.portableFallbacks).toHaveLength(1);
    expect(formulas(portable).filter((f) => f.includes('PERF.SCORE'))).toHaveLength(1);
  }, 30_000);
});
