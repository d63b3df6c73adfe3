/**
 * The wizard's reducer puts indicators from the 指标库 into their place in the tree, so that the
 * preview and the sheet show one 效益指标 group, not two (issue 13, item 7).
 */
import { BUILTIN_CATALOG, BUILTIN_TEMPLATES, applyTemplate, defaultIndicators } from '../../src/core/project/catalog';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { initialWizardState, wizardReducer, type WizardState } from '../../src/taskpane/components/wizard/reducer';

const seed = SEED_PROJECTS[0]!;
const template = (id: string) => applyTemplate(BUILTIN_TEMPLATES.find((t) => t.id === id)!, seed);
const names = (state: WizardState) => state.draft.indicators.map((row) => `${row.level2}/${row.level3}`);
/** The 一级 names in order, a run of equal names written once: one group each when the order holds. */
const groups = (state: WizardState) =>
  state.draft.indicators.map((row) => row.level1).filter((name, i, all) => i === 0 || all[i - 1] !== name);

describe('adding indicators in tree order', () => {
  const withDefaults = wizardReducer(initialWizardState(2025), { type: 'addIndicators', rows: defaultIndicators(seed) });

  it('puts a 效益 template added after 满意度 into the 效益 group', () => {
    const state = wizardReducer(withDefaults, { type: 'addIndicators', rows: [template('awareness')], inTreeOrder: BUILTIN_CATALOG });
    expect(groups(state)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(names(state).slice(-3)).toEqual(['社会效益指标/保障工作正常开展', '社会效益指标/政策知晓率', '服务对象满意度指标/服务对象满意度']);
  });

  it('puts an earlier 二级 before a later one of the same 一级 (经济效益 before 社会效益)', () => {
    const state = wizardReducer(withDefaults, { type: 'addIndicators', rows: [template('economic')], inTreeOrder: BUILTIN_CATALOG });
    expect(names(state).indexOf('经济效益指标/带动区域经济发展')).toBe(names(state).indexOf('社会效益指标/保障工作正常开展') - 1);
  });

  it('adds a blank row (no inTreeOrder) at the end, where the user is looking', () => {
    const blank = { level1: '产出指标', level2: '数量指标', level3: '', description: '', target: '', basis: '' };
    const state = wizardReducer(withDefaults, { type: 'addIndicators', rows: [blank] });
    expect(names(state).at(-1)).toBe('数量指标/');
  });

  it('keeps ids unique and a row of an unknown 一级 at the end', () => {
    const own = { level1: '自定义指标', level2: '其他', level3: '自拟', description: '', target: '是', basis: '' };
    const state = wizardReducer(wizardReducer(withDefaults, { type: 'addIndicators', rows: [own] }), { type: 'addIndicators', rows: [template('events')], inTreeOrder: BUILTIN_CATALOG });
    expect(names(state).at(-1)).toBe('其他/自拟');
    expect(names(state)[1]).toBe('数量指标/开展活动场次');
    expect(new Set(state.draft.indicators.map((row) => row.id)).size).toBe(state.draft.indicators.length);
  });
});
