/**
 * Properties of the grammar: the parser never throws, and formatting then parsing gives the data back.
 */
import fc from 'fast-check';
import { formatTarget } from '../../../src/core/target/format';
import { parseTarget } from '../../../src/core/target/parse';
import type { Operator, QuantitativeTarget, RangeTarget, Target, TargetContext } from '../../../src/core/target/types';
import { unitFromText } from '../../../src/core/target/units';

/** A target without its text: what must survive a round trip. */
function data(target: Target): unknown {
  const { text: _text, ...rest } = target as Target & { conditionTarget?: Target };
  if ('conditionTarget' in rest && rest.conditionTarget) {
    return { ...rest, conditionTarget: data(rest.conditionTarget) };
  }
  return rest;
}

const GRAMMAR_PIECES = [
  '≥', '≤', '>', '<', '=', '≧', '＞', '＝', '不低于', '不超过', '达到', '达', '超过', '以上', '以内', '及以下', '较上年',
  '提高', '下降', '同比', '60', '5', '0.5', '1,000', '-', '～', '至', '%', '％', '百分比', '百分点', '万元', '元', '亿元',
  '万', '个', '人', '人次', '场', '天', '个月', '年', '月', '日', '底', '前', '2025', '12', '.', '两', '十二', '为合格',
  '为优', '合格', '是', '否', '按时完工', '满意度', '元/亩', '/', '·', ' ', '　', '(含)', '完成', '内', '百分之', '九十',
];

const grammarish = fc.array(fc.constantFrom(...GRAMMAR_PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

describe('the parser never throws', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const result = parseTarget(text);
        return typeof result.ok === 'boolean';
      }),
      { numRuns: 3000 },
    );
  });

  it('on strings built from the grammar’s own pieces, with any 二级 context', () => {
    fc.assert(
      fc.property(grammarish, fc.constantFrom(undefined, '成本指标', '数量指标'), (text, level2) => {
        const result = parseTarget(text, { level2 });
        if (!result.ok) {
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(result.error.messageEn.length).toBeGreaterThan(0);
          expect(result.error.position).toBeGreaterThanOrEqual(-1);
          expect(result.error.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('on non-string input from a careless caller', () => {
    for (const value of [null, undefined, 42, {}, []]) {
      expect(() => parseTarget(value as unknown as string)).not.toThrow();
    }
  });
});

const UNIT_TEXTS = ['%', '‰', '百分点', '元', '万元', '亿元', '万', '个', '人', '人次', '场', '天', '个工作日', '个月', '小时', '亩', '万亩', '平方米', '公里', '吨', '元/亩', '次/月', '元/人·月', '台套', ''];
const OPERATORS: Operator[] = ['gte', 'gt', 'lte', 'lt', 'eq'];

const value = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 1000) / 1000),
);
const context = fc.constantFrom<TargetContext>({}, { level2: '成本指标' }, { level2: '数量指标' });

const quantitative = fc.record({ op: fc.constantFrom(...OPERATORS), value, unit: fc.constantFrom(...UNIT_TEXTS) }).map(
  ({ op, value: v, unit }): QuantitativeTarget => ({
    kind: 'quantitative',
    op,
    value: v,
    unit: unitFromText(unit),
    implicitOp: false,
    text: '',
  }),
);

const relative = fc
  .record({
    op: fc.constantFrom<Operator>('gte', 'gt', 'lte', 'lt', 'eq'),
    value: fc.integer({ min: 1, max: 500 }),
    unit: fc.constantFrom('%', '百分点', '个', '万元'),
    direction: fc.constantFrom<'increase' | 'decrease'>('increase', 'decrease'),
    basis: fc.constantFrom<'previous-year' | 'previous-period' | undefined>('previous-year', 'previous-period', undefined),
  })
  .map(({ op, value: v, unit, direction, basis }): QuantitativeTarget => ({
    kind: 'quantitative',
    op,
    value: v,
    unit: unitFromText(unit),
    implicitOp: false,
    relative: basis ? { direction, basis } : { direction },
    text: '',
  }));

const range = fc
  .record({ a: value, b: value, unit: fc.constantFrom(...UNIT_TEXTS.filter((u) => u !== '')) })
  .filter(({ a, b }) => a !== b)
  .map(({ a, b, unit }): RangeTarget => ({ kind: 'range', low: Math.min(a, b), high: Math.max(a, b), unit: unitFromText(unit), text: '' }));

const deadline = fc
  .record({
    year: fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: undefined }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
  })
  .map(({ year, month, day }): Target => {
    const date: { year?: number; month: number; day?: number } = { month };
    if (year !== undefined) date.year = year;
    if (day !== undefined) date.day = day;
    return { kind: 'deadline', date, text: '' };
  });

describe('parse(format(t)) equals t', () => {
  it('for quantitative targets with explicit operators', () => {
    fc.assert(
      fc.property(quantitative, (target) => {
        const text = formatTarget(target);
        const reparsed = parseTarget(text);
        expect(reparsed.ok && data(reparsed.target)).toEqual(data(target));
      }),
      { numRuns: 2000 },
    );
  });

  it('for bare values, whose operator the context implies', () => {
    fc.assert(
      fc.property(quantitative, context, (explicit, ctx) => {
        const bare = parseTarget(formatTarget({ ...explicit, implicitOp: true }), ctx);
        if (!bare.ok) throw new Error(bare.error.message);
        const again = parseTarget(formatTarget(bare.target), ctx);
        expect(again.ok && data(again.target)).toEqual(data(bare.target));
      }),
      { numRuns: 2000 },
    );
  });

  it('for relative changes, ranges and deadlines', () => {
    fc.assert(
      fc.property(fc.oneof(relative, range, deadline), (target) => {
        const reparsed = parseTarget(formatTarget(target));
        expect(reparsed.ok && data(reparsed.target)).toEqual(data(target));
      }),
      { numRuns: 2000 },
    );
  });

  it('formatting is a fixed point for whatever the parser accepts', () => {
    fc.assert(
      fc.property(grammarish, (text) => {
        const first = parseTarget(text);
        if (!first.ok) return;
        const canonical = formatTarget(first.target);
        const second = parseTarget(canonical);
        expect(second.ok).toBe(true);
        if (second.ok) {
          expect(formatTarget(second.target)).toBe(canonical);
          expect(data(second.target)).toEqual({ ...(data(first.target) as object), ...textFree(second.target, first.target) });
        }
      }),
      { numRuns: 5000 },
    );
  });
});

/** Fields that legitimately change in canonical form: a unit's written text (`百分比` → `%`). */
function textFree(second: Target, first: Target): object {
  if ('unit' in second && 'unit' in first) return { unit: second.unit };
  if (second.kind === 'qualitative' && first.kind === 'qualitative') return { condition: second.condition };
  return {};
}
