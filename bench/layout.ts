/**
 * Issue 4's figures: layouts per second for the seed's projects, and the time to lay out and write
 * 200 projects (汇总 + 200 sheets) to one .xlsx file. Writing a file is asynchronous (exceljs
 * zips with promises), so that figure has its own async function; call both from bench/index.ts.
 */
import { projectToLayout } from '../src/core/layout/target-sheet';
import { projectsToLayouts } from '../src/core/layout/batch';
import { SEED_PROJECTS } from '../src/core/project/seed-projects';
import type { Project } from '../src/core/project/types';
import { layoutsToXlsxBuffer } from '../src/workbook/xlsx';
import { bestMs, perSecond, sink, type BenchResult } from './measure';

/** 200 projects made from the seed's five, each with its own name and code, as a unit's batch. */
function batch(count: number): Project[] {
  return Array.from({ length: count }, (_, i) => {
    const p = structuredClone(SEED_PROJECTS[i % SEED_PROJECTS.length]!) as Project;
    return { ...p, name: `${p.name}（${i + 1}）`, code: `${p.code.slice(0, 14)}${String(i).padStart(6, '0')}${p.code.slice(-1)}` };
  });
}

const LAYOUTS_TARGET = 2_000;

/** Layouts per second (target sheet and self-evaluation sheet) for the seed's five projects. */
export function benchLayout(): BenchResult[] {
  const results: BenchResult[] = [];
  const rounds = 400;
  for (const mode of ['target', 'self-evaluation'] as const) {
    const ms = bestMs(() => {
      let cells = 0;
      for (let r = 0; r < rounds; r++) for (const p of SEED_PROJECTS) cells += projectToLayout(p, { mode }).blocks.length;
      sink[20] = cells;
    }, 3, 1);
    const value = perSecond(rounds * SEED_PROJECTS.length, ms);
    results.push({ name: `seed project layouts per second (${mode})`, value, unit: '/s', target: `≥ ${LAYOUTS_TARGET.toLocaleString('en-US')}`, pass: value >= LAYOUTS_TARGET });
  }
  const projects = batch(200);
  const batchMs = bestMs(() => {
    sink[21] = projectsToLayouts(projects).length;
  }, 3, 1);
  results.push({ name: 'lay out 200 projects + 汇总 (projectsToLayouts)', value: Math.round(batchMs * 10) / 10, unit: 'ms', target: '< 500', pass: batchMs < 500 });
  return results;
}

const FILE_TARGET_MS = 10_000;

/** Time to lay out and write 200 projects (汇总 + 200 sheets) to one .xlsx buffer, best of 3. */
export async function benchLayoutFile(): Promise<BenchResult[]> {
  const projects = batch(200);
  let best = Infinity;
  let size = 0;
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint();
    const bytes = await layoutsToXlsxBuffer(projectsToLayouts(projects));
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    size = bytes.byteLength;
  }
  return [
    { name: 'write 200 projects to one .xlsx (layout + exceljs)', value: Math.round(best), unit: 'ms', target: `< ${FILE_TARGET_MS.toLocaleString('en-US')}`, pass: best < FILE_TARGET_MS },
    { name: 'size of that .xlsx', value: Math.round(size / 1024), unit: 'KiB' },
  ];
}
