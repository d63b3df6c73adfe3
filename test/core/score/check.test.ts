/**
 * Entered scores against the rule (DOMAIN.md §5): inside a band for qualitative rows, equal to the
 * rule's score otherwise, never above the weight. Band edges worked out by hand for w = 10.
 */
import { checkScore, type ScoreOptions } from '../../../src/core/score';
import type { ActualInput } from '../../../src/core';

function check(entered: ActualInput, actual: ActualInput, target: string, weight: number, options: ScoreOptions = {}) {
  const result = checkScore(entered, actual, target, weight, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.check;
}

describe('checkScore: qualitative bands [8, 10], [6, 8), [0, 6) for w = 10', () => {
  it.each([
    // entered, actual, allowed
    [10, '达成', true],
    [8, '达成', true], // exactly 80% is in the 达成 band
    [9.5, '达成', true],
    [7.99, '达成', false],
    [8, '部分达成', false], // 80% belongs to 达成, not to 部分达成
    [7.99, '部分达成', true],
    [6, '部分达成', true],
    [5.99, '部分达成', false],
    [6, '未达成', false],
    [5.99, '未达成', true],
    [0, '未达成', true],
  ] as const)('%d for %s → %p', (entered, actual, allowed) => {
    expect(check(entered, actual, '按时完工为合格', 10).allowed).toBe(allowed);
  });

  it('explains a score outside its band, with the band and the rule score', () => {
    const result = check(7.99, '达成', '按时完工为合格', 10);
    expect(result.reason).toMatchObject({ code: 'SCORE_CHECK_OUT_OF_BAND' });
    expect(result.reason?.message).toBe('「达成」的得分应在 8–10 分之间，填写的是 7.99；按规则为 10');
    expect(result.reason?.messageEn).toContain('between 8 and 10');
    expect(check(8, '部分达成', '效果明显', 10).reason?.message).toBe('「部分达成」的得分应在 6–8 分之间（不含 8），填写的是 8；按规则为 7');
  });

  it('uses the profile bands (80/50)', () => {
    expect(check(5, '部分达成', '效果明显', 10, { profile: 'bands-80-50' }).allowed).toBe(true);
    expect(check(4.99, '部分达成', '效果明显', 10, { profile: 'bands-80-50' }).allowed).toBe(false);
    expect(check(4.99, '未达成', '效果明显', 10, { profile: 'bands-80-50' }).allowed).toBe(true);
  });

  it('checks outcome words against numbers and banded deadlines the same way', () => {
    expect(check(6.5, '基本达到', '≥60%', 10).allowed).toBe(true);
    expect(check(9, '基本达到', '≥60%', 10).allowed).toBe(false);
    expect(check(5, '2026年1月5日', '2025年12月底前', 10, { profile: 'deadline-bands' }).allowed).toBe(true);
  });

  it('scales the band with the weight (w = 5: [4, 5], [3, 4), [0, 3))', () => {
    expect(check(4, '达成', '效果明显', 5).allowed).toBe(true);
    expect(check(3.99, '达成', '效果明显', 5).allowed).toBe(false);
    expect(check(3, '部分达成', '效果明显', 5).allowed).toBe(true);
  });
});

describe('checkScore: other rules must match the rule score', () => {
  it('accepts the rule score, after rounding to 2 decimals', () => {
    // 45/60 × 10 = 7.5
    expect(check(7.5, 0.45, '≥60%', 10).allowed).toBe(true);
    expect(check(7.504, 0.45, '≥60%', 10).allowed).toBe(true);
    expect(check('7.5', 0.45, '≥60%', 10).allowed).toBe(true);
  });

  it('reports a hand-set score that differs', () => {
    const result = check(8, 0.45, '≥60%', 10);
    expect(result).toMatchObject({ allowed: false, entered: 8, rule: { score: 7.5 } });
    expect(result.reason?.message).toBe('得分 8 与按规则计算的 7.5 不一致');
  });

  it('reports a deadline scored by hand although it was missed', () => {
    expect(check(5, '2026年1月5日', '2025年12月底前', 10).reason?.code).toBe('SCORE_CHECK_DIFFERS');
  });
});

describe('checkScore: never above the weight, never negative', () => {
  it('refuses a score above the weight, even for a met qualitative row', () => {
    const result = check(10.5, '达成', '按时完工为合格', 10);
    expect(result.reason?.code).toBe('SCORE_CHECK_ABOVE_WEIGHT');
    expect(result.reason?.message).toBe('得分 10.5 超过分值 10；按规则为 10');
  });
  it('refuses a negative score', () => {
    expect(check(-1, '未达成', '效果明显', 10).reason?.code).toBe('SCORE_CHECK_NEGATIVE');
  });
});

describe('checkScore: errors', () => {
  it('an empty score is SCORE_EMPTY; text is SCORE_INVALID', () => {
    expect(checkScore(null, '达成', '效果明显', 10)).toMatchObject({ ok: false, error: { code: 'SCORE_EMPTY' } });
    expect(checkScore('八分', '达成', '效果明显', 10)).toMatchObject({ ok: false, error: { code: 'SCORE_INVALID' } });
  });
  it('passes on the scoring errors', () => {
    expect(checkScore(8, null, '效果明显', 10)).toMatchObject({ ok: false, error: { code: 'ACTUAL_EMPTY' } });
    expect(checkScore(8, '达成', '效果明显', 0)).toMatchObject({ ok: false, error: { code: 'WEIGHT_INVALID' } });
    expect(checkScore(8, '达成', '效果明显', 10, { profile: 'x' })).toMatchObject({ ok: false, error: { code: 'PROFILE_UNKNOWN' } });
  });
});
