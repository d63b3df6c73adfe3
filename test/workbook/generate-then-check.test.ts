/**
 * What PerfTable writes, PerfTable must read back cleanly: the seed's projects generated in each
 * mode, written to a real .xlsx, read and checked, give exactly the seed's own findings.
 */
import { checkWorkbook } from '../../src/core/check';
import { projectsToLayouts } from '../../src/core/layout/batch';
import { SEED_PROJECTS } from '../../src/core/project/seed-projects';
import { layoutsToXlsxBuffer, readGrids } from '../../src/workbook/xlsx';

/**
 * The seed's own findings (DOMAIN.md §8 marks them). A generated workbook has no department text,
 * so table 1's 满意度 ≥60% is only "below 80%" here, as tables 2 and 4 are.
 */
const SEED_FINDINGS = [
  'IND_RATE_UNDER_QUANTITY', // table 1: 企业开工率、投产率 under 数量指标
  'IND_SATISFACTION_LOW', // table 1
  'IND_RATE_UNDER_QUANTITY', // table 2: 工程质量合格率
  'TARGET_IMPLICIT_OP', // table 2: 100百分比
  'TARGET_GTE_100_PERCENT', // table 2
  'IND_SATISFACTION_LOW', // table 2
  'IND_RATE_UNDER_QUANTITY', // table 4
  'TARGET_GTE_100_PERCENT', // table 4: ≥100百分比
  'IND_SATISFACTION_LOW', // table 4
].sort();

describe('generate, write, read, check', () => {
  it.each(['target', 'monitoring', 'self-evaluation'] as const)('in %s mode, finds only what the seed itself has', async (mode) => {
    const buffer = await layoutsToXlsxBuffer(projectsToLayouts(SEED_PROJECTS, { mode }));
    const findings = checkWorkbook(await readGrids(buffer), { year: 2025 });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code).sort()).toEqual(SEED_FINDINGS);
    expect(findings.some((f) => f.sheet === '汇总')).toBe(false);
  }, 30_000);
});
