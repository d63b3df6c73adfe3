/**
 * The percent reading without logarithms agrees with its definition: the reading nearer the
 * target by ratio, |ln(reading / target)|, wins.
 */
import fc from 'fast-check';
import { choosePercentReading } from '../../../src/core/evaluate/percent';

const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('choosePercentReading', () => {
  it('picks the reading nearer the reference by ratio, for any positive number and reference', () => {
    fc.assert(
      fc.property(positive, positive, fc.constantFrom(1, 0.1), (x, reference, scale) => {
        const fraction = (x * 100) / scale;
        const byLog = Math.abs(Math.log(fraction / reference)) - Math.abs(Math.log(x / reference));
        const chosen = choosePercentReading(x, reference, scale, 'auto');
        // Within a hair of the tie either answer is right; elsewhere the definition decides.
        if (Math.abs(byLog) < 1e-6) return;
        expect(chosen).toBe(byLog < 0 ? 'fraction' : 'whole');
      }),
      { numRuns: 5000 },
    );
  });

  it('is ambiguous exactly at the tie: 6 against 60%', () => {
    expect(choosePercentReading(6, 60, 1, 'auto')).toBe('ambiguous');
    expect(choosePercentReading(0.6, 6, 1, 'auto')).toBe('ambiguous');
  });
});
