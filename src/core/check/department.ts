/**
 * 满意度 targets against 80% and against the department text (DOMAIN.md §1, §8). The seed states
 * "服务对象满意度大于90%为优" in prose while project tables set ≥60%: an info, not something to fix.
 *
 * The department text has a section per 分项目标; a project is compared with the section that reads
 * most like it (bigrams of its name, 资金用途, 绩效目标 and indicator names against the section's
 * title, goal and indicators), and within it with the statement about the same people
 * (服务对象 / 企业 / 群众 满意); without either, with the strictest statement of the section or,
 * failing a section, of the whole text. Only a lower value is reported: `≥90%` against `大于90%`
 * differs in the boundary alone, which no one can measure.
 */
import type { DepartmentSection, DepartmentText, SatisfactionStatement } from '../read/department';
import { indicatorNameKey } from '../project/catalog';
import type { IndicatorRow, Project } from '../project/types';
import { parseTargetCached } from '../target/cache';
import type { Target } from '../target/types';
import type { Reporter } from './context';

/** DOMAIN.md §8: a 满意度 target below this is an info. */
export const SATISFACTION_FLOOR = 80;
/** A section must share at least this share of bigrams with a project to be its section. */
const MIN_SIMILARITY = 0.15;

export function checkSatisfaction(r: Reporter): void {
  const department = r.context.department;
  const section = department ? sectionOf(r.project, department) : undefined;
  const pool = section?.statements.length ? section.statements : (department?.statements ?? []);
  r.project.indicators.forEach((row, i) => {
    if (!isSatisfaction(row)) return;
    const field = `indicators.${i}.target`;
    if (!r.has(field)) return;
    const level = floorOf(parseTargetCached(row.target, { level1: row.level1, level2: row.level2 }));
    if (level === undefined) return;
    const stated = statementFor(row, pool);
    if (stated && level < stated.value - 1e-9) {
      r.add(field, 'IND_SATISFACTION_BELOW_DEPARTMENT', { target: row.target, stated: stated.phrase });
    } else if (level < SATISFACTION_FLOOR - 1e-9) {
      r.add(field, 'IND_SATISFACTION_LOW', { target: row.target });
    }
  });
}

export function isSatisfaction(row: IndicatorRow): boolean {
  return indicatorNameKey(row.level1) === '满意度' || indicatorNameKey(row.level2) === '服务对象满意度' || /满意/.test(row.level3);
}

/** The percent a 满意度 target promises at least: `≥60%` → 60, `90%-95%` → 90, `大于90%为优` → 90. */
function floorOf(parsed: ReturnType<typeof parseTargetCached>): number | undefined {
  if (!parsed.ok) return undefined;
  let target: Target = parsed.target;
  if (target.kind === 'qualitative' && target.conditionTarget) target = target.conditionTarget;
  if (target.kind === 'range') return target.unit.dimension === 'percent' ? target.low * target.unit.scale : undefined;
  if (target.kind !== 'quantitative' || target.unit.dimension !== 'percent' || target.relative || target.unit.points) return undefined;
  return target.op === 'lte' || target.op === 'lt' ? undefined : target.value * target.unit.scale;
}

/** Who is satisfied: the words before 满意 (`服务对象`, `企业`, `群众`); '' for a bare 满意度. */
function whoOf(text: string): string {
  const before = text.normalize('NFKC').replace(/\s+/g, '').split('满意')[0] ?? '';
  return before;
}

function statementFor(row: IndicatorRow, pool: readonly SatisfactionStatement[]): SatisfactionStatement | undefined {
  if (pool.length === 0) return undefined;
  const who = whoOf(row.level3 || row.description);
  const same = who === '' ? [] : pool.filter((s) => whoOf(s.subject).endsWith(who));
  const candidates = same.length > 0 ? same : pool;
  return candidates.reduce((a, b) => (b.value > a.value ? b : a));
}

/** The department section that reads most like the project, if any reads enough like it. */
export function sectionOf(project: Project, department: DepartmentText): DepartmentSection | undefined {
  if (department.sections.length === 0) return undefined;
  const own = bigrams([project.name, project.fundUse, project.goals].join('\n'));
  const ownIndicators = bigrams(project.indicators.map((row) => `${row.level3}\n${row.description}`).join('\n'));
  let best: { section: DepartmentSection; score: number } | undefined;
  for (const section of department.sections) {
    const score = dice(own, bigrams(`${section.title}\n${section.goal}`)) + dice(ownIndicators, bigrams(section.indicators));
    if (!best || score > best.score) best = { section, score };
  }
  return best && best.score >= MIN_SIMILARITY ? best.section : undefined;
}

/** Character bigrams of the Han and alphanumeric runs (punctuation and years say nothing). */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.normalize('NFKC').replace(/20\d{2}年/g, ' ').split(/[^\p{Script=Han}A-Za-z0-9]+/u)) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}
