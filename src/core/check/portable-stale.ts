/**
 * Stale portable rows (issue 11): a portable sheet records, per row, the 指标值 its formulas were
 * compiled from (通用公式：依据的指标值). When the 指标值 cell was edited later, the formulas still
 * compute the old target: each such row is a finding at its 指标值 cell, asking to regenerate.
 */
import { canonicalTarget } from '../portable/compile';
import { PORTABLE_LABELS } from '../portable/labels';
import type { Grid, GridValue } from '../read/grid';
import { finding } from './finding';
import type { Finding } from './types';

const TARGET_HEADER = /^指标值$/;
const LEVEL2_HEADER = /^二级指标$/;
const LEVEL3_HEADER = /^三级指标$/;

function text(value: GridValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function columnLetter(index: number): string {
  let name = '';
  for (let c = index + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** Every row of every portable sheet whose 指标值 no longer is the one its formulas were compiled from. */
export function checkPortableStale(grids: readonly Grid[]): Finding[] {
  const out: Finding[] = [];
  for (const grid of grids) {
    // A hostile grid may have holes, undefined rows or no rows at all: read what is an array.
    const rows: GridValue[][] = Array.isArray(grid?.rows) ? Array.from(grid.rows, (row) => (Array.isArray(row) ? Array.from(row) : [])) : [];
    rows.forEach((row, r) => {
      const stampColumn = row.findIndex((v) => text(v) === PORTABLE_LABELS.compiledFrom);
      if (stampColumn < 0) return;
      const targetColumn = row.findIndex((v) => TARGET_HEADER.test(text(v)));
      if (targetColumn < 0) return;
      const level2Column = row.findIndex((v) => LEVEL2_HEADER.test(text(v)));
      const level3Column = row.findIndex((v) => LEVEL3_HEADER.test(text(v)));
      for (let i = r + 1; i < rows.length; i++) {
        const cells = rows[i] ?? [];
        const stamp = text(cells[stampColumn]);
        if (stamp === '') break;
        const current = text(cells[targetColumn]);
        const level2 = level2Column >= 0 ? text(cells[level2Column]) : '';
        if (canonicalTarget(current, level2 === '' ? undefined : level2) === stamp) continue;
        const indicator = level3Column >= 0 ? text(cells[level3Column]) : '';
        out.push(
          finding({ sheet: String(grid.sheet), cell: `${columnLetter(targetColumn)}${i + 1}`, field: `indicators.${i - r - 1}.target` }, 'PORTABLE_STALE', {
            indicator: indicator || `${i + 1}`,
            current: current || '（空）',
            compiled: stamp,
          }),
        );
      }
    });
  }
  return out;
}
