import type { Finding } from '../../src/core/check/types';
import { layoutToGrid, projectToLayout } from '../../src/core/layout';
import { findingsSheetLayout } from '../../src/core/layout/findings-sheet';
import { registerLayouts } from '../../src/core/layout/register-sheet';
import type { Grid } from '../../src/core/read/grid';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import {
  checkScope,
  comparePasses,
  findingKey,
  gridsForScope,
  groupBySeverity,
  isCellAddress,
  marksFor,
  runCheck,
  whereText,
  type CheckPass,
  type GridSource,
} from '../../src/taskpane/check-session';

function f(sheet: string, cell: string, code: string, severity: Finding['severity'] = 'error', message = `${code}`): Finding {
  return { sheet, cell, code, severity, message, messageEn: message };
}

function pass(findings: Finding[], sheets = [...new Set(findings.map((x) => x.sheet))], scope: CheckPass['scope'] = 'all'): CheckPass {
  return { scope, sheets, findings };
}

/** A workbook of grids, as the port gives them; records which sheets were read. */
function source(grids: Grid[], active = grids[0]): GridSource & { read: string[][] } {
  const read: string[][] = [];
  return {
    read,
    sheetNames: async () => grids.map((g) => g.sheet),
    readGrids: async (names) => {
      const wanted = names ?? grids.map((g) => g.sheet);
      read.push([...wanted]);
      return wanted.map((name) => {
        const grid = grids.find((g) => g.sheet === name);
        if (!grid) throw new Error(`no sheet named ${name}`);
        return grid;
      });
    },
    readActiveGrid: async () => {
      if (!active) throw new Error('no active sheet');
      return active;
    },
  };
}

function seedSheet(index: number, change?: (p: (typeof SEED_PROJECTS)[number]) => void): Grid {
  const project = structuredClone(SEED_PROJECTS[index]!);
  change?.(project);
  return layoutToGrid(projectToLayout(project));
}

describe('gridsForScope', () => {
  const a = seedSheet(0);
  const b = seedSheet(1);
  const results = layoutToGrid(findingsSheetLayout([f(a.sheet, 'B5', 'BUDGET_SUM_MISMATCH')]));
  const results2 = { ...results, sheet: '检查结果 (2)' };

  it('active: the sheet the user is looking at', async () => {
    const src = source([a, b], b);
    expect((await gridsForScope(src, 'active')).map((g) => g.sheet)).toEqual([b.sheet]);
    expect(src.read).toEqual([]);
  });

  it('all: every sheet but the 检查结果 sheets an earlier pass wrote', async () => {
    const src = source([a, results, b, results2]);
    expect((await gridsForScope(src, 'all')).map((g) => g.sheet)).toEqual([a.sheet, b.sheet]);
    expect(src.read).toEqual([[a.sheet, b.sheet]]);
  });

  it('all: nothing to read in a workbook of 检查结果 sheets only', async () => {
    const src = source([results]);
    expect(await gridsForScope(src, 'all')).toEqual([]);
    expect(src.read).toEqual([]);
  });

  it('register: 项目清单 and 指标清单 by name, nothing else', async () => {
    const [register, indicators, notes] = registerLayouts(SEED_PROJECTS.slice(0, 2)).map(layoutToGrid);
    const src = source([a, register!, indicators!, notes!]);
    expect((await gridsForScope(src, 'register')).map((g) => g.sheet)).toEqual(['项目清单', '指标清单']);
    expect(src.read).toEqual([['项目清单', '指标清单']]);
  });

  it('register: a renamed register is found by its header row', async () => {
    const [register, indicators] = registerLayouts(SEED_PROJECTS.slice(0, 2)).map(layoutToGrid);
    const src = source([a, { ...register!, sheet: '2025清单' }, { ...indicators!, sheet: '2025指标' }]);
    expect((await gridsForScope(src, 'register')).map((g) => g.sheet)).toEqual(['2025清单', '2025指标']);
  });

  it('register: none when the workbook has no register', async () => {
    expect(await gridsForScope(source([a, b]), 'register')).toEqual([]);
  });
});

describe('runCheck / checkScope', () => {
  it('finds the wrong 预算数 of the seed with budget.total changed, as an error at B5', async () => {
    const sheet = seedSheet(0, (p) => (p.budget.total = 18));
    const result = await checkScope(source([sheet]), 'all');
    expect(result.scope).toBe('all');
    expect(result.sheets).toEqual([sheet.sheet]);
    const mismatch = result.findings.find((x) => x.code === 'BUDGET_SUM_MISMATCH');
    expect(mismatch).toMatchObject({ sheet: sheet.sheet, cell: 'B5', severity: 'error' });
    expect(mismatch?.message).toContain('预算数');
  });

  it('an empty scope is a pass over no sheets, with no findings', () => {
    expect(runCheck([], 'register')).toEqual({ scope: 'register', sheets: [], findings: [] });
  });
});

describe('comparePasses', () => {
  it('is null for a first pass', () => {
    expect(comparePasses(null, pass([f('S', 'B5', 'X')]))).toBeNull();
  });

  it('tells fixed, still there and new apart by sheet + cell + code', () => {
    const before = pass([f('S', 'B5', 'BUDGET_SUM_MISMATCH'), f('S', 'E12', 'TARGET_NO_UNIT', 'warning'), f('S', 'E13', 'TARGET_NO_UNIT', 'warning')]);
    const after = pass([f('S', 'E12', 'TARGET_NO_UNIT', 'warning', 'changed wording'), f('S', 'E14', 'TARGET_IMPLICIT_OP', 'warning')]);
    const diff = comparePasses(before, after);
    expect(diff?.counts).toEqual({ fixed: 2, still: 1, new: 1 });
    expect(diff?.fixed.map(findingKey)).toEqual([findingKey(f('S', 'B5', 'BUDGET_SUM_MISMATCH')), findingKey(f('S', 'E13', 'TARGET_NO_UNIT'))]);
    expect(diff?.statuses).toEqual(['still', 'new']);
  });

  it('the same code twice at one cell: one gone is one fixed', () => {
    const before = pass([f('S', 'A1', 'READ_ROW_UNREADABLE'), f('S', 'A1', 'READ_ROW_UNREADABLE')]);
    const after = pass([f('S', 'A1', 'READ_ROW_UNREADABLE')]);
    expect(comparePasses(before, after)?.counts).toEqual({ fixed: 1, still: 1, new: 0 });
  });

  it('a code moved to another cell is one fixed and one new', () => {
    const diff = comparePasses(pass([f('S', 'B5', 'X')]), pass([f('S', 'B6', 'X')]));
    expect(diff?.counts).toEqual({ fixed: 1, still: 0, new: 1 });
  });

  it('compares only the sheets both passes read', () => {
    const before = pass([f('A', 'B5', 'X'), f('B', 'B5', 'Y')], ['A', 'B']);
    const after = pass([f('B', 'B5', 'Y'), f('C', 'B5', 'Z')], ['B', 'C']);
    const diff = comparePasses(before, after);
    // A was not read again: its finding is not "fixed"; C was not read before: its finding is not "new".
    expect(diff?.counts).toEqual({ fixed: 0, still: 1, new: 0 });
    expect(diff?.statuses).toEqual(['still', 'unchecked']);
  });

  it('is null when the passes share no sheet (another active sheet)', () => {
    expect(comparePasses(pass([f('A', 'B5', 'X')], ['A'], 'active'), pass([f('B', 'B5', 'X')], ['B'], 'active'))).toBeNull();
  });

  it('a clean second pass: everything fixed', () => {
    const diff = comparePasses(pass([f('S', 'B5', 'X'), f('S', 'C5', 'Y')]), pass([], ['S']));
    expect(diff?.counts).toEqual({ fixed: 2, still: 0, new: 0 });
  });

  it('fixing the seed’s 预算数 in the sheet is seen as fixed on a second check', () => {
    const wrong = runCheck([seedSheet(0, (p) => (p.budget.total = 18))], 'all');
    const right = runCheck([seedSheet(0)], 'all');
    const diff = comparePasses(wrong, right);
    expect(diff?.fixed.map((x) => x.code)).toEqual(['BUDGET_SUM_MISMATCH']);
    expect(diff?.counts.new).toBe(0);
    expect(diff?.counts.still).toBe(right.findings.length);
  });
});

describe('groupBySeverity', () => {
  it('keeps the order within each severity', () => {
    const groups = groupBySeverity([f('S', 'A1', 'I1', 'info'), f('S', 'A2', 'E1'), f('S', 'A3', 'W1', 'warning'), f('S', 'A4', 'E2')]);
    expect(groups.error.map((x) => x.code)).toEqual(['E1', 'E2']);
    expect(groups.warning.map((x) => x.code)).toEqual(['W1']);
    expect(groups.info.map((x) => x.code)).toEqual(['I1']);
  });
});

describe('marksFor', () => {
  it('one mark per cell, in the colour of its worst finding; no mark without an address', () => {
    expect(
      marksFor([
        f('S', 'E12', 'TARGET_NO_UNIT', 'warning'),
        f('S', 'E12', 'TARGET_UNREADABLE', 'error'),
        f('S', 'E13', 'IND_BASIS_MISSING', 'info'),
        f('S', '', 'REGISTER_NO_HEADER'),
        f('T', 'A5:F5', 'READ_ROW_UNREADABLE', 'warning'),
        f('T', 'E12', 'IND_BASIS_MISSING', 'info'),
      ]),
    ).toEqual([
      { sheet: 'S', address: 'E12', severity: 'error' },
      { sheet: 'S', address: 'E13', severity: 'info' },
      { sheet: 'T', address: 'A5:F5', severity: 'warning' },
      { sheet: 'T', address: 'E12', severity: 'info' },
    ]);
  });
});

describe('isCellAddress / whereText', () => {
  it.each([
    ['B5', true],
    ['A5:F5', true],
    ['$B$5', true],
    ['', false],
    ['整表', false],
  ])('%s is an address: %s', (cell, expected) => {
    expect(isCellAddress(cell)).toBe(expected);
  });

  it('writes 工作表!单元格, or the sheet alone', () => {
    expect(whereText({ sheet: '项目A', cell: 'B5' })).toBe('项目A!B5');
    expect(whereText({ sheet: '项目A', cell: '' })).toBe('项目A');
  });
});
