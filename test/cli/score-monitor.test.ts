/** `perftable score` and `perftable monitor`: JSON lines in and out, errors as lines, the run goes on. */
import { runCli } from '../helpers/cli';

const lines = (...objects: unknown[]): string => objects.map((o) => JSON.stringify(o)).join('\n') + '\n';

describe('perftable score', () => {
  it('scores JSON lines, one reply per line, in order', async () => {
    const { code, json } = await runCli(
      ['score'],
      lines(
        { actual: 0.45, target: '≥60%', weight: 10 },
        { actual: 100, target: '≤86人', weight: 10 },
        { actual: '部分达成', target: '按时完工为合格', weight: 10 },
        { actual: 0.6, target: '≥60%', weight: 8 },
      ),
    );
    expect(code).toBe(0);
    expect(json).toEqual([
      { ok: true, score: 7.5, verdict: 'not-met', rule: 'positive', weight: 10, rate: 0.75, reasonExpected: true },
      { ok: true, score: 8.6, verdict: 'not-met', rule: 'reverse', weight: 10, rate: 0.86, reasonExpected: true },
      {
        ok: true,
        score: 7,
        verdict: 'partial',
        rule: 'qualitative',
        weight: 10,
        band: { low: 6, high: 8, highInclusive: false },
        reasonExpected: true,
      },
      { ok: true, score: 8, verdict: 'met', rule: 'positive', weight: 8, rate: 1, reasonExpected: false },
    ]);
  });

  it('scores a 预算执行率 row from its budget (target) and spend (actual)', async () => {
    const { json } = await runCli(
      ['score'],
      lines(
        { level1: '预算执行率', actual: 16.5, target: 17, weight: 10 },
        { level1: '★预算执行率', actual: 12, target: '17' },
        { level1: '预算执行率', actual: 12, target: 17, profile: 'execution-20' },
      ),
    );
    expect(json[0]).toMatchObject({ ok: true, score: 9.71, verdict: 'not-met', rule: 'execution', weight: 10, reasonExpected: false });
    expect(json[1]).toMatchObject({ ok: true, score: 7.06, weight: 10, reasonExpected: true });
    expect(json[2]).toMatchObject({ ok: true, score: 14.12, weight: 20 });
  });

  it('takes the profile, percent mode and level2 from the line or the command', async () => {
    const input = lines({ actual: 100, target: '≤86人', weight: 10 }, { actual: 100, target: '≤86人', weight: 10, profile: 'standard' });
    const { json } = await runCli(['score', '--profile', 'linear-reverse'], input);
    expect(json.map((j) => (j as { score: number }).score)).toEqual([8.37, 8.6]);
    const modes = await runCli(['score'], lines({ actual: 0.5, target: '≤0.4%', weight: 10, percentMode: 'whole' }));
    expect(modes.json[0]).toMatchObject({ score: 8 });
    const cost = await runCli(['score', '--level2', '成本指标'], lines({ actual: '22万元', target: '20万元', weight: 10 }));
    expect(cost.json[0]).toMatchObject({ score: 9.09, rule: 'reverse' });
  });

  it('replies with the error of a line and goes on', async () => {
    const { code, json } = await runCli(
      ['score'],
      lines({ actual: null, target: '≥60%', weight: 10 }, { actual: 0.5, target: '≥60%', weight: 0 }, { actual: 0.5, target: '≥60%', weight: 10, profile: '河北' }) +
        'not json\n' +
        lines({ actual: 0.5, weight: 10 }, { actual: 0.6, target: '≥60%', weight: 10 }),
    );
    expect(code).toBe(0);
    expect(json.map((j) => (j as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok')).toEqual([
      'ACTUAL_EMPTY',
      'WEIGHT_INVALID',
      'PROFILE_UNKNOWN',
      'BAD_INPUT',
      'BAD_INPUT',
      'ok',
    ]);
    expect(json[0]).toMatchObject({ ok: false, error: { message: '未填写完成值', messageEn: 'No actual value has been entered' } });
  });

  it('scores one indicator from arguments', async () => {
    const { code, json } = await runCli(['score', '0.45', '≥60%', '10']);
    expect(code).toBe(0);
    expect(json).toEqual([{ ok: true, score: 7.5, verdict: 'not-met', rule: 'positive', weight: 10, rate: 0.75, reasonExpected: true }]);
    const bad = await runCli(['score', '0.45', '≥60%', '0']);
    expect(bad.code).toBe(1);
  });

  it('is listed in the help', async () => {
    const { stdout } = await runCli(['help']);
    expect(stdout).toContain('perftable score');
    expect(stdout).toContain('perftable monitor');
  });
});

describe('perftable monitor', () => {
  it('colours an indicator and gives the figures behind it', async () => {
    const { code, json } = await runCli(
      ['monitor'],
      lines(
        { month: 6, actual: 2, target: '≥5个' },
        { month: '1-7月', actual: 90, target: '≤86人' },
        { month: 7, actual: '部分达成', target: '效果明显' },
        { month: 7, actual: '未完成', target: '2025年10月底前' },
      ),
    );
    expect(code).toBe(0);
    expect(json).toEqual([
      { ok: true, kind: 'indicator', month: 6, light: 'green', lightZh: '绿', basis: 'progress', verdict: 'not-met', timeProgress: 0.5, expected: 2.5, v: 80 },
      { ok: true, kind: 'indicator', month: 7, light: 'red', lightZh: '红', basis: 'inside-outside', verdict: 'not-met', timeProgress: 7 / 12 },
      { ok: true, kind: 'indicator', month: 7, light: 'yellow', lightZh: '黄', basis: 'verdict', verdict: 'partial', timeProgress: 7 / 12 },
      { ok: true, kind: 'indicator', month: 7, light: 'green', lightZh: '绿', basis: 'deadline', verdict: 'not-met', timeProgress: 7 / 12, dueMonth: 10 },
    ]);
  });

  it('colours a budget against time progress and against its spend plan, both shown', async () => {
    const { json } = await runCli(
      ['monitor'],
      lines(
        { month: 7, spent: 7, budget: 17, plan: [25, 50, 75, 100] },
        { month: 3, spent: 5, budget: 100, plan: { 3: 0, 6: 0, 10: 60, 12: 100 } },
        { month: 6, spent: 30, budget: 100 },
        { month: 9, spent: 30, budget: 100, plan: ['40%', '100%'], months: [6, 12] },
      ),
    );
    expect(json[0]).toMatchObject({
      ok: true,
      kind: 'budget',
      month: 7,
      v: 70.59,
      light: 'yellow',
      lightZh: '黄',
      planned: 0.5625,
      gapPoints: -15.07,
      planV: 73.2,
      planLight: 'yellow',
      planLightZh: '黄',
    });
    expect((json[0] as { rate: number }).rate).toBeCloseTo(0.411765, 6);
    expect(json[1]).toMatchObject({ light: 'red', planned: 0, gapPoints: 5, planLight: 'green' });
    expect(json[1]).not.toHaveProperty('planV');
    expect(json[2]).toEqual({ ok: true, kind: 'budget', month: 6, rate: 0.3, timeProgress: 0.5, v: 60, light: 'yellow', lightZh: '黄' });
    // 40% at June, 100% at December: 70% planned at the end of September.
    expect(json[3]).toMatchObject({ planned: 0.7, gapPoints: -40, light: 'red', planLight: 'red' });
  });

  it('takes the month from --month when a line gives none', async () => {
    const { json } = await runCli(['monitor', '--month', '6'], lines({ spent: 40, budget: 100 }));
    expect(json[0]).toMatchObject({ month: 6, v: 80, light: 'green' });
  });

  it('takes the profile', async () => {
    const { json } = await runCli(
      ['monitor', '--profile', 'monitor-inside-outside'],
      lines({ month: 3, actual: 0.96, target: '≥95%', level2: '质量指标' }),
    );
    expect(json[0]).toMatchObject({ light: 'green', basis: 'inside-outside' });
  });

  it('replies with clear errors: a bad month, a bad plan, a missing target', async () => {
    const { json } = await runCli(
      ['monitor'],
      lines(
        { month: 13, spent: 5, budget: 17 },
        { month: 7, spent: 5, budget: 17, plan: [25, 20, 75, 100] },
        { month: 7, spent: 5, budget: 17, plan: [25, 50, 75, 90] },
        { month: 7, spent: 5, budget: 0 },
        { month: 7, actual: 5 },
        { spent: 5, budget: 17 },
        { month: 7, spent: 5, budget: 17, plan: 'soon' },
      ),
    );
    expect(json.map((j) => (j as { error: { code: string } }).error.code)).toEqual([
      'MONTH_INVALID',
      'SPEND_PLAN_DECREASING',
      'SPEND_PLAN_LAST_NOT_100',
      'BUDGET_INVALID',
      'BAD_INPUT',
      'MONTH_EMPTY',
      'BAD_INPUT',
    ]);
    expect(json[0]).toMatchObject({ error: { message: '月份须为 1–12 的整数或一个日期，现为「13」' } });
  });
});
