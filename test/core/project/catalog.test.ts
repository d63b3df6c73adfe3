import {
  BUILTIN_CATALOG,
  BUILTIN_TEMPLATES,
  CATALOG_SETTING_KEY,
  CLASSIC_TREE,
  COST_2021_TREE,
  applyTemplate,
  canonicalName,
  defaultIndicators,
  deserializeUserCatalog,
  emptyUserCatalog,
  indicatorNameKey,
  level1Of,
  level2sOf,
  mergeCatalog,
  sameIndicatorName,
  serializeUserCatalog,
  templatesFor,
  type UserCatalog,
} from '../../../src/core/project/catalog';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import { parseTarget } from '../../../src/core/target/parse';
import { lintTarget } from '../../../src/core/target/lint';
import { seedIndicatorRows } from '../../helpers/seed';

const seed = SEED_PROJECTS[0]!;

describe('the trees (DOMAIN.md §2)', () => {
  it('holds the classic tree of the seed', () => {
    expect(CLASSIC_TREE.level1s).toEqual([
      { name: '产出指标', level2s: ['数量指标', '质量指标', '时效指标', '成本指标'] },
      { name: '效益指标', level2s: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
      { name: '满意度指标', level2s: ['服务对象满意度指标'] },
    ]);
  });

  it('holds the 2021 tree with 成本指标 as a 一级', () => {
    expect(COST_2021_TREE.level1s[0]).toEqual({ name: '成本指标', level2s: ['经济成本指标', '社会成本指标', '生态环境成本指标'] });
    expect(level2sOf('产出指标', { tree: 'cost2021' })).toEqual(['数量指标', '质量指标', '时效指标']);
  });

  it('places every 二级 of the seed under the 一级 the seed writes', () => {
    for (const row of seedIndicatorRows()) expect(sameIndicatorName(level1Of(row.level2) ?? '', row.level1)).toBe(true);
  });
});

describe('name matching', () => {
  it.each([
    ['★产出指标', '产出指标'],
    [' 数量 指标 ', '数量指标'],
    ['数量', '数量指标'],
    ['环境效益', '生态效益指标'],
    ['环境效益指标', '生态效益'],
    ['社会公众或服务对象满意度指标', '服务对象满意度指标'],
    ['项目完成指标', '产出指标'],
    ['项目效益指标', '效益指标'],
    ['ＳＯＭＥ', 'SOME'],
  ])('%s matches %s', (a, b) => {
    expect(sameIndicatorName(a, b)).toBe(true);
  });

  it.each([
    ['产出指标', '效益指标'],
    ['经济效益指标', '经济成本指标'],
    ['满意度指标', '服务对象满意度指标'],
  ])('%s does not match %s', (a, b) => {
    expect(sameIndicatorName(a, b)).toBe(false);
  });

  it('keys names without ★, spaces and the trailing 指标', () => {
    expect(indicatorNameKey('★ 时效指标')).toBe('时效');
  });

  it('gives the tree spelling of a variant name', () => {
    expect(canonicalName('环境效益')).toBe('生态效益指标');
    expect(canonicalName('项目完成指标')).toBe('产出指标');
    expect(canonicalName('经济成本指标')).toBeUndefined();
    expect(canonicalName('经济成本', 'cost2021')).toBe('经济成本指标');
  });
});

describe('level2sOf and level1Of', () => {
  it('lists a 一级 of every tree without repeats', () => {
    expect(level2sOf('产出指标')).toEqual(['数量指标', '质量指标', '时效指标', '成本指标']);
    expect(level2sOf('项目完成指标', { tree: 'classic' })).toEqual(['数量指标', '质量指标', '时效指标', '成本指标']);
    expect(level2sOf('成本指标')).toEqual(['经济成本指标', '社会成本指标', '生态环境成本指标']);
    expect(level2sOf('未知指标')).toEqual([]);
  });

  it('finds the 一级 of a 二级, the classic tree first', () => {
    expect(level1Of('成本指标')).toBe('产出指标');
    expect(level1Of('成本指标', { tree: 'cost2021' })).toBeUndefined();
    expect(level1Of('经济成本指标')).toBe('成本指标');
    expect(level1Of('环境效益')).toBe('效益指标');
    expect(level1Of('社会公众或服务对象满意度指标')).toBe('满意度指标');
    expect(level1Of('未知')).toBeUndefined();
  });
});

describe('templates', () => {
  it('has about twenty, each under a 二级 of its 一级, with unique ids', () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    for (const t of BUILTIN_TEMPLATES) expect(level2sOf(t.level1).some((n) => sameIndicatorName(n, t.level2))).toBe(true);
  });

  it('covers 满意度, 成本 within budget, 按时完成 and 合格率', () => {
    const names = BUILTIN_TEMPLATES.map((t) => t.level3).join('|');
    for (const word of ['满意度', '总成本', '按时完成', '合格率']) expect(names).toContain(word);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s suggests a target that parses and passes the lint', (_, template) => {
    const row = applyTemplate(template, seed);
    expect(parseTarget(row.target, { level2: row.level2 }).ok).toBe(true);
    const findings = lintTarget(row.target, { level2: row.level2, level3: row.level3 }).filter((f) => f.severity !== 'info');
    expect(findings).toEqual([]);
    expect(row.basis).not.toBe('');
  });

  it('fills {budget} with the 预算数 and its unit, {year} with the budget year', () => {
    const cost = BUILTIN_TEMPLATES.find((t) => t.id === 'total-cost')!;
    expect(applyTemplate(cost, seed).target).toBe('≤17.00万元');
    expect(applyTemplate(cost, { ...seed, amountUnit: '元', budget: { total: 170000, fiscal: null, other: null } }).target).toBe('≤170000.00元');
    expect(applyTemplate(BUILTIN_TEMPLATES.find((t) => t.id === 'deadline')!, seed).target).toBe('2025年12月底前');
  });

  it('leaves a {budget} with no 预算数 unreadable, so it cannot pass unnoticed', () => {
    const cost = BUILTIN_TEMPLATES.find((t) => t.id === 'total-cost')!;
    const row = applyTemplate(cost, { ...seed, budget: { total: null, fiscal: null, other: null } });
    expect(row.target).toBe('≤');
    expect(parseTarget(row.target).ok).toBe(false);
  });

  it('picks templates by 一级 and 二级', () => {
    expect(templatesFor('满意度指标').map((t) => t.level3)).toEqual(['服务对象满意度', '群众满意度', '企业满意度']);
    expect(templatesFor('产出', '时效').map((t) => t.id)).toEqual(['on-time', 'deadline', 'payment-timeliness']);
  });
});

describe('defaultIndicators', () => {
  it('covers 数量, 质量, 时效, 成本, a 效益 and 满意度 in the classic tree', () => {
    const rows = defaultIndicators(seed);
    expect(rows.map((r) => `${r.level1}/${r.level2}`)).toEqual([
      '产出指标/数量指标',
      '产出指标/质量指标',
      '产出指标/时效指标',
      '产出指标/成本指标',
      '效益指标/社会效益指标',
      '满意度指标/服务对象满意度指标',
    ]);
    expect(rows[3]?.target).toBe('≤17.00万元');
  });

  it('puts 项目总成本 under the 成本 一级 in the 2021 tree', () => {
    const rows = defaultIndicators(seed, { tree: 'cost2021' });
    expect(rows[0]).toMatchObject({ level1: '成本指标', level2: '经济成本指标', level3: '项目总成本', target: '≤17.00万元' });
    expect(rows.filter((r) => r.level2 === '成本指标')).toEqual([]);
  });
});

describe('the user catalog', () => {
  const user: UserCatalog = {
    version: 1,
    level2s: [
      { level1: '★产出', level2: '安全指标' },
      { level1: '管理指标', level2: '制度建设' },
    ],
    templates: [
      { id: 'satisfaction', level1: '满意度指标', level2: '服务对象满意度指标', level3: '服务对象满意度', description: '问卷', target: '≥95%', basis: '上年问卷' },
      { id: 'mine', level1: '效益指标', level2: '社会效益指标', level3: '受益人数', description: '', target: '≥500人', basis: '' },
    ],
  };

  it('adds a 二级 under the matching 一级 of every tree, a new 一级 to the classic tree', () => {
    const merged = mergeCatalog(BUILTIN_CATALOG, user);
    expect(level2sOf('产出指标', { tree: 'classic', catalog: merged })).toContain('安全指标');
    expect(level2sOf('产出指标', { tree: 'cost2021', catalog: merged })).toContain('安全指标');
    expect(level1Of('制度建设', { catalog: merged })).toBe('管理指标');
  });

  it('replaces a built-in template with the same id and appends the others', () => {
    const merged = mergeCatalog(BUILTIN_CATALOG, user);
    expect(merged.templates.find((t) => t.id === 'satisfaction')?.target).toBe('≥95%');
    expect(merged.templates.at(-1)?.id).toBe('mine');
    expect(merged.templates).toHaveLength(BUILTIN_TEMPLATES.length + 1);
  });

  it('leaves the built-in catalog unchanged', () => {
    const before = JSON.stringify(BUILTIN_CATALOG);
    mergeCatalog(BUILTIN_CATALOG, user);
    expect(JSON.stringify(BUILTIN_CATALOG)).toBe(before);
  });

  it('round-trips through the JSON kept in document settings', () => {
    expect(CATALOG_SETTING_KEY).toBe('perftable.catalog.v1');
    const result = deserializeUserCatalog(serializeUserCatalog(user));
    expect(result).toEqual({ ok: true, catalog: user, skipped: 0 });
    expect(deserializeUserCatalog(serializeUserCatalog(emptyUserCatalog()))).toEqual({ ok: true, catalog: emptyUserCatalog(), skipped: 0 });
  });

  it('skips malformed entries and counts them, keeping the rest', () => {
    const text = JSON.stringify({ version: 1, level2s: [{ level1: '产出指标' }, { level1: '产出指标', level2: '安全指标' }], templates: [{ id: 'x' }, 5], extra: true });
    expect(deserializeUserCatalog(text)).toEqual({ ok: true, catalog: { version: 1, level2s: [{ level1: '产出指标', level2: '安全指标' }], templates: [] }, skipped: 3 });
  });

  it.each([
    ['{', 'json'],
    ['[]', 'shape'],
    ['{"version":2}', 'shape'],
  ])('refuses %s (%s)', (text, reason) => {
    expect(deserializeUserCatalog(text)).toEqual({ ok: false, reason });
  });
});
