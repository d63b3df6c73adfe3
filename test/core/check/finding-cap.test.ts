/**
 * The checker on a sheet with more problems than a list can show (issue 14: a 300k-row sheet
 * crashed `check` through `findings.push(...huge)`): findings are capped per sheet, errors kept
 * first, with a last "还有 N 条 / N more" finding; nothing throws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHECK_LIMITS, capFindingsPerSheet, checkWorkbook, hasErrors, type Finding } from '../../../src/core/check';
import { appendAll } from '../../../src/core/check/finding-cap';
import { CLEAN_INDICATORS, cleanSheet } from './sheets';

jest.setTimeout(120_000);

const finding = (sheet: string, severity: Finding['severity'], i: number): Finding => ({ sheet, cell: `A${i + 1}`, severity, code: 'X', message: 'x', messageEn: 'x' });

describe('capFindingsPerSheet', () => {
  it('keeps a short list as it is', () => {
    const list = [finding('a', 'info', 0), finding('b', 'error', 1)];
    expect(capFindingsPerSheet(list, 2)).toEqual(list);
  });

  it('keeps at most the limit per sheet, errors first, order kept, and says how many more', () => {
    const list = [finding('a', 'info', 0), finding('a', 'warning', 1), finding('a', 'error', 2), finding('a', 'info', 3), finding('b', 'info', 4)];
    const capped = capFindingsPerSheet(list, 2);
    expect(capped.map((f) => [f.sheet, f.cell, f.code])).toEqual([
      ['a', 'A2', 'X'],
      ['a', 'A3', 'X'],
      ['a', '', 'CHECK_FINDINGS_CAPPED'],
      ['b', 'A5', 'X'],
    ]);
    expect(capped[2]?.message).toContain('还有 2 条');
    expect(capped[2]?.messageEn).toContain('2 more');
  });
});

describe('checkWorkbook on a sheet with thousands of bad 指标值', () => {
  it('lists at most the cap for the sheet, then one "N more" finding, and still reports errors', () => {
    const bad = Array.from({ length: 3000 }, (_, i) => ['产出指标', '数量指标', `指标${i}`, '描述', '≥百分比', '依据']);
    const grid = cleanSheet({ indicators: [...CLEAN_INDICATORS, ...bad] });
    const findings = checkWorkbook([grid]);
    const own = findings.filter((f) => f.sheet === grid.sheet);
    expect(own.length).toBe(CHECK_LIMITS.findingsPerSheet + 1);
    expect(own[own.length - 1]).toMatchObject({ code: 'CHECK_FINDINGS_CAPPED', severity: 'info' });
    expect(own[own.length - 1]?.message).toMatch(/还有 \d+ 条/);
    expect(hasErrors(findings)).toBe(true);
  });
});

describe('no spread of a list onto the call stack in the checker, the readers or the command line', () => {
  // `push(...list)` and `Math.max(...list)` throw RangeError past ~125,000 items (a 300k-row sheet did).
  const files = ['src/core/check', 'src/cli'].flatMap((dir) => sourceFiles(join(__dirname, '..', '..', '..', dir)));
  it.each(files.map((f) => [relative(join(__dirname, '..', '..', '..'), f), f]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/\.push\(\.\.\./);
    expect(text).not.toMatch(/Math\.(max|min)\(\.\.\./);
  });

  it('appendAll joins 500,000 items where a spread throws', () => {
    const big = new Array<number>(500_000).fill(1);
    expect(() => [].push(...(big as never[]))).toThrow(RangeError);
    expect(appendAll([0], big)).toHaveLength(500_001);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}
