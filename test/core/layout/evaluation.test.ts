import { indicatorWeights } from '../../../src/core/score/indicator-weights';
import { parseAddress, parseRange } from '../../../src/core/layout/a1';
import {
  carriedInputs,
  evaluationLayout,
  evaluationSheetName,
  evaluationSources,
  frozenSheetName,
  mergeInputs,
  perfCall,
  type EvaluationInputs,
} from '../../../src/core/layout/evaluation';
import { layoutToGrid } from '../../../src/core/layout/to-grid';
import type { CellValue, SheetLayout } from '../../../src/core/layout/types';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import { readTargetSheets } from '../../../src/core/read/target-sheet';
import { resolveProfile } from '../../../src/core/score/profiles';
import { evalCells } from '../../../src/functions/target-functions';
import { execLightCells, gradeCells, lightCells, plannedCells, scoreCells, totalCells, worstLightCells } from '../../../src/functions/score-functions';

/** A cell of a layout: its value (cached result), formula, format and style. */
function cell(layout: SheetLayout, address: string): { value: CellValue; formula: string | null; format: string; style: string } {
  const { row, column } = parseAddress(address);
  for (const block of layout.blocks) {
    const r = parseRange(block.range);
    if (row < r.top || row > r.bottom || column < r.left || column > r.right) continue;
    const i = row - r.top;
    const j = column - r.left;
    return { value: block.values[i]![j]!, formula: block.formulas[i]![j]!, format: block.numberFormats[i]![j]!, style: block.styles[i]![j]! };
  }
  throw new Error(`no cell ${address}`);
}

function inside(ranges: readonly string[], address: string): boolean {
  const { row, column } = parseAddress(address);
  return ranges.some((range) => {
    const r = parseRange(range);
    return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
  });
}

const seed = SEED_PROJECTS[0]!;
/** Actuals of the first seed project (9 rows): met, not met, qualitative, … */
const ACTUALS: CellValue[] = ['65%', 0.5, '达成', '合格', 0.06, 0.04, '70%', '85%', '95%'];
const table = (layout: SheetLayout) => layout.tables.find((t) => t.name === 'indicators')!;

describe('evaluationLayout: self-evaluation', () => {
  it.each(SEED_PROJECTS.map((p, i) => [i + 1, p] as const))('lays out seed project %i with PERF formulas, profile weights, 合计 and 评价等级', (_n, project) => {
    const layout = evaluationLayout(project, { mode: 'self-evaluation' });
    const t = table(layout);
    expect(t.lastRow - t.firstRow + 1).toBe(project.indicators.length);
    for (let r = t.firstRow; r <= t.lastRow; r += 1) {
      expect(cell(layout, `${t.columns.met}${r}`).formula).toContain('PERF.EVAL(');
      expect(cell(layout, `${t.columns.score}${r}`).formula).toContain('PERF.SCORE(');
      // What the user types is unlocked and marked; formulas are not.
      for (const key of ['actual', 'weight', 'reason']) {
        expect(inside(layout.inputs, `${t.columns[key]}${r}`)).toBe(true);
        expect(layout.styles[cell(layout, `${t.columns[key]}${r}`).style]?.locked).toBe(false);
      }
      for (const key of ['met', 'score']) {
        expect(inside(layout.inputs, `${t.columns[key]}${r}`)).toBe(false);
        expect(layout.styles[cell(layout, `${t.columns[key]}${r}`).style]?.locked).toBe(true);
      }
    }
    expect(cell(layout, layout.fields['total.score']!).formula).toMatch(/PERF\.TOTAL\(/);
    expect(cell(layout, layout.fields['total.grade']!).formula).toMatch(/PERF\.GRADE\(/);
    // The standard profile: 执行率 10 + 产出 50 + 效益 30 + 满意度 10.
    expect(cell(layout, layout.fields['total.weight']!).value).toBe(100);
    expect(cell(layout, layout.fields['execution.weight']!).value).toBe(10);
    expect(inside(layout.inputs, layout.fields['execution.reason']!)).toBe(true);
    expect(layout.print.printArea).toBe(layout.usedRange);
    expect(parseRange(layout.usedRange).bottom).toBe(parseAddress(layout.fields['total.grade']!).row);
  });

  it('caches the values the PERF functions give for the entered actuals', () => {
    const layout = evaluationLayout(seed, { mode: 'self-evaluation', inputs: { spent: 16.5, actuals: ACTUALS } });
    const t = table(layout);
    const scores: number[] = [];
    const weights: number[] = [];
    seed.indicators.forEach((row, i) => {
      const r = t.firstRow + i;
      const weight = cell(layout, `${t.columns.weight}${r}`).value as number;
      expect(cell(layout, `${t.columns.actual}${r}`).value).toBe(ACTUALS[i]);
      expect(cell(layout, `${t.columns.met}${r}`).value).toBe(evalCells([[ACTUALS[i]]], [[row.target]], [['auto']], [[row.level2]])[0]![0]);
      const score = scoreCells([[ACTUALS[i]]], [[row.target]], [[weight]], [[null]], [['auto']], [[row.level2]])[0]![0];
      expect(cell(layout, `${t.columns.score}${r}`).value).toBe(score);
      scores.push(score as number);
      weights.push(weight);
    });
    const rate = cell(layout, layout.fields['execution.rate']!).value as number;
    expect(rate).toBeCloseTo(16.5 / 17, 12);
    const executionScore = cell(layout, layout.fields['execution.score']!).value as number;
    expect(executionScore).toBe(9.71);
    const total = Math.round((executionScore + (totalCells([scores.map((s) => s)].map((row) => row), [weights])[0]![0] as number)) * 100) / 100;
    // PERF.TOTAL takes a column: one score per row.
    const column = totalCells(scores.map((s) => [s]), weights.map((w) => [w]))[0]![0] as number;
    expect(cell(layout, layout.fields['total.score']!).value).toBe(Math.round((executionScore + column) * 100) / 100);
    expect(total).toBeGreaterThan(0);
    expect(cell(layout, layout.fields['total.grade']!).value).toBe(gradeCells([[cell(layout, layout.fields['total.score']!).value]])[0]![0]);
  });

  it('leaves results unknown (blank) until the actuals are entered', () => {
    const layout = evaluationLayout(seed, { mode: 'self-evaluation' });
    // Blank is what the guarded formulas give (`IF(…="","",…)`), cached as empty text.
    expect(cell(layout, layout.fields['total.score']!).value).toBe('');
    expect(cell(layout, layout.fields['total.grade']!).value).toBe('');
  });

  it('takes the weights and the rule from the chosen profile', () => {
    const layout = evaluationLayout(seed, { mode: 'self-evaluation', profile: 'execution-20', inputs: { actuals: ACTUALS } });
    expect(cell(layout, layout.fields['execution.weight']!).value).toBe(20);
    expect(cell(layout, layout.fields['total.weight']!).value).toBe(100);
    const t = table(layout);
    expect(cell(layout, `${t.columns.score}${t.firstRow}`).formula).toContain('"execution-20"');
    expect(cell(layout, layout.fields['total.grade']!).formula).toContain('"execution-20"');
    const profile = resolveProfile('execution-20');
    if (!profile.ok) throw new Error('profile');
    const weights = indicatorWeights(seed.indicators, profile.profile);
    expect(Math.round(weights.reduce<number>((s, w) => s + (w ?? 0), 0) * 100) / 100).toBe(80);
  });

  it('keeps weights the user entered over the profile\'s', () => {
    const weights = [20, 10, 10, 10, 7.5, 7.5, 7.5, 7.5, 10];
    const layout = evaluationLayout(seed, { mode: 'self-evaluation', inputs: { weights } });
    const t = table(layout);
    expect(cell(layout, `${t.columns.weight}${t.firstRow}`).value).toBe(20);
    expect(cell(layout, layout.fields['total.weight']!).value).toBe(100);
  });
});

describe('evaluationLayout: monitoring', () => {
  it.each(SEED_PROJECTS.map((p, i) => [i + 1, p] as const))('lays out seed project %i for 1-7月 with lights, the planned %, and the chart', (_n, project) => {
    const layout = evaluationLayout(project, { mode: 'monitoring' });
    const t = table(layout);
    expect(t.columns.light).toBeDefined();
    for (let r = t.firstRow; r <= t.lastRow; r += 1) {
      expect(cell(layout, `${t.columns.light}${r}`).formula).toMatch(/^=IF\(G\d+="","",PERF\.LIGHT\(G\d+,E\d+,7,,B\d+\)\)$/);
      expect(inside(layout.inputs, `${t.columns.light}${r}`)).toBe(false);
    }
    expect(layout.validations.map((v) => v.list.join('/'))).toEqual(expect.arrayContaining(['确定能/有可能/完全不可能', '经费保障/制度保障/人员保障/硬件条件保障/其他']));
    expect(cell(layout, layout.fields['execution.planned']!).formula).toBe('=IF(COUNT($B$8:$E$8)=0,"",PERF.PLANNED(7,$B$8:$E$8,$B$7:$E$7))');
    expect(cell(layout, layout.fields['execution.planned']!).value).toBe(0.5625);
    expect(cell(layout, layout.fields['execution.timeLight']!).formula).toContain('INDEX(PERF.EXECLIGHT(C11,B11,7,$B$8:$E$8,$B$7:$E$7),1,1)');
    expect(cell(layout, layout.fields['execution.planLight']!).formula).toContain(',1,2)');
    expect(cell(layout, layout.fields['execution.light']!).formula).toBe(`=IF(COUNTIF(${t.columns.light}${t.firstRow}:${t.columns.light}${t.lastRow},"?*")=0,"",PERF.WORSTLIGHT(${t.columns.light}${t.firstRow}:${t.columns.light}${t.lastRow}))`);
    // Lights colour their cells by the text they show: four rules per range.
    const lightRules = layout.conditionalFormats.filter((f) => f.code.startsWith('LAYOUT_LIGHT_'));
    expect(lightRules).toHaveLength(8);
    expect(lightRules.map((f) => f.formula)).toEqual(expect.arrayContaining([`=${t.columns.light}${t.firstRow}="红"`, `=${t.columns.light}${t.firstRow}="蓝"`, '=G11="黄"']));
    // The chart and its data: 12 months, planned by PERF.PLANNED, actual typed in (month 7 is the rate).
    expect(layout.charts).toHaveLength(1);
    const chart = layout.charts![0]!;
    expect(chart.type).toBe('line');
    expect(chart.series.map((s) => s.name)).toEqual(['计划累计支出进度', '实际累计支出进度']);
    const first = parseRange(chart.categories).top;
    expect(parseRange(chart.categories).bottom - first + 1).toBe(12);
    expect(cell(layout, `A${first}`).value).toBe('1月');
    expect(cell(layout, `B${first + 11}`).formula).toBe('=IF(COUNT($B$8:$E$8)=0,"",PERF.PLANNED(12,$B$8:$E$8,$B$7:$E$7))');
    expect(cell(layout, `B${first + 11}`).value).toBe(1);
    expect(cell(layout, `C${first + 6}`).formula).toBe(`=${layout.fields['execution.rate']}`);
    expect(inside(layout.inputs, `C${first}`)).toBe(true);
    expect(parseRange(layout.usedRange).bottom).toBeGreaterThanOrEqual(parseRange(chart.anchor).bottom);
  });

  it('caches the lights and the planned % the PERF functions give', () => {
    const forecasts: CellValue[] = ['65%', 0.5, '达成', '合格', 0.06, 0.04, '70%', '85%', '95%'];
    const layout = evaluationLayout(seed, { mode: 'monitoring', month: 6, inputs: { spent: 5, actuals: ACTUALS, forecasts } });
    const t = table(layout);
    const lights: CellValue[] = [];
    seed.indicators.forEach((row, i) => {
      const r = t.firstRow + i;
      const expected = lightCells([[ACTUALS[i]]], [[row.target]], [[6]], [[null]], [[row.level2]])[0]![0];
      expect(cell(layout, `${t.columns.light}${r}`).value).toBe(expected);
      lights.push(expected as CellValue);
      expect(cell(layout, `${t.columns.met}${r}`).value).toBe(evalCells([[forecasts[i]]], [[row.target]], [['auto']], [[row.level2]])[0]![0]);
    });
    const [timeLight, planLight] = execLightCells([[5]], [[17]], [[6]], [[0.25, 0.5, 0.75, 1]], [['3月底', '6月底', '10月底', '12月底']])[0]!;
    expect(cell(layout, layout.fields['execution.timeLight']!).value).toBe(timeLight);
    expect(cell(layout, layout.fields['execution.planLight']!).value).toBe(planLight);
    expect(cell(layout, layout.fields['execution.light']!).value).toBe(worstLightCells(lights.map((l) => [l]))[0]![0]);
    expect(cell(layout, layout.fields['execution.planned']!).value).toBe(plannedCells([[6]], [[0.25, 0.5, 0.75, 1]], [['3月底', '6月底', '10月底', '12月底']])[0]![0]);
    expect(layout.name).toBe(seed.name);
  });

  it('passes a plan that does not sit in one row as constants', () => {
    const project = { ...seed, spendPlan: Array.from({ length: 12 }, (_v, i) => ({ month: i + 1, percent: Math.round(((i + 1) / 12) * 10000) / 100 })) };
    project.spendPlan[11]!.percent = 100;
    const layout = evaluationLayout(project, { mode: 'monitoring', month: 3 });
    expect(cell(layout, layout.fields['execution.planned']!).formula).toMatch(/^=IF\(COUNT\(\{8\.33,.*,100\}\)=0,"",PERF\.PLANNED\(3,\{8\.33,16\.67,25,.*,100\},\{1,2,3,.*,12\}\)\)$/);
  });
});

describe('from a workbook', () => {
  it('names the new sheets after their source, within 31 characters', () => {
    expect(evaluationSheetName('项目A', 'self-evaluation')).toBe('项目A-自评');
    expect(evaluationSheetName('项目A', 'monitoring', 7)).toBe('项目A-监控7月');
    expect([...evaluationSheetName('一'.repeat(40), 'monitoring', 12)].length).toBe(31);
    expect(frozenSheetName('项目A-自评', ['项目A-自评-固化'])).not.toBe('项目A-自评-固化');
  });

  it('reads back what a self-evaluation sheet holds and carries it to a new one', () => {
    const inputs: EvaluationInputs = { spent: 16.5, actuals: ACTUALS, reasons: [null, '受天气影响', null, null, null, null, null, null, null], executionReason: '尚有合同未结算' };
    const layout = evaluationLayout(seed, { mode: 'self-evaluation', inputs });
    const grid = layoutToGrid(layout);
    const [source] = evaluationSources([grid]);
    expect(source?.kind).toBe('self-evaluation');
    expect(source?.project.indicators).toEqual(seed.indicators);
    const carried = carriedInputs(source!, 'self-evaluation');
    expect(carried.actuals).toEqual(ACTUALS);
    expect(carried.spent).toBe(16.5);
    expect(carried.reasons?.[1]).toBe('受天气影响');
    expect(carried.executionReason).toBe('尚有合同未结算');
    // Nothing of a year's 完成值 becomes a 1-X月 value.
    expect(carriedInputs(source!, 'monitoring', 7)).toEqual({});
    const again = evaluationLayout(source!.project, { mode: 'self-evaluation', inputs: mergeInputs(carried, { actuals: [null, '70%'] }) });
    const t = table(again);
    expect(cell(again, `${t.columns.actual}${t.firstRow}`).value).toBe('65%');
    expect(cell(again, `${t.columns.actual}${t.firstRow + 1}`).value).toBe('70%');
    expect(readTargetSheets(layoutToGrid(again)).tables[0]?.selfEval?.actuals?.[1]).toBe('70%');
  });

  it('carries monitoring values only to the same month', () => {
    const layout = evaluationLayout(seed, { mode: 'monitoring', month: 7, inputs: { spent: 9, actuals: ACTUALS, forecasts: ACTUALS } });
    const [source] = evaluationSources([layoutToGrid(layout)]);
    expect(source?.kind).toBe('monitoring');
    expect(source?.month).toBe(7);
    expect(carriedInputs(source!, 'monitoring', 7).forecasts).toEqual(ACTUALS);
    expect(carriedInputs(source!, 'monitoring', 8)).toEqual({});
  });

  it('spells PERF calls with empty optional arguments', () => {
    expect(perfCall('LIGHT', ['G1', 'E1', '7', '', 'B1'])).toBe('PERF.LIGHT(G1,E1,7,,B1)');
    expect(perfCall('GRADE', ['J1', ''])).toBe('PERF.GRADE(J1)');
  });
});
