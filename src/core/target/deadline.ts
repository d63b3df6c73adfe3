/**
 * Deadlines and periods: `2025年12月底前`, `12月底前完成`, `2025年6月30日前`, `年底前`, `2023.07-2024.01`.
 */
import type { CalendarPoint, DeadlineTarget } from './types';

const YEAR = '((?:19|20)\\d{2})';
/** A point: 2025年12月31日 / 2025年12月底 / 12月 / 2025.12 / 2025-12-31 / 2025年底 / 年底 / 2025年. */
const POINT_SOURCES = [
  `${YEAR}[.\\-/](\\d{1,2})(?!\\d)(?:[.\\-/](\\d{1,2})(?!\\d)日?)?`,
  `(?:${YEAR}年)?(\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:(\\d{1,2})[日号]|底|末|份|下旬|中旬|上旬|初)?`,
  `(?:${YEAR}年)?(?:年底|年末|年内|年度内|底)`,
  `${YEAR}年(?:度)?`,
];

const DEADLINE_WORDS = '(?:之前|以前|前|为止|止|内|底前)?';
const VERBS =
  '(?:完成|完工|竣工|交付|投入使用|投用|实施|实施完毕|验收|办结|结束|到位|支付完毕|支付|拨付|开工|启动|上线|运行|建成|落地|结算|全部完成|完成全部工作)?';

const CHINESE_MONTHS: Record<string, number> = {
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10, '十一': 11, '十二': 12,
};

const POINT_PATTERNS = POINT_SOURCES.map((source) => new RegExp(`^${source}`));
const TAIL = new RegExp(`^${DEADLINE_WORDS}${VERBS}$`);

export type DeadlineScan = { ok: true; target: DeadlineTarget } | { ok: false; found: string; position: number } | null;

/** Reads the whole of `text` as a deadline or period, or returns null when it is not one. */
export function scanDeadline(text: string, original: string): DeadlineScan {
  const body = text.replace(/^(?:于|在|截至|截止|截止到|截止至|到|至)/, '').replace(/^(?:≤|<=|<)/, '');
  const single = matchPoint(body, 0);
  if (!single) return null;
  const rest = body.slice(single.end);
  const sep = /^(?:-|~|至|到)/.exec(rest);
  if (sep) {
    const second = matchPoint(rest, sep[0].length);
    if (second) {
      const after = rest.slice(second.end);
      if (!TAIL.test(after)) return null;
      const from = single.point;
      const to = inheritYear(second.point, from);
      if (invalid(from) || invalid(to)) return { ok: false, found: text, position: 0 };
      return { ok: true, target: { kind: 'deadline', period: { from, to }, text: original } };
    }
  }
  if (!TAIL.test(rest)) return null;
  if (invalid(single.point)) return { ok: false, found: text, position: 0 };
  return { ok: true, target: { kind: 'deadline', date: single.point, text: original } };
}

function matchPoint(text: string, start: number): { point: CalendarPoint; end: number } | null {
  const slice = text.slice(start);
  for (const [index, pattern] of POINT_PATTERNS.entries()) {
    const m = pattern.exec(slice);
    if (!m || m[0] === '') continue;
    const point = toPoint(index, m);
    if (point) return { point, end: start + m[0].length };
  }
  return null;
}

function toPoint(pattern: number, m: RegExpExecArray): CalendarPoint | null {
  const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
  switch (pattern) {
    case 0:
      return clean({ year: num(m[1]), month: Number(m[2]), day: num(m[3]) });
    case 1: {
      if (m[2] === undefined) return null;
      return clean({ year: num(m[1]), month: CHINESE_MONTHS[m[2]] ?? Number(m[2]), day: num(m[3]) });
    }
    case 2:
      return clean({ year: num(m[1]), month: 12 });
    default:
      return clean({ year: num(m[1]), month: 12 });
  }
}

function clean(point: CalendarPoint): CalendarPoint {
  const out: CalendarPoint = { month: point.month };
  if (point.year !== undefined) out.year = point.year;
  if (point.day !== undefined) out.day = point.day;
  return out;
}

function inheritYear(point: CalendarPoint, from: CalendarPoint): CalendarPoint {
  return point.year === undefined && from.year !== undefined ? { ...point, year: from.year } : point;
}

function invalid(point: CalendarPoint): boolean {
  if (point.month < 1 || point.month > 12) return true;
  if (point.day === undefined) return false;
  return point.day < 1 || point.day > daysInMonth(point.year ?? 2000, point.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day a deadline allows, as [year, month, day]; the year defaults to `budgetYear`. */
export function lastDay(point: CalendarPoint, budgetYear: number): [number, number, number] {
  const year = point.year ?? budgetYear;
  return [year, point.month, point.day ?? daysInMonth(year, point.month)];
}

/** Canonical text of a point: `2025年12月31日`, `2025年12月`, `12月`. */
export function formatPoint(point: CalendarPoint): string {
  const year = point.year !== undefined ? `${point.year}年` : '';
  const day = point.day !== undefined ? `${point.day}日` : '';
  return `${year}${point.month}月${day}`;
}
