/**
 * The department-level text (部门整体绩效目标, DOMAIN.md §1): prose that states goals the project
 * tables restate as 指标值. The checker compares 满意度 targets with it, so this reader keeps the
 * prose as written and pulls out what it says about 满意度, section by section.
 */
import { columnName } from '../check/address';
import type { Grid } from './grid';

export interface SatisfactionStatement {
  /** The words naming what is measured, as written (`服务对象满意度`, `群众满意数量占总数的比例`). */
  subject: string;
  /** `大于90%` is gt, `达60%` gte; only floors are stated for 满意度. */
  op: 'gte' | 'gt';
  /** In percent. */
  value: number;
  /** The words as written, from the subject to the `%` (`服务对象满意度大于90%`). */
  phrase: string;
  /** The clause it was read from. */
  text: string;
}

export interface DepartmentSection {
  /** `保障机关正常工作有效运转。` from `（一）保障机关正常工作有效运转。` */
  title: string;
  /** The text after `绩效目标：`. */
  goal: string;
  /** The text after `绩效指标：`. */
  indicators: string;
  statements: SatisfactionStatement[];
}

export interface DepartmentText {
  paragraphs: string[];
  /** The 分项绩效目标 sections; empty when the text has none. */
  sections: DepartmentSection[];
  /** Every 满意度 statement of the whole text, sections included. */
  statements: SatisfactionStatement[];
  /** Where the text was read, when it came from a sheet. */
  sheet?: string;
  cell?: string;
}

/** The heading that opens the department part (`部门整体绩效目标`, possibly numbered). */
export const DEPARTMENT_HEADING = /^(?:第[一二三四五六七八九十\d]+部分)?部门整体绩效目标$/;
/** A part heading (`第二部分`) ends the department text. */
const PART_HEADING = /^第[一二三四五六七八九十\d]+部分/;
const SECTION = /^[(（]([一二三四五六七八九十]+)[)）]\s*(.*)$/;
const TOP_HEADING = /^[一二三四五六七八九十]+、/;
const GOAL = /^绩效目标[:：]\s*(.*)$/;
const INDICATORS = /^绩效指标[:：]\s*(.*)$/;

export function readDepartmentText(paragraphs: readonly string[]): DepartmentText {
  const kept = paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  const sections: DepartmentSection[] = [];
  let current: DepartmentSection | undefined;
  for (const paragraph of kept) {
    const section = SECTION.exec(paragraph);
    if (section) {
      current = { title: section[2] ?? '', goal: '', indicators: '', statements: [] };
      sections.push(current);
      continue;
    }
    if (TOP_HEADING.test(paragraph)) {
      current = undefined;
      continue;
    }
    if (!current) continue;
    const goal = GOAL.exec(paragraph);
    const indicators = INDICATORS.exec(paragraph);
    if (goal) current.goal = joinText(current.goal, goal[1] ?? '');
    else if (indicators) current.indicators = joinText(current.indicators, indicators[1] ?? '');
  }
  // Numbered paragraphs under 工作保障措施 look like sections too; only those that state a goal or
  // indicators are the 分项绩效目标.
  const goalSections = sections.filter((s) => s.goal !== '' || s.indicators !== '');
  for (const s of goalSections) s.statements = satisfactionStatements(`${s.goal}；${s.indicators}`);
  return { paragraphs: kept, sections: goalSections, statements: satisfactionStatements(kept.join('\n')) };
}

function joinText(a: string, b: string): string {
  return a === '' ? b : `${a}\n${b}`;
}

const OP_WORDS: ReadonlyArray<readonly [string, 'gte' | 'gt']> = [
  ['大于等于', 'gte'],
  ['不低于', 'gte'],
  ['不少于', 'gte'],
  ['不小于', 'gte'],
  ['达到', 'gte'],
  ['至少', 'gte'],
  ['达', 'gte'],
  ['在', 'gte'],
  ['≥', 'gte'],
  ['>=', 'gte'],
  ['高于', 'gt'],
  ['大于', 'gt'],
  ['超过', 'gt'],
  ['多于', 'gt'],
  ['超', 'gt'],
  ['>', 'gt'],
];

// [subject with 满意] [operator] number %. The subject runs from the clause break before 满意; the
// gap after 满意 may hold words (`群众满意数量占总数的比例超60%`) but no digit and no break.
const STATEMENT = new RegExp(
  `([^,，、:：]*满意[^\\d,，、]*?)(${OP_WORDS.map(([w]) => w.replace(/[>=]/g, (c) => `\\${c}`)).join('|')})?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:%|百分比)`,
);

/** How far before and after 满意 a statement's words may reach. */
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 40;

/** The 满意度 floors a text states, one per clause (`服务对象满意度大于90%为优` → gt 90). */
export function satisfactionStatements(text: string): SatisfactionStatement[] {
  const out: SatisfactionStatement[] = [];
  for (const raw of text.normalize('NFKC').split(/[;；。\n]/)) {
    const clause = raw.trim();
    // The expression is tried near each 满意 only: a window keeps it linear on long prose.
    for (let at = clause.indexOf('满意'); at >= 0; at = clause.indexOf('满意', at + 2)) {
      const match = STATEMENT.exec(clause.slice(Math.max(0, at - WINDOW_BEFORE), at + WINDOW_AFTER));
      if (!match) continue;
      const op = OP_WORDS.find(([w]) => w === match[2])?.[1] ?? 'gte';
      out.push({ subject: (match[1] ?? '').trim(), op, value: Number(match[3]), phrase: match[0].trim(), text: clause });
      break; // one statement per clause
    }
  }
  return out;
}

/** The department text of a sheet (the imported 部门整体绩效目标 sheet, or a pasted document), if any. */
export function readDepartmentGrid(grid: Grid): DepartmentText | undefined {
  const lines: Array<{ text: string; cell: string }> = [];
  let started = /部门整体绩效目标/.test(grid.sheet);
  let first: string | undefined;
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const c = row.findIndex((v) => typeof v === 'string' && v.trim() !== '');
    if (c < 0) continue;
    const text = String(row[c]).trim();
    const squeezed = text.replace(/\s+/g, '');
    if (!started) {
      if (DEPARTMENT_HEADING.test(squeezed)) {
        started = true;
        first = columnName(c) + String(r + 1);
      }
      continue;
    }
    if (PART_HEADING.test(squeezed) && lines.length > 0) break;
    lines.push({ text, cell: columnName(c) + String(r + 1) });
  }
  if (!started || lines.length === 0) return undefined;
  const department = readDepartmentText(lines.map((l) => l.text));
  return { ...department, sheet: grid.sheet, cell: first ?? lines[0]?.cell };
}
