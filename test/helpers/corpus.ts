/**
 * The corpus of real forms (test/fixtures/forms, issue 9): each workbook built from its text, read
 * and checked as the CLI does (through a real .xlsx), and scored against its truth file. The jest
 * ratchet (test/core/read/corpus.test.ts) and `npm run corpus` (bench/corpus.ts) both use this.
 *
 * Truth is keyed on what the reader outputs (core/read/target-sheet's TargetTable through
 * core/check's readWorkbook), so the scoring needs no change when the reader improves. Optional
 * fields a better reader may add are looked for by name (see `readPeriod`, `readExecution`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkWorkbook, readWorkbook, type Finding, type WorkbookProject } from '../../src/core/check';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import type { Grid } from '../../src/core/read/grid';
import { wordTextToGrids } from '../../src/core/read/word-import';
import { executionScore, gradeOf, indicatorLight, resolveProfile, scoreIndicator } from '../../src/core/score';
import { indicatorWeights } from '../../src/core/score/indicator-weights';
import { gridsToXlsxBuffer } from '../../src/workbook/xlsx-grid';
import { readGrids } from '../../src/workbook/xlsx';
import { formToXlsx, parseForm } from './form-builder';

type Cell = string | number | null;

/** [一级, 二级, 三级, 指标值 (joined: operator + value + unit), 分值?, 实际完成值?, 得分?] */
export type TruthRow = [string, string, string, string, Cell?, Cell?, Cell?];

export interface TruthTable {
  /** The sheet the table is on; the workbook's first sheet when absent. */
  sheet?: string;
  /** 年度 (default), 中期 or 长期: the part of the form this table is. */
  period?: string;
  name: string;
  /** The 项目编码 where the form has one (in a field or inside the name); absent when it has none. */
  code?: string;
  amountUnit?: '万元' | '元';
  budget?: { total?: number | null; fiscal?: number | null; other?: number | null; carryOver?: number | null };
  /** [month, cumulative percent] */
  spendPlan?: Array<[number, number]>;
  indicators: TruthRow[];
  /**
   * The form has no 分值 column: the weights in `indicators` are the profile's (core/score/
   * indicator-weights), and a reader that reads none is scored with the profile's weights too.
   */
  weightsFromProfile?: boolean;
  /** 自评表: the budget execution block and the printed results. */
  selfEval?: {
    executionWeight?: number;
    /** 全年预算数(A) / 调整后预算数 and 全年执行数(B), in the table's unit. */
    budget?: number;
    spent?: number;
    printedExecutionScore?: number;
    printedTotal?: number;
    printedGrade?: string;
  };
  /** 监控表: the month the actuals are at (6 for 1-6月). */
  monitorMonth?: number;
}

export interface Expected {
  /** The sheet; the workbook's first when absent; `*` for any. */
  sheet?: string;
  /** One cell or the cells a finding may rightly point at; absent: any cell. */
  cell?: string | string[];
  /** The finding's code, or the codes that would each rightly report it. */
  code: string | string[];
  note?: string;
}

export interface Truth {
  province: string;
  family: string;
  kind: 'target' | 'selfeval' | 'monitor' | 'department';
  source: { title: string; url: string };
  profile?: string;
  tables: TruthTable[];
  /** Problems put into the form on purpose (or present in the published form): each must be found. */
  planted: Expected[];
  /** Findings the content justifies that are not planted problems (a real 「≥100%」, …). */
  allowed: Expected[];
  /** Built from the seed's Word text instead of a .form.txt; the tables come from SEED_PROJECTS. */
  seed?: boolean;
}

export interface Tally {
  hit: number;
  of: number;
}

export interface WorkbookScore {
  id: string;
  truth: Truth;
  clean: boolean;
  tables: Tally;
  extraTables: number;
  rows: Tally;
  targets: Tally;
  budget: Tally;
  /** Per field kind: name, code, amountUnit, budget.total … , level1, level2, level3, target, weight, actual, score, spendPlan, executionWeight. */
  fields: Record<string, Tally>;
  planted: Tally;
  missedPlanted: Expected[];
  falseErrors: Finding[];
  unjustifiedWarnings: Finding[];
  ruleScores: Tally;
  totals: Tally;
  totalsPrinted: Tally;
  grades: Tally;
  lights: Tally;
  findings: Finding[];
}

/** The directory of the corpus, found from here upward (the runner runs from lib/, jest from test/). */
export function formsDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'test', 'fixtures', 'forms');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('test/fixtures/forms not found above ' + __dirname);
}

export function corpusIds(dir = formsDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .map((f) => f.replace(/\.truth\.json$/, ''))
    .sort();
}

export function loadTruth(id: string, dir = formsDir()): Truth {
  return JSON.parse(readFileSync(join(dir, `${id}.truth.json`), 'utf8')) as Truth;
}

/** The workbook's grids after a real .xlsx round trip, as `perftable check` reads them. */
export async function corpusGrids(id: string, truth: Truth, dir = formsDir()): Promise<Grid[]> {
  if (truth.seed) {
    const text = readFileSync(join(dir, '..', 'seed.txt'), 'utf8');
    return readGrids(await gridsToXlsxBuffer(wordTextToGrids(text)));
  }
  const sheets = parseForm(readFileSync(join(dir, `${id}.form.txt`), 'utf8'));
  return readGrids(await formToXlsx(sheets));
}

// ---------------------------------------------------------------------------------------------

/** Text as compared: NFKC, no whitespace. */
export function norm(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

/** An indicator name as compared: without decorations such as (50分), （必填）, ★, 指标1：. */
function nameKey(value: unknown): string {
  return norm(value)
    .replace(/\([^)]*\)/g, '')
    .replace(/^(?:指标)?\d+[:.、]/, '')
    .replace(/[★*]/g, '');
}

/** A project name as compared: a 项目编码 written before or after it (`51…-名称`, `名称（51…）`) is not part of the name. */
function projectNameKey(value: unknown): string {
  return norm(value)
    .replace(/^[0-9A-Z]{15,}[-—:]?/, '')
    .replace(/\([0-9A-Z]{15,}\)$/, '');
}

function sameNumber(a: unknown, b: unknown): boolean {
  const x = typeof a === 'number' ? a : Number(norm(a).replace(/%$/, ''));
  const y = typeof b === 'number' ? b : Number(norm(b).replace(/%$/, ''));
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) < 0.005;
}

/** A cell value as written, for comparing a read 实际完成值 with the truth's. */
function sameCell(read: unknown, truth: unknown): boolean {
  if (typeof truth === 'number') return sameNumber(read, truth);
  return norm(read) === norm(truth);
}

function tally(): Tally {
  return { hit: 0, of: 0 };
}

function count(t: Tally, ok: boolean): void {
  t.of++;
  if (ok) t.hit++;
}

function truthTables(truth: Truth, firstSheet: string): TruthTable[] {
  if (!truth.seed) return truth.tables.map((t) => ({ ...t, sheet: t.sheet ?? firstSheet }));
  return SEED_PROJECTS.map((p, i) => ({
    sheet: truth.tables[i]?.sheet ?? '',
    name: p.name,
    code: p.code,
    amountUnit: p.amountUnit,
    budget: { total: p.budget.total, fiscal: p.budget.fiscal, other: p.budget.other },
    spendPlan: p.spendPlan.map((c): [number, number] => [c.month, c.percent]),
    indicators: p.indicators.map((r): TruthRow => [r.level1, r.level2, r.level3, r.target]),
  }));
}

/** A period a reader may report, under the names it is likely to use. */
function readPeriod(p: WorkbookProject): string | undefined {
  const any = p as unknown as { period?: unknown; project: { period?: unknown } };
  const value = any.period ?? any.project.period;
  return typeof value === 'string' ? value : undefined;
}

/** 全年预算数 and 全年执行数 a reader may report for a 自评表's execution block. */
function readExecution(p: WorkbookProject): { budget?: unknown; spent?: unknown; weight?: unknown } {
  const self = (p.selfEval ?? {}) as Record<string, unknown>;
  const block = (self.execution ?? {}) as Record<string, unknown>;
  return {
    budget: block.budget ?? self.executionBudget,
    spent: block.spent ?? self.executionSpent,
    weight: block.weight ?? self.executionWeight,
  };
}

function alignRows(truthRows: readonly TruthRow[], read: WorkbookProject | undefined): Array<number | undefined> {
  const used = new Set<number>();
  const rows = read?.project.indicators ?? [];
  let from = 0;
  return truthRows.map((t) => {
    const key = nameKey(t[2]);
    const match = (i: number): boolean => !used.has(i) && nameKey(rows[i]?.level3) === key && key !== '';
    let found: number | undefined;
    for (let i = from; i < rows.length && found === undefined; i++) if (match(i)) found = i;
    for (let i = 0; i < rows.length && found === undefined; i++) if (match(i)) found = i;
    if (found !== undefined) {
      used.add(found);
      from = found + 1;
    }
    return found;
  });
}

function matchTables(tables: readonly TruthTable[], projects: readonly WorkbookProject[]): Array<WorkbookProject | undefined> {
  const used = new Set<WorkbookProject>();
  return tables.map((t) => {
    let best: WorkbookProject | undefined;
    let bestScore = 0;
    const level3 = new Set(t.indicators.map((r) => nameKey(r[2])));
    const targets = new Set(t.indicators.map((r) => norm(r[3])));
    for (const p of projects) {
      if (used.has(p) || (t.sheet !== '' && p.sheet !== t.sheet)) continue;
      // A table without indicators is found by its name alone.
      let score = t.indicators.length === 0 ? 0.5 : 0;
      if (projectNameKey(t.name) !== '' && projectNameKey(p.project.name) === projectNameKey(t.name)) score += 3;
      for (const r of p.project.indicators) {
        if (level3.has(nameKey(r.level3))) score += 1;
        if (targets.has(norm(r.target))) score += 0.5;
      }
      const period = readPeriod(p);
      if (period !== undefined && t.period !== undefined) score += norm(period).includes(norm(t.period)) ? 2 : -2;
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    if (best) used.add(best);
    return best;
  });
}

function matches(f: Finding, e: Expected, firstSheet: string): boolean {
  if (!(Array.isArray(e.code) ? e.code : [e.code]).includes(f.code)) return false;
  if (e.sheet !== '*' && (e.sheet ?? firstSheet) !== f.sheet) return false;
  if (e.cell === undefined) return true;
  return (Array.isArray(e.cell) ? e.cell : [e.cell]).includes(f.cell);
}

/** Reads, checks and scores one workbook of the corpus. */
export async function scoreWorkbook(id: string, dir = formsDir()): Promise<WorkbookScore> {
  const truth = loadTruth(id, dir);
  const grids = await corpusGrids(id, truth, dir);
  const firstSheet = grids[0]?.sheet ?? '';
  const read = readWorkbook(grids);
  const findings = checkWorkbook(grids, truth.profile ? { profile: truth.profile } : {});
  const tables = truthTables(truth, firstSheet);
  const profile = truth.profile ? { profile: truth.profile } : {};

  const score: WorkbookScore = {
    id,
    truth,
    clean: truth.planted.length === 0,
    tables: tally(),
    extraTables: 0,
    rows: tally(),
    targets: tally(),
    budget: tally(),
    fields: {},
    planted: tally(),
    missedPlanted: [],
    falseErrors: [],
    unjustifiedWarnings: [],
    ruleScores: tally(),
    totals: tally(),
    totalsPrinted: tally(),
    grades: tally(),
    lights: tally(),
    findings,
  };
  const field = (kind: string, ok: boolean): void => count((score.fields[kind] ??= tally()), ok);

  const matched = matchTables(tables, read.projects);
  score.extraTables = read.projects.filter((p) => !matched.includes(p)).length;
  tables.forEach((t, ti) => {
    const p = matched[ti];
    const rows = alignRows(t.indicators, p);
    count(score.tables, p !== undefined && (t.indicators.length === 0 || rows.some((r) => r !== undefined)));
    field('name', p !== undefined && projectNameKey(p.project.name) === projectNameKey(t.name));
    if (t.code !== undefined) field('code', p !== undefined && norm(p.project.code) === norm(t.code));
    if (t.amountUnit !== undefined) field('amountUnit', p?.project.amountUnit === t.amountUnit);
    for (const key of ['total', 'fiscal', 'other', 'carryOver'] as const) {
      const expected = t.budget?.[key];
      if (expected === undefined || expected === null) continue;
      const got = p?.project.budget[key];
      let value = typeof got === 'number' ? got : undefined;
      if (value !== undefined && t.amountUnit && p && p.project.amountUnit !== t.amountUnit) value = t.amountUnit === '元' ? value * 10000 : value / 10000;
      const ok = value !== undefined && Math.abs(value - expected) < 0.005;
      field(`budget.${key}`, ok);
      count(score.budget, ok);
    }
    if (t.spendPlan) {
      const got = p?.project.spendPlan ?? [];
      field('spendPlan', got.length === t.spendPlan.length && t.spendPlan.every(([m, v], i) => got[i]?.month === m && Math.abs((got[i]?.percent ?? NaN) - v) < 0.005));
    }
    if (t.selfEval?.executionWeight !== undefined) field('executionWeight', sameNumber(readExecution(p ?? ({} as WorkbookProject)).weight, t.selfEval.executionWeight));

    const resolved = resolveProfile(truth.profile);
    const profileWeights = t.weightsFromProfile && p && resolved.ok ? indicatorWeights(p.project.indicators, resolved.profile) : [];
    let ruleTotalRead: number | undefined = 0;
    let ruleTotalTruth: number | undefined = 0;
    t.indicators.forEach((row, ri) => {
      const index = rows[ri];
      const got = index === undefined ? undefined : p?.project.indicators[index];
      count(score.rows, got !== undefined);
      field('level1', got !== undefined && nameKey(got.level1) === nameKey(row[0]));
      if (row[1] !== '') field('level2', got !== undefined && nameKey(got.level2) === nameKey(row[1]));
      field('level3', got !== undefined);
      const targetOk = got !== undefined && norm(got.target) === norm(row[3]);
      field('target', targetOk);
      count(score.targets, targetOk);
      const [, , , target, weight, actual, entered] = row;
      const readWeight = index === undefined ? undefined : (p?.selfEval?.weights?.[index] ?? profileWeights[index] ?? undefined);
      const readActual = index === undefined ? undefined : p?.selfEval?.actuals?.[index];
      const readScore = index === undefined ? undefined : p?.selfEval?.scores?.[index];
      if (weight !== undefined && weight !== null && !t.weightsFromProfile) field('weight', sameNumber(readWeight, weight));
      if (actual !== undefined && actual !== null) field('actual', sameCell(readActual, actual));
      if (entered !== undefined && entered !== null) field('score', sameNumber(readScore, entered));
      if (t.selfEval && weight !== undefined && weight !== null && actual !== undefined && actual !== null) {
        const expected = scoreIndicator(actual, target, weight, profile);
        const fromRead = got && readActual !== undefined && readWeight !== undefined ? scoreIndicator(readActual, got.target, readWeight, { ...profile, level2: got.level2 }) : undefined;
        if (expected.ok) {
          count(score.ruleScores, fromRead?.ok === true && Math.abs(fromRead.score.score - expected.score.score) < 0.005);
          ruleTotalTruth = ruleTotalTruth === undefined ? undefined : ruleTotalTruth + expected.score.score;
        } else ruleTotalTruth = undefined;
        ruleTotalRead = fromRead?.ok && ruleTotalRead !== undefined ? ruleTotalRead + fromRead.score.score : undefined;
      }
      if (t.monitorMonth !== undefined && actual !== undefined && actual !== null) {
        const expected = indicatorLight(actual, target, t.monitorMonth, profile);
        if (expected.ok) {
          const fromRead = got && readActual !== undefined ? indicatorLight(readActual, got.target, t.monitorMonth, { ...profile, level2: got.level2 }) : undefined;
          count(score.lights, fromRead?.ok === true && fromRead.light.light === expected.light.light);
        }
      }
    });

    const se = t.selfEval;
    if (se && (se.printedTotal !== undefined || se.printedGrade !== undefined)) {
      const execTruth = se.budget !== undefined && se.spent !== undefined ? executionScore(se.spent, se.budget, se.executionWeight ?? null, profile) : undefined;
      const exec = readExecution(p ?? ({} as WorkbookProject));
      const execRead = exec.budget !== undefined && exec.spent !== undefined ? executionScore(exec.spent as Cell, exec.budget as Cell, (exec.weight as Cell) ?? null, profile) : undefined;
      const truthTotal = ruleTotalTruth === undefined ? undefined : ruleTotalTruth + (execTruth?.ok ? execTruth.score.score : 0);
      const needsExecution = execTruth !== undefined;
      const readTotal = ruleTotalRead === undefined || (needsExecution && !execRead?.ok) ? undefined : ruleTotalRead + (execRead?.ok ? execRead.score.score : 0);
      if (truthTotal !== undefined) count(score.totals, readTotal !== undefined && Math.abs(readTotal - truthTotal) < 0.05);
      if (se.printedTotal !== undefined) count(score.totalsPrinted, readTotal !== undefined && Math.abs(readTotal - se.printedTotal) < 0.05);
      if (se.printedGrade !== undefined) {
        const grade = readTotal === undefined ? undefined : gradeOf(Math.min(100, readTotal), profile);
        count(score.grades, grade?.ok === true && grade.grade === se.printedGrade);
      }
    }
  });

  const expected = [...truth.planted, ...truth.allowed];
  for (const e of truth.planted) {
    const found = findings.some((f) => matches(f, e, firstSheet));
    count(score.planted, found);
    if (!found) score.missedPlanted.push(e);
  }
  for (const f of findings) {
    if (expected.some((e) => matches(f, e, firstSheet))) continue;
    if (f.severity === 'error') score.falseErrors.push(f);
    else if (f.severity === 'warning') score.unjustifiedWarnings.push(f);
  }
  return score;
}

export interface CorpusTotals {
  workbooks: number;
  tables: Tally;
  extraTables: number;
  rows: Tally;
  targets: Tally;
  budget: Tally;
  fields: Record<string, Tally>;
  fieldsAll: Tally;
  planted: Tally;
  falseErrors: number;
  falseErrorsOnClean: number;
  unjustifiedWarningsOnClean: number;
  unjustifiedWarnings: number;
  ruleScores: Tally;
  totals: Tally;
  totalsPrinted: Tally;
  grades: Tally;
  lights: Tally;
}

function add(a: Tally, b: Tally): void {
  a.hit += b.hit;
  a.of += b.of;
}

export function totalsOf(scores: readonly WorkbookScore[]): CorpusTotals {
  const t: CorpusTotals = {
    workbooks: scores.length,
    tables: tally(),
    extraTables: 0,
    rows: tally(),
    targets: tally(),
    budget: tally(),
    fields: {},
    fieldsAll: tally(),
    planted: tally(),
    falseErrors: 0,
    falseErrorsOnClean: 0,
    unjustifiedWarningsOnClean: 0,
    unjustifiedWarnings: 0,
    ruleScores: tally(),
    totals: tally(),
    totalsPrinted: tally(),
    grades: tally(),
    lights: tally(),
  };
  for (const s of scores) {
    add(t.tables, s.tables);
    t.extraTables += s.extraTables;
    add(t.rows, s.rows);
    add(t.targets, s.targets);
    add(t.budget, s.budget);
    for (const [k, v] of Object.entries(s.fields)) {
      add((t.fields[k] ??= tally()), v);
      add(t.fieldsAll, v);
    }
    add(t.planted, s.planted);
    t.falseErrors += s.falseErrors.length;
    t.unjustifiedWarnings += s.unjustifiedWarnings.length;
    if (s.clean) {
      t.falseErrorsOnClean += s.falseErrors.length;
      t.unjustifiedWarningsOnClean += s.unjustifiedWarnings.length;
    }
    add(t.ruleScores, s.ruleScores);
    add(t.totals, s.totals);
    add(t.totalsPrinted, s.totalsPrinted);
    add(t.grades, s.grades);
    add(t.lights, s.lights);
  }
  return t;
}

export async function scoreCorpus(dir = formsDir()): Promise<WorkbookScore[]> {
  const out: WorkbookScore[] = [];
  for (const id of corpusIds(dir)) out.push(await scoreWorkbook(id, dir));
  return out;
}

export function percent(t: Tally): number {
  return t.of === 0 ? 100 : Math.round((t.hit / t.of) * 1000) / 10;
}
