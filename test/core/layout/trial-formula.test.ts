import { formulaArgument, formulaText, trialEvalFormula } from '../../../src/core/layout/formulas';

describe('formula text', () => {
  it('keeps numbers as numbers and quotes the target', () => {
    expect(trialEvalFormula(0.65, '≥60%')).toBe('=PERF.EVAL(0.65,"≥60%")');
    expect(trialEvalFormula(-3.5, '≤0')).toBe('=PERF.EVAL(-3.5,"≤0")');
  });

  it('quotes text actuals and writes booleans as TRUE/FALSE', () => {
    expect(trialEvalFormula('达成', '达成')).toBe('=PERF.EVAL("达成","达成")');
    expect(formulaArgument(true)).toBe('TRUE');
    expect(formulaArgument(false)).toBe('FALSE');
    // Text that looks like a reference or a formula stays text.
    expect(formulaArgument('A1')).toBe('"A1"');
    expect(formulaArgument('=1+1')).toBe('"=1+1"');
  });

  it('doubles double quotes inside text', () => {
    expect(formulaText('他说"好"')).toBe('"他说""好"""');
    expect(trialEvalFormula(1, '"≥1"')).toBe('=PERF.EVAL(1,"""≥1""")');
  });

  it('keeps a target that begins with = inside the string literal', () => {
    expect(trialEvalFormula(100, '=100%')).toBe('=PERF.EVAL(100,"=100%")');
  });

  it('splits text longer than 255 characters, without cutting a surrogate pair', () => {
    const long = '完'.repeat(600);
    const pieces = formulaText(long).split('&');
    expect(pieces).toHaveLength(3);
    expect(pieces.map((piece) => piece.length - 2)).toEqual([255, 255, 90]);

    const withPair = 'a'.repeat(254) + '𠀀' + 'b';
    const [first, second] = formulaText(withPair).split('&');
    expect(first).toBe(`"${'a'.repeat(254)}"`);
    expect(second).toBe('"𠀀b"');
  });

  it('adds percentMode and level2 only when they matter, in PERF.EVAL\'s argument order', () => {
    expect(trialEvalFormula(0.65, '≥60%', { percentMode: 'auto' })).toBe('=PERF.EVAL(0.65,"≥60%")');
    expect(trialEvalFormula(65, '≥60%', { percentMode: 'whole' })).toBe('=PERF.EVAL(65,"≥60%","whole")');
    expect(trialEvalFormula(480, '500万元', { level2: '成本指标' })).toBe('=PERF.EVAL(480,"500万元","auto","成本指标")');
    expect(trialEvalFormula(480, '500万元', { percentMode: 'fraction', level2: ' 成本指标 ' })).toBe(
      '=PERF.EVAL(480,"500万元","fraction","成本指标")',
    );
    expect(trialEvalFormula(480, '500万元', { level2: '  ' })).toBe('=PERF.EVAL(480,"500万元")');
  });

  it('quotes non-finite numbers instead of writing an invalid formula', () => {
    expect(formulaArgument(Number.NaN)).toBe('"NaN"');
  });
});
