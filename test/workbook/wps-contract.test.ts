/**
 * The WPS adapter against the .xlsx adapter: every layout PerfTable writes, written through WPS's
 * object model (into a strict fake backed by an exceljs workbook) and through exceljs directly,
 * gives the same cells — values, formulas, number formats, merges, validations, fills, borders —
 * and the reader finds the same projects in both.
 */
import * as ExcelJS from 'exceljs';
import { projectsToLayouts } from '../../src/core/layout/batch';
import { evaluationLayout } from '../../src/core/layout/evaluation';
import { findingsSheetLayout } from '../../src/core/layout/findings-sheet';
import type { SheetLayout } from '../../src/core/layout/types';
import { checkWorkbook, readWorkbook } from '../../src/core/check';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Project } from '../../src/core/project/types';
import type { Grid } from '../../src/core/read/grid';
import { createWpsWorkbook } from '../../src/workbook/wps';
import { createWorkbook, worksheetToGrid, writeLayout } from '../../src/workbook/xlsx';
import { FakeEt } from '../helpers/fake-et';

const projects = (): Project[] => SEED_PROJECTS.map((p) => structuredClone(p) as Project);

function allLayouts(): SheetLayout[] {
  const targets = projectsToLayouts(projects(), { mode: 'target' });
  const seed = projects();
  const evaluations = seed.flatMap((project, i) => [
    evaluationLayout(project, { mode: 'self-evaluation', sheetName: `自评${i + 1}` }),
    evaluationLayout(project, { mode: 'monitoring', month: 7, sheetName: `监控${i + 1}` }),
  ]);
  const findings = checkWorkbook(targets.map((layout) => layoutGrid(layout)));
  return [...targets, ...evaluations, findingsSheetLayout(findings)];
}

/** A layout as the grid a reader gets from the .xlsx written from it. */
function layoutGrid(layout: SheetLayout) {
  const workbook = createWorkbook();
  return worksheetToGrid(writeLayout(workbook, layout));
}

interface CellFacts {
  value: unknown;
  formula: string | null;
  numFmt: string;
  fill: string | null;
  bold: boolean;
  border: boolean;
  horizontal: string | undefined;
  locked: boolean;
}

function facts(ws: ExcelJS.Worksheet): Map<string, CellFacts> {
  const map = new Map<string, CellFacts>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      const fill = cell.fill && cell.fill.type === 'pattern' && cell.fill.pattern === 'solid' ? String(cell.fill.fgColor?.argb) : null;
      map.set(cell.address, {
        // A formula's value is the host's to compute; what the adapters write is the formula.
        value: isFormula || cell.type === ExcelJS.ValueType.Merge ? null : cell.value,
        formula: isFormula ? cell.formula : null,
        numFmt: cell.numFmt ?? 'General',
        fill,
        bold: Boolean(cell.font?.bold),
        border: Boolean(cell.border?.top && cell.border?.left && cell.border?.bottom && cell.border?.right),
        horizontal: cell.alignment?.horizontal,
        locked: cell.protection?.locked !== false,
      });
    }),
  );
  return map;
}

/**
 * The .xlsx reader gives a formula without a cached result as its text; a host computes it. The
 * fake does not compute (see fake-et.ts), so such cells are compared as empty on both sides.
 */
function withoutUncachedFormulas(ws: ExcelJS.Worksheet): Grid {
  const grid = worksheetToGrid(ws);
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const result: unknown = cell.type === ExcelJS.ValueType.Formula ? cell.result : 'constant';
      if ((result === undefined || result === '') && grid.rows[r - 1]) grid.rows[r - 1]![c - 1] = null;
    }),
  );
  return grid;
}

/** Empty text is an empty cell; rows end at their last value; merges in order. */
function comparable(grid: Grid): Grid {
  const rows = grid.rows.map((row) => {
    const copy = row.map((value) => (value === '' ? null : value));
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return { sheet: grid.sheet, rows, merges: [...(grid.merges ?? [])].sort() };
}

describe('the WPS adapter writes what the .xlsx adapter writes', () => {
  const layouts = allLayouts();
  const direct = createWorkbook();
  const directSheets = layouts.map((layout) => writeLayout(direct, layout));
  const fake = new FakeEt(new ExcelJS.Workbook());
  let written: Array<{ requested: string; name: string }> = [];

  beforeAll(async () => {
    const wps = createWpsWorkbook(() => fake.application());
    written = (await wps.writeLayouts(layouts)).written;
  });

  it('writes every layout, at the end, under its own name', () => {
    expect(written.map((w) => w.name)).toEqual(layouts.map((l) => l.name));
    expect(fake.order).toEqual(['Sheet1', ...layouts.map((l) => l.name)]);
    expect(layouts.length).toBeGreaterThanOrEqual(17);
  });

  it.each(layouts.map((layout, i) => [layout.name, i] as const))('%s: the same cells, merges and validations', (name, i) => {
    const viaWps = fake.workbook.getWorksheet(name)!;
    const viaXlsx = directSheets[i]!;
    const expected = facts(viaXlsx);
    const actual = facts(viaWps);
    const mismatches: string[] = [];
    for (const [address, want] of expected) {
      const got = actual.get(address);
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${address}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect([...(viaWps.model.merges ?? [])].sort()).toEqual([...(viaXlsx.model.merges ?? [])].sort());
    type WithValidations = { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } };
    const rules = (ws: ExcelJS.Worksheet) =>
      Object.entries((ws as unknown as WithValidations).dataValidations.model)
        .filter(([, rule]) => rule)
        .map(([range, rule]) => [range, rule!.formulae, rule!.errorStyle])
        .sort();
    expect(rules(viaWps)).toEqual(rules(viaXlsx));
    expect(viaWps.columns.map((c) => c.width)).toEqual(viaXlsx.columns.map((c) => c.width));
    const heights = (ws: ExcelJS.Worksheet) => {
      const list: Array<[number, number | undefined]> = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => list.push([r, row.height]));
      return list.filter(([, h]) => h !== undefined);
    };
    expect(heights(viaWps)).toEqual(heights(viaXlsx));
    const frozen = (ws: ExcelJS.Worksheet) => {
      const view = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
      return view?.state === 'frozen' ? [view.xSplit ?? 0, view.ySplit ?? 0] : null;
    };
    expect(frozen(viaWps)).toEqual(frozen(viaXlsx));
    type WithConditions = { conditionalFormattings?: Array<{ ref: string; rules: Array<{ formulae?: string[]; style?: unknown }> }> };
    const conditions = (ws: ExcelJS.Worksheet) =>
      ((ws as unknown as WithConditions).conditionalFormattings ?? []).map((c) => [c.ref, c.rules.map((r) => [r.formulae, r.style])]);
    expect(conditions(viaWps)).toEqual(conditions(viaXlsx));
    expect(viaWps.pageSetup.printArea?.replace(/\$/g, '')).toEqual(viaXlsx.pageSetup.printArea?.replace(/\$/g, ''));
  });

  it('leaves DisplayAlerts as it found it, off only around merges', () => {
    expect(fake.displayAlerts).toBe(true);
    expect(fake.alertsLog.length).toBeGreaterThan(0);
    expect(fake.alertsLog.filter((v) => !v).length).toBe(fake.alertsLog.filter((v) => v).length);
    expect(fake.calculationMode).toBe(-4105);
  });

  it('reads back the same grids, so the reader finds the same projects and findings', async () => {
    const wps = createWpsWorkbook(() => fake.application());
    const grids = (await wps.readGrids(layouts.map((l) => l.name))).map(comparable);
    const expected = directSheets.map((ws) => comparable(withoutUncachedFormulas(ws)));
    expect(grids).toEqual(expected);
    const targets = layouts.filter((l) => l.kind === 'target');
    expect(readWorkbook(grids).projects.map((p) => p.project.name).slice(0, targets.length)).toEqual(
      readWorkbook(expected).projects.map((p) => p.project.name).slice(0, targets.length),
    );
    expect(checkWorkbook(grids)).toEqual(checkWorkbook(expected));
  });
});
