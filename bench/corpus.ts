/**
 * `npm run corpus`: how well the reader and checker do on the corpus of real forms
 * (test/fixtures/forms, issue 9): per workbook and in total, fields read, tables, indicator rows,
 * 指标值 read exactly, budget fields, planted problems found, false errors, unjustified warnings on
 * clean forms, and for 自评表 the rule scores, totals and grades. `--json` prints the totals as JSON;
 * `--verbose` lists every false error, unjustified warning and missed planted problem.
 */
import { percent, scoreCorpus, totalsOf, type Tally, type WorkbookScore } from '../test/helpers/corpus';

function frac(t: Tally): string {
  return t.of === 0 ? '—' : `${t.hit}/${t.of}`;
}

function line(s: WorkbookScore): string {
  const fields = Object.values(s.fields).reduce((a, b) => ({ hit: a.hit + b.hit, of: a.of + b.of }), { hit: 0, of: 0 });
  const self = s.ruleScores.of + s.totals.of + s.grades.of + s.lights.of > 0 ? `  rules ${frac(s.ruleScores)} totals ${frac(s.totals)} grades ${frac(s.grades)} lights ${frac(s.lights)}` : '';
  return (
    `${s.id.padEnd(34)} ${`${s.truth.province}/${s.truth.kind}`.padEnd(16)} fields ${String(percent(fields)).padStart(5)}%  tables ${frac(s.tables).padStart(5)}` +
    `  rows ${frac(s.rows).padStart(7)}  指标值 ${frac(s.targets).padStart(7)}  budget ${frac(s.budget).padStart(5)}` +
    `  planted ${frac(s.planted).padStart(5)}  false-err ${String(s.falseErrors.length).padStart(2)}  warn ${String(s.unjustifiedWarnings.length).padStart(2)}${s.clean ? ' (clean)' : ''}${self}`
  );
}

function codes(list: ReadonlyArray<{ code: string | string[] }>): string {
  const counts = new Map<string, number>();
  for (const f of list) {
    const code = Array.isArray(f.code) ? f.code.join('|') : f.code;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}×${n}`).join(', ') || '—';
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const scores = await scoreCorpus();
  const t = totalsOf(scores);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(t, null, 2));
    return;
  }
  console.log('语料库 Corpus of real forms (test/fixtures/forms)\n');
  for (const s of scores) {
    console.log(line(s));
    if (!verbose) continue;
    for (const e of s.missedPlanted) console.log(`    missed planted ${String(e.code)} ${e.sheet ?? ''}!${String(e.cell ?? '')} ${e.note ?? ''}`);
    for (const f of s.falseErrors) console.log(`    false error    ${f.code} ${f.sheet}!${f.cell} ${f.message}`);
    for (const f of s.unjustifiedWarnings) console.log(`    warning        ${f.code} ${f.sheet}!${f.cell} ${f.message}`);
  }
  console.log(`\nTotals over ${t.workbooks} workbooks`);
  console.log(`  fields read                 ${percent(t.fieldsAll)}%  (${frac(t.fieldsAll)})`);
  for (const [kind, tally] of Object.entries(t.fields).sort()) console.log(`    ${kind.padEnd(24)}  ${String(percent(tally)).padStart(5)}%  (${frac(tally)})`);
  console.log(`  tables read                 ${frac(t.tables)}  (${t.extraTables} tables read that are not in the truth)`);
  console.log(`  indicator rows read         ${frac(t.rows)}  (${percent(t.rows)}%)`);
  console.log(`  指标值 read exactly          ${frac(t.targets)}  (${percent(t.targets)}%)`);
  console.log(`  budget fields read          ${frac(t.budget)}  (${percent(t.budget)}%)`);
  console.log(`  planted problems found      ${frac(t.planted)}  (${percent(t.planted)}%)`);
  console.log(`  false errors                ${t.falseErrors}  (${t.falseErrorsOnClean} on clean workbooks)   ${codes(scores.flatMap((s) => s.falseErrors))}`);
  console.log(`  unjustified warnings, clean ${t.unjustifiedWarningsOnClean}   ${codes(scores.filter((s) => s.clean).flatMap((s) => s.unjustifiedWarnings))}`);
  console.log(`  unjustified warnings, all   ${t.unjustifiedWarnings}`);
  console.log(`  自评 rule scores agree       ${frac(t.ruleScores)}  (${percent(t.ruleScores)}%)`);
  console.log(`  自评 totals agree (rules)    ${frac(t.totals)}`);
  console.log(`  自评 totals = printed        ${frac(t.totalsPrinted)}`);
  console.log(`  自评 grades = printed        ${frac(t.grades)}`);
  console.log(`  监控 lights agree            ${frac(t.lights)}`);
  console.log(`  missed planted              ${codes(scores.flatMap((s) => s.missedPlanted))}`);
}

void main();
