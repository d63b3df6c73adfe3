/**
 * Proof by a real engine (issue 11): random (完成值, 指标值, 分值, profile, month) across every target
 * family and profile, compiled to portable formulas, written to .xlsx, recalculated from scratch by
 * LibreOffice headless, read back and compared with the core row by row: verdicts equal, scores
 * within 0.005, lights equal, errors where the core has errors. Thousands of rows per file and one
 * soffice run keep it affordable; PORTABLE_CASES and PORTABLE_SEED change the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { evaluate } from '../../src/core/evaluate/evaluate';
import { toExcelSerial } from '../../src/core/evaluate/dates';
import { applicableFormula, compileRow, gradeFormula, totalFormula, wordRows, WORD_HEADERS, type WordTable } from '../../src/core/portable';
import { gradeOf, totalScore } from '../../src/core/score/total';
import { indicatorLight, LIGHT_ZH } from '../../src/core/score/monitor';
import { scoreIndicator, VERDICT_ZH } from '../../src/core/score/indicator';
import { PROFILE_DEFINITIONS, resolveProfile } from '../../src/core/score/profiles';
import { describeWithLibreOffice, openManyWithLibreOffice, type LibreCell } from '../helpers/libreoffice';

const CASES = Number(process.env.PORTABLE_CASES ?? 10_000);
const SEED = Number(process.env.PORTABLE_SEED ?? 20261203);
const FILES = 2;

type Actual = number | string | boolean;

interface Case {
  actual: Actual;
  target: string;
  level2: string;
  weight: number;
  profile: string;
  month: number;
}

const WORDS = wordRows().map((r) => r.word);
const PROFILES = [...PROFILE_DEFINITIONS.map((d) => d.name), 'linear-reverse+grade-strict-90', 'bands-80-50+deadline-bands', 'execution-20+monitor-inside-outside'];
const LEVEL2 = ['数量', '质量', '时效', '成本', '经济成本', '社会效益', '满意度'];

const small = fc.integer({ min: 1, max: 200 });
const decimal = fc.integer({ min: 0, max: 20_000 }).map((n) => n / 100);
const word = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom('不知道', '', ' 达成 ', 'TRUE'));

/** 完成值 around a value: whole numbers, fractions (65% typed as 0.65), decimals, text with a unit, words, booleans. */
function actualNear(value: number, units: string[]): fc.Arbitrary<Actual> {
  const near = fc.integer({ min: 0, max: Math.max(4, Math.round(value * 2)) });
  return fc.oneof(
    { weight: 4, arbitrary: near },
    { weight: 3, arbitrary: near.map((n) => n / 100) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: Math.round(value * 200) + 10 }).map((n) => n / 100) },
    { weight: 1, arbitrary: fc.tuple(near, fc.constantFrom(...units)).map(([n, u]) => `${n}${u}`) },
    { weight: 1, arbitrary: fc.tuple(near, fc.integer({ min: 0, max: 99 })).map(([n, d]) => `${n}.${d}`) },
    { weight: 1, arbitrary: word },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(-5, -0.5, 0) },
  );
}

const quantity: fc.Arbitrary<[string, fc.Arbitrary<Actual>]> = fc.oneof(
  fc.tuple(fc.constantFrom('≥', '>', '=', '≤', '<', ''), small, fc.constantFrom('%', '百分比', '‰')).map(([op, v, u]) => [`${op}${v}${u}`, actualNear(v, ['%', '‰', '个'])] as [string, fc.Arbitrary<Actual>]),
  fc.tuple(fc.constantFrom('≥', '>', '=', '≤', '<'), decimal, fc.constantFrom('个', '万元', '元', '天', '个工作日', '人次')).map(([op, v, u]) => [`${op}${v}${u}`, actualNear(v, ['万元', '元', '千元', '个', '天'])] as [string, fc.Arbitrary<Actual>]),
  fc.tuple(small, fc.constantFrom('万元', '元')).map(([v, u]) => [`${v}${u}`, actualNear(v, ['万元', '元', '亿元'])] as [string, fc.Arbitrary<Actual>]),
  fc.constantFrom('0起', '=0次', '≤0个', '≥0%').map((t) => [t, actualNear(3, ['起', '次', '%'])] as [string, fc.Arbitrary<Actual>]),
  fc.tuple(small, small, fc.constantFrom('%', '天', '个')).map(([a, b, u]) => [`${Math.min(a, b)}-${Math.max(a, b) + 1}${u}`, actualNear(Math.max(a, b), ['%', '天'])] as [string, fc.Arbitrary<Actual>]),
  fc.tuple(fc.constantFrom('较上年提高', '同比下降', '比上年增长'), fc.integer({ min: 1, max: 30 }), fc.constantFrom('%', '个百分点')).map(([w, v, u]) => [`${w}${v}${u}`, actualNear(v, ['%'])] as [string, fc.Arbitrary<Actual>]),
);

const DEADLINES = ['2025年12月底前', '12月底前', '2025年6月30日前', '6月底前', '2024.07-2025.01', '2025年9月', '3月底前完成'];
const deadline: fc.Arbitrary<[string, fc.Arbitrary<Actual>]> = fc.constantFrom(...DEADLINES).map((t) => [
  t,
  fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d, f]) => toExcelSerial({ year: y, month: m, day: Math.min(d, 28) }) + f / 100) },
    { weight: 1, arbitrary: word },
    { weight: 1, arbitrary: fc.constantFrom(0, -3, 3_000_000) },
  ),
]);

const QUALITATIVE = ['有效', '显著', '是', '否', '按时完工为合格', '优良', '良好', '达标', '大于90%为优', '群众满意', '明显提升'];
const qualitative: fc.Arbitrary<[string, fc.Arbitrary<Actual>]> = fc.constantFrom(...QUALITATIVE).map((t) => [
  t,
  fc.oneof(
    { weight: 6, arbitrary: word },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(t, '按时完工', '明显提升') },
    { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }).map((n) => n / 100)) },
  ),
]);

const caseArbitrary: fc.Arbitrary<Case> = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: quantity }, { weight: 2, arbitrary: deadline }, { weight: 2, arbitrary: qualitative }),
    fc.constantFrom(...LEVEL2),
    fc.integer({ min: 1, max: 40 }).map((n) => n / 2),
    fc.constantFrom(...PROFILES),
    fc.integer({ min: 1, max: 12 }),
  )
  .chain(([[target, actual], level2, weight, profile, month]) => actual.map((a) => ({ actual: a, target, level2, weight, profile, month })));

// Columns of the case sheet.
const COL = { actual: 'A', target: 'B', weight: 'C', level2: 'D', number: 'E', reading: 'F', verdict: 'G', met: 'H', score: 'I', light: 'J' } as const;
const WORD_COLUMNS = ['L', 'M', 'N', 'O'] as const;

function wordTable(rows: number): WordTable {
  const [w, k, v, r] = WORD_COLUMNS.map((c) => `$${c}$2:$${c}$${rows + 1}`) as [string, string, string, string];
  return { words: w, kinds: k, verdicts: v, ranks: r };
}

interface Expected {
  verdict: string | null;
  met: boolean | null;
  score: number | null;
  light: string | null;
}

function expected(c: Case): Expected {
  const evaluation = evaluate(c.actual === '' ? null : c.actual, c.target, { level2: c.level2 });
  const score = scoreIndicator(c.actual === '' ? null : c.actual, c.target, c.weight, { profile: c.profile, level2: c.level2 });
  const light = indicatorLight(c.actual === '' ? null : c.actual, c.target, c.month, { profile: c.profile, level2: c.level2 });
  return {
    verdict: evaluation.ok ? VERDICT_ZH[evaluation.evaluation.verdict] : null,
    met: evaluation.ok ? evaluation.evaluation.verdict === 'met' : null,
    score: score.ok ? score.score.score : null,
    light: light.ok ? LIGHT_ZH[light.light.light] : null,
  };
}

async function writeCases(path: string, cases: readonly Case[]): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('cases');
  const words = wordRows();
  const table = wordTable(words.length);
  sheet.getRow(1).values = ['完成值', '指标值', '分值', '二级', '数值', '折算值', '判定', '是否达成', '得分', '监控灯'];
  WORD_HEADERS.forEach((h, i) => (sheet.getCell(`${WORD_COLUMNS[i]}1`).value = h));
  words.forEach((w, i) => {
    const row = i + 2;
    [w.word, w.kind, w.verdict, w.rank].forEach((value, k) => (sheet.getCell(`${WORD_COLUMNS[k]}${row}`).value = value));
  });
  let fallbacks = 0;
  cases.forEach((c, i) => {
    const r = i + 2;
    const ref = (key: keyof typeof COL): string => `${COL[key]}${r}`;
    if (c.actual !== '') sheet.getCell(ref('actual')).value = c.actual;
    sheet.getCell(ref('target')).value = c.target;
    sheet.getCell(ref('weight')).value = c.weight;
    sheet.getCell(ref('level2')).value = c.level2;
    const profile = resolveProfile(c.profile);
    if (!profile.ok) throw new Error(c.profile);
    const compiled = compileRow({
      target: c.target,
      level2: c.level2,
      profile: profile.profile,
      month: c.month,
      words: table,
      cells: { actual: ref('actual'), number: ref('number'), reading: ref('reading'), verdict: ref('verdict'), weight: ref('weight') },
    });
    if (!compiled.ok) {
      fallbacks++;
      if (fallbacks <= 5) console.log(`fallback ${compiled.reason}: ${c.target}`);
      return;
    }
    const set = (key: keyof typeof COL, formula: string | undefined): void => {
      if (formula) sheet.getCell(ref(key)).value = { formula: formula.slice(1) };
    };
    set('number', compiled.row.number);
    set('reading', compiled.row.reading);
    set('verdict', compiled.row.verdict);
    set('met', compiled.row.met);
    set('score', compiled.row.score);
    set('light', compiled.row.light);
  });
  await workbook.xlsx.writeFile(path);
  return fallbacks;
}

const isError = (cell: LibreCell | undefined): boolean => cell?.type === 'error' || /^(#|Err:)/.test(cell?.text ?? '');

/** Where a LibreOffice row differs from the core, in words; undefined when it agrees. */
function difference(c: Case, want: Expected, row: LibreCell[] | undefined): string | undefined {
  const at = (i: number): LibreCell | undefined => row?.[i];
  const [verdict, met, score, light] = [at(6), at(7), at(8), at(9)];
  const problems: string[] = [];
  if (c.actual === '') {
    if ([verdict, met, score, light].some((cell) => (cell?.text ?? '') !== '')) problems.push('blank actual shows something');
    return problems[0];
  }
  if (want.verdict === null ? !isError(verdict) : verdict?.text !== want.verdict) problems.push(`verdict ${verdict?.text} ≠ ${want.verdict ?? 'error'}`);
  if (want.met === null ? !isError(met) : met?.value !== String(want.met)) problems.push(`met ${met?.value} ≠ ${want.met ?? 'error'}`);
  if (want.score === null) {
    if (!isError(score)) problems.push(`score ${score?.text} ≠ error`);
  } else if (!(Math.abs(Number(score?.value) - want.score) <= 0.005)) problems.push(`score ${score?.value} ≠ ${want.score}`);
  if (want.light === null ? !isError(light) : light?.text !== want.light) problems.push(`light ${light?.text} ≠ ${want.light ?? 'error'}`);
  return problems.length > 0 ? problems.join('; ') : undefined;
}

/** A 自评表's bottom: indicator scores with weights and 是否适用 flags, an execution score, a profile. */
interface TotalCase {
  scores: number[];
  weights: number[];
  applicable: Array<string | boolean | number | null>;
  execution: number;
  profile: string;
}

const FLAGS = [null, null, null, '是', '适用', true, '不适用', '否', false, 0, 'N/A', '不计分'];
const totalCase: fc.Arbitrary<TotalCase> = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    weights: fc.array(fc.integer({ min: 1, max: 40 }).map((w) => w / 2), { minLength: n, maxLength: n }),
    fractions: fc.array(fc.integer({ min: 0, max: 1000 }).map((f) => f / 1000), { minLength: n, maxLength: n }),
    applicable: fc.array(fc.constantFrom(...FLAGS), { minLength: n, maxLength: n }),
    execution: fc.integer({ min: 0, max: 1000 }).map((e) => e / 100),
    profile: fc.constantFrom(...PROFILES),
  }).map(({ weights, fractions, applicable, execution, profile }) => ({
    weights,
    scores: weights.map((w, i) => Math.round(w * fractions[i]! * 100) / 100),
    applicable,
    execution,
    profile,
  })),
);

describeWithLibreOffice('portable formulas recalculated by LibreOffice agree with the core', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'portable-lo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${CASES} random rows across every target family and profile (seed ${SEED})`, async () => {
    const cases = fc.sample(caseArbitrary, { numRuns: CASES, seed: SEED });
    const perFile = Math.ceil(cases.length / FILES);
    const files: string[] = [];
    const chunks: Case[][] = [];
    let fallbacks = 0;
    for (let f = 0; f * perFile < cases.length; f++) {
      const chunk = cases.slice(f * perFile, (f + 1) * perFile);
      const path = join(dir, `cases-${f}.xlsx`);
      fallbacks += await writeCases(path, chunk);
      files.push(path);
      chunks.push(chunk);
    }
    expect(fallbacks).toBe(0);
    const opened = await openManyWithLibreOffice(files, { recalc: 'always' });
    const failures: string[] = [];
    let judged = 0;
    opened.forEach((sheets, f) => {
      const rows = sheets.get('cases') ?? [];
      chunks[f]!.forEach((c, i) => {
        const want = expected(c);
        if (want.score !== null) judged++;
        const problem = difference(c, want, rows[i + 1]);
        if (problem) failures.push(`${JSON.stringify(c)}: ${problem}`);
      });
    });
    if (failures.length > 0) console.log(`${failures.length} of ${cases.length} differ; first ones:\n${failures.slice(0, 40).join('\n')}`);
    expect(failures).toEqual([]);
    // Most rows must be judged with a score, or agreement on errors would prove little.
    expect(judged).toBeGreaterThan(cases.length * 0.7);
  }, 300_000);

  it('totals with 不适用 rows re-scaled, and grades, as the core computes them', async () => {
    const cases = fc.sample(totalCase, { numRuns: 300, seed: SEED });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('totals');
    // One case per block of 10 rows: A score, B weight, C 是否适用, G 是否计分, D execution score, E total, F grade.
    cases.forEach((c, k) => {
      const top = k * 10 + 1;
      c.scores.forEach((score, i) => {
        sheet.getCell(`A${top + i}`).value = score;
        sheet.getCell(`B${top + i}`).value = c.weights[i]!;
        const flag = c.applicable[i];
        if (flag !== null && flag !== undefined) sheet.getCell(`C${top + i}`).value = flag;
        sheet.getCell(`G${top + i}`).value = { formula: applicableFormula(`C${top + i}`).slice(1) };
      });
      const bottom = top + c.scores.length - 1;
      const profile = resolveProfile(c.profile);
      if (!profile.ok) throw new Error(c.profile);
      sheet.getCell(`D${top}`).value = c.execution;
      const total = totalFormula(`D${top}`, `A${top}:A${bottom}`, `B${top}:B${bottom}`, `G${top}:G${bottom}`, profile.profile);
      expect(total.length).toBeLessThanOrEqual(1000);
      sheet.getCell(`E${top}`).value = { formula: total.slice(1) };
      sheet.getCell(`F${top}`).value = { formula: gradeFormula(`E${top}`, profile.profile).slice(1) };
    });
    const path = join(dir, 'totals.xlsx');
    await workbook.xlsx.writeFile(path);
    const [sheets] = await openManyWithLibreOffice([path], { recalc: 'always' });
    const rows = sheets!.get('totals') ?? [];
    const failures: string[] = [];
    let rescaled = 0;
    cases.forEach((c, k) => {
      const top = k * 10 + 1;
      const sum = totalScore(c.scores, c.weights, c.applicable, { profile: c.profile });
      const row = rows[top - 1];
      const [totalCell, gradeCell] = [row?.[4], row?.[5]];
      if (!sum.ok) {
        if ((totalCell?.text ?? '') !== '' && !isError(totalCell)) failures.push(`${JSON.stringify(c)}: total ${totalCell?.text} ≠ none`);
        return;
      }
      if (sum.total.rescaled) rescaled++;
      const want = Math.round((c.execution + sum.total.total) * 100) / 100;
      const grade = gradeOf(want, { profile: c.profile });
      if (!(Math.abs(Number(totalCell?.value) - want) <= 0.005)) failures.push(`${JSON.stringify(c)}: total ${totalCell?.value} ≠ ${want}`);
      else if (grade.ok && gradeCell?.text !== grade.grade) failures.push(`${JSON.stringify(c)}: grade ${gradeCell?.text} ≠ ${grade.grade}`);
    });
    expect(failures).toEqual([]);
    expect(rescaled).toBeGreaterThan(50);
  }, 300_000);
});
