/**
 * The seed (a real 2025 Hebei 绩效文本) imported from its Word text: read back exactly, and checked.
 * DOMAIN.md §8 marks what it triggers; every such finding is here at its cell, and nothing else.
 */
import { checkWorkbook, readWorkbook } from '../../../src/core/check';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import { readTargetSheets } from '../../../src/core/read/target-sheet';
import { DEPARTMENT_SHEET, wordTextToGrids } from '../../../src/core/read/word-import';
import { SEED_TEXT } from '../../helpers/seed';

const grids = wordTextToGrids(SEED_TEXT);
const findings = checkWorkbook(grids);
const sheets = grids.map((g) => g.sheet);

describe('the seed imported from Word text', () => {
  it('makes one sheet per table and one for the department text', () => {
    expect(sheets).toEqual([
      DEPARTMENT_SHEET,
      '1.2025年安全生产、综治维稳工作安排绩效目标表',
      '2.2025年科技创新及重点项目建设专项经费绩效目标表',
      '3.2025年园区开发建设专项经费绩效目标表',
      '4.2025年园区区域环境治理工作安排绩效目标表',
      '5.2025年招商引资专项经费绩效目标表',
    ]);
  });

  it('reads all five projects, every field and every indicator row, as transcribed in seed-projects', () => {
    const read = readWorkbook(grids);
    expect(read.projects.map((p) => p.project)).toEqual(SEED_PROJECTS);
    expect(read.findings).toEqual([]);
  });

  it('keeps the address of every value it reads', () => {
    const { tables } = readTargetSheets(grids[1]!);
    expect(tables).toHaveLength(1);
    const { cells, range } = tables[0]!;
    expect(range).toBe('A1:G18');
    expect(cells).toMatchObject({
      title: 'A1',
      unit: 'A2',
      amountUnit: 'B2',
      code: 'B3',
      name: 'D3',
      'budget.total': 'C4',
      'budget.fiscal': 'E4',
      'budget.other': 'G4',
      fundUse: 'B5',
      spendPlan: 'A6',
      'spendPlan.0': 'B7',
      'spendPlan.3': 'E7',
      'spendPlan.3.month': 'E6',
      goals: 'B8',
      header: 'A9',
      'indicators.0.level1': 'A10',
      'indicators.1.level1': 'A10',
      'indicators.4.level1': 'A14',
      'indicators.8.target': 'E18',
      'indicators.8.basis': 'F18',
    });
  });

  it('reads the department text with its five sections', () => {
    const read = readWorkbook(grids);
    expect(read.department?.sections.map((s) => s.title)).toHaveLength(5);
    expect(read.department?.statements.some((s) => s.phrase === '服务对象满意度大于90%')).toBe(true);
  });

  it('finds exactly what DOMAIN.md §8 marks, at the right cells', () => {
    const shown = findings.map((f) => `${sheets.indexOf(f.sheet)} ${f.cell} ${f.severity} ${f.code}`);
    expect(shown).toEqual([
      // 1. 企业开工率、投产率 under 数量指标; 服务对象满意度 ≥60% below the department's 大于90%
      '1 C10 info IND_RATE_UNDER_QUANTITY',
      '1 E18 info IND_SATISFACTION_BELOW_DEPARTMENT',
      // 2. 工程质量合格率 under 数量指标, an implicit 100百分比 (= 100%); 群众满意度 ≥60% below 80%
      '2 C10 info IND_RATE_UNDER_QUANTITY',
      '2 E10 warning TARGET_IMPLICIT_OP',
      '2 E10 warning TARGET_GTE_100_PERCENT',
      '2 E18 info IND_SATISFACTION_LOW',
      // 4. the same, with ≥100百分比
      '4 C10 info IND_RATE_UNDER_QUANTITY',
      '4 E10 warning TARGET_GTE_100_PERCENT',
      '4 E18 info IND_SATISFACTION_LOW',
    ]);
  });

  it('reports no error: 其他资金 blank is 0, the plan 25/50/75/100 is fine, the codes pass §6', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.some((f) => f.code.startsWith('CODE_') || f.code.startsWith('BUDGET_') || f.code.startsWith('SPEND_'))).toBe(false);
  });

  it('quotes the department text where a 满意度 target is below it', () => {
    const below = findings.find((f) => f.code === 'IND_SATISFACTION_BELOW_DEPARTMENT');
    expect(below?.message).toBe('满意度指标值 ≥60百分比 低于部门整体绩效目标所述“服务对象满意度大于90%”');
    expect(below?.messageEn).toBe('The satisfaction target ≥60百分比 is below what the department text states ("服务对象满意度大于90%")');
    expect(below?.project).toBe('13020925P00066510001J');
  });

  it('compares tables 2 and 4 with the section they restate (群众满意…超60%), so only the 80% floor applies', () => {
    expect(findings.filter((f) => f.code === 'IND_SATISFACTION_LOW').map((f) => f.project)).toEqual(['13020925P00066710001X', '13020925P000666100018']);
  });

  it('checks a budget year given from outside against the codes', () => {
    const next = checkWorkbook(grids, { year: 2026 });
    expect(next.filter((f) => f.code === 'CODE_YEAR_EARLIER')).toHaveLength(5);
    expect(next.filter((f) => f.code === 'CODE_YEAR_EARLIER').map((f) => f.cell)).toEqual(['B3', 'B3', 'B3', 'B3', 'B3']);
  });
});
