/**
 * A portable 自评表 read back (issue 11): the checker reads it as it reads a PERF one, also after
 * a round trip through exceljs; and a 指标值 edited after compiling is reported as a stale row.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook, readWorkbook } from '../../src/core/check';
import { evaluationLayout } from '../../src/core/layout/evaluation';
import type { Grid } from '../../src/core/read/grid';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { readGrids } from '../../src/workbook/xlsx';
import { evaluationLayoutsToXlsx } from '../../src/workbook/xlsx-evaluation';

const seed = SEED_PROJECTS[0]!;
const inputs = { spent: 16.5, actuals: ['65%', 0.5, '达成', '合格', 0.06, 0.04, '70%', '85%', '95%'], reasons: [null, '原因'] };

async function grids(formulas: 'perf' | 'portable'): Promise<Grid[]> {
  const layout = evaluationLayout(seed, { mode: 'self-evaluation', sheetName: 'A-自评', inputs, formulas });
  return readGrids(await evaluationLayoutsToXlsx([layout]));
}

async function throughExcelJs(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const described = (grid: readonly Grid[]): string[] => checkWorkbook(grid).map((f) => `${f.cell} ${f.code}`);

describe('a portable 自评表 read back', () => {
  it('reads the same project, values and findings as the PERF sheet', async () => {
    const [perf, portable] = [await grids('perf'), await grids('portable')];
    const [a, b] = [readWorkbook(perf).projects[0]!, readWorkbook(portable).projects[0]!];
    expect(b.project).toEqual(a.project);
    expect(b.selfEval).toEqual(a.selfEval);
    expect(described(portable)).toEqual(described(perf));
  });

  it('survives a round trip through exceljs: formulas, cached results and findings', async () => {
    const layout = evaluationLayout(seed, { mode: 'self-evaluation', sheetName: 'A-自评', inputs, formulas: 'portable' });
    const bytes = await throughExcelJs(await evaluationLayoutsToXlsx([layout]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('A-自评')!;
    const table = layout.tables.find((t) => t.name === 'indicators')!;
    const score = sheet.getCell(`${table.columns.score}${table.firstRow + 1}`);
    expect(score.formula).toMatch(/^IF\(OR\(G14="",I14=""\),"",/);
    expect(score.formula).not.toContain('PERF');
    expect(typeof score.result).toBe('number');
    expect(described(await readGrids(bytes))).toEqual(described(await grids('perf')));
  });

  it('reports the rows whose 指标值 changed after compiling, and only those', async () => {
    const portable = await grids('portable');
    const table = evaluationLayout(seed, { mode: 'self-evaluation', inputs, formulas: 'portable' }).tables.find((t) => t.name === 'indicators')!;
    const rows = portable[0]!.rows;
    expect(checkWorkbook(portable).filter((f) => f.code === 'PORTABLE_STALE')).toEqual([]);
    const first = table.firstRow - 1;
    rows[first + 1]![4] = '≥70百分比';
    // The same target written differently is not a change.
    rows[first + 2]![4] = ' ≥ 60 % ';
    const stale = checkWorkbook(portable).filter((f) => f.code === 'PORTABLE_STALE');
    expect(stale.map((f) => f.cell)).toEqual([`E${table.firstRow + 1}`]);
    expect(stale[0]).toMatchObject({ severity: 'warning', field: 'indicators.1.target' });
    expect(stale[0]!.message).toContain('≥70百分比');
    expect(stale[0]!.messageEn).toContain('regenerate');
    // A PERF sheet has nothing to go stale.
    const perf = await grids('perf');
    perf[0]!.rows[first + 1]![4] = '≥70百分比';
    expect(checkWorkbook(perf).filter((f) => f.code === 'PORTABLE_STALE')).toEqual([]);
  });
});
