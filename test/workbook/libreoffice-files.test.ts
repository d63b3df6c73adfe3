/**
 * Files that travel (#10 item 5): every kind of workbook PerfTable writes, opened by the real
 * LibreOffice WITHOUT recalculating, shows exactly the values PerfTable computed: no #NAME?, no
 * Err:, every formula cell with a cached value of the right type, the current calcId. One soffice
 * run opens all the files (a start costs seconds).
 *
 * Workbooks: the seed's target sheets with 汇总 (generate), the same in self-evaluation and
 * monitoring mode, `selfeval` with actuals and `monitor-sheet` month 7 with actuals (the CLI, on
 * a generated file), and from the pane's download path (memory.ts) an evaluation 汇总 and a
 * 检查结果 sheet.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputsFor, readActuals } from '../../src/cli/commands/selfeval';
import { checkWorkbook } from '../../src/core/check';
import { parseRange } from '../../src/core/layout/a1';
import { projectsToLayouts } from '../../src/core/layout/batch';
import { carriedInputs, evaluationLayout, evaluationSheetName, evaluationSources, mergeInputs, type EvaluationMode } from '../../src/core/layout/evaluation';
import { evaluationSummaryLayout, findEvaluationSheets } from '../../src/core/layout/evaluation-summary';
import { findingsSheetLayout } from '../../src/core/layout/findings-sheet';
import type { CellValue, SheetLayout } from '../../src/core/layout/types';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { createMemoryWorkbook } from '../../src/workbook/memory';
import { partText, readPackage } from '../../src/workbook/ooxml-package';
import { CURRENT_CALC_ID } from '../../src/workbook/ooxml-write-calc';
import * as xlsx from '../../src/workbook/xlsx';
import { runCli } from '../helpers/cli';
import { cellAt, describeWithLibreOffice, openManyWithLibreOffice, type LibreCell } from '../helpers/libreoffice';

jest.setTimeout(240_000);

const dir = mkdtempSync(join(tmpdir(), 'perftable-lo-files-'));

/** Actuals for two seed projects: a full self-evaluation and a partial one (blank rows stay blank). */
const ACTUALS = JSON.stringify({
  projects: [
    {
      code: '13020925P00066510001J',
      spent: 16.5,
      actuals: { '企业开工率、投产率': '65%', 督导检查覆盖率: 0.5, 完工及时率: '达成', 成本开支: '合格', 对经济发展带来效果: 0.06, 为企业生产经营提供优质环境: 0.04, 优化环境管理: '70%', 项目持续发挥作用: '85%', 服务对象满意度: '95%' },
      forecasts: { '企业开工率、投产率': '70%', 督导检查覆盖率: 0.9 },
      reasons: { 督导检查覆盖率: '人员不足' },
      cumulative: [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
    },
    { name: SEED_PROJECTS[1]!.name, spent: 100, actuals: [null, '98%'] },
  ],
});

interface Written {
  file: string;
  /** The sheets to compare cell by cell, as PerfTable laid them out (values = what it computed). */
  layouts: SheetLayout[];
}

const written: Written[] = [];
let opened: Array<Map<string, LibreCell[][]>> = [];

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** The layouts `selfeval`/`monitor-sheet` make of `input` with ACTUALS, as the command makes them. */
async function commandLayouts(input: string, mode: EvaluationMode): Promise<SheetLayout[]> {
  const grids = await xlsx.readGrids(readFileSync(input));
  const given = readActuals(ACTUALS);
  return evaluationSources(grids)
    .filter((s) => s.kind === 'target')
    .map((source) => {
      const entry = given.find((g) => (g.code ? g.code === source.project.code : g.name === source.project.name));
      const inputs = mergeInputs(carriedInputs(source, mode, 7), entry ? inputsFor(entry, source.project) : {});
      return evaluationLayout(source.project, { mode, month: 7, inputs, sheetName: evaluationSheetName(source.sheet, mode, 7) });
    });
}

beforeAll(async () => {
  const target = projectsToLayouts(SEED_PROJECTS, { mode: 'target' });
  written.push({ file: await save('target.xlsx', await xlsx.layoutsToXlsxBuffer(target)), layouts: target });
  for (const mode of ['self-evaluation', 'monitoring'] as const) {
    const layouts = projectsToLayouts(SEED_PROJECTS, { mode, month: 7 });
    written.push({ file: await save(`generate-${mode}.xlsx`, await xlsx.layoutsToXlsxBuffer(layouts)), layouts });
  }

  // The command line: generate, then selfeval / monitor-sheet with actuals.
  const seed = join(dir, 'seed.xlsx');
  expect((await runCli(['generate', '--seed', '-o', seed])).code).toBe(0);
  const actuals = join(dir, 'actuals.json');
  writeFileSync(actuals, ACTUALS);
  const self = join(dir, 'selfeval.xlsx');
  expect((await runCli(['selfeval', seed, '--actuals', actuals, '-o', self])).code).toBe(0);
  written.push({ file: self, layouts: await commandLayouts(seed, 'self-evaluation') });
  const monitor = join(dir, 'monitor-7.xlsx');
  expect((await runCli(['monitor-sheet', seed, '--month', '7', '--actuals', actuals, '-o', monitor])).code).toBe(0);
  written.push({ file: monitor, layouts: await commandLayouts(seed, 'monitoring') });

  // The pane outside Office (memory.ts): an evaluation 汇总 and a 检查结果 sheet, downloaded.
  const grids = await xlsx.readGrids(readFileSync(self));
  const pane = [evaluationSummaryLayout(findEvaluationSheets(grids)), findingsSheetLayout(checkWorkbook(grids, { year: 2025 }))];
  const memory = createMemoryWorkbook({ load: () => Promise.resolve(xlsx), pause: () => Promise.resolve() });
  const selfBytes = readFileSync(self);
  await memory.open(selfBytes.buffer.slice(selfBytes.byteOffset, selfBytes.byteOffset + selfBytes.byteLength));
  await memory.writeLayouts(pane);
  written.push({ file: await save('pane.xlsx', await memory.save()), layouts: pane });

  opened = await openManyWithLibreOffice(
    written.map((w) => w.file),
    { recalc: 'never' },
  );
});

/** Every cell a layout writes: address, constant or expected result, and whether it holds a formula. */
function* layoutCells(layout: SheetLayout): Generator<{ address: string; value: CellValue; formula: string | null }> {
  for (const block of layout.blocks) {
    const { top, left } = parseRange(block.range);
    for (let i = 0; i < block.values.length; i += 1) {
      for (let j = 0; j < (block.values[i]?.length ?? 0); j += 1) {
        let column = left + j;
        let name = '';
        while (column > 0) {
          name = String.fromCharCode(65 + ((column - 1) % 26)) + name;
          column = Math.floor((column - 1) / 26);
        }
        yield { address: `${name}${top + i}`, value: block.values[i]?.[j] ?? null, formula: block.formulas[i]?.[j] ?? null };
      }
    }
  }
}

/** What differs between LibreOffice's cell and PerfTable's value, or null when they agree. */
function difference(cell: LibreCell, value: CellValue): string | null {
  if (value === null || value === '') return cell.text === '' ? null : `expected empty, LibreOffice shows ${JSON.stringify(cell.text)}`;
  if (typeof value === 'boolean') {
    // Cached as 1/0 with a TRUE/FALSE format (xlsx.ts BOOLEAN_RESULT_FORMAT): LibreOffice takes it for a boolean.
    const ok = cell.text === (value ? 'TRUE' : 'FALSE') && ['1', 'true'].includes(cell.value) === value;
    return ok ? null : `expected ${value}, LibreOffice shows ${JSON.stringify(cell.text)} (${cell.type} ${cell.value})`;
  }
  if (typeof value === 'number') {
    const got = Number(cell.value);
    return cell.value !== '' && Math.abs(got - value) <= 1e-9 * Math.max(1, Math.abs(value)) ? null : `expected ${value}, LibreOffice holds ${JSON.stringify(cell.value)} (${cell.type}, shows ${JSON.stringify(cell.text)})`;
  }
  return cell.text === value ? null : `expected ${JSON.stringify(value)}, LibreOffice shows ${JSON.stringify(cell.text)}`;
}

describeWithLibreOffice('every workbook PerfTable writes, opened in LibreOffice without recalculating', () => {
  it('shows exactly the values PerfTable computed, in every cell of every sheet it wrote', () => {
    const problems: string[] = [];
    let formulas = 0;
    written.forEach(({ file, layouts }, k) => {
      const sheets = opened[k]!;
      for (const layout of layouts) {
        const sheet = sheets.get(layout.name);
        if (!sheet) {
          problems.push(`${file}: no sheet ${layout.name}`);
          continue;
        }
        for (const { address, value, formula } of layoutCells(layout)) {
          const cell = cellAt(sheet, address);
          if (formula !== null) formulas += 1;
          const wrong = difference(cell, value);
          if (wrong) problems.push(`${file} ${layout.name}!${address}${formula ? ` ${formula}` : ''}: ${wrong}`);
        }
      }
    });
    expect(problems).toEqual([]);
    // Each formula cell of each sheet above was compared (a check that the comparison ran at all).
    expect(formulas).toBeGreaterThan(500);
  });

  it('shows no #NAME?, no Err: and no other error in any cell of any file', () => {
    const errors: string[] = [];
    written.forEach(({ file }, k) => {
      for (const [name, rows] of opened[k]!) {
        rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.type === 'error' || /^(#NAME\?|#VALUE!|#N\/A|#REF!|#DIV\/0!|#NUM!|Err:\d+)/.test(cell.text)) errors.push(`${file} ${name} R${r + 1}C${c + 1}: ${cell.text}`);
          }),
        );
      }
    });
    expect(errors).toEqual([]);
  });
});

describe('every workbook PerfTable writes, as XML', () => {
  it('claims the current calculation engine and asks for no calculation on load', async () => {
    for (const { file } of written) {
      const workbook = partText(await readPackage(readFileSync(file)), 'xl/workbook.xml') ?? '';
      expect(workbook).toContain(`<calcPr calcId="${CURRENT_CALC_ID}"`);
      expect(workbook).not.toMatch(/fullCalcOnLoad="(1|true)"/);
    }
  });

  it('caches a value in every formula cell: text as t="str" (empty text too), booleans as 1/0 shown TRUE/FALSE', async () => {
    const bare: string[] = [];
    let cells = 0;
    for (const { file } of written) {
      const pkg = await readPackage(readFileSync(file));
      for (const [path] of pkg.parts) {
        if (!/^xl\/worksheets\/[^/]+\.xml$/.test(path)) continue;
        for (const m of (partText(pkg, path) ?? '').matchAll(/<c\b[^>]*?(?<!\/)>(?:(?!<\/c>).)*<f[ >](?:(?!<\/c>).)*<\/c>/gs)) {
          cells += 1;
          if (!/<v>[^<]*<\/v>/.test(m[0])) bare.push(`${file} ${path}: ${m[0]}`);
        }
      }
    }
    expect(bare).toEqual([]);
    expect(cells).toBeGreaterThan(500);
  });
});
