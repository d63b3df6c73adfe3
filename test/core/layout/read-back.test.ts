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

describe.each(['target', 'monitoring', 'self-evaluation'] as const)('a %s sheet read back', (mode) => {
  // A self-evaluation sheet's 合计 row ends its indicator table.
  it.each([0, 1, 2, 3, 4])('gives seed project %i again', (i) => readBack(i, mode));
});
