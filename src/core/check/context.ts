/**
 * What one project's checks share: the project, where its values are, what the caller knows
 * (budget year, department text, scoring profile, indicator catalog), and the list they fill.
 */
import { CHECK_CODES, type CheckCode } from './codes';
import { finding, type Params } from './finding';
import type { Finding } from './types';
import type { Catalog } from '../project/catalog';
import type { Project } from '../project/types';
import type { DepartmentText } from '../read/department';
import type { FormFamily } from '../read/families';
import type { SelfEvaluation } from '../read/target-sheet';

export interface CheckContext {
  sheet: string;
  /** The budget year when the caller knows it (`--year`); else the year the table states, if any. */
  year?: number;
  /** 部门整体绩效目标, for the 满意度 comparison. */
  department?: DepartmentText;
  /** 分值, 得分 and 完成值 columns, where the sheet has them. */
  selfEval?: SelfEvaluation;
  /** Scoring profile name (core/score/profiles); `standard` when absent. */
  profile?: string;
  /** The indicator trees (core/project/catalog); the built-in ones when absent. */
  catalog?: Catalog;
  /**
   * Fields the reader could not read and has already reported (`budget.total`, `spendPlan`): the
   * checks do not report them again as missing or wrong.
   */
  unreadable?: ReadonlySet<string>;
  /**
   * Where a field is when the cell map does not say: a register's 5,000 projects compute their
   * indicator cells on demand rather than store 50 addresses each.
   */
  resolve?: (field: string) => string | undefined;
  /** The form family of a target sheet: checks of a part run only where the form has it. */
  family?: FormFamily;
  /** Where the 项目编码 came from (its field, or inside the 项目名称). */
  codeSource?: 'field' | 'name';
}

export class Reporter {
  readonly findings: Finding[] = [];
  readonly projectLabel: string;

  constructor(
    readonly project: Project,
    readonly cells: Readonly<Record<string, string>>,
    readonly context: CheckContext,
  ) {
    this.projectLabel = project.code || project.name;
  }

  /**
   * Where a field is: its sheet and cell. A cell map value may name another sheet (`指标清单!E7`,
   * for a register whose indicators are listed apart); a field the sheet lacks points at the table.
   */
  locate(field: string): { sheet: string; cell: string } {
    const value = this.cells[field] ?? this.context.resolve?.(field) ?? this.cells.table ?? 'A1';
    const bang = value.lastIndexOf('!');
    return bang < 0 ? { sheet: this.context.sheet, cell: value } : { sheet: value.slice(0, bang), cell: value.slice(bang + 1) };
  }

  /** The A1 address of a field (without its sheet). */
  cellOf(field: string): string {
    return this.locate(field).cell;
  }

  has(field: string): boolean {
    return this.cells[field] !== undefined || this.context.resolve?.(field) !== undefined;
  }

  add(field: string, code: CheckCode, params: Params = {}): void {
    this.findings.push(finding({ ...this.locate(field), field, project: this.projectLabel }, code, params));
  }

  /** A finding whose wording comes from another module of the core (lint, score). */
  addWorded(field: string, code: CheckCode, text: { message: string; messageEn: string }, extra: Partial<Finding> = {}): void {
    const out: Finding = {
      ...this.locate(field),
      severity: CHECK_CODES[code].severity,
      code,
      message: text.message,
      messageEn: text.messageEn,
      field,
      ...extra,
    };
    if (this.projectLabel !== '') out.project = this.projectLabel;
    this.findings.push(out);
  }

  unreadable(field: string): boolean {
    return this.context.unreadable?.has(field) ?? false;
  }
}
