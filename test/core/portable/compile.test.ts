/** The portable compiler as text: which functions it uses, how long its formulas get, what falls back. */
import fc from 'fast-check';
import { parseAddress, parseRange } from '../../../src/core/layout/a1';
import { evaluationLayout } from '../../../src/core/layout/evaluation';
import type { SheetLayout } from '../../../src/core/layout/types';
import { compileRow, MAX_FORMULA_LENGTH, readFormulaMode, wordRows, type RowInput } from '../../../src/core/portable';
import { num } from '../../../src/core/portable/excel';
import { SEED_PROJECTS } from '../../../src/core/project/seed-projects';
import { PROFILE_DEFINITIONS, resolveProfile, type ScoreProfile } from '../../../src/core/score/profiles';
import { seedIndicatorRows } from '../../helpers/seed';

/** Functions Excel 2010, WPS and LibreOffice all have; no LET, LAMBDA or dynamic arrays. */
const ALLOWED = new Set(['IF', 'AND', 'OR', 'NOT', 'MIN', 'MAX', 'ROUND', 'ABS', 'INT', 'MATCH', 'INDEX', 'ISNUMBER', 'ISLOGICAL', 'ISERROR', 'ISNA', 'IFERROR', 'VALUE', 'TRIM', 'LEFT', 'RIGHT', 'LEN', 'FIND', 'DATE', 'YEAR', 'NA', 'SUM', 'SUMPRODUCT', 'COUNT', 'COUNTIF', 'ROWS', 'N']);

function functionsOf(formula: string): string[] {
  const withoutText = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...withoutText.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!);
}

const standard = (name = 'standard'): ScoreProfile => {
  const resolved = resolveProfile(name);
  if (!resolved.ok) throw new Error(name);
  return resolved.profile;
};

const WORDS = { words: '$S$2:$S$80', kinds: '$T$2:$T$80', verdicts: '$U$2:$U$80', ranks: '$V$2:$V$80' };

function input(target: string, profile = standard(), level2?: string): RowInput {
  return {
    target,
    ...(level2 !== undefined ? { level2 } : {}),
    profile,
    month: 7,
    words: WORDS,
    cells: { actual: 'G13', number: 'N13', reading: 'O13', verdict: 'P13', weight: 'I13' },
  };
}

function cellValue(layout: SheetLayout, address: string): unknown {
  const { row, column } = parseAddress(address);
  for (const block of layout.blocks) {
    const r = parseRange(block.range);
    if (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right) return block.values[row - r.top]?.[column - r.left];
  }
  return undefined;
}

function formulas(layout: SheetLayout): string[] {
  return layout.blocks.flatMap((b) => b.formulas.flat().filter((f): f is string => f !== null));
}

describe('compileRow', () => {
  it('compiles every 指标值 of the seed, for every profile, in short formulas of common functions', () => {
    const rows = seedIndicatorRows();
    expect(rows.length).toBeGreaterThan(40);
    for (const definition of PROFILE_DEFINITIONS) {
      for (const row of rows) {
        const compiled = compileRow(input(row.target, standard(definition.name), row.level2));
        if (!compiled.ok) throw new Error(`${row.target}: ${compiled.reason}`);
        const all = [compiled.row.number, compiled.row.reading, compiled.row.verdict, compiled.row.met, compiled.row.score!, compiled.row.light!];
        for (const formula of all) {
          expect(formula.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
          expect(formula.startsWith('=')).toBe(true);
          for (const name of functionsOf(formula)) expect(ALLOWED).toContain(name);
        }
      }
    }
  });

  it('references the weight cell rather than copying the weight', () => {
    const compiled = compileRow(input('≥60百分比'));
    if (!compiled.ok) throw new Error('no');
    expect(compiled.row.score).toContain('*I13,2)');
    expect(compiled.row.met).toBe('=IF(G13="","",P13="达成")');
  });

  it('records the canonical 指标值 it was compiled from', () => {
    const a = compileRow(input('≥60百分比'));
    const b = compileRow(input(' >= 60 % '));
    expect(a.ok && b.ok && a.row.compiledFrom === b.row.compiledFrom).toBe(true);
  });

  it('falls back, saying why, on a 指标值 the core cannot read', () => {
    expect(compileRow(input('≥'))).toMatchObject({ ok: false, reason: 'TARGET_UNREADABLE' });
    expect(compileRow(input(''))).toMatchObject({ ok: false, reason: 'TARGET_UNREADABLE' });
  });

  it('never throws and never writes a formula above the limit, whatever the 指标值', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const compiled = compileRow(input(text));
        if (compiled.ok) for (const f of Object.values(compiled.row)) expect(String(f).length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
      }),
      { numRuns: 500 },
    );
  });
});

describe('formula text', () => {
  it.each([
    [60, '60'],
    [-5, '(-5)'],
    [0.000001, '0.000001'],
    [1e-7, '1E-7'],
  ])('num(%p) is %p', (value, text) => expect(num(value)).toBe(text));

  it('reads a formula mode as typed', () => {
    expect(readFormulaMode(' Portable ')).toBe('portable');
    expect(readFormulaMode('values')).toBe('values');
    expect(readFormulaMode('固化')).toBeUndefined();
  });

  it('carries each word of the core once, case-insensitively', () => {
    const words = wordRows().map((w) => w.word.toLowerCase());
    expect(new Set(words).size).toBe(words.length);
    expect(wordRows().find((w) => w.word === '部分达成')).toMatchObject({ kind: '结论', verdict: '部分达成' });
    expect(wordRows().find((w) => w.word === '优')).toMatchObject({ kind: '等级', verdict: '达成', rank: 4 });
  });
});

describe('evaluationLayout formula modes', () => {
  const seed = SEED_PROJECTS[0]!;
  const inputs = { spent: 16.5, actuals: ['65%', 0.5, '达成', '合格', 0.06, 0.04, '70%', '85%', '95%'] };

  it('portable: no PERF call, helper columns outside the print area, the same cached results', () => {
    const perf = evaluationLayout(seed, { mode: 'self-evaluation', inputs });
    const portable = evaluationLayout(seed, { mode: 'self-evaluation', inputs, formulas: 'portable' });
    expect(formulas(perf).some((f) => f.includes('PERF.'))).toBe(true);
    expect(formulas(portable).some((f) => f.includes('PERF.'))).toBe(false);
    expect(portable.print.printArea).toBe(perf.print.printArea);
    expect(portable.portableFallbacks).toEqual([]);
    for (const key of ['total.score', 'total.grade', 'execution.score']) {
      const valueAt = (layout: SheetLayout): unknown => cellValue(layout, layout.fields[key]!);
      expect(valueAt(portable)).toEqual(valueAt(perf));
      expect(valueAt(portable)).not.toBeUndefined();
    }
  });

  it('portable: a row the compiler cannot express keeps PERF and says so', () => {
    const project = structuredClone(seed);
    project.indicators[1]!.target = '≥';
    const layout = evaluationLayout(project, { mode: 'self-evaluation', inputs, formulas: 'portable' });
    expect(layout.portableFallbacks).toEqual([expect.objectContaining({ row: 14, reason: 'TARGET_UNREADABLE', indicator: project.indicators[1]!.level3 })]);
    const table = layout.tables.find((t) => t.name === 'indicators')!;
    const all = formulas(layout);
    expect(all.filter((f) => f.includes('PERF.SCORE'))).toHaveLength(1);
    expect(all.some((f) => f.includes('PERF.SCORE(G14'))).toBe(true);
    expect(table.columns['portable.note']).toBeDefined();
  });

  it('values: no formula at all, the results kept', () => {
    const layout = evaluationLayout(seed, { mode: 'monitoring', inputs, formulas: 'values' });
    expect(formulas(layout)).toEqual([]);
  });
});
