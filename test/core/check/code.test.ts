/** 项目编码 (DOMAIN.md §6): length, characters, division, year, type letter, check character. */
import { checkWorkbook } from '../../../src/core/check';
import { checkCodeText, codeCheckCharacter, CODE_CHARSET } from '../../../src/core/check/code';
import { cleanSheet } from './sheets';

const SEED_CODES = ['13020925P00066510001J', '13020925P00066710001X', '13020925P00066410001W', '13020925P000666100018', '13020925P000511100010'];

describe('the check character of DOMAIN.md §6', () => {
  it.each(SEED_CODES)('reproduces %s as written', (code) => {
    expect(codeCheckCharacter(code)).toBe(code[20]);
  });

  it('uses 31 characters, without I, O, S, V and Z', () => {
    expect(CODE_CHARSET).toHaveLength(31);
    expect(CODE_CHARSET).not.toMatch(/[IOSVZ]/);
  });

  it('catches every single-character slip in the first 20 characters of a seed code', () => {
    const code = SEED_CODES[0]!;
    for (let i = 0; i < 20; i++) {
      for (const ch of CODE_CHARSET) {
        if (ch === code[i]) continue;
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        expect(codeCheckCharacter(typo)).not.toBe(code[20]);
      }
    }
  });
});

describe('checkCodeText', () => {
  const codes = (code: string, year?: number): string[] => checkCodeText(code, year).map((i) => i.code);
  /** The code with the check character its first 20 characters give, so one rule fails at a time. */
  const fixed = (code: string): string => code.slice(0, 20) + (codeCheckCharacter(code) ?? '?');

  it.each(SEED_CODES)('passes %s for 2025', (code) => {
    expect(codes(code, 2025)).toEqual([]);
    expect(codes(code, 25)).toEqual([]);
  });

  it.each([
    ['', ['CODE_MISSING']],
    ['13020925P00066510001', ['CODE_LENGTH']],
    ['13020925P00066510001JJ', ['CODE_LENGTH']],
    ['13020925P00066510001K', ['CODE_CHECK_CHAR']],
    ['13020925P00066510002J', ['CODE_CHECK_CHAR']],
    ['13020925p00066510001J', ['CODE_CHARS']],
    ['13020925P0006651-001J', ['CODE_CHARS']],
    [fixed('99020925P00066510001J'), ['CODE_DIVISION']],
    [fixed('1302A925P00066510001J'), ['CODE_DIVISION']],
    [fixed('130209X5P00066510001J'), ['CODE_YEAR_INVALID']],
    ['130209251000665100010', ['CODE_TYPE_LETTER']],
    ['13020925R00066510001J', []], // the rule was fitted on P codes only
    ['１３０２０９２５Ｐ０００６６５１０００１Ｊ', []], // full-width, typed on a Chinese keyboard
  ])('%s → %j', (code, expected) => {
    expect(codes(code)).toEqual(expected);
  });

  it('reports the check character beside another slip, since fixing the slip may fix both', () => {
    expect(codes('99020925P00066510001J')).toEqual(['CODE_DIVISION', 'CODE_CHECK_CHAR']);
  });

  it('compares the year digits with the budget year: later is an error, earlier a warning', () => {
    expect(codes('13020925P00066510001J', 2024)).toEqual(['CODE_YEAR_FUTURE']);
    expect(codes('13020925P00066510001J', 2026)).toEqual(['CODE_YEAR_EARLIER']);
  });

  it('words the check character as a possible typing slip', () => {
    const [issue] = checkCodeText('13020925P00066510001K');
    expect(issue?.params).toEqual({ found: 'K', expected: 'J' });
  });
});

describe('code findings in a workbook', () => {
  const sheet = (name: string, code: string) => cleanSheet({ sheet: name, code });

  it('points at the code cell, with the severity of each rule', () => {
    const found = checkWorkbook([sheet('a', '13020925P00066510001K')]);
    expect(found.map((f) => `${f.cell} ${f.severity} ${f.code}`)).toEqual(['B3 warning CODE_CHECK_CHAR']);
    expect(found[0]?.message).toBe('项目编码末位校验码“K”与计算值“J”不符，可能录入错误');
  });

  it('reads the budget year from the title and checks the code against it', () => {
    const found = checkWorkbook([cleanSheet({ title: '1.2024年测试项目绩效目标表', name: '测试项目' })]);
    expect(found.map((f) => `${f.cell} ${f.code}`)).toEqual(['B3 CODE_YEAR_FUTURE']);
  });

  it('reports a code shared by two projects at its second place, naming the first', () => {
    const found = checkWorkbook([
      cleanSheet({ sheet: 'a', code: SEED_CODES[0]!, name: '测试项目甲' }),
      cleanSheet({ sheet: 'b', code: SEED_CODES[0]!, name: '测试项目乙' }),
    ]);
    expect(found.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual(['b!B3 CODE_DUPLICATE']);
    expect(found[0]?.message).toBe('项目编码 13020925P00066510001J 重复，另见 a!B3');
  });

  it('does not call the same project in another form (its 自评表 beside its 目标表) a duplicate', () => {
    const found = checkWorkbook([sheet('目标表', SEED_CODES[0]!), sheet('目标表-自评', SEED_CODES[0]!)]);
    expect(found.filter((f) => f.code === 'CODE_DUPLICATE')).toEqual([]);
  });

  it('reports a division that differs from the rest of the workbook (an info)', () => {
    const other = '130208' + SEED_CODES[1]!.slice(6, 20);
    const code = other + codeCheckCharacter(other);
    const found = checkWorkbook([sheet('a', SEED_CODES[0]!), sheet('b', SEED_CODES[2]!), sheet('c', code)]);
    expect(found.map((f) => `${f.sheet}!${f.cell} ${f.severity} ${f.code}`)).toEqual(['c!B3 info CODE_DIVISION_MIXED']);
  });

  it('reports a missing code, and a table without a 项目编码 label', () => {
    expect(checkWorkbook([sheet('a', '')]).map((f) => `${f.cell} ${f.code}`)).toEqual(['B3 CODE_MISSING']);
    const grid = cleanSheet();
    grid.rows[2] = ['项目名称', '2025年测试项目'];
    expect(checkWorkbook([grid]).map((f) => `${f.cell} ${f.code}`)).toEqual(['A1 CODE_MISSING']);
  });
});
