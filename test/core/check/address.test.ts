/** A1 addresses, as the readers keep them and the checks point at them. */
import { a1, columnName, compareA1, parseA1 } from '../../../src/core/check/address';

describe('A1 addresses', () => {
  it.each([
    ['A1', [0, 0]],
    ['$B$3', [2, 1]],
    ['aa10', [9, 26]],
    ['XFD1048576', [1048575, 16383]],
    [' C5 ', [4, 2]],
  ])('parses %s', (address, expected) => {
    expect(parseA1(address)).toEqual(expected);
  });

  it.each(['', 'A', '1', 'A0', 'ABCD1', 'A1:B2', 'Ａ1', 'A1x', 'A12345678', '$$A1'])('refuses %j', (address) => {
    expect(parseA1(address)).toBeUndefined();
  });

  it('round-trips and orders as a person reads', () => {
    for (const [r, c] of [[0, 0], [9, 25], [99, 26], [4, 701], [7, 702]] as const) expect(parseA1(a1(r, c))).toEqual([r, c]);
    expect(columnName(27)).toBe('AB');
    expect(['C2', 'A10', 'B2', 'A2'].sort(compareA1)).toEqual(['A2', 'B2', 'C2', 'A10']);
  });
});
