/** 满意度 targets against 80% and against the department text (DOMAIN.md §1, §8). */
import { checkWorkbook } from '../../../src/core/check';
import { readDepartmentGrid, readDepartmentText, satisfactionStatements } from '../../../src/core/read/department';
import type { Grid } from '../../../src/core/read/grid';
import { cleanSheet, withIndicator } from './sheets';

const satisfaction = (target: string, name = '服务对象满意度') => withIndicator(6, ['满意度指标', '服务对象满意度指标', name, '', target, '历史标准']);

const department = (...paragraphs: string[]): Grid => ({ sheet: '部门整体绩效目标', rows: [['部门整体绩效目标'], ...paragraphs.map((p) => [p])] });

const found = (grids: Grid[]): string[] => checkWorkbook(grids).map((f) => `${f.sheet}!${f.cell} ${f.code}`);

describe('satisfactionStatements', () => {
  it.each([
    ['服务对象满意度大于90%为优。', '服务对象满意度大于90%', 'gt', 90],
    ['优化环境管理企业满意度达60%；', '优化环境管理企业满意度达60%', 'gte', 60],
    ['群众满意数量占总数的比例超60%为合格', '群众满意数量占总数的比例超60%', 'gt', 60],
    ['根据计划，满意度不低于 85 ％', '满意度不低于 85 %', 'gte', 85],
    ['满意度达到95百分比', '满意度达到95百分比', 'gte', 95],
  ])('%s', (text, phrase, op, value) => {
    expect(satisfactionStatements(text)).toEqual([expect.objectContaining({ phrase, op, value })]);
  });

  it('finds nothing where the text states no 满意度 level', () => {
    expect(satisfactionStatements('全年举办招商引资活动2场以上；提高群众满意度。')).toEqual([]);
  });
});

describe('readDepartmentText', () => {
  it('takes the 分项 sections that state goals or indicators, not the numbered 保障措施', () => {
    const text = readDepartmentText([
      '一、总体绩效目标',
      '全面完成任务。',
      '二、分项绩效目标',
      '（一）保障运转。',
      '绩效目标：保障机关正常运转。',
      '绩效指标：服务对象满意度大于90%为优。',
      '三、工作保障措施',
      '（一）狠抓落实。一是……',
    ]);
    expect(text.sections.map((s) => s.title)).toEqual(['保障运转。']);
    expect(text.sections[0]?.statements.map((s) => s.value)).toEqual([90]);
  });

  it('reads a sheet named 部门整体绩效目标, or a pasted document from its heading', () => {
    expect(readDepartmentGrid(department('服务对象满意度大于90%为优'))?.statements).toHaveLength(1);
    const pasted: Grid = { sheet: 'Sheet1', rows: [['第一部分'], ['部门整体绩效目标'], ['满意度达95%'], ['第二部分'], ['满意度达50%']] };
    expect(readDepartmentGrid(pasted)?.statements.map((s) => s.value)).toEqual([95]);
    expect(readDepartmentGrid({ sheet: 'Sheet1', rows: [['满意度达95%']] })).toBeUndefined();
  });
});

describe('满意度 checks', () => {
  it('passes ≥90% and reports a target below 80% as an info', () => {
    expect(found([cleanSheet()])).toEqual([]);
    const findings = checkWorkbook([cleanSheet({ indicators: satisfaction('≥60%') })]);
    expect(findings.map((f) => `${f.cell} ${f.severity} ${f.code}`)).toEqual(['E16 info IND_SATISFACTION_LOW']);
    expect(findings[0]?.message).toBe('满意度指标值 ≥60% 低于 80%');
  });

  it('compares with the department text: lower is reported, the boundary alone (≥90% against 大于90%) is not', () => {
    const dept = department('服务对象满意度大于90%为优');
    expect(found([dept, cleanSheet({ indicators: satisfaction('≥85%') })])).toEqual(['项目1!E16 IND_SATISFACTION_BELOW_DEPARTMENT']);
    expect(found([dept, cleanSheet({ indicators: satisfaction('≥90%') })])).toEqual([]);
    expect(found([dept, cleanSheet({ indicators: satisfaction('85%-95%') })])).toEqual(['项目1!E16 IND_SATISFACTION_BELOW_DEPARTMENT']);
    expect(found([dept, cleanSheet({ indicators: satisfaction('满意度大于90%为优') })])).toEqual([]);
    // One finding per cell: below the department text says more than below 80%.
    expect(found([dept, cleanSheet({ indicators: satisfaction('≥60%') })])).toEqual(['项目1!E16 IND_SATISFACTION_BELOW_DEPARTMENT']);
  });

  it('compares with the section that reads like the project, and the statement about the same people', () => {
    const dept = department(
      '二、分项绩效目标',
      '（一）保障机关正常运转',
      '绩效目标：保障机关正常工作有效运转。',
      '绩效指标：服务对象满意度大于90%为优。',
      '（二）园区基础设施建设',
      '绩效目标：园区基础设施的建设情况和手续的完善。',
      '绩效指标：工程质量合格率达100%；企业满意度达60%；服务对象满意度达到95%。',
    );
    const infrastructure = { name: '2025年园区基础设施建设', fundUse: '园区基础设施的建设情况和手续的完善情况。', goals: '1.园区基础设施的建设和手续完善' };
    const grid = (target: string, who: string) => cleanSheet({ ...infrastructure, indicators: satisfaction(target, who) });
    // 企业满意度 ≥70%: the section says 企业…达60%, so only the 80% floor speaks.
    expect(found([dept, grid('≥70%', '企业满意度')])).toEqual(['项目1!E16 IND_SATISFACTION_LOW']);
    // 服务对象满意度 ≥92%: the same section says 95% for 服务对象.
    expect(found([dept, grid('≥92%', '服务对象满意度')])).toEqual(['项目1!E16 IND_SATISFACTION_BELOW_DEPARTMENT']);
  });
});

describe('long prose', () => {
  // Without the window around each 满意 the expression would backtrack over the whole paragraph; jest's timeout guards it.
  it('reads statements in a long paragraph without backtracking over all of it', () => {
    const long = `${'项目实施'.repeat(20000)}，服务对象满意度大于90%为优${'满意'.repeat(5000)}`;
    expect(satisfactionStatements(long).map((s) => s.value)).toEqual([90]);
  });
});
