/**
 * What a check reports (DOMAIN.md §8): one finding per problem, data until a surface shows it.
 * The task pane lists them, the CLI prints them, a 检查结果 sheet writes them.
 */
import type { ReadFinding } from '../read/grid';
import type { Severity } from '../target/lint';

export type { Severity };

/**
 * A reader's finding (sheet, cell, severity, stable code, both texts) with what a check knows
 * besides. `cell` is the A1 address to look at (`E17`); the table's first cell when the part is
 * absent. The code's wording lives in the message catalog.
 */
export interface Finding extends ReadFinding {
  /** The project field the finding is about, as in the reader's cell map (`budget.total`, `indicators.3.target`). */
  field?: string;
  /** The project's 项目编码 (or 项目名称 when it has no code), so that a list can group findings. */
  project?: string;
  /** For an unreadable 指标值: the 0-based character where reading stopped. */
  position?: number;
  /** The form family the finding's table was read as (`河北文本式`), where a table was read. */
  family?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos; order within a severity is kept. */
export function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity];
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
