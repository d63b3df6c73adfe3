/**
 * The fallback count (issue 11): how many 指标值 of the seed and of the form corpus
 * (test/fixtures/forms) keep a PERF formula. Aim: none for quantities, ranges, deadlines and the
 * standard qualitative words; a 指标值 the core cannot read at all is the only expected fallback.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRow } from '../../../src/core/portable';
import { resolveProfile } from '../../../src/core/score/profiles';
import { parseTarget } from '../../../src/core/target/parse';
import { seedIndicatorRows } from '../../helpers/seed';

const FORMS = join(__dirname, '../../fixtures/forms');
const WORDS = { words: '$S$2:$S$80', kinds: '$T$2:$T$80', verdicts: '$U$2:$U$80', ranks: '$V$2:$V$80' };

interface Row {
  source: string;
  level2: string;
  target: string;
}

function corpusRows(): Row[] {
  const rows: Row[] = [];
  for (const file of readdirSync(FORMS).filter((f) => f.endsWith('.truth.json'))) {
    const truth = JSON.parse(readFileSync(join(FORMS, file), 'utf8')) as { tables?: Array<{ indicators?: unknown[] }> };
    for (const table of truth.tables ?? []) {
      for (const indicator of table.indicators ?? []) {
        if (Array.isArray(indicator) && typeof indicator[3] === 'string') rows.push({ source: file, level2: String(indicator[1] ?? ''), target: indicator[3] });
      }
    }
  }
  return rows;
}

function fallbacks(rows: readonly Row[]): Array<Row & { reason: string }> {
  const profile = resolveProfile('standard');
  if (!profile.ok) throw new Error('standard');
  return rows.flatMap((row) => {
    const compiled = compileRow({
      target: row.target,
      level2: row.level2,
      profile: profile.profile,
      month: 7,
      words: WORDS,
      cells: { actual: 'G13', number: 'N13', reading: 'O13', verdict: 'P13', weight: 'I13' },
    });
    return compiled.ok ? [] : [{ ...row, reason: compiled.reason }];
  });
}

describe('fallback count', () => {
  it('is 0 for the seed', () => {
    const rows = seedIndicatorRows().map((r) => ({ source: 'seed', level2: r.level2, target: r.target }));
    expect(rows.length).toBeGreaterThan(40);
    expect(fallbacks(rows)).toEqual([]);
  });

  it('is only the unreadable 指标值 of the form corpus', () => {
    const rows = corpusRows();
    expect(rows.length).toBeGreaterThan(50);
    const found = fallbacks(rows);
    // Every fallback is a 指标值 the core itself cannot read (PERF shows an error there too).
    for (const row of found) {
      expect(row.reason).toBe('TARGET_UNREADABLE');
      expect(parseTarget(row.target, { level2: row.level2 }).ok).toBe(false);
    }
    console.log(`portable fallbacks: corpus ${found.length} of ${rows.length} rows${found.map((f) => `\n  ${f.source}: ${f.target} (${f.reason})`).join('')}`);
  });
});
