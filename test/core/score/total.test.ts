/** Totals, 折算 and grades (DOMAIN.md §5), worked by hand. */
import { gradeOf, readApplicable, totalScore } from '../../../src/core/score';
import type { ActualInput } from '../../../src/core';

function total(scores: ActualInput[], weights?: ActualInput[] | null, applicable?: ActualInput[] | null, profile?: string) {
  const result = totalScore(scores, weights, applicable, { profile });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.total;
}

describe('totalScore', () => {
  it('adds the scores when every row applies', () => {
    expect(total([9.71, 45, 28, 9])).toMatchObject({ total: 91.71, rescaled: false, rows: 4 });
    expect(total([9.71, 45, 28, 9], [10, 50, 30, 10])).toMatchObject({ total: 91.71, applicableWeight: 100, rescaled: false });
  });

  it('rescales to 100 when rows do not apply (折算)', () => {
    // 10 + 45 + 9 = 64 of the 70 points that remain → 64 × 100 / 70 = 91.428… → 91.43
    expect(total([10, 45, null, 9], [10, 50, 30, 10], [true, true, false, true])).toMatchObject({
      total: 91.43,
      sum: 64,
      applicableWeight: 70,
      rescaled: true,
      rows: 3,
    });
    // The same with 是/否 and a blank (blank = applies).
    expect(total([10, 45, 28, 9], [10, 50, 30, 10], ['是', '', '否', '是']).total).toBe(91.43);
  });

  it('ignores the score of a row that does not apply', () => {
    expect(total([10, 'n/a', 9], [10, 50, 10], [true, false, true]).total).toBe(95); // 19 × 100 / 20
  });

  it('lets one applicable cell stand for every row', () => {
    expect(total([10, 45], [10, 50], [true]).total).toBe(55);
  });

  it('needs the weights to rescale', () => {
    expect(totalScore([10, 45, 9], null, [true, false, true])).toMatchObject({ ok: false, error: { code: 'TOTAL_WEIGHTS_NEEDED' } });
  });

  it.each([
    [[10, null, 9], null, null, 'TOTAL_SCORE_EMPTY'],
    [[10, '优', 9], null, null, 'TOTAL_SCORE_INVALID'],
    [[10, -1, 9], null, null, 'TOTAL_SCORE_INVALID'],
    [[10, 51, 9], [10, 50, 10], null, 'TOTAL_SCORE_ABOVE_WEIGHT'],
    [[10, 45, 9], [10, 0, 10], null, 'TOTAL_WEIGHT_INVALID'],
    [[10, 45, 9], [10, 50], null, 'TOTAL_SIZE_MISMATCH'],
    [[10, 45, 9], [10, 50, 10], [true, false], 'TOTAL_SIZE_MISMATCH'],
    [[10, 45, 9], [10, 50, 10], [true, '也许', true], 'TOTAL_APPLICABLE_UNREADABLE'],
    [[10, 45], [10, 50], [false, false], 'TOTAL_NONE_APPLICABLE'],
  ] as const)('%j / %j / %j → %s', (scores, weights, applicable, code) => {
    expect(totalScore(scores as unknown as ActualInput[], weights as ActualInput[] | null, applicable as ActualInput[] | null)).toMatchObject({
      ok: false,
      error: { code },
    });
  });

  it('says which row is wrong', () => {
    const result = totalScore([10, 51, 9], [10, 50, 10]);
    expect(result.ok ? '' : result.error.message).toBe('第2个得分 51 超过其分值 50');
  });
});

describe('readApplicable', () => {
  it.each([
    [null, true],
    ['', true],
    [true, true],
    ['是', true],
    ['适用', true],
    [1, true],
    [false, false],
    ['否', false],
    ['不适用', false],
    ['FALSE', false],
    [0, false],
    ['也许', undefined],
  ] as const)('%p → %p', (value, expected) => {
    expect(readApplicable(value)).toBe(expected);
  });
});

describe('gradeOf', () => {
  const grade = (value: ActualInput, profile?: string) => {
    const result = gradeOf(value, { profile });
    return result.ok ? result.grade : result.error.code;
  };

  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
    ['91.5', '优'],
  ] as const)('standard: %p → %s', (value, expected) => {
    expect(grade(value)).toBe(expected);
  });

  it.each([
    [90.01, '优'],
    [90, '良'],
    [80, '良'],
  ] as const)('grade-strict-90 (优 above 90): %p → %s', (value, expected) => {
    expect(grade(value, 'grade-strict-90')).toBe(expected);
  });

  it.each([
    [80, '优'],
    [79.99, '良'],
    [70, '良'],
    [69.99, '中'],
    [60, '中'],
    [59.99, '差'],
  ] as const)('grade-80-70-60: %p → %s', (value, expected) => {
    expect(grade(value, 'grade-80-70-60')).toBe(expected);
  });

  it('takes 89.99999999999 from floating point as 90 (the one tolerance)', () => {
    expect(grade(0.1 * 3 * 300)).toBe('优'); // 90.00000000000001
    expect(grade(90 - 1e-12)).toBe('优');
  });

  it.each([[101], [-1], ['优'], [null], [true]])('refuses %p', (value) => {
    expect(grade(value as ActualInput)).toBe('GRADE_TOTAL_INVALID');
  });
});
