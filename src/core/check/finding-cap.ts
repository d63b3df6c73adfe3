/**
 * Bounds on the checker's output, so that a hostile or huge sheet (300,000 rows, each with a
 * problem) gives a long but finite list and never a crash: at most `findingsPerSheet` findings
 * per sheet, errors kept first, then warnings, then infos (so the exit status still says "errors"),
 * and one last finding per capped sheet saying how many more there are.
 * Lists are joined with loops, never by spreading one into push: 125,000 arguments overflow the stack.
 */
import { message } from '../i18n/messages';
import type { Finding, Severity } from './types';

export const CHECK_LIMITS = {
  /** Findings listed per sheet; the rest are counted in one CHECK_FINDINGS_CAPPED finding. */
  findingsPerSheet: 1000,
} as const;

/** Appends `items` to `target` without spreading them onto the call stack. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * At most `limit` findings per sheet (order kept), the most severe chosen first, then a last
 * `还有 N 条 / N more` finding on each sheet that had more.
 */
export function capFindingsPerSheet(findings: readonly Finding[], limit: number = CHECK_LIMITS.findingsPerSheet): Finding[] {
  const perSheet = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const counts = perSheet.get(f.sheet) ?? { error: 0, warning: 0, info: 0 };
    counts[f.severity] += 1;
    perSheet.set(f.sheet, counts);
  }
  if ([...perSheet.values()].every((c) => c.error + c.warning + c.info <= limit)) return [...findings];
  // Per sheet, how many of each severity fit: errors take the room first.
  const room = new Map<string, Record<Severity, number>>();
  for (const [sheet, counts] of perSheet) {
    let left = limit;
    const fits = { error: 0, warning: 0, info: 0 };
    for (const severity of ORDER) {
      fits[severity] = Math.min(counts[severity], left);
      left -= fits[severity];
    }
    room.set(sheet, fits);
  }
  const out: Finding[] = [];
  const lastIndex = new Map<string, number>();
  findings.forEach((f, i) => lastIndex.set(f.sheet, i));
  findings.forEach((f, i) => {
    const fits = room.get(f.sheet);
    if (fits && fits[f.severity] > 0) {
      fits[f.severity] -= 1;
      out.push(f);
    }
    if (lastIndex.get(f.sheet) !== i) return;
    const counts = perSheet.get(f.sheet);
    const total = counts ? counts.error + counts.warning + counts.info : 0;
    if (total <= limit) return;
    out.push({
      sheet: f.sheet,
      cell: '',
      severity: 'info',
      code: 'CHECK_FINDINGS_CAPPED',
      ...message('CHECK_FINDINGS_CAPPED', { more: total - limit, limit }),
    });
  });
  return out;
}
