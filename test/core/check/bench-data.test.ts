/** The benchmark's workbooks are what they claim to be (timings themselves belong to npm run bench). */
import { projectSheets, registerGrids } from '../../../bench/check';
import { checkWorkbook, readWorkbook } from '../../../src/core/check';
import { SEED_TEXT } from '../../helpers/seed';

describe('bench data', () => {
  it('makes project sheets with their own valid codes and the seed’s findings only', () => {
    const grids = projectSheets(SEED_TEXT, 10);
    const read = readWorkbook(grids);
    expect(read.projects).toHaveLength(10);
    expect(new Set(read.projects.map((p) => p.project.code)).size).toBe(10);
    const findings = checkWorkbook(grids);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.code.startsWith('CODE_'))).toEqual([]);
  });

  it('makes a register whose projects read with all their indicators', () => {
    const read = readWorkbook(registerGrids(12));
    expect(read.projects).toHaveLength(12);
    expect(read.projects.every((p) => p.source === 'register' && p.project.indicators.length >= 7)).toBe(true);
    expect(checkWorkbook(registerGrids(12)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
