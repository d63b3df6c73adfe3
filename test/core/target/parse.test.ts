import { parseTarget } from '../../../src/core/target/parse';
import type { ParseResult, Target } from '../../../src/core/target/types';
import { seedIndicatorRows } from '../../helpers/seed';

/** The parsed data without the text, units reduced to text and dimension: one line per case. */
function summary(result: ParseResult): unknown {
  if (!result.ok) return { error: result.error.code, position: result.error.position };
  const { text: _text, ...rest } = result.target as Target & { unit?: { text: string; dimension: string } };
  const out: Record<string, unknown> = { ...rest };
  if ('unit' in rest && rest.unit) out.unit = `${rest.unit.text}|${rest.unit.dimension}`;
  if ('conditionTarget' in out) delete out.conditionTarget;
  return out;
}

const q = (op: string, value: number, unit: string, implicitOp = false, extra: object = {}) => ({
  kind: 'quantitative',
  op,
  value,
  unit,
  implicitOp,
  ...extra,
});
const qual = (extra: object = {}) => ({ kind: 'qualitative', ...extra });

describe('parseTarget: the seed 指标值 column (golden table)', () => {
  const golden: Record<string, unknown> = {
    '≥60百分比': q('gte', 60, '百分比|percent'),
    '≥5百分比': q('gte', 5, '百分比|percent'),
    '≥80百分比': q('gte', 80, '百分比|percent'),
    '≥90百分比': q('gte', 90, '百分比|percent'),
    '100百分比': q('gte', 100, '百分比|percent', true),
    '≥100百分比': q('gte', 100, '百分比|percent'),
    '≤86人': q('lte', 86, '人|count'),
    '≥5个': q('gte', 5, '个|count'),
    '≥3个': q('gte', 3, '个|count'),
    '在预算指标内支出为合格': qual({ condition: '在预算指标内支出', grade: '合格' }),
    '按时完工为合格': qual({ condition: '按时完工', grade: '合格' }),
    '在预算指标范围内支出为优': qual({ condition: '在预算指标范围内支出', grade: '优' }),
    '各个专项网络正常使用为合格': qual({ condition: '各个专项网络正常使用', grade: '合格' }),
    '全部项目按时完成为合格': qual({ condition: '全部项目按时完成', grade: '合格' }),
    '不超预算总额为合格': qual({ condition: '不超预算总额', grade: '合格' }),
    '保证工作正常开展为合格': qual({ condition: '保证工作正常开展', grade: '合格' }),
    '专业招商人才数量呈增长趋势为合格': qual({ condition: '专业招商人才数量呈增长趋势', grade: '合格' }),
    '网络平台平稳流畅、安全运行': qual(),
    '在重点产业引进一批战略支撑项目': qual(),
    '打造中日经济合作的平台和典范': qual(),
  };

  const rows = seedIndicatorRows();

  it('covers every distinct 指标值 of the five tables', () => {
    expect(new Set(rows.map((r) => r.target))).toEqual(new Set(Object.keys(golden)));
  });

  it.each(rows.map((r) => [r.table, r.level3, r.target, r.level2] as const))(
    'table %i, %s: %s',
    (_table, _level3, target, level2) => {
      expect(summary(parseTarget(target, { level2 }))).toEqual(golden[target]);
    },
  );
});

describe('parseTarget: the department text prose targets', () => {
  it.each<[string, unknown]>([
    ['大于90%', q('gt', 90, '%|percent')],
    ['2场以上', q('gte', 2, '场|count')],
    ['大于60%', q('gt', 60, '%|percent')],
    ['大于30%', q('gt', 30, '%|percent')],
    ['达60%', q('gte', 60, '%|percent')],
    ['达80%', q('gte', 80, '%|percent')],
    ['达100%', q('gte', 100, '%|percent')],
    ['超过60%', q('gt', 60, '%|percent')],
    ['超60%', q('gt', 60, '%|percent')],
    ['3个', q('gte', 3, '个|count', true)],
    ['较上年提高5%', q('gte', 5, '%|percent', false, { relative: { direction: 'increase', basis: 'previous-year' } })],
    ['大于90%为优', qual({ condition: '大于90%', grade: '优' })],
    ['超60%为合格', qual({ condition: '超60%', grade: '合格' })],
    ['全年举办招商引资活动2场以上', q('gte', 2, '场|count', false, { subject: '全年举办招商引资活动' })],
    ['企业开工率达60%', q('gte', 60, '%|percent', false, { subject: '企业开工率' })],
    ['在预算指标内支出', qual()],
  ])('%s', (text, expected) => {
    expect(summary(parseTarget(text))).toEqual(expected);
  });

  it('reads the condition of a graded target as a target too', () => {
    const result = parseTarget('大于90%为优');
    expect(result.ok && result.target.kind === 'qualitative' && result.target.conditionTarget).toMatchObject({
      kind: 'quantitative',
      op: 'gt',
      value: 90,
    });
  });
});

describe('parseTarget: operators', () => {
  it.each<[string, string]>([
    ['≥60%', 'gte'], ['>=60%', 'gte'], ['≧60%', 'gte'], ['＞60%', 'gt'], ['>60%', 'gt'], ['≤60%', 'lte'],
    ['<=60%', 'lte'], ['≦60%', 'lte'], ['<60%', 'lt'], ['＜60%', 'lt'], ['=60%', 'eq'], ['＝60%', 'eq'],
    ['﹦60%', 'eq'], ['═60%', 'eq'], ['=>60%', 'gte'], ['=<60%', 'lte'],
    ['不低于60%', 'gte'], ['不少于60%', 'gte'], ['大于等于60%', 'gte'], ['至少60%', 'gte'], ['达到60%', 'gte'],
    ['达60%', 'gte'], ['大于60%', 'gt'], ['高于60%', 'gt'], ['超过60%', 'gt'], ['多于60%', 'gt'],
    ['不高于60%', 'lte'], ['不超过60%', 'lte'], ['不多于60%', 'lte'], ['小于等于60%', 'lte'], ['最多60%', 'lte'],
    ['控制在60%', 'lte'], ['小于60%', 'lt'], ['低于60%', 'lt'], ['少于60%', 'lt'], ['等于60%', 'eq'],
    ['60%以上', 'gte'], ['60%及以上', 'gte'], ['60%以内', 'lte'], ['60%以下', 'lte'], ['60%及以下', 'lte'],
    ['控制在5%以内', 'lte'], ['≥ 60 %', 'gte'], ['≥６０％', 'gte'], ['30个工作日内办结', 'lte'], ['降至5%', 'lte'],
  ])('%s → %s', (text, op) => {
    const result = parseTarget(text);
    expect(result.ok && result.target.kind === 'quantitative' && result.target.op).toBe(op);
    expect(result.ok && result.target.kind === 'quantitative' && result.target.implicitOp).toBe(false);
  });

  it('a bare value is a floor with an implicit operator', () => {
    expect(summary(parseTarget('100%'))).toEqual(q('gte', 100, '%|percent', true));
    expect(summary(parseTarget('10辆'))).toEqual(q('gte', 10, '辆|count', true));
    expect(summary(parseTarget('280人次'))).toEqual(q('gte', 280, '人次|count', true));
  });

  it('a bare amount of money under 成本 is a ceiling, a bare rate is still a floor', () => {
    for (const level2 of ['成本指标', '经济成本指标', '★ 成本指标 ']) {
      expect(summary(parseTarget('20万元', { level2 }))).toEqual(q('lte', 20, '万元|money', true));
      expect(summary(parseTarget('1600元/亩', { level2 }))).toEqual(q('lte', 1600, '元/亩|rate', true));
      expect(summary(parseTarget('250万', { level2 }))).toEqual(q('lte', 250, '万|other', true));
      expect(summary(parseTarget('100%', { level2 }))).toEqual(q('gte', 100, '%|percent', true));
    }
    expect(summary(parseTarget('20万元', { level2: '数量指标' }))).toEqual(q('gte', 20, '万元|money', true));
  });

  it('a bare zero means none at all', () => {
    expect(summary(parseTarget('0起'))).toEqual(q('eq', 0, '起|count', true));
  });
});

describe('parseTarget: numbers and units', () => {
  it.each<[string, number, string]>([
    ['≥8,827,620.53元', 8827620.53, '元|money'],
    ['两场', 2, '场|count'],
    ['三个', 3, '个|count'],
    ['十二个月', 12, '个月|duration'],
    ['二十五人', 25, '人|count'],
    ['一百零五项', 105, '项|count'],
    ['1.2万亩', 1.2, '万亩|measure'],
    ['2.6亿元', 2.6, '亿元|money'],
    ['250万', 250, '万|other'],
    ['5万人次', 5, '万人次|count'],
    ['3万辆', 3, '万辆|count'],
    ['≥-5%', -5, '%|percent'],
    ['≥+5%', 5, '%|percent'],
    ['百分之九十', 90, '%|percent'],
    ['≤0.4%', 0.4, '%|percent'],
    ['≥.5%', 0.5, '%|percent'],
    ['≥2个百分点', 2, '个百分点|percent'],
    ['≤3‰', 3, '‰|percent'],
    ['≥10万美元', 10, '万美元|money'],
    ['≤30天', 30, '天|duration'],
    ['≤5个工作日', 5, '个工作日|duration'],
    ['≤2小时', 2, '小时|duration'],
    ['≥1000平方米', 1000, '平方米|measure'],
    ['≥1000m2', 1000, 'm2|measure'],
    ['≥5公里', 5, '公里|measure'],
    ['≥20吨', 20, '吨|measure'],
    ['≥100万粒', 100, '万粒|measure'],
    ['≥100M', 100, 'M|measure'],
    ['≥300元/人·月', 300, '元/人·月|rate'],
    ['≥300元/人*月', 300, '元/人*月|rate'],
    ['≥2次/月', 2, '次/月|rate'],
    ['≥5台套', 5, '台套|count'],
  ])('%s → %d %s', (text, value, unit) => {
    const result = summary(parseTarget(text)) as { value: number; unit: string };
    expect(result.value).toBe(value);
    expect(result.unit).toBe(unit);
  });

  it('keeps 百分点 marked as percentage points', () => {
    const result = parseTarget('提高2个百分点');
    expect(result.ok && 'unit' in result.target && result.target.unit.points).toBe(true);
  });

  it('a unit written before the number is not an error', () => {
    const result = parseTarget('每亩300');
    expect(result.ok).toBe(true);
  });
});

describe('parseTarget: ranges, relative phrases, deadlines', () => {
  it.each(['90%-95%', '90%～95%', '90%~95%', '90%至95%', '90-95%', '90％—95％', '90%到95%'])('%s is a range', (text) => {
    expect(summary(parseTarget(text))).toEqual({ kind: 'range', low: 90, high: 95, unit: expect.stringMatching(/%\|percent/) });
  });

  it.each<[string, object]>([
    ['同比增长10%', { direction: 'increase', basis: 'previous-year' }],
    ['较上年下降5%', { direction: 'decrease', basis: 'previous-year' }],
    ['比上年减少3%', { direction: 'decrease', basis: 'previous-year' }],
    ['环比提高2%', { direction: 'increase', basis: 'previous-period' }],
    ['降低5%', { direction: 'decrease' }],
  ])('%s is a relative change', (text, relative) => {
    const result = summary(parseTarget(text)) as { op: string; relative: object; implicitOp: boolean };
    expect(result.relative).toEqual(relative);
    expect(result.op).toBe('gte');
    expect(result.implicitOp).toBe(false);
  });

  it('a prose comparison without a number is qualitative', () => {
    expect(summary(parseTarget('较上年有所提升'))).toEqual(qual());
  });

  it.each<[string, object]>([
    ['2025年12月底前', { date: { year: 2025, month: 12 } }],
    ['12月底前完成', { date: { month: 12 } }],
    ['2025年6月30日前', { date: { year: 2025, month: 6, day: 30 } }],
    ['2025-06-30', { date: { year: 2025, month: 6, day: 30 } }],
    ['年底前完成', { date: { month: 12 } }],
    ['≤2025年10月', { date: { year: 2025, month: 10 } }],
    ['2023.07-2024.01', { period: { from: { year: 2023, month: 7 }, to: { year: 2024, month: 1 } } }],
    ['2025年3月-6月', { period: { from: { year: 2025, month: 3 }, to: { year: 2025, month: 6 } } }],
  ])('%s is a deadline', (text, expected) => {
    expect(summary(parseTarget(text))).toEqual({ kind: 'deadline', ...expected });
  });
});

describe('parseTarget: qualitative text', () => {
  it.each([
    '优', '良', '优良', '合格', '达标', '是', '否', '有效', '显著', '显著提升', '明显改善', '效果明显', '有所提升',
    '进一步完善', '及时', '合规', '长期', '应保尽保', '按计划实施', '减少', '引进1个重点产业项目', '3个重点项目落地',
    '1.产业项目谋划和前期组织推动', '每年2次，每次3天',
  ])('%s is qualitative, never an error', (text) => {
    const result = parseTarget(text);
    expect(result.ok && result.target.kind).toBe('qualitative');
  });

  it('reads grades and yes/no', () => {
    expect(summary(parseTarget('优良'))).toEqual(qual({ grade: '良' }));
    expect(summary(parseTarget('是'))).toEqual(qual({ polarity: 'yes' }));
    expect(summary(parseTarget('否'))).toEqual(qual({ polarity: 'no' }));
  });
});

describe('parseTarget: errors', () => {
  it.each<[string, string, number]>([
    ['', 'EMPTY_TARGET', -1],
    ['   ', 'EMPTY_TARGET', -1],
    ['≥', 'MISSING_NUMBER', 1],
    ['≥abc%', 'MISSING_NUMBER', 1],
    ['≥60%%', 'UNEXPECTED_TEXT', 4],
    ['60-', 'INCOMPLETE_RANGE', 3],
    ['≠60%', 'UNKNOWN_OPERATOR', 0],
    ['≥≤60%', 'UNKNOWN_OPERATOR', 0],
    ['6.0.1', 'MALFORMED_NUMBER', 0],
    ['≥1,23', 'MALFORMED_NUMBER', 1],
    ['95%-90%', 'RANGE_INVERTED', 0],
    ['90%-95人', 'RANGE_UNIT_MISMATCH', 4],
    ['≥5天以内', 'CONFLICTING_OPERATORS', 3],
    ['13月底前', 'INVALID_DATE', 0],
    ['满意度≥abc', 'MISSING_NUMBER', 4],
  ])('%j → %s at %i', (text, code, position) => {
    expect(summary(parseTarget(text))).toEqual({ error: code, position });
  });

  it('gives the message in Chinese and English with the character position', () => {
    const result = parseTarget('≥60%%');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe('单位后有无法识别的内容「%」（第5个字符）');
    expect(result.error.messageEn).toBe('Unexpected text "%" after the unit (at character 5)');
  });

  it('points at the character the user typed, through spaces and full-width characters', () => {
    const result = parseTarget('  ≥ ６０％％');
    expect(result.ok || result.error.position).toBe(7);
  });
});
