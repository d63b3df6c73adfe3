import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'perftable-selfeval-'));
const input = join(dir, 'seed.xlsx');
const actuals = join(dir, 'actuals.json');

beforeAll(async () => {
  const generated = await runCli(['generate', '--seed', '-o', input]);
  expect(generated.code).toBe(0);
  writeFileSync(
    actuals,
    JSON.stringify({
      projects: [
        {
          code: '13020925P00066510001J',
          spent: 16.5,
          actuals: { '企业开工率、投产率': '65%', 督导检查覆盖率: 0.5, 完工及时率: '达成', 成本开支: '合格', 对经济发展带来效果: 0.06, 为企业生产经营提供优质环境: 0.04, 优化环境管理: '70%', 项目持续发挥作用: '85%', 服务对象满意度: '95%' },
          reasons: { 督导检查覆盖率: '人员不足' },
        },
      ],
    }),
  );
});

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return wb;
}

describe('perftable selfeval / monitor-sheet', () => {
  it('adds a 自评 sheet per project with scores cached, keeping the input\'s sheets', async () => {
    const output = join(dir, 'self.xlsx');
    const result = await runCli(['selfeval', input, '--actuals', actuals, '-o', output]);
    expect(result.code).toBe(0);
    const first = result.json[0] as Record<string, unknown>;
    expect(first).toMatchObject({ sheet: '2025年安全生产、综治维稳工作安排-自评', code: '13020925P00066510001J', total: 96.13, grade: '优' });
    expect(result.json[result.json.length - 1]).toMatchObject({ ok: true, charts: 'none' });
    const wb = await workbook(output);
    expect(wb.worksheets.map((ws) => ws.name)).toHaveLength(11);
    const ws = wb.getWorksheet('2025年安全生产、综治维稳工作安排-自评')!;
    expect(ws.getCell('J22').result).toBe(96.13);
    expect(ws.getCell('K14').value).toBe('人员不足');
  });

  it('adds a 监控 sheet for the month asked', async () => {
    const output = join(dir, 'monitor.xlsx');
    const result = await runCli(['monitor-sheet', input, '--month', '6', '-o', output]);
    expect(result.code).toBe(0);
    expect(result.json[0]).toMatchObject({ sheet: '2025年安全生产、综治维稳工作安排-监控6月', month: 6 });
    const wb = await workbook(output);
    const ws = wb.getWorksheet('2025年安全生产、综治维稳工作安排-监控6月')!;
    expect(ws.getCell('A1').value).toBe('项目绩效运行监控表（1-6月）');
    expect(ws.getCell('F11').result).toBe(0.5);
  });

  it('refuses misuse and says which actuals matched nothing', async () => {
    expect((await runCli(['selfeval', input])).code).toBe(2);
    expect((await runCli(['monitor-sheet', input, '--month', '13', '-o', join(dir, 'x.xlsx')])).code).toBe(2);
    expect((await runCli(['selfeval', input, '--profile', 'nope', '-o', join(dir, 'x.xlsx')])).code).toBe(2);
    const odd = join(dir, 'odd.json');
    writeFileSync(odd, JSON.stringify([{ code: 'NOPE' }]));
    const result = await runCli(['selfeval', input, '--actuals', odd, '-o', join(dir, 'y.xlsx')]);
    expect(result.code).toBe(1);
    expect(result.json.some((line) => (line as { error?: { code?: string } }).error?.code === 'ACTUALS_UNMATCHED')).toBe(true);
  });
});
