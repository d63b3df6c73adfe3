import { knownProfileNames, PROFILE_DEFINITIONS, resolveProfile, STANDARD_SETTINGS } from '../../../src/core/score';

function profile(name?: string | null) {
  const result = resolveProfile(name);
  if (!result.ok) throw new Error(result.error.message);
  return result.profile;
}

describe('resolveProfile', () => {
  it('gives the standard profile for no name, an empty name, and its aliases', () => {
    for (const name of [undefined, null, '', 'standard', 'STANDARD', ' standard ', '标准', '默认', 'default']) {
      expect(profile(name).name).toBe('standard');
    }
  });

  it('holds the default numbers of DOMAIN.md §5 and §7', () => {
    const p = profile();
    expect(p.weights).toEqual({ execution: 10, indicators: 90, level1: { 产出: 50, 效益: 30, 满意度: 10 } });
    expect(p.reverse).toBe('standard');
    expect(p.bands).toEqual({ met: 0.8, partial: 0.6 });
    expect(p.bandScores).toEqual({ met: 1, partial: 0.7, notMet: 0.3 });
    expect(p.grades.map((g) => [g.grade, g.min, g.inclusive])).toEqual([
      ['优', 90, true],
      ['良', 80, true],
      ['中', 60, true],
    ]);
    expect(p.decimals).toBe(2);
    expect(p.indicatorLight).toEqual({ yellow: 60, green: 80, blue: 120 });
    expect(p.executionLight).toEqual({ yellow: 60, green: 80 });
    expect(p.insideOutsideLevel2).toEqual([]);
  });

  it.each([
    ['linear-reverse', { reverse: 'linear-reverse' }],
    ['线性反向', { reverse: 'linear-reverse' }],
    ['bands-80-50', { bands: { met: 0.8, partial: 0.5 }, bandScores: { met: 1, partial: 0.65, notMet: 0.25 } }],
    ['定性80-50', { bands: { met: 0.8, partial: 0.5 } }],
    ['execution-20', { weights: { execution: 20, indicators: 80, level1: null } }],
    ['执行率20', { weights: { execution: 20, indicators: 80, level1: null } }],
    ['deadline-bands', { deadline: 'bands' }],
    ['时限分档', { deadline: 'bands' }],
  ])('%s sets its group and keeps the rest standard', (name, expected) => {
    const p = profile(name);
    expect(p).toMatchObject(expected);
    expect(p.decimals).toBe(STANDARD_SETTINGS.decimals);
  });

  it('reads the grade variants', () => {
    expect(profile('grade-strict-90').grades[0]).toEqual({ grade: '优', min: 90, inclusive: false });
    expect(profile('优>90').grades[0]).toEqual({ grade: '优', min: 90, inclusive: false });
    expect(profile('grade-80-70-60').grades.map((g) => g.min)).toEqual([80, 70, 60]);
  });

  it('bands 质量, 时效 and 成本 inside/outside with monitor-inside-outside', () => {
    expect(profile('monitor-inside-outside').insideOutsideLevel2).toEqual(expect.arrayContaining(['质量', '时效', '成本']));
  });

  it('combines names with + (full-width ＋ too), keeping what each sets', () => {
    const p = profile('linear-reverse+grade-80-70-60');
    expect(p.name).toBe('linear-reverse+grade-80-70-60');
    expect(p.reverse).toBe('linear-reverse');
    expect(p.grades[0]?.min).toBe(80);
    expect(profile('线性反向 ＋ 等级80-70-60').name).toBe('linear-reverse+grade-80-70-60');
    expect(profile('standard+linear-reverse').name).toBe('linear-reverse');
  });

  it('refuses two parts that set the same rule', () => {
    const result = resolveProfile('grade-strict-90+grade-80-70-60');
    expect(result).toMatchObject({ ok: false, error: { code: 'PROFILE_CONFLICT' } });
  });

  it('names the known profiles when a name is unknown', () => {
    const result = resolveProfile('provincial');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('PROFILE_UNKNOWN');
    expect(result.error.message).toContain('provincial');
    for (const definition of PROFILE_DEFINITIONS) expect(result.error.message).toContain(definition.name);
    expect(result.error.messageEn).toContain('linear-reverse');
    expect(resolveProfile('linear-reverse+')).toMatchObject({ ok: false, error: { code: 'PROFILE_UNKNOWN' } });
  });

  it('lists every profile with a Chinese name', () => {
    expect(knownProfileNames()).toContain('standard（标准）');
    for (const definition of PROFILE_DEFINITIONS) {
      expect(definition.summary.zh).not.toBe('');
      expect(definition.summary.en).not.toBe('');
    }
  });

  it('gives frozen profiles, shared between calls', () => {
    expect(Object.isFrozen(profile('standard'))).toBe(true);
    expect(Object.isFrozen(profile('standard').bands)).toBe(true);
    expect(Object.isFrozen(profile('grade-80-70-60').grades[0])).toBe(true);
    expect(profile('linear-reverse')).toBe(profile('linear-reverse'));
  });
});
