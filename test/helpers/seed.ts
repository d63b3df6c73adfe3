/** The seed document (a real 2025 Hebei 绩效文本) as test data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWordText } from '../../src/core/read/word-text';

export const SEED_TEXT = readFileSync(join(__dirname, '..', 'fixtures', 'seed.txt'), 'utf8');

export interface SeedIndicatorRow {
  table: number;
  level1: string;
  level2: string;
  level3: string;
  target: string;
}

/** Every indicator row of the seed's five tables, with merged 一级 cells filled down. */
export function seedIndicatorRows(): SeedIndicatorRow[] {
  const rows: SeedIndicatorRow[] = [];
  readWordText(SEED_TEXT).tables.forEach((table, index) => {
    const header = table.rows.findIndex((row) => row[0] === '一级指标');
    if (header < 0) return;
    let level1 = '';
    for (const row of table.rows.slice(header + 1)) {
      level1 = row[0] || level1;
      rows.push({ table: index + 1, level1, level2: row[1] ?? '', level3: row[2] ?? '', target: row[4] ?? '' });
    }
  });
  return rows;
}
