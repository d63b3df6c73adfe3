/**
 * generateBatch and readRegisterSource against a fake workbook: the project sheets first, the
 * 汇总 last and made from the names the sheets really got; a cancelled batch leaves whole
 * sheets and no summary; the register is 项目清单 (with 指标清单) or else the active sheet.
 */
import { fakeWorkbook } from '../helpers/fake-workbook';
import { registerLayouts } from '../../src/core/layout/register-sheet';
import { layoutToGrid } from '../../src/core/layout/to-grid';
import type { SheetLayout } from '../../src/core/layout/types';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Project } from '../../src/core/project/types';
import { generateBatch } from '../../src/taskpane/components/batch/generate-batch';
import { readRegisterSource } from '../../src/taskpane/components/batch/register-source';
import type { WriteOptions, WriteReport } from '../../src/workbook/port';

const projects = (): Project[] => SEED_PROJECTS.map((p) => JSON.parse(JSON.stringify(p)) as Project);
const registerGrids = () => registerLayouts(projects()).map(layoutToGrid);

/** A writeLayouts that renames every sheet (as a workbook whose names were taken meanwhile would) and honours Cancel. */
function renamingWriter(rename: (name: string) => string = (n) => n) {
  const calls: SheetLayout[][] = [];
  const writeLayouts = async (layouts: readonly SheetLayout[], options: WriteOptions = {}): Promise<WriteReport> => {
    calls.push([...layouts]);
    const written: WriteReport['written'] = [];
    for (const layout of layouts) {
      if (options.isCancelled?.()) return { written, cancelled: true, syncs: 0 };
      written.push({ requested: layout.name, name: rename(layout.name) });
      options.onProgress?.(written.length, layouts.length, rename(layout.name));
    }
    return { written, cancelled: false, syncs: 0 };
  };
  return { calls, writeLayouts };
}

describe('generateBatch', () => {
  it('writes the project sheets, then the 汇总, counting progress over both', async () => {
    const writer = renamingWriter();
    const workbook = fakeWorkbook({ writeLayouts: writer.writeLayouts, sheetNames: async () => ['项目清单'] });
    const progress: string[] = [];
    const report = await generateBatch(workbook, projects(), { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(writer.calls.map((call) => call.map((l) => l.kind))).toEqual([['target', 'target', 'target', 'target', 'target'], ['summary']]);
    expect(progress).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    expect(report.cancelled).toBe(false);
    expect(report.skipped).toBe(0);
    expect(report.summary?.name).toBe('汇总');
    expect(report.sheets.map((s) => s.name)).toEqual(SEED_PROJECTS.map((p) => p.name));
  });

  it('makes the summary from the names the sheets got', async () => {
    const writer = renamingWriter((name) => (name === '汇总' ? name : `${name.slice(0, 10)} (2)`));
    const report = await generateBatch(fakeWorkbook({ writeLayouts: writer.writeLayouts }), projects());
    const summary = report.summary!;
    const formulas = summary.blocks.flatMap((b) => b.formulas.flat()).filter((f): f is string => f !== null);
    expect(formulas.some((f) => f.includes(`'${report.sheets[0]!.name}'!`))).toBe(true);
    expect(formulas.some((f) => f.includes(`'${SEED_PROJECTS[0]!.name}'!`))).toBe(false);
  });

  it('stops when cancelled: the sheets written stay, the rest are skipped, and no summary is written', async () => {
    const writer = renamingWriter();
    let done = 0;
    const report = await generateBatch(fakeWorkbook({ writeLayouts: writer.writeLayouts }), projects(), {
      onProgress: (n) => (done = n),
      isCancelled: () => done >= 2,
    });
    expect(report).toMatchObject({ cancelled: true, skipped: 3 });
    expect(report.sheets).toHaveLength(2);
    expect(report.summary).toBeUndefined();
    expect(writer.calls).toHaveLength(1);
  });

  it('writes no summary when asked not to, and avoids the names already taken', async () => {
    const writer = renamingWriter();
    const report = await generateBatch(fakeWorkbook({ writeLayouts: writer.writeLayouts, sheetNames: async () => [SEED_PROJECTS[0]!.name] }), projects(), { summary: false });
    expect(report.summary).toBeUndefined();
    expect(report.sheets[0]!.name).toBe(`${SEED_PROJECTS[0]!.name} (2)`);
    expect(writer.calls).toHaveLength(1);
  });
});

describe('readRegisterSource', () => {
  it('reads 项目清单 with its 指标清单 when the workbook has them', async () => {
    const grids = registerGrids();
    const workbook = fakeWorkbook({
      sheetNames: async () => ['Sheet1', '项目清单', '指标清单', '填表说明'],
      readGrids: async (names?: readonly string[]) => grids.filter((g) => names?.includes(g.sheet)),
    });
    const source = await readRegisterSource(workbook);
    expect(workbook.readGrids).toHaveBeenCalledWith(['项目清单', '指标清单']);
    expect(workbook.readActiveGrid).not.toHaveBeenCalled();
    expect(source).toMatchObject({ sheet: '项目清单', indicatorSheet: '指标清单', fromActiveSheet: false });
    expect(source.result.projects.map((e) => e.project)).toEqual(projects());
  });

  it('reads the active sheet when there is no 项目清单, its header row naming the columns', async () => {
    const register = { ...registerGrids()[0]!, sheet: '2025年项目' };
    const workbook = fakeWorkbook({ sheetNames: async () => ['2025年项目'], readActiveGrid: async () => register });
    const source = await readRegisterSource(workbook);
    expect(source).toMatchObject({ sheet: '2025年项目', fromActiveSheet: true });
    expect(source.indicatorSheet).toBeUndefined();
    expect(source.result.projects).toHaveLength(5);
    // No 指标清单: each project gets the catalog's suggested indicators, and the reader says so.
    expect(source.result.findings.filter((f) => f.code === 'REGISTER_INDICATORS_DEFAULTED')).toHaveLength(5);
  });
});
