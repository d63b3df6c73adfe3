/**
 * WPS bridge calls: every property access in WPS crosses a process bridge synchronously (~0.2 ms
 * reported, ../shared/WPS.md §1.6), so the adapter's cost is counted in calls, on the fake ET
 * object model's counter (test/helpers/fake-et.ts). Reading a sheet must not grow with its rows.
 */
import * as ExcelJS from 'exceljs';
import { projectsToLayouts } from '../src/core/layout/batch';
import { evaluationLayout } from '../src/core/layout/evaluation';
import { SEED_PROJECTS } from '../src/core/project/seed-projects';
import type { Project } from '../src/core/project/types';
import { createWpsWorkbook } from '../src/workbook/wps';
import { FakeEt } from '../test/helpers/fake-et';
import type { BenchResult } from './measure';

const projects = (): Project[] => SEED_PROJECTS.map((p) => JSON.parse(JSON.stringify(p)) as Project);

async function callsOf(run: (fake: FakeEt) => Promise<unknown>, prepare?: (fake: FakeEt) => void): Promise<number> {
  const fake = new FakeEt(new ExcelJS.Workbook());
  prepare?.(fake);
  const before = fake.calls;
  await run(fake);
  return fake.calls - before;
}

export async function benchWps(): Promise<BenchResult[]> {
  const targets = projectsToLayouts(projects(), { mode: 'target', summary: false });
  const selfEvaluations = projects().map((project) => evaluationLayout(project, { mode: 'self-evaluation' }));
  const write = (layouts: typeof targets) => (fake: FakeEt) => createWpsWorkbook(() => fake.application()).writeLayouts(layouts);
  const perTarget = (await callsOf(write(targets))) / targets.length;
  const perSelfEvaluation = (await callsOf(write(selfEvaluations))) / selfEvaluations.length;
  const readRows = (rows: number) =>
    callsOf(
      (fake) => createWpsWorkbook(() => fake.application()).readGrids(['Sheet1']),
      (fake) => {
        const ws = fake.workbook.getWorksheet('Sheet1')!;
        for (let r = 1; r <= rows; r += 1) ws.getRow(r).values = ['产出指标', '数量指标', `指标${r}`, '≥60%'];
        ws.mergeCells('A1:A3');
      },
    );
  const read10 = await readRows(10);
  const read1000 = await readRows(1000);
  return [
    { name: 'WPS bridge calls per generated target sheet (seed, mean)', value: Math.round(perTarget), unit: 'calls' },
    { name: 'WPS bridge calls per generated self-evaluation sheet (seed, mean)', value: Math.round(perSelfEvaluation), unit: 'calls' },
    { name: 'WPS bridge calls to read a sheet of 10 rows', value: read10, unit: 'calls' },
    { name: 'WPS bridge calls to read a sheet of 1,000 rows', value: read1000, unit: 'calls', target: `= ${read10} (as for 10 rows)`, pass: read1000 === read10 },
  ];
}
