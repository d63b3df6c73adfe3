/**
 * The checker over whole workbooks: registers (项目清单 with 指标清单), sheets without tables, the
 * order of findings, and the catalog of codes and messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_CODES, checkProject, checkWorkbook, readWorkbook } from '../../../src/core/check';
import { MESSAGES } from '../../../src/core/i18n/messages';
import { CHECK_MESSAGES } from '../../../src/core/i18n/messages-check';
import type { Grid } from '../../../src/core/read/grid';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import { lintTarget } from '../../../src/core/target/lint';
import { cleanSheet } from './sheets';

function register(codes: string[]): Grid[] {
  const head = ['项目编码', '项目名称', '年度', '预算数', '财政资金', '其他资金', '3月底', '6月底', '10月底', '12月底'];
  const rows = codes.map((code, i) => [code, `2025年项目${i + 1}`, 2025, '17.00', '17.00', null, '25%', '50%', '75%', '100%']);
  const list = [['项目编码', '一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据']];
  for (const code of codes) {
    list.push(
      [code, '产出指标', '数量指标', '活动场次', '≥2场', '计划'],
      ['', '', '质量指标', '验收合格率', '=100%', '标准'],
      ['', '', '时效指标', '完成时间', '2025年12月底前', '计划'],
      ['', '', '成本指标', '项目总成本', '≤17万元', '预算'],
      ['', '效益指标', '社会效益指标', '保障作用', '有效保障', '计划'],
      ['', '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥60%', '标准'],
    );
  }
  return [
    { sheet: '项目清单', rows: [head, ...rows] },
    { sheet: '指标清单', rows: list },
  ];
}

describe('registers', () => {
  const codes = SEED_PROJECTS.map((p) => p.code);

  it('checks every project of a register, pointing into the register and the indicator list', () => {
    const findings = checkWorkbook(register(codes));
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual([
      '项目清单!2:2 REGISTER_UNIT_ASSUMED', // the register reader's: a blank 金额单位 is 万元
      ...['E7', 'E13', 'E19', 'E25', 'E31'].map((cell) => `指标清单!${cell} IND_SATISFACTION_LOW`),
    ]);
  });

  it('reports a register row’s budget and code where they are', () => {
    const grids = register(['13020925P00066510001K', codes[1]!]);
    grids[0]!.rows[2]![3] = '18.00';
    const findings = checkWorkbook(grids).filter((f) => f.sheet === '项目清单' && f.code !== 'REGISTER_UNIT_ASSUMED');
    expect(findings.map((f) => `${f.cell} ${f.code}`)).toEqual(['A2 CODE_CHECK_CHAR', 'D3 BUDGET_SUM_MISMATCH']);
  });

  it('does not read the indicator list as a 绩效目标表', () => {
    const read = readWorkbook(register(codes));
    expect(read.projects.every((p) => p.source === 'register')).toBe(true);
    expect(read.projects).toHaveLength(5);
  });

  it('reports a code used both in the register and on a table sheet', () => {
    const findings = checkWorkbook([...register(codes), cleanSheet({ code: codes[0]! })]);
    expect(findings.filter((f) => f.code === 'CODE_DUPLICATE').map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([
      `项目1!B3 项目编码 ${codes[0]} 重复，另见 项目清单!A2`,
    ]);
  });
});

describe('workbooks', () => {
  it('reports a workbook without any table as an error', () => {
    const findings = checkWorkbook([{ sheet: '说明', rows: [['无表格']] }]);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.severity} ${f.code}`)).toEqual(['说明!A1 info READ_NO_TABLE', '说明!A1 error WORKBOOK_NO_TABLE']);
  });

  it('lists findings sheet by sheet, in reading order within a sheet', () => {
    const a = cleanSheet({ sheet: 'a', total: '18.00', plan: ['25%', '50%', '75%', '90%'] });
    const b = cleanSheet({ sheet: 'b', code: '13020925P00066710001X', other: '-1' });
    const order = checkWorkbook([a, b]).map((f) => `${f.sheet}!${f.cell}`);
    expect(order).toEqual(['a!C4', 'a!E7', 'b!C4', 'b!G4']);
  });

  it('checks one project from data, without a sheet', () => {
    const cells = { code: 'B3', 'budget.total': 'C4', 'budget.fiscal': 'E4', amountUnit: 'B2', spendPlan: 'A6', header: 'A9' };
    const project = { ...SEED_PROJECTS[4]!, budget: { total: 150, fiscal: 140, other: null } };
    expect(checkProject(project, cells, { sheet: 'x' }).map((f) => `${f.cell} ${f.code}`)).toEqual(['C4 BUDGET_SUM_MISMATCH']);
  });
});

describe('codes and messages', () => {
  it('has a Chinese and an English message for every code', () => {
    for (const code of Object.keys(CHECK_CODES)) {
      const entry = MESSAGES[code as keyof typeof MESSAGES];
      expect(entry).toBeDefined();
      expect(entry.zh({})).not.toBe('');
      expect(entry.en({})).not.toBe('');
    }
  });

  it('defines no code of messages.ts again (a spread would silently replace it)', () => {
    const source = readFileSync(join(__dirname, '../../../src/core/i18n/messages.ts'), 'utf8');
    for (const code of Object.keys(CHECK_MESSAGES)) expect(source).not.toMatch(new RegExp(`^\\s+${code}:`, 'm'));
  });

  it('gives the lint codes the severity the lint gives them', () => {
    for (const [text, code] of [['', 'TARGET_MISSING'], ['≥', 'TARGET_UNREADABLE'], ['60%', 'TARGET_IMPLICIT_OP'], ['≥5', 'TARGET_NO_UNIT']] as const) {
      expect(lintTarget(text)[0]?.severity).toBe(CHECK_CODES[code].severity);
    }
  });
});
