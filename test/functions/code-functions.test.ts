/**
 * PERF.CODE as Excel calls it: one cell or a column that spills, the optional budget year, and the
 * reason as text (empty when the code passes).
 */
import { installCustomFunctionsRuntime, messageAt, realRuntime, shown } from '../helpers/custom-functions-runtime';
import { checkCode } from '../../src/functions/functions';

beforeAll(installCustomFunctionsRuntime);

const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const SEED_CODES = ['13020925P00066510001J', '13020925P00066710001X', '13020925P00066410001W', '13020925P000666100018', '13020925P000511100010'];

describe('PERF.CODE', () => {
  it('gives empty text for each of the seed’s codes, in one spilled call', () => {
    expect(shown(checkCode(column(...SEED_CODES)))).toEqual(column('', '', '', '', ''));
    expect(shown(checkCode(column(...SEED_CODES), [[2025]]))).toEqual(column('', '', '', '', ''));
  });

  it('gives the reason, errors before warnings', () => {
    expect(checkCode([['13020925P00066510001K']])).toEqual([['项目编码末位校验码“K”与计算值“J”不符，可能录入错误']]);
    expect(checkCode([['13020925P0006651000']])).toEqual([['项目编码应为 21 位，实为 19 位']]);
    expect(checkCode([['99020925P00066510001J']])).toEqual([['项目编码前 6 位“990209”不是有效的行政区划代码']]);
    expect(checkCode([['']])).toEqual([['未填写项目编码']]);
  });

  it('checks the year against the optional budget year (2025, 25 or 2025年)', () => {
    expect(checkCode([['13020925P00066510001J']], [[2024]])).toEqual([['项目编码中的年度“25”晚于预算年度 2024']]);
    expect(checkCode([['13020925P00066510001J']], [['26']])[0]?.[0]).toMatch(/^项目编码中的年度“25”早于预算年度 2026/);
    expect(checkCode([['13020925P00066510001J']], [['2025年']])).toEqual([['']]);
  });

  it('gives #VALUE! with the reason for a year that is not one', () => {
    const result = checkCode([['13020925P00066510001J']], [['明年']]);
    expect(shown(result)).toEqual([['#VALUE!']]);
    expect(messageAt(result)).toMatch(/^预算年度「明年」无效/);
  });

  it('pairs a column of codes with a column of years, and passes incoming errors through', () => {
    expect(shown(checkCode(column(SEED_CODES[0], SEED_CODES[1]), column(2025, 2024)))).toEqual(column('', '项目编码中的年度“25”晚于预算年度 2024'));
    const { Error: RuntimeError } = realRuntime().CustomFunctions;
    expect(shown(checkCode([[new RuntimeError('#N/A')]]))).toEqual([['#N/A']]);
    expect(shown(checkCode([[new RuntimeError('#REF!')]]))).toEqual([['#VALUE!']]);
  });
});
