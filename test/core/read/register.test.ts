import type { Grid } from '../../../src/core/read/grid';
import { fillMerges } from '../../../src/core/read/grid';
import { findRegisterGrids, headerKey, readAmount, readIndicatorList, readRegister, readRegisterWorkbook, spendMonthOfHeader } from '../../../src/core/read/register';

const HEADER = ['单位编码', '单位名称', '年度', '金额单位', '项目编码', '项目名称', '预算数', '财政资金', '其他资金', '资金用途', '3月底', '6月底', '10月底', '12月底', '绩效目标'];

function register(rows: Array<Array<string | number | boolean | null>>, header = HEADER): Grid {
  return { sheet: '项目清单', rows: [header, ...rows] };
}

const ROW = ['808001', '某单位', 2025, '万元', '13020925P00066510001J', '项目甲', 17, 17, null, '用途', 0.25, 0.5, 0.75, 1, '1.目标'];
const codes = (grid: Grid, options = {}) => readRegister(grid, options).findings.map((f) => `${f.cell} ${f.severity} ${f.code}`);

describe('headers', () => {
  it.each([
    ['其中：财政资金', '财政资金'],
    ['★项目编码', '项目编码'],
    ['预算数（万元）', '预算数'],
    [' 项目 名称 ', '项目名称'],
  ])('%s reads as %s', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });

  it.each([
    ['3月底', 3],
    ['10月末', 10],
    ['12月底（%）', 12],
    ['6月', 6],
    ['13月底', undefined],
    ['月底', undefined],
  ])('%s is spend month %s', (text, month) => {
    expect(spendMonthOfHeader(text)).toBe(month);
  });
});

describe('readAmount', () => {
  it.each([
    [17, 17],
    ['17.00', 17],
    ['1,234.50', 1234.5],
    ['  ', null],
    [null, null],
    ['１７', 17],
    ['十七', undefined],
    [true, undefined],
  ])('%j → %j', (value, expected) => {
    expect(readAmount(value)).toBe(expected);
  });
});

describe('readRegister', () => {
  it('reads a project row', () => {
    const { projects, findings } = readRegister(register([ROW]), { indicatorDefaults: false });
    expect(projects).toEqual([
      {
        row: 2,
        project: {
          unitCode: '808001',
          unitName: '某单位',
          year: 2025,
          amountUnit: '万元',
          code: '13020925P00066510001J',
          name: '项目甲',
          budget: { total: 17, fiscal: 17, other: null },
          fundUse: '用途',
          spendPlan: [
            { month: 3, percent: 25 },
            { month: 6, percent: 50 },
            { month: 10, percent: 75 },
            { month: 12, percent: 100 },
          ],
          goals: '1.目标',
          indicators: [],
        },
      },
    ]);
    expect(findings.map((f) => f.code)).toEqual(['REGISTER_NO_INDICATORS']);
  });

  it('finds the header below a title, columns in any order, with variant names', () => {
    const grid: Grid = {
      sheet: 'S',
      rows: [
        ['2025年项目清单'],
        [],
        ['项目名称', '★项目编码', '预算金额', '其中：财政资金', '3月底（%）', '12月末'],
        ['项目乙', 'P1', '20.5', 20.5, '30%', '100%'],
      ],
    };
    const { projects } = readRegister(grid, { indicatorDefaults: false, year: 2026 });
    expect(projects[0]?.row).toBe(4);
    expect(projects[0]?.project).toMatchObject({
      code: 'P1',
      name: '项目乙',
      year: 2026,
      budget: { total: 20.5, fiscal: 20.5, other: null },
      spendPlan: [
        { month: 3, percent: 30 },
        { month: 12, percent: 100 },
      ],
    });
  });

  it.each([
    [[0.25, 0.5, 0.75, 1], [25, 50, 75, 100]],
    [[25, 50, 75, 100], [25, 50, 75, 100]],
    [['25%', '50%', 0.75, 1], [25, 50, 75, 100]],
    [['25', '50', '75', '100'], [25, 50, 75, 100]],
    [[0.1, 0.3, 0.7, 1], [10, 30, 70, 100]],
    [[null, 0.5, null, 1], [50, 100]],
  ])('reads the spend plan %j as %j', (plan, expected) => {
    const row = [...ROW.slice(0, 10), ...plan, '目标'];
    const { projects } = readRegister(register([row]), { indicatorDefaults: false });
    expect(projects[0]?.project.spendPlan.map((c) => c.percent)).toEqual(expected);
  });

  it('reports a percent that is not one', () => {
    const row = [...ROW.slice(0, 10), '一季度', 0.5, 0.75, 1, '目标'];
    expect(codes(register([row]), { indicatorDefaults: false })).toContain('K2 error REGISTER_BAD_PERCENT');
  });

  it('reports amounts that are not numbers and keeps the row', () => {
    const row = [...ROW];
    row[6] = '十七万';
    const result = readRegister(register([row]), { indicatorDefaults: false });
    expect(result.projects[0]?.project.budget.total).toBeNull();
    expect(result.findings[0]).toMatchObject({ sheet: '项目清单', cell: 'G2', severity: 'error', code: 'REGISTER_BAD_AMOUNT' });
    expect(result.findings[0]?.message).toBe('「预算数」的值「十七万」不是数值');
    expect(result.findings[0]?.messageEn).toBe('"十七万" in 预算数 is not a number');
  });

  it('takes a blank year from the code, a blank unit from the row above, and states an assumed 万元', () => {
    const first = [...ROW];
    const second = ['', '', null, null, '13020924P00066510001J', '项目丙', 1, 1, null, '', null, null, null, null, ''];
    first[2] = null;
    first[3] = null;
    const result = readRegister(register([first, second]), { indicatorDefaults: false });
    expect(result.projects.map((e) => [e.project.unitCode, e.project.unitName, e.project.year, e.project.amountUnit])).toEqual([
      ['808001', '某单位', 2025, '万元'],
      ['808001', '某单位', 2024, '万元'],
    ]);
    expect(codes(register([first, second]), { indicatorDefaults: false })).toEqual([
      'D2 info REGISTER_UNIT_ASSUMED',
      'C2 info REGISTER_YEAR_FROM_CODE',
      'E2 warning REGISTER_NO_INDICATORS',
      'C3 info REGISTER_YEAR_FROM_CODE',
      'E3 warning REGISTER_NO_INDICATORS',
    ]);
  });

  it.each([
    [[null, null], 'C2 error REGISTER_YEAR_MISSING', 'X1'],
    [['二〇二五', '万元'], 'C2 error REGISTER_BAD_YEAR', 'X1'],
    [[2025, '美元'], 'D2 error REGISTER_BAD_UNIT', 'X1'],
  ])('reports year and unit problems %j', (cells, expected, code) => {
    const row = [...ROW];
    row[2] = cells[0] ?? null;
    row[3] = cells[1] ?? null;
    row[4] = code;
    expect(codes(register([row]), { indicatorDefaults: false })).toContain(expected);
  });

  it('reports missing codes and names, duplicates, and skips blank and total rows', () => {
    const noCode = [...ROW];
    noCode[4] = null;
    const noName = [...ROW];
    noName[5] = '';
    const total = [null, null, null, null, null, '合 计', 333, 333, null, null, null, null, null, null, null];
    const blank: null[] = [];
    expect(codes(register([ROW, noCode, blank, noName, total]), { indicatorDefaults: false }).filter((c) => !c.includes('NO_INDICATORS'))).toEqual([
      'E3 error REGISTER_CODE_MISSING',
      'F5 error REGISTER_NAME_MISSING',
      'E5 warning REGISTER_DUPLICATE_CODE',
    ]);
    expect(readRegister(register([ROW, noCode, blank, noName, total]), { indicatorDefaults: false }).projects.map((e) => e.row)).toEqual([2, 3, 5]);
  });

  it('reads merged unit cells as their value', () => {
    const second = [...ROW];
    second[0] = null;
    second[1] = null;
    second[4] = 'P2';
    const grid: Grid = { ...register([ROW, second]), merges: ['A2:A3', 'B2:B3'] };
    expect(readRegister(grid, { indicatorDefaults: false }).projects.map((e) => e.project.unitName)).toEqual(['某单位', '某单位']);
  });

  it('says when it finds no header, or no projects', () => {
    expect(codes({ sheet: 'X', rows: [['a', 'b']] })).toEqual([' error REGISTER_NO_HEADER']);
    expect(codes(register([]))).toEqual([' warning REGISTER_NO_PROJECTS']);
  });

  it('gives a project the indicator list does not mention the catalog defaults, and says so', () => {
    const result = readRegister(register([ROW]));
    expect(result.projects[0]?.project.indicators.map((r) => r.level2)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标', '服务对象满意度指标']);
    expect(result.projects[0]?.project.indicators[3]?.target).toBe('≤17.00万元');
    expect(result.findings).toEqual([
      {
        sheet: '项目清单',
        cell: 'E2',
        severity: 'info',
        code: 'REGISTER_INDICATORS_DEFAULTED',
        message: '指标清单中没有项目「13020925P00066510001J」的指标，已按指标库填入6条建议指标，请修改',
        messageEn:
          'The indicator list has no rows for project "13020925P00066510001J"; 6 suggested indicators from the catalog were filled in for you to edit',
      },
    ]);
  });
});

describe('the indicator list', () => {
  const list: Grid = {
    sheet: '指标清单',
    rows: [
      ['项目编码', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
      ['13020925P00066510001J', '产出指标', '数量指标', '次数', '', '≥2次', '计划'],
      [null, null, null, '人数', '', '≥10人', ''],
      [null, null, '质量指标', '合格率', '', '=100%', ''],
      [null, '满意度指标', '服务对象满意度指标', '满意度', '', '≥90%', ''],
      [null, null, null, null, null, null, null],
      ['P-OTHER', '产出指标', '数量指标', 'x', '', '1个', ''],
    ],
  };

  it('fills blank codes, 一级 and 二级 from the row above', () => {
    const result = readIndicatorList(list);
    expect(result.findings).toEqual([]);
    expect(result.byCode.get('13020925P00066510001J')?.map((e) => [e.row, e.indicator.level1, e.indicator.level2, e.indicator.level3])).toEqual([
      [2, '产出指标', '数量指标', '次数'],
      [3, '产出指标', '数量指标', '人数'],
      [4, '产出指标', '质量指标', '合格率'],
      [5, '满意度指标', '服务对象满意度指标', '满意度'],
    ]);
  });

  it('gives each project its rows and reports codes the register does not list', () => {
    const result = readRegister(register([ROW]), { indicators: list });
    expect(result.projects[0]?.project.indicators).toHaveLength(4);
    expect(result.projects[0]?.project.indicators[0]).toEqual({ level1: '产出指标', level2: '数量指标', level3: '次数', description: '', target: '≥2次', basis: '计划' });
    expect(result.findings.map((f) => `${f.sheet} ${f.cell} ${f.code}`)).toEqual(['指标清单 A7 INDICATOR_LIST_UNKNOWN_CODE']);
  });

  it('reports a list without its header', () => {
    expect(readIndicatorList({ sheet: 'L', rows: [['x']] }).findings.map((f) => f.code)).toEqual(['INDICATOR_LIST_NO_HEADER']);
  });
});

describe('a register workbook', () => {
  it('finds the sheets by name, else by header', () => {
    const other: Grid = { sheet: 'Sheet9', rows: [['说明']] };
    const named = register([ROW]);
    const renamed: Grid = { ...register([ROW]), sheet: '我的清单' };
    const list: Grid = { sheet: '我的指标', rows: [['项目编码', '三级指标', '指标值'], ['13020925P00066510001J', '次数', '≥2次']] };
    expect(findRegisterGrids([other, named]).register).toBe(named);
    expect(findRegisterGrids([other, renamed, list])).toEqual({ register: renamed, indicators: list });
    expect(readRegisterWorkbook([other, renamed, list]).projects[0]?.project.indicators.map((r) => r.target)).toEqual(['≥2次']);
    expect(readRegisterWorkbook([other]).findings.map((f) => f.code)).toEqual(['REGISTER_NO_HEADER']);
  });
});

describe('fillMerges', () => {
  it('copies a merged area’s value into every cell it covers', () => {
    expect(fillMerges({ sheet: 'S', rows: [['a', null], [null]], merges: ['A1:B2'] })).toEqual([
      ['a', 'a'],
      ['a', 'a'],
    ]);
  });
});
