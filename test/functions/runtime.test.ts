/**
 * The PERF functions through Excel's own custom-function runtime (@microsoft/office-js,
 * custom-functions-runtime.debug.js): the errors Excel shows with their reasons, error cells in
 * inputs judged row by row, and whole columns.
 */
import { excelErrorCell, installCustomFunctionsRuntime, invoke, messageAt, realRuntime, shown } from '../helpers/custom-functions-runtime';
import { evalTarget, executionRates, rateTarget, scoreIndicators, statusTarget } from '../../src/functions/functions';
import { evalCells } from '../../src/functions/target-functions';
import { parseCells } from '../../src/functions/target-functions';

beforeAll(installCustomFunctionsRuntime);

const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const cell = (value: unknown): unknown[][] => [[value]];

describe('the real runtime', () => {
  it('knows the codes by their values, not by the enum member names', () => {
    const { Error: RuntimeError, ErrorCode } = realRuntime().CustomFunctions;
    expect(ErrorCode.invalidValue).toBe('#VALUE!');
    expect(ErrorCode.notAvailable).toBe('#N/A');
    // What excel.ts built before: a code the runtime does not know loses its type and its message.
    const byName = new RuntimeError('invalidValue', '无法识别').toJSON();
    expect(byName.errorType).toBeUndefined();
    expect(byName.message).toBeUndefined();
    expect(shown([[new RuntimeError('invalidValue', 'x')]])).toEqual([['unknown code: invalidValue']]);
  });

  it('keeps a message only on #VALUE! and #N/A', () => {
    const { Error: RuntimeError } = realRuntime().CustomFunctions;
    expect(new RuntimeError('#VALUE!', '原因').toJSON().message).toBe('原因');
    expect(new RuntimeError('#N/A', '原因').toJSON().message).toBe('原因');
    expect(new RuntimeError('#DIV/0!', '原因').toJSON().message).toBeUndefined();
  });
});

describe('errors as Excel shows them, through the runtime’s invocation', () => {
  it('shows #VALUE! with the Chinese reason for an unreadable target', () => {
    const result = invoke('EVAL', evalTarget, [cell(1), cell('≥abc%'), cell(null), cell(null)], { allowErrors: true });
    expect(result.shown).toEqual([['#VALUE!']]);
    expect(result.messages[0]?.[0]).toMatch(/^比较符后缺少数值/);
  });

  it('shows #N/A with 未填写完成值 for a missing actual', () => {
    const result = invoke('EVAL', evalTarget, [cell(null), cell('≥60%'), cell(null), cell(null)], { allowErrors: true });
    expect(result.shown).toEqual([['#N/A']]);
    expect(result.messages[0]?.[0]).toBe('未填写完成值 / No actual value has been entered');
  });

  it('shows every kind the gate makes as a code Excel knows', () => {
    const rate = invoke('RATE', rateTarget, [column(1, '合格', 1), column('≥60%', '按时完工为合格', '≥abc'), cell(null), cell(null)], {
      allowErrors: true,
    });
    expect(rate.shown).toEqual(column(expect.any(Number), '#N/A', '#VALUE!'));
    expect(invoke('EXECRATE', executionRates, [cell(1), cell(0)], { allowErrors: true }).shown).not.toEqual([[expect.stringMatching(/^unknown/)]]);
  });
});

describe('an error cell in an input range', () => {
  const actuals = column(0.65, excelErrorCell('#N/A'), 0.5, excelErrorCell('#DIV/0!'));
  const parameters = [actuals, cell('≥60%'), cell(null), cell(null)];

  it('without allowErrorForDataTypeAny, turns the whole spill into one error (Excel does not call the function)', () => {
    expect(invoke('EVAL', evalTarget, parameters, { allowErrors: false }).shown).toBe('#N/A');
  });

  it('with it (functions.json sets it), gives per-row results: the error row says 完成值单元格是错误值', () => {
    const result = invoke('EVAL', evalTarget, parameters, { allowErrors: true });
    expect(result.shown).toEqual(column(true, '#N/A', false, '#VALUE!'));
    expect(result.messages[1]?.[0]).toMatch(/^完成值单元格是错误值（#N\/A）/);
    expect(result.messages[3]?.[0]).toMatch(/^完成值单元格是错误值（#DIV\/0!）/);
  });

  it('per row in PERF.SCORE and PERF.STATUS too', () => {
    const score = invoke('SCORE', scoreIndicators, [actuals, cell('≥60%'), cell(10), cell(null), cell(null), cell(null)], { allowErrors: true });
    expect(score.shown).toEqual(column(10, '#N/A', expect.any(Number), '#VALUE!'));
    const status = invoke('STATUS', statusTarget, parameters, { allowErrors: true });
    expect(status.shown).toEqual(column('达成', '#N/A', '未达成', '#VALUE!'));
  });
});

describe('errors in any argument (issue 14)', () => {
  it('an error in an optional scalar argument is the call’s error, never a score', () => {
    const result = invoke('SCORE', scoreIndicators, [cell(0.65), cell('≥60%'), cell(10), cell(excelErrorCell('#REF!')), cell(null), cell(null)], {
      allowErrors: true,
    });
    expect(result.shown).toEqual([['#VALUE!']]);
    expect(result.messages[0]?.[0]).toMatch(/^评分方案单元格是错误值（#REF!）/);
    const mode = invoke('EVAL', evalTarget, [cell(0.65), cell('≥60%'), cell(excelErrorCell('#NAME?')), cell(null)], { allowErrors: true });
    expect(mode.shown).toEqual([['#VALUE!']]);
  });

  it('a boolean actual is an error: 完成值是逻辑值', () => {
    for (const [id, fn, extra] of [
      ['SCORE', scoreIndicators, [cell(10), cell(null), cell(null), cell(null)]],
      ['EVAL', evalTarget, [cell(null), cell(null)]],
      ['STATUS', statusTarget, [cell(null), cell(null)]],
    ] as const) {
      const result = invoke(id, fn, [cell(true), cell('≥60%'), ...extra], { allowErrors: true });
      expect(result.shown).toEqual([['#VALUE!']]);
      expect(result.messages[0]?.[0]).toMatch(/^完成值是逻辑值/);
    }
  });

  it('a result that is not a finite number is #NUM!', () => {
    expect(shown(executionRates(cell(16.5), cell(5e-324)))).toEqual([['#NUM!']]);
    const result = invoke('EXECRATE', executionRates, [cell(16.5), cell(5e-324)], { allowErrors: true });
    expect(result.shown).toEqual([['#NUM!']]);
  });
});

describe('whole columns', () => {
  const ROWS = 1_048_576;

  it('=PERF.EVAL(F:F,E:E) over 1,048,576 rows, mostly empty: no stack overflow, the empty tail is blank', () => {
    const actual: unknown[][] = Array.from({ length: ROWS }, () => [null]);
    const target: unknown[][] = Array.from({ length: ROWS }, () => [null]);
    actual[0] = ['完成值'];
    target[0] = ['指标值'];
    actual[1] = [0.65];
    target[1] = ['≥60%'];
    actual[2] = [0.5];
    target[2] = ['≥60%'];
    const result = evalCells(actual, target);
    expect(result).toHaveLength(ROWS);
    expect(result[1]).toEqual([true]);
    expect(result[2]).toEqual([false]);
    expect(result[3]).toEqual(['']);
    expect(result[ROWS - 1]).toEqual(['']);
  });

  it('a full column of data (200,000 rows) is computed, not thrown', () => {
    const actual: unknown[][] = Array.from({ length: 200_000 }, (_, i) => [i % 2 === 0 ? 0.65 : 0.5]);
    const result = evalCells(actual, [['≥60%']]);
    expect(result).toHaveLength(200_000);
    expect(result[199_999]).toEqual([false]);
  });

  it('an empty tail keeps a spilled row’s width (PARSE gives five cells)', () => {
    const targets: unknown[][] = [['≥60%'], [null], [null]];
    expect(parseCells(targets)[2]).toEqual(['', '', '', '', '']);
  });

  it('a blank row between rows that hold data is still judged', () => {
    expect(shown(evalTarget(column(0.65, null, 0.5), column('≥60%', '≥60%', '≥60%')))).toEqual(column(true, '#N/A', false));
    expect(messageAt(evalTarget(column(null, 0.5), column('≥60%', '≥60%')))).toContain('未填写完成值');
  });
});
