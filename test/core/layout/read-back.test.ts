/**
 * The contract between the layout and the target-sheet reader (they meet only through Grid): a
 * sheet laid out from a project reads back as that project, in every mode.
 */
import { projectToLayout, type LayoutMode } from '../../../src/core/layout/target-sheet';
import { layoutToGrid } from '../../../src/core/layout/to-grid';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import { readTargetSheets } from '../../../src/core/read/target-sheet';

function readBack(i: number, mode: LayoutMode): void {
  const project = SEED_PROJECTS[i]!;
  const layout = projectToLayout(project, { mode });
  const { tables } = readTargetSheets(layoutToGrid(layout));
  expect(tables).toHaveLength(1);
  expect(tables[0]?.project).toEqual(project);
  expect(tables[0]?.cells.code).toBe(layout.fields.code);
  expect(tables[0]?.cells['budget.total']).toBe(layout.fields.total);
}

describe.each(['target', 'monitoring'] as const)('a %s sheet read back', (mode) => {
  it.each([0, 1, 2, 3, 4])('gives seed project %i again', (i) => readBack(i, mode));
});

describe('a self-evaluation sheet read back', () => {
  // Known gap (reported): the reader takes the 合计 row under the indicators for one more
  // indicator. When it stops at 合计/总分, these start passing: turn them into plain tests.
  it.failing.each([0, 1, 2, 3, 4])('gives seed project %i again', (i) => readBack(i, 'self-evaluation'));
});
