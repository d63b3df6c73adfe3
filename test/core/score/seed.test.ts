/**
 * The seed's five projects scored end to end (DOMAIN.md §5): the seed's indicator rows, invented
 * actuals, weights and year-end spend, and every score worked out by hand in the table below.
 * Budgets (万元): 17.00, 37.30, 93.00, 35.70, 150.00; spend plan 25/50/75/100 at months 3/6/10/12.
 */
import { executionLight, executionScore, gradeOf, readSpendPlan, scoreIndicator, totalScore } from '../../../src/core/score';
import type { ActualInput } from '../../../src/core';
import { seedIndicatorRows } from '../../helpers/seed';

interface Row {
  level3: string;
  actual: ActualInput;
  weight: number;
  score: number;
  applicable?: boolean;
}

interface Project {
  budget: number;
  spent: number;
  executionScore: number;
  rows: Row[];
  total: number;
  grade: string;
}

const PROJECTS: Project[] = [
  {
    budget: 17,
    spent: 16.5, // 16.5/17 = 0.970588 × 10 = 9.71
    executionScore: 9.71,
    rows: [
      { level3: '企业开工率、投产率', actual: 0.55, weight: 15, score: 13.75 }, // 55/60 × 15
      { level3: '督导检查覆盖率', actual: 0.7, weight: 15, score: 15 },
      { level3: '完工及时率', actual: 60, weight: 10, score: 10 }, // 60 read as 60%: exactly the target
      { level3: '成本开支', actual: '合格', weight: 10, score: 10 }, // the target's grade
      { level3: '对经济发展带来效果', actual: 0.04, weight: 10, score: 8 }, // 4% of ≥5%: 4/5 × 10
      { level3: '为企业生产经营提供优质环境', actual: '5%', weight: 5, score: 5 },
      { level3: '优化环境管理', actual: '部分达成', weight: 5, score: 3.5 }, // outcome word: 0.7 × 5
      { level3: '项目持续发挥作用', actual: 0.9, weight: 10, score: 10 },
      { level3: '服务对象满意度', actual: 0.95, weight: 10, score: 10 },
    ],
    total: 94.96, // 9.71 + 85.25
    grade: '优',
  },
  {
    budget: 37.3,
    spent: 37.3, // 100% → 10
    executionScore: 10,
    rows: [
      { level3: '工程质量合格率（%）', actual: 0.98, weight: 15, score: 14.7 }, // 98/100 × 15
      { level3: '任务完成情况', actual: 0.6, weight: 15, score: 15 },
      { level3: '任务完成时间', actual: '未完成', weight: 10, score: 3 }, // qualitative 未达成: 0.3 × 10
      { level3: '控制成本', actual: '优', weight: 10, score: 10 },
      { level3: '设计功能实现率', actual: 0.3, weight: 10, score: 5 }, // 30/60 × 10
      { level3: '为企业生产经营提供优质环境', actual: 0.66, weight: 10, score: 10 },
      { level3: '优化环境管理', actual: 0.05, weight: 5, score: 5 }, // 5% of ≥5%
      { level3: '项目实施对环境的影响', actual: '基本达到', weight: 5, score: 3.5 },
      { level3: '群众满意度', actual: 0.5, weight: 10, score: 8.33 }, // 50/60 × 10 = 8.333
    ],
    total: 84.53, // 10 + 74.53
    grade: '良',
  },
  {
    budget: 93,
    spent: 80, // 80/93 = 0.860215 × 10 = 8.60
    executionScore: 8.6,
    rows: [
      { level3: '保障人数', actual: 92, weight: 20, score: 18.7 }, // ≤86人: 86/92 × 20 = 18.696
      { level3: '网络升级及传播活动', actual: '合格', weight: 10, score: 10 },
      { level3: '完成时间', actual: '部分达成', weight: 10, score: 7 },
      { level3: '项目总成本', actual: '是', weight: 10, score: 10 },
      { level3: '运行正常', actual: '达成', weight: 15, score: 15 },
      { level3: '正常开展工作', actual: '未达成', weight: 15, score: 4.5 }, // 0.3 × 15
      { level3: '服务对象满意度', actual: 0.88, weight: 10, score: 9.78 }, // 88/90 × 10 = 9.778
    ],
    total: 83.58, // 8.60 + 74.98
    grade: '良',
  },
  {
    budget: 35.7,
    spent: 30, // 30/35.7 = 0.840336 × 10 = 8.40
    executionScore: 8.4,
    rows: [
      { level3: '工程质量合格率（%）', actual: 1, weight: 15, score: 15 },
      { level3: '任务完成情况', actual: 0.75, weight: 15, score: 15 },
      { level3: '任务完成时间', actual: '达成', weight: 10, score: 10 },
      { level3: '控制成本', actual: '部分达成', weight: 10, score: 7 },
      { level3: '设计功能实现率', actual: 0.6, weight: 10, score: 10 },
      { level3: '为企业生产经营提供优质环境', actual: 0.54, weight: 10, score: 9 }, // 54/60 × 10
      { level3: '优化环境管理', actual: 0.03, weight: 5, score: 3 }, // 3/5 × 5
      { level3: '项目实施对环境的影响', actual: null, weight: 5, score: 0, applicable: false },
      { level3: '群众满意度', actual: 0.9, weight: 10, score: 10 },
    ],
    // 8.40 + 79 = 87.40 of the 95 points that apply → 87.4 × 100 / 95 = 92.00 (折算; 87.40 alone would be 良)
    total: 92,
    grade: '优',
  },
  {
    budget: 150,
    spent: 120, // 0.8 × 10 = 8
    executionScore: 8,
    rows: [
      { level3: '项目数量', actual: '4个', weight: 15, score: 12 }, // 4/5 × 15
      { level3: '综合事务管理工作完成率', actual: 0.65, weight: 10, score: 10 },
      { level3: '按年度工作计划完成比例', actual: 0.5, weight: 10, score: 8.33 }, // 50/60 × 10
      { level3: '项目资金支付率', actual: 0.8, weight: 15, score: 15 },
      { level3: '实际达成合作意向数（以签订备忘录或协议为准）', actual: 2, weight: 10, score: 6.67 }, // 2/3 × 10
      { level3: '项目实现功能', actual: '达成', weight: 5, score: 5 },
      { level3: '项目实施对环境的影响', actual: '达成', weight: 5, score: 5 },
      { level3: '优化行业人才队伍', actual: '不合格', weight: 10, score: 3 }, // grade below 合格: 0.3 × 10
      { level3: '企业满意度', actual: 0.91, weight: 10, score: 10 },
    ],
    total: 83, // 8 + 75
    grade: '良',
  },
];

const SEED_ROWS = seedIndicatorRows();

describe.each(PROJECTS.map((project, index) => [index + 1, project] as const))('seed project %i', (table, project) => {
  const rows = SEED_ROWS.filter((r) => r.table === table);

  it('lines up with the seed rows', () => {
    expect(rows.map((r) => r.level3)).toEqual(project.rows.map((r) => r.level3));
  });

  it('scores each indicator by the rule', () => {
    const scores = project.rows.map((row, i) => {
      if (row.applicable === false) return row.score;
      const seed = rows[i];
      if (!seed) throw new Error('row');
      const result = scoreIndicator(row.actual, seed.target, row.weight, { level2: seed.level2 });
      if (!result.ok) throw new Error(`${seed.level3}: ${result.error.message}`);
      return result.score.score;
    });
    expect(scores).toEqual(project.rows.map((r) => r.score));
  });

  it('scores the budget execution', () => {
    expect(executionScore(project.spent, project.budget)).toMatchObject({ ok: true, score: { score: project.executionScore } });
  });

  it('totals (execution + indicators, 折算 where a row does not apply) and grades', () => {
    const scores = [project.executionScore, ...project.rows.map((r) => (r.applicable === false ? null : r.score))];
    const weights = [10, ...project.rows.map((r) => r.weight)];
    const applicable = [true, ...project.rows.map((r) => r.applicable !== false)];
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    const total = totalScore(scores, weights, applicable);
    expect(total).toMatchObject({ ok: true, total: { total: project.total } });
    expect(gradeOf(project.total)).toEqual({ ok: true, grade: project.grade });
  });
});

describe('seed project 3 with linear-reverse', () => {
  it('scores 保障人数 (≤86人, 92 people) linearly: (1 − 6/86) × 20 = 18.60', () => {
    expect(scoreIndicator(92, '≤86人', 20, { profile: 'linear-reverse' })).toMatchObject({ ok: true, score: { score: 18.6 } });
  });
});

describe('seed projects at the end of July (双监控)', () => {
  // 1-7月执行数 (invented); time progress 7/12; planned 56.25% at the end of July.
  const plan = readSpendPlan([25, 50, 75, 100]);
  it.each([
    // budget, spent, v, light, gap points, plan v, plan light
    [17, 7, 70.59, 'yellow', -15.07, 73.2, 'yellow'], // 0.41176 / 0.58333 = 70.588
    [37.3, 30, 137.88, 'green', 24.18, 142.98, 'green'], // 0.804290 / 0.5625 = 1.429848
    [93, 20, 36.87, 'red', -34.74, 38.23, 'red'], // 0.21505
    [35.7, 18, 86.43, 'green', -5.83, 89.64, 'green'], // 0.50420
    [150, 60, 68.57, 'yellow', -16.25, 71.11, 'yellow'], // 0.4
  ] as const)('%d 万元, %d spent → v %d %s; gap %d points, plan v %d %s', (budget, spent, v, colour, gap, planV, planColour) => {
    if (!plan.ok) throw new Error('plan');
    expect(executionLight(spent, budget, 7, plan.plan)).toMatchObject({
      ok: true,
      light: { v, light: colour, planned: 0.5625, gapPoints: gap, planV, planLight: planColour },
    });
  });
});
