/**
 * The 绩效目标表 reader on the layouts real sheets have: merged cells, labels with spaces and line
 * breaks, full-width characters, 元 amounts, numbers as text, two tables on a sheet, a table pasted
 * some columns to the right, labels above their values, values after a colon.
 */
import { readTargetSheets } from '../../../src/core/read/target-sheet';
import type { Grid } from '../../../src/core/read/grid';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import { checkWorkbook } from '../../../src/core/check';
import { wordTextToGrids } from '../../../src/core/read/word-import';
import { SEED_TEXT } from '../../helpers/seed';
import { cleanSheet, CLEAN_INDICATORS, HEADER, specRows, cleanSpec, type Cell } from '../check/sheets';

const codesOf = (grid: Grid): string[] => readTargetSheets(grid).findings.map((f) => `${f.cell} ${f.severity} ${f.code}`);

/** The seed's first table as an Excel export lays it out: merged cells hold their value top-left. */
function excelSheet(): Grid {
  const p = SEED_PROJECTS[0]!;
  const rows: Cell[][] = [
    ['1.2025年安全生产、综治维稳工作安排绩效目标表', null, null, null, null, null, null],
    ['808001中日唐山曹妃甸生态工业园管理委员会本级', null, null, null, null, '单位：万元', null],
    ['项目编码', p.code, null, '项目名称', p.name, null, null],
    ['预算规模及资金用途', '预算数', 17, '其中：财政资金', 17, '其他资金', null],
    [null, p.fundUse, null, null, null, null, null],
    ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底', null, null],
    [null, 0.25, 0.5, 0.75, 1, null, null],
    ['绩效目标', p.goals, null, null, null, null, null],
    HEADER,
    ...p.indicators.map((row, i) => [i === 0 || i === 4 || i === 8 ? row.level1 : null, row.level2, row.level3, row.description, row.target, i === 0 ? row.basis : null]),
  ];
  return {
    sheet: '安全生产',
    rows,
    merges: ['A1:G1', 'A2:E2', 'F2:G2', 'B3:C3', 'E3:G3', 'A4:A5', 'B5:G5', 'A6:A7', 'B8:G8', 'A10:A13', 'A14:A17', 'F10:F18'],
  };
}

describe('readTargetSheets', () => {
  it('reads a sheet with merged cells: 一级 filled down from its merge, the merged 依据 on every row', () => {
    const { tables, findings } = readTargetSheets(excelSheet());
    expect(findings).toEqual([]);
    expect(tables).toHaveLength(1);
    const { project, cells } = tables[0]!;
    expect(project).toEqual(SEED_PROJECTS[0]);
    expect(cells['indicators.3.level1']).toBe('A10');
    expect(cells['indicators.5.level1']).toBe('A14');
    expect(cells['indicators.7.basis']).toBe('F10');
    expect(cells.fundUse).toBe('B5');
    expect(cells['budget.other']).toBe('G4');
  });

  it('tolerates spaces, line breaks and full-width characters in labels and values', () => {
    const spec = cleanSpec();
    const rows = specRows(spec);
    rows[2] = ['项 目 编 码', '１３０２０９２５Ｐ０００６６５１０００１Ｊ', '项目\n名称', spec.name];
    rows[3] = ['预算规模\n及资金用途', '预算数（万元）', ' 17.00 ', '其中：财政\u3000资金', '１７．００', '其他\n资金', null];
    rows[5] = ['资金支出计划（％）', '３月底', '6 月底', '10月末', '12月底'];
    rows[6] = [null, '２５％', '50 %', '75', '100'];
    rows[8] = ['一级\n指标', '二级指标 ', ' 三级指标', '绩效指标描述', '指 标 值', '指标值\n确定依据'];
    const { tables, findings } = readTargetSheets({ sheet: 's', rows });
    expect(findings).toEqual([]);
    const { project } = tables[0]!;
    expect(project.code).toBe('13020925P00066510001J');
    expect(project.budget).toEqual({ total: 17, fiscal: 17, other: null });
    expect(project.spendPlan.map((c) => c.percent)).toEqual([25, 50, 75, 100]);
    expect(project.indicators).toHaveLength(CLEAN_INDICATORS.length);
  });

  it('reads 元 tables and converts an amount that names another unit', () => {
    const yuan = readTargetSheets(cleanSheet({ unitLine: ['808001测试单位', '金额单位：元'], total: '170,000.00', fiscal: 170000 })).tables[0]!;
    expect(yuan.project.amountUnit).toBe('元');
    expect(yuan.project.budget.total).toBe(170000);
    expect(yuan.cells.amountUnit).toBe('B2');
    const mixed = readTargetSheets(cleanSheet({ fiscal: '170000元' })).tables[0]!;
    expect(mixed.project.budget.fiscal).toBeCloseTo(17, 9);
  });

  it('reads two tables on one sheet, with blank rows and a note between them', () => {
    const first = specRows(cleanSpec());
    const second = specRows(cleanSpec({ title: '2.2025年第二个项目绩效目标表', code: '13020925P00066710001X', name: '2025年第二个项目', total: '37.30', fiscal: '37.30' }));
    const rows = [...first, [], ['注：本表金额单位为万元。'], [], ...second];
    const { tables, findings } = readTargetSheets({ sheet: 's', rows });
    expect(findings).toEqual([]);
    expect(tables.map((t) => [t.project.code, t.range, t.project.indicators.length])).toEqual([
      ['13020925P00066510001J', 'A1:G16', 7],
      ['13020925P00066710001X', 'A20:G35', 7],
    ]);
    expect(tables[1]!.cells['budget.total']).toBe('C23');
  });

  it('reads a table pasted three columns right and two rows down', () => {
    const rows = specRows(cleanSpec()).map((row) => [null, null, null, ...row]);
    const { tables, findings } = readTargetSheets({ sheet: 's', rows: [[], [], ...rows] });
    expect(findings).toEqual([]);
    expect(tables[0]!.range).toBe('D3:J18');
    expect(tables[0]!.cells.code).toBe('E5');
    expect(tables[0]!.cells['indicators.0.target']).toBe('H12');
    expect(tables[0]!.project.indicators[1]!.level1).toBe('产出指标');
  });

  it('reads labels above their values, and values after a colon', () => {
    const rows: Cell[][] = [
      ['项目编码', '项目名称', '预算数', '财政资金', '其他资金'],
      ['13020925P00066510001J', '2025年测试项目', '17.00', '15.00', '2.00'],
      ['单位：万元'],
      ['资金支出计划（%）', '6月底', '12月底'],
      [null, '50%', '100%'],
      ['绩效目标：完成测试项目'],
      HEADER,
      ...CLEAN_INDICATORS,
    ];
    const { tables, findings } = readTargetSheets({ sheet: 's', rows });
    expect(findings).toEqual([]);
    const { project, cells } = tables[0]!;
    expect([project.code, project.name, project.budget.total, project.budget.other, project.goals]).toEqual(['13020925P00066510001J', '2025年测试项目', 17, 2, '完成测试项目']);
    expect([cells.code, cells['budget.other'], cells.goals]).toEqual(['A2', 'E2', 'A6']);
    expect(project.spendPlan).toEqual([{ month: 6, percent: 50 }, { month: 12, percent: 100 }]);
    const inline = readTargetSheets({ sheet: 's', rows: [['项目编码：13020925P00066510001J', '项目名称：测试'], HEADER, ...CLEAN_INDICATORS] });
    expect(inline.tables[0]!.project.code).toBe('13020925P00066510001J');
    expect(inline.tables[0]!.project.name).toBe('测试');
  });

  it('reports what it finds but cannot read, instead of dropping it', () => {
    expect(codesOf(cleanSheet({ total: '约17万' }))).toEqual(['C4 error READ_AMOUNT_UNREADABLE']);
    expect(codesOf(cleanSheet({ plan: ['25%', '一半', '75%', '100%'] }))).toEqual(['C7 error READ_PERCENT_UNREADABLE']);
    const rows = specRows(cleanSpec());
    rows.splice(11, 0, ['其他说明文字', null, null, null, null, null], [null, null, null, null, null, null, '备注：见附件']);
    expect(codesOf({ sheet: 's', rows })).toEqual(['A12 warning READ_ROW_UNREADABLE', 'G13 warning READ_ROW_UNREADABLE']);
  });

  it('reports a sheet without a table, and a table without its indicator header', () => {
    expect(codesOf({ sheet: 's', rows: [['说明'], ['本工作簿用于…']] })).toEqual(['A1 info READ_NO_TABLE']);
    expect(codesOf({ sheet: 's', rows: specRows(cleanSpec()).slice(0, 8) })).toEqual(['A3 error READ_NO_INDICATOR_HEADER']);
    expect(readTargetSheets({ sheet: 's', rows: [] }).tables).toEqual([]);
  });

  it('stops the indicator rows at a note, a signature line or the next table', () => {
    const rows = [...specRows(cleanSpec()), ['填表人：张三', null, '联系电话：123'], ['产出指标', '数量指标', '不是指标', '', '≥1个', '']];
    const { tables, findings } = readTargetSheets({ sheet: 's', rows });
    expect(findings).toEqual([]);
    expect(tables[0]!.project.indicators).toHaveLength(CLEAN_INDICATORS.length);
  });

  it('reads the whole seed document pasted into one sheet: the department prose, then five tables', () => {
    const [department, ...tables] = wordTextToGrids(SEED_TEXT);
    const rows: Cell[][] = [['第一部分'], ...department!.rows, ['第二部分'], ['预算项目绩效目标']];
    for (const table of tables) rows.push([], ...table.rows);
    const read = readTargetSheets({ sheet: '绩效文本', rows });
    expect(read.findings).toEqual([]);
    expect(read.tables.map((t) => t.project)).toEqual(SEED_PROJECTS);
    expect(read.department?.sections).toHaveLength(5);
    const codes = checkWorkbook([{ sheet: '绩效文本', rows }]).map((f) => f.code);
    expect(codes).toEqual(checkWorkbook(wordTextToGrids(SEED_TEXT)).map((f) => f.code));
  });

  it('ignores merges that make no sense rather than failing', () => {
    const grid: Grid = { ...cleanSheet(), merges: ['ZZZ', 'A1:', 'B2:A1', 'A1:XFD1048576', 'C3:C3', 'Sheet1!A20:B30'] };
    expect(() => readTargetSheets(grid)).not.toThrow();
  });
});
