import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { readRegisterWorkbook } from '../../src/core/read/register';
import { partText, readPackage } from '../../src/workbook/ooxml-package';
import { readGrids } from '../../src/workbook/xlsx';
import { runCli } from '../helpers/cli';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perftable-generate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string): string => join(dir, name);
const gridsOf = async (path: string) => readGrids(readFileSync(path));

describe('perftable template', () => {
  it('writes an empty register', async () => {
    const out = file('template.xlsx');
    const { code, json } = await runCli(['template', '-o', out]);
    expect(code).toBe(0);
    expect(json).toEqual([{ ok: true, output: out, sheets: ['项目清单', '指标清单', '填表说明'] }]);
    const grids = await gridsOf(out);
    expect(grids.map((g) => g.sheet)).toEqual(['项目清单', '指标清单', '填表说明']);
    expect(grids[0]?.rows).toHaveLength(1);
    expect(grids[0]?.rows[0]?.slice(0, 6)).toEqual(['单位编码', '单位名称', '年度', '金额单位', '项目编码', '项目名称']);
  });

  it('writes the seed as an example register with --seed', async () => {
    const out = file('seed-register.xlsx');
    expect((await runCli(['template', '--seed', '-o', out])).code).toBe(0);
    expect(readRegisterWorkbook(await gridsOf(out)).projects.map((e) => e.project)).toEqual(SEED_PROJECTS);
  });

  it('asks for the output file', async () => {
    const { code, stderr } = await runCli(['template']);
    expect(code).toBe(2);
    expect(stderr).toContain('-o');
  });
});

/** The XML of the n-th worksheet part exceljs wrote (`xl/worksheets/sheetN.xml`). */
async function sheetXml(path: string, n: number): Promise<string> {
  return partText(await readPackage(readFileSync(path)), `xl/worksheets/sheet${n}.xml`) ?? '';
}

describe('perftable generate', () => {
  it('makes the 汇总 and one sheet per project from a register', async () => {
    const register = file('register.xlsx');
    const out = file('out.xlsx');
    await runCli(['template', '--seed', '-o', register]);
    const { code, json } = await runCli(['generate', register, '-o', out]);
    expect(code).toBe(0);
    expect(json).toEqual([{ ok: true, output: out, projects: 5, sheets: ['汇总', ...SEED_PROJECTS.map((p) => p.name)], errors: 0, warnings: 0 }]);
    const grids = await gridsOf(out);
    expect(grids[1]?.rows[2]).toEqual(['项目编码', SEED_PROJECTS[0]!.code, null, '项目名称', SEED_PROJECTS[0]!.name]);
    expect(grids[1]?.rows[10]).toEqual(['产出指标', '数量指标', '企业开工率、投产率', '入区企业开工建设及投产情况', '≥60百分比', '本单位年初计划安排']);
    expect(grids[0]?.rows[8]?.slice(0, 4)).toEqual(['合计', null, null, 333]);
  });

  it('writes the same sheets for --seed', async () => {
    const out = file('seed.xlsx');
    const { code, json } = await runCli(['generate', '--seed', '-o', out, '--mode', 'self-evaluation']);
    expect(code).toBe(0);
    expect(json.at(-1)).toMatchObject({ ok: true, projects: 5 });
    const grids = await gridsOf(out);
    expect(grids[1]?.rows[11]?.[6]).toBe('实际完成值');
    // Outside Office the default is portable formulas (issue 11): no PERF call left to need PerfTable.
    // Read back, a formula gives its cached result: the empty text its guard gives before an actual is entered.
    expect(grids[1]?.rows[12]?.[7]).toBe('');
    expect(await sheetXml(out, 2)).toContain('<f>IF(G13=&quot;&quot;,&quot;&quot;,N13=&quot;达成&quot;)</f>');
    expect(json.at(-1)).toMatchObject({ formulas: 'portable', portableFallbacks: { count: 0, rows: [] } });
    const perf = file('seed-perf.xlsx');
    expect((await runCli(['generate', '--seed', '-o', perf, '--mode', 'self-evaluation', '--formulas', 'perf'])).code).toBe(0);
    expect((await gridsOf(perf))[1]?.rows[12]?.[7]).toBe('');
    expect(await sheetXml(perf, 2)).toContain('<f>IF(G13=&quot;&quot;,&quot;&quot;,_xldudf_PERF_EVAL(G13,E13,&quot;auto&quot;,B13))</f>');
  });

  it('reads projects from JSON, filling in default indicators and saying so', async () => {
    const input = file('projects.json');
    const out = file('json.xlsx');
    const { indicators: _, ...project } = structuredClone(SEED_PROJECTS[2]!);
    writeFileSync(input, JSON.stringify({ projects: [{ ...project, year: undefined }] }));
    const { code, json } = await runCli(['generate', '--from-json', input, '-o', out]);
    expect(code).toBe(0);
    expect(json).toEqual([
      expect.objectContaining({ severity: 'info', code: 'REGISTER_INDICATORS_DEFAULTED', sheet: input }),
      { ok: true, output: out, projects: 1, sheets: ['汇总', project.name], errors: 0, warnings: 0 },
    ]);
    const grids = await gridsOf(out);
    expect(grids[1]?.rows.slice(10).map((r) => r[1])).toEqual(['数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标', '服务对象满意度指标']);
    expect(grids[1]?.rows[13]?.[4]).toBe('≤93.00万元');
  });

  it('reads JSON from standard input with --from-json -', async () => {
    const out = file('stdin.xlsx');
    const { code, json } = await runCli(['generate', '--from-json', '-', '-o', out, '--no-defaults'], JSON.stringify([SEED_PROJECTS[0]]));
    expect(code).toBe(0);
    expect(json).toEqual([expect.objectContaining({ ok: true, projects: 1 })]);
  });

  it('reports a malformed project, keeps the others, and exits 1', async () => {
    const out = file('partly.xlsx');
    const { code, json } = await runCli(['generate', '--from-json', '-', '-o', out], JSON.stringify([SEED_PROJECTS[0], { name: 'no code' }]));
    expect(code).toBe(1);
    expect(json[0]).toMatchObject({ severity: 'error', code: 'PROJECT_JSON_INVALID', message: '第2个项目格式不正确：缺少 code', messageEn: 'Project 2 is malformed: "code" is missing' });
    expect(json.at(-1)).toMatchObject({ ok: false, projects: 1, errors: 1 });
    expect(existsSync(out)).toBe(true);
  });

  it('writes nothing and exits 1 when no project can be read', async () => {
    const out = file('none.xlsx');
    const { code, json } = await runCli(['generate', '--from-json', '-', '-o', out], '{not json');
    expect(code).toBe(1);
    expect(json.at(-1)).toEqual({ ok: false, output: null, projects: 0, sheets: [], errors: 1, warnings: 0 });
    expect(existsSync(out)).toBe(false);
  });

  it('reports findings of the register as JSON lines', async () => {
    const register = file('template-empty.xlsx');
    await runCli(['template', '-o', register]);
    const { code, json } = await runCli(['generate', register, '-o', file('empty-out.xlsx')]);
    expect(code).toBe(1);
    expect(json).toEqual([expect.objectContaining({ sheet: '项目清单', severity: 'warning', code: 'REGISTER_NO_PROJECTS' }), expect.objectContaining({ ok: false, projects: 0 })]);
  });

  it.each([
    [['generate', '-o', 'x.xlsx'], '来源'],
    [['generate', '--seed'], '-o'],
    [['generate', '--seed', 'a.xlsx', '-o', 'x.xlsx'], '来源'],
    [['generate', '--seed', '-o', 'x.xlsx', '--mode', 'audit'], '--mode'],
    [['generate', '--seed', '-o', 'x.xlsx', '--month', '13'], '--month'],
    [['generate', '--seed', '-o', 'x.xlsx', '--tree', 'x'], '--tree'],
    [['generate', '--bogus'], 'bogus'],
  ])('refuses %j with exit code 2', async (args, said) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(said);
  });

  it('says when the register cannot be read', async () => {
    const bad = file('bad.xlsx');
    writeFileSync(bad, 'not a zip');
    const { code, stderr } = await runCli(['generate', bad, '-o', file('x.xlsx')]);
    expect(code).toBe(2);
    expect(stderr).toContain('无法读取输入');
  });

  it('lists generate and template in the help', async () => {
    const { stdout } = await runCli(['help']);
    expect(stdout).toContain('perftable generate');
    expect(stdout).toContain('perftable template');
  });
});
