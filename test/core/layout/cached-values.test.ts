/**
 * Files that travel (#10 item 5), in the layouts themselves: every formula cell carries the value
 * it will show (the file caches it), and every PERF call is guarded so that an empty input gives
 * "" without calling PERF (a file opened where PerfTable is absent then computes "" itself).
 */
import { projectsToLayouts } from '../../../src/core/layout/batch';
import { evaluationLayout } from '../../../src/core/layout/evaluation';
import type { SheetLayout } from '../../../src/core/layout/types';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';

function layouts(): SheetLayout[] {
  const seed = SEED_PROJECTS[0]!;
  return [
    ...projectsToLayouts(SEED_PROJECTS, { mode: 'target' }),
    ...projectsToLayouts(SEED_PROJECTS, { mode: 'self-evaluation' }),
    ...projectsToLayouts(SEED_PROJECTS, { mode: 'monitoring', month: 7 }),
    evaluationLayout(seed, { mode: 'self-evaluation', inputs: { spent: 16.5, actuals: ['65%', 0.5] } }),
    evaluationLayout(seed, { mode: 'monitoring', month: 7, inputs: { spent: 16.5, actuals: ['65%'], forecasts: [null, 0.9] } }),
  ];
}

function formulaCells(layout: SheetLayout): Array<{ formula: string; value: unknown }> {
  return layout.blocks.flatMap((block) => block.formulas.flatMap((row, i) => row.flatMap((formula, j) => (formula === null ? [] : [{ formula, value: block.values[i]?.[j] }]))));
}

describe('formula cells of every layout', () => {
  it('each carries its expected value (empty text where the guard gives "")', () => {
    const unknown = layouts().flatMap((layout) => formulaCells(layout).filter((c) => c.value === null || c.value === undefined).map((c) => `${layout.name}: ${c.formula}`));
    expect(unknown).toEqual([]);
  });

  it('calls PERF only behind an IF(…,"",…) guard', () => {
    const bare = layouts().flatMap((layout) =>
      formulaCells(layout)
        .map((c) => c.formula)
        .filter((f) => f.includes('PERF.') && !(f.startsWith('=IF(') && f.slice(0, f.indexOf('PERF.')).includes(',"",')))
        .map((f) => `${layout.name}: ${f}`),
    );
    expect(bare).toEqual([]);
  });
});
