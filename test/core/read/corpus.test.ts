/**
 * The corpus of real forms (issue 9) as a ratchet: every workbook is built from its text, read and
 * checked through a real .xlsx, and scored against its truth file; the totals must not fall below
 * the floors in test/fixtures/forms/floors.json (raise them when the reader improves), and the
 * seed's form stays read in full.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusIds, formsDir, loadTruth, percent, scoreCorpus, totalsOf, type CorpusTotals, type WorkbookScore } from '../../helpers/corpus';
import { parseForm } from '../../helpers/form-builder';

interface Floors {
  /** Percent floors (0–100). */
  fieldsRead: number;
  tablesRead: number;
  rowsRead: number;
  targetsExact: number;
  budgetRead: number;
  plantedRecall: number;
  ruleScores: number;
  /** Ceilings (counts). */
  falseErrors: number;
  unjustifiedWarningsOnClean: number;
}

const floors = JSON.parse(readFileSync(join(formsDir(), 'floors.json'), 'utf8')) as Floors;

let scores: WorkbookScore[];
let totals: CorpusTotals;

beforeAll(async () => {
  scores = await scoreCorpus();
  totals = totalsOf(scores);
}, 120_000);

describe('the corpus of real forms', () => {
  it('has a truth file with a source for every workbook, and a form for every truth', () => {
    const ids = corpusIds();
    // Issue 9: at least 20 workbooks from at least 6 provinces and the central template, about half
    // of them carrying planted problems.
    expect(ids.length).toBeGreaterThanOrEqual(20);
    const truths = ids.map((id) => loadTruth(id));
    const provinces = new Set(truths.map((t) => t.province));
    expect(provinces.has('中央')).toBe(true);
    expect(provinces.size).toBeGreaterThanOrEqual(7);
    const planted = truths.filter((t) => t.planted.length > 0).length;
    expect(planted).toBeGreaterThanOrEqual(Math.floor(ids.length / 3));
    expect(ids.length - planted).toBeGreaterThanOrEqual(Math.floor(ids.length / 3));
    for (const id of ids) {
      const truth = loadTruth(id);
      expect(truth.source.url).not.toBe('');
      expect(truth.province).not.toBe('');
      if (!truth.seed) {
        const sheets = parseForm(readFileSync(join(formsDir(), `${id}.form.txt`), 'utf8'));
        expect(sheets.length).toBeGreaterThan(0);
        expect(truth.tables.length).toBeGreaterThan(0);
      }
    }
  });

  it('reads the seed form in full, with no false error and no unjustified warning', () => {
    const seed = scores.find((s) => s.truth.seed);
    expect(seed).toBeDefined();
    const fields = Object.values(seed!.fields).reduce((a, b) => ({ hit: a.hit + b.hit, of: a.of + b.of }), { hit: 0, of: 0 });
    expect(fields.of).toBeGreaterThan(100);
    expect(percent(fields)).toBe(100);
    expect(seed!.tables).toEqual({ hit: 5, of: 5 });
    expect(seed!.falseErrors).toEqual([]);
    expect(seed!.unjustifiedWarnings).toEqual([]);
  });

  it('does not fall below the recorded floors (a ratchet: raise them when the reader improves)', () => {
    const measured = {
      fieldsRead: percent(totals.fieldsAll),
      tablesRead: percent(totals.tables),
      rowsRead: percent(totals.rows),
      targetsExact: percent(totals.targets),
      budgetRead: percent(totals.budget),
      plantedRecall: percent(totals.planted),
      ruleScores: percent(totals.ruleScores),
    };
    for (const [key, value] of Object.entries(measured)) {
      expect({ metric: key, value: value >= floors[key as keyof Floors] ? 'ok' : value }).toEqual({ metric: key, value: 'ok' });
    }
    expect(totals.falseErrors).toBeLessThanOrEqual(floors.falseErrors);
    expect(totals.unjustifiedWarningsOnClean).toBeLessThanOrEqual(floors.unjustifiedWarningsOnClean);
  });
});
