import { MAX_SHEET_NAME_LENGTH, SheetNameIndex, cleanSheetName, isValidSheetName, safeSheetName, safeSheetNames, sheetNameKey } from '../../../src/core/layout/sheet-names';

describe('safeSheetName', () => {
  it.each([
    ['2025年招商引资专项经费', [], '2025年招商引资专项经费'],
    ['a[b]c:d*e?f/g\\h', [], 'a_b_c_d_e_f_g_h'],
    ["'引号'", [], '引号'],
    ['  空格  ', [], '空格'],
    ['', [], 'Sheet'],
    ['History', [], 'History_'],
    ['tab\there', [], 'tabhere'],
    ['汇总', ['汇总'], '汇总 (2)'],
    ['汇总', ['汇总', '汇总 (2)'], '汇总 (3)'],
    ['Sheet1', ['SHEET1'], 'Sheet1 (2)'],
  ])('%j against %j → %j', (wanted, existing, expected) => {
    expect(safeSheetName(wanted, existing)).toBe(expected);
  });

  it('cuts to 31 characters, also when a suffix is added', () => {
    const long = '关于二〇二五年度园区安全生产综治维稳及应急管理工作安排的专项经费项目';
    const once = safeSheetName(long, []);
    expect(once).toHaveLength(MAX_SHEET_NAME_LENGTH);
    const twice = safeSheetName(long, [once]);
    expect(twice).toHaveLength(MAX_SHEET_NAME_LENGTH);
    expect(twice.endsWith(' (2)')).toBe(true);
    expect(twice).not.toBe(once);
  });

  it('never splits a surrogate pair', () => {
    const name = `${'a'.repeat(30)}𠀀b`;
    expect(cleanSheetName(name)).toBe('a'.repeat(30));
  });

  it('never returns a name that is taken, ignoring case', () => {
    const existing = ['项目', '项目 (2)', 'x'];
    for (const wanted of ['项目', 'X', '项目 (2)']) {
      const name = safeSheetName(wanted, existing);
      expect(existing.map((e) => e.toUpperCase())).not.toContain(name.toUpperCase());
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('names several sheets, each unique against the others', () => {
    expect(safeSheetNames(['甲', '甲', '乙', '甲'], ['乙'])).toEqual(['甲', '甲 (2)', '乙 (2)', '甲 (3)']);
  });
});

describe('Excel rules that used to slip (issue 14)', () => {
  it('compares names as Excel does: case-insensitive and Unicode-aware (Kelvin sign K and k)', () => {
    const index = new SheetNameIndex(['k']);
    expect(index.has('\u212a')).toBe(true);
    expect(index.claim('\u212a')).toBe('\u212a (2)');
    expect(safeSheetNames(['ǅ', 'ǆ', 'Ǆ'])).toEqual(['ǅ', 'ǆ (2)', 'Ǆ (3)']);
  });

  it('never leaves a lone surrogate (written as U+FFFD) nor cuts a pair, with or without a suffix', () => {
    const name = `${'甲'.repeat(29)}😀😀`;
    const once = safeSheetName(name, []);
    const twice = safeSheetName(name, [once]);
    for (const n of [once, twice, cleanSheetName('a\ud800b'), cleanSheetName('\udc00x')]) {
      expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
      expect(n).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(isValidSheetName(n)).toBe(true);
    }
  });

  it.each([
    ['History'],
    ['history'],
    ['HISTORY'],
    [`${'a'.repeat(30)}'b`],
    [`'${'a'.repeat(40)}`],
    ["''"],
    ['[]:*?/\\'],
  ])('%j becomes a name Excel accepts', (wanted) => {
    const name = safeSheetName(wanted, []);
    expect(isValidSheetName(name)).toBe(true);
    expect(name).not.toMatch(/^'|'$/);
    expect(name.toUpperCase()).not.toBe('HISTORY');
  });

  it('gives 50,000 equal names 50,000 different names, each valid (one index, no rebuilt sets)', () => {
    const names = safeSheetNames(Array.from({ length: 50_000 }, () => '项目'));
    expect(new Set(names.map(sheetNameKey)).size).toBe(50_000);
    expect(names[49_999]).toBe('项目 (50000)');
  });
});
