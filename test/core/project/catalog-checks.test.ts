/**
 * The catalog and the checker agree: every template the 指标库 offers (and every default a batch
 * fills in), laid out on a sheet as the wizard and the batch write it, draws no finding about its
 * indicator from 检查. The product's own suggestion must not trip its own checker.
 */
import { BUILTIN_TEMPLATES, applyTemplate, defaultIndicators, type TreeId } from '../../../src/core/project/catalog';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import type { IndicatorRow, Project } from '../../../src/core/project/types';
import { CHECK_CODES, checkWorkbook, type CheckCode, type Finding } from '../../../src/core/check';
import { projectToLayout } from '../../../src/core/layout/target-sheet';
import { layoutToGrid } from '../../../src/core/layout/to-grid';

const seed = SEED_PROJECTS[0]!;

/** The findings about indicators (the 指标值 lint included) of `project` written as a 绩效目标表. */
function indicatorFindings(project: Project): Finding[] {
  const grid = layoutToGrid(projectToLayout(project));
  return checkWorkbook([grid]).filter((f) => {
    const known = CHECK_CODES[f.code as CheckCode];
    return known === undefined || known.area === 'indicators';
  });
}

function withIndicators(indicators: IndicatorRow[]): Project {
  return { ...seed, indicators };
}

describe('the 指标库 and the checker', () => {
  it.each(['classic', 'cost2021'] as TreeId[])('the defaults of the %s tree draw no indicator finding', (tree) => {
    const rows = defaultIndicators(seed, { tree });
    expect(rows.length).toBeGreaterThan(4);
    expect(indicatorFindings(withIndicators(rows))).toEqual([]);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('template %s, added to the defaults, draws no indicator finding', (_id, template) => {
    const tree: TreeId = template.level1 === '成本指标' ? 'cost2021' : 'classic';
    const rows = [...defaultIndicators(seed, { tree }), applyTemplate(template, seed)];
    const found = indicatorFindings(withIndicators(rows)).map((f) => `${f.cell} ${f.code}: ${f.message}`);
    expect(found).toEqual([]);
  });
});
