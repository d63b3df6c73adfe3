/**
 * Guards the transcription of the seed's five projects: each field of SEED_PROJECTS is read again
 * from test/fixtures/seed.txt through readWordText, independently of how the fixture was typed.
 */
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import type { IndicatorRow, Project } from '../../../src/core/project/types';
import { readWordText, type WordTable } from '../../../src/core/read/word-text';
import { SEED_TEXT } from '../../helpers/seed';

function amountOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** One Word table of the seed → a Project, by its labels. */
function projectFromTable(table: WordTable): Project {
  const rows = table.rows;
  const find = (label: string): number => {
    const i = rows.findIndex((row) => row[0]?.replace(/\s/g, '') === label);
    if (i < 0) throw new Error(`no row labelled ${label}`);
    return i;
  };
  const [unit = '', amountUnit = ''] = rows[0] ?? [];
  const identity = rows[find('项目编码')] ?? [];
  const budgetIndex = find('预算规模及资金用途');
  const budget = rows[budgetIndex] ?? [];
  const label = (i: number): string => (budget[i] ?? '').replace(/\s/g, '');
  expect([label(1), label(3), label(5)]).toEqual(['预算数', '其中：财政资金', '其他资金']);
  const spendIndex = find('资金支出计划（%）');
  const months = (rows[spendIndex] ?? []).slice(1).map((m) => Number(/^(\d+)月底$/.exec(m)?.[1]));
  const percents = (rows[spendIndex + 1] ?? []).filter((c) => c !== '').map((p) => Number(/^(\d+)%$/.exec(p)?.[1]));
  const header = find('一级指标');
  let level1 = '';
  const indicators: IndicatorRow[] = rows.slice(header + 1).map((row) => {
    level1 = row[0] || level1;
    return { level1, level2: row[1] ?? '', level3: row[2] ?? '', description: row[3] ?? '', target: row[4] ?? '', basis: row[5] ?? '' };
  });
  return {
    unitCode: /^\d{6}/.exec(unit)?.[0] ?? '',
    unitName: unit.replace(/^\d{6}/, ''),
    year: Number(/(\d{4})年/.exec(table.title)?.[1]),
    amountUnit: amountUnit.replace(/^单位：/, '') as Project['amountUnit'],
    code: identity[1] ?? '',
    name: identity[3] ?? '',
    budget: { total: amountOf(budget[2] ?? ''), fiscal: amountOf(budget[4] ?? ''), other: amountOf(budget[6] ?? '') },
    // 资金用途: the row after 预算规模及资金用途 (its first cell is the merged label).
    fundUse: (rows[budgetIndex + 1] ?? []).filter((c) => c !== '').join(''),
    spendPlan: months.map((month, i) => ({ month, percent: percents[i] ?? NaN })),
    goals: (rows[find('绩效目标')] ?? []).slice(1).filter((c) => c !== '').join(''),
    indicators,
  };
}

describe('SEED_PROJECTS', () => {
  const tables = readWordText(SEED_TEXT).tables.filter((t) => t.rows.some((row) => row[0] === '项目编码'));
  const fromText = tables.map(projectFromTable);

  it('holds the five projects of the seed, in order', () => {
    expect(SEED_PROJECTS).toHaveLength(5);
    expect(fromText).toHaveLength(5);
    expect(SEED_PROJECTS.map((p) => p.code)).toEqual([
      '13020925P00066510001J',
      '13020925P00066710001X',
      '13020925P00066410001W',
      '13020925P000666100018',
      '13020925P000511100010',
    ]);
  });

  it.each([0, 1, 2, 3, 4])('project %i equals the seed text in every field', (i) => {
    expect(SEED_PROJECTS[i]).toEqual(fromText[i]);
  });

  it('states the unit, year and amount unit of the seed', () => {
    for (const p of SEED_PROJECTS) {
      expect([p.unitCode, p.unitName, p.year, p.amountUnit]).toEqual(['808001', '中日唐山曹妃甸生态工业园管理委员会本级', 2025, '万元']);
      expect(p.budget.other).toBeNull();
      expect(p.spendPlan).toEqual([
        { month: 3, percent: 25 },
        { month: 6, percent: 50 },
        { month: 10, percent: 75 },
        { month: 12, percent: 100 },
      ]);
    }
  });

  it('keeps the amounts and row counts as printed', () => {
    expect(SEED_PROJECTS.map((p) => p.budget.total)).toEqual([17, 37.3, 93, 35.7, 150]);
    expect(SEED_PROJECTS.map((p) => p.indicators.length)).toEqual([9, 9, 7, 9, 9]);
  });

  it('drops the trailing tabs of the seed texts', () => {
    expect(SEED_PROJECTS[1]?.goals).toBe('1.园区重点项目的建设情况和手续的完善情况');
    expect(SEED_PROJECTS[1]?.fundUse).toBe('园区重点项目的建设情况和手续的完善情况');
    for (const p of SEED_PROJECTS) for (const text of [p.goals, p.fundUse]) expect(text).toBe(text.trim());
  });
});
