/**
 * A register workbook (项目清单, with its 指标清单) as projects with cell maps, so that the same
 * checks run on it as on 绩效目标表 sheets. Reading is core/read/register's; this file only finds
 * where each value is, which that reader does not return (it keeps row numbers), by the same
 * header rules (`headerKey`, the column aliases).
 */
import { columnName } from './address';
import type { Grid, ReadFinding } from '../read/grid';
import {
  INDICATOR_LIST_COLUMNS,
  REGISTER_COLUMNS,
  findRegisterGrids,
  headerKey,
  readIndicatorList,
  readRegister,
  spendMonthOfHeader,
  type RegisterColumn,
} from '../read/register';
import type { Project } from '../project/types';

/** As core/read/register looks for it: a header row among the first ten. */
const HEADER_SEARCH_ROWS = 10;

export interface RegisterProject {
  sheet: string;
  project: Project;
  /** The register row's fields; the indicators' cells come from `resolve`. */
  cells: Record<string, string>;
  /** `indicators.3.target` → `指标清单!E7`, computed when asked. */
  resolve: (field: string) => string | undefined;
  /** Fields the register reader reported as unreadable. */
  unreadable: Set<string>;
}

export interface RegisterRead {
  grids: Grid[];
  projects: RegisterProject[];
  findings: ReadFinding[];
}

/** The register of a workbook, when it has one; `exclude` are grids already read as target sheets. */
export function readRegisterProjects(grids: readonly Grid[], exclude: ReadonlySet<Grid>): RegisterRead | undefined {
  const candidates = grids.filter((g) => !exclude.has(g));
  const { register, indicators } = findRegisterGrids(candidates);
  if (!register) return undefined;
  const read = readRegister(register, indicators ? { indicators, indicatorDefaults: false } : { indicatorDefaults: false });
  const header = headerColumns(register, REGISTER_COLUMNS, ['code', 'name']);
  const listHeader = indicators ? headerColumns(indicators, INDICATOR_LIST_COLUMNS, ['code', 'level3', 'target']) : undefined;
  const list = indicators ? readIndicatorList(indicators) : undefined;
  // Without an indicator list the register lists projects only: not having indicators is no finding.
  const findings = indicators ? read.findings : read.findings.filter((f) => f.code !== 'REGISTER_NO_INDICATORS');
  // The cells the register reader reported, to mark those fields unreadable without a search per project.
  const reported = new Map<string, string[]>();
  for (const f of findings) if (f.sheet === register.sheet && f.cell !== '') reported.set(f.cell, [...(reported.get(f.cell) ?? []), f.code]);
  const listColumns = new Map<string, string>();
  for (const key of ['level1', 'level2', 'level3', 'description', 'target', 'basis']) {
    const c = listHeader?.columns.get(key);
    if (c !== undefined) listColumns.set(key, columnName(c - 1));
  }
  const projects: RegisterProject[] = read.projects.map(({ project, row }) => {
    const cells: Record<string, string> = { table: `A${row}` };
    let rows: number[] = [];
    const at = (key: string): string | undefined => {
      const c = header?.columns.get(key);
      return c === undefined ? undefined : `${columnName(c - 1)}${row}`;
    };
    const map: Array<[string, string]> = [
      ['code', 'code'],
      ['name', 'name'],
      ['year', 'year'],
      ['unit', 'unitName'],
      ['budget.total', 'total'],
      ['budget.fiscal', 'fiscal'],
      ['budget.other', 'other'],
      ['budget.carryOver', 'carryOver'],
      ['fundUse', 'fundUse'],
      ['goals', 'goals'],
    ];
    for (const [field, key] of map) {
      const address = at(key);
      if (address) cells[field] = address;
    }
    // The register reader states the unit (a blank 金额单位 is 万元, reported once as such).
    cells.amountUnit = at('amountUnit') ?? cells.code ?? cells.table ?? `A${row}`;
    if (header && header.spend.length > 0) {
      cells.spendPlan = `${columnName((header.spend[0]?.column ?? 1) - 1)}${row}`;
      project.spendPlan.forEach((checkpoint, i) => {
        const column = header.spend.find((s) => s.month === checkpoint.month)?.column;
        if (column !== undefined) cells[`spendPlan.${i}`] = `${columnName(column - 1)}${row}`;
      });
    }
    if (indicators && listHeader && list) {
      cells.header = `${indicators.sheet}!A${listHeader.row}`;
      const entries = list.byCode.get(project.code) ?? [];
      if (entries.length === 0) cells.header = cells.code ?? cells.table ?? `A${row}`;
      rows = entries.map((entry) => entry.row);
    }
    const listSheet = indicators?.sheet ?? '';
    const resolve = (field: string): string | undefined => {
      const match = INDICATOR_FIELD.exec(field);
      const listRow = match ? rows[Number(match[1])] : undefined;
      if (!match || listRow === undefined) return undefined;
      const column = match[2] === undefined ? 'A' : listColumns.get(match[2]);
      return column === undefined ? undefined : `${listSheet}!${column}${listRow}`;
    };
    const unreadable = new Set<string>();
    if (reported.size > 0) {
      for (const [field, address] of Object.entries(cells)) {
        if (reported.has(address)) unreadable.add(field.startsWith('spendPlan') ? 'spendPlan' : field);
      }
      // A bad percent sits in a spend column whose checkpoint was dropped, so no field points at it.
      if (header?.spend.some((s) => reported.get(`${columnName(s.column - 1)}${row}`)?.includes('REGISTER_BAD_PERCENT'))) unreadable.add('spendPlan');
    }
    return { sheet: register.sheet, project, cells, resolve, unreadable };
  });
  return { grids: indicators ? [register, indicators] : [register], projects, findings };
}

/** `indicators.3` or `indicators.3.target`. */
const INDICATOR_FIELD = /^indicators\.(\d+)(?:\.(level1|level2|level3|description|target|basis))?$/;

interface Header {
  /** 1-based row. */
  row: number;
  /** key → 1-based column, as core/read/register counts them. */
  columns: Map<string, number>;
  spend: Array<{ month: number; column: number }>;
}

function headerColumns(grid: Grid, columns: readonly RegisterColumn<string>[], required: readonly string[]): Header | undefined {
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const found = new Map<string, number>();
    const spend: Header['spend'] = [];
    (grid.rows[r] ?? []).forEach((cell, c) => {
      const key = headerKey(cell);
      if (key === '') return;
      const column = columns.find((col) => headerKey(col.header) === key || col.aliases.some((a) => headerKey(a) === key));
      if (column && !found.has(column.key)) found.set(column.key, c + 1);
      const month = spendMonthOfHeader(cell);
      if (month !== undefined && !spend.some((s) => s.month === month)) spend.push({ month, column: c + 1 });
    });
    if (required.every((k) => found.has(k))) return { row: r + 1, columns: found, spend: spend.sort((a, b) => a.month - b.month) };
  }
  return undefined;
}
