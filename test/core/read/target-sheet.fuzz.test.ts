/**
 * Fuzzing the reader and the checker: random grids, and random edits of the seed's sheets, never
 * make them throw, and every finding points at a real A1 cell with a known code.
 */
import fc from 'fast-check';
import { CHECK_CODES, checkWorkbook } from '../../../src/core/check';
import { parseA1 } from '../../../src/core/check/address';
import type { Grid } from '../../../src/core/read/grid';
import { readTargetSheets } from '../../../src/core/read/target-sheet';
import { wordTextToGrids } from '../../../src/core/read/word-import';
import { MESSAGES } from '../../../src/core/i18n/messages';
import { SEED_TEXT } from '../../helpers/seed';
import { midAndAnnualForm, plainForm, selfEvalForm, sichuanCode, stackedPeriodsForm, TREE } from './form-grids';

type Value = string | number | boolean | null;

const WORDS = [
  '项目编码', '项目名称', '预算数', '其中：财政资金', '其他资金', '上年结转', '预算规模及资金用途', '资金支出计划（%）', '绩效目标',
  '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据', '分值', '得分', '实际完成值', '单位：万元', '单位：元',
  '3月底', '6月底', '10月底', '12月底', '一季度', '25%', '100%', '0.5', '≥60%', '≥', '60-', '产出指标', '数量指标', '满意度指标',
  '服务对象满意度', '13020925P00066510001J', '808001某单位', '1.2025年某项目绩效目标表', '部门整体绩效目标', '满意度大于90%', '注：', '—',
  '项目编码：', '1,000.00', '17.00万元', '(3.00)', '',
  // Other provinces' wordings and layouts (issue 9)
  '项目资金（万元）', '资金总额', '年度资金总额：10606.7522万元', '其中：当年财政拨款', '上级资金', '年初预算数', '全年预算数(A)', '全年执行数',
  '执行率', '预算执行情况(20分)', '指标性质', '度量单位', '≧', '正向', '定性', '指标2：', '/', '产出指标(50分)', '实际完成指标值(B)',
  '1-6月完成值', '预计全年执行数', '偏差原因分析及改进措施', '项目支出绩效自评表（2024年度）', '51000025P000123450001-某项目', '中期目标', '年度目标', '中期资金总额：', '长期目标', '长期资金总额',
];

const value: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.constant(null),
);

const address = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 12 })).map(([r, c]) => `${String.fromCharCode(65 + c)}${r}`);
const merge = fc.oneof(fc.tuple(address, address).map(([a, b]) => `${a}:${b}`), fc.string({ maxLength: 8 }));

const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ maxLength: 10 }),
  rows: fc.array(fc.array(value, { maxLength: 12 }), { maxLength: 30 }),
  merges: fc.array(merge, { maxLength: 6 }),
});

const SEED_GRIDS = [...wordTextToGrids(SEED_TEXT), plainForm('某项目', TREE), selfEvalForm(sichuanCode('24')), midAndAnnualForm(), stackedPeriodsForm()];

type Edit =
  | { kind: 'set'; r: number; c: number; v: Value }
  | { kind: 'delete'; r: number }
  | { kind: 'insert'; r: number; row: Value[] }
  | { kind: 'shift'; r: number; by: number }
  | { kind: 'swap'; r: number; s: number }
  | { kind: 'merge'; m: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), r: fc.nat(30), c: fc.nat(10), v: value }),
  fc.record({ kind: fc.constant('delete' as const), r: fc.nat(30) }),
  fc.record({ kind: fc.constant('insert' as const), r: fc.nat(30), row: fc.array(value, { maxLength: 8 }) }),
  fc.record({ kind: fc.constant('shift' as const), r: fc.nat(30), by: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ kind: fc.constant('swap' as const), r: fc.nat(30), s: fc.nat(30) }),
  fc.record({ kind: fc.constant('merge' as const), m: merge }),
);

function applyEdits(source: Grid, edits: readonly Edit[]): Grid {
  const rows: Value[][] = source.rows.map((row) => [...row]);
  const merges = [...(source.merges ?? [])];
  for (const e of edits) {
    const r = rows.length === 0 ? 0 : e.kind === 'merge' ? 0 : e.r % (rows.length + 1);
    switch (e.kind) {
      case 'set': {
        const row = rows[r] ?? (rows[r] = []);
        while (row.length < e.c) row.push(null);
        row[e.c] = e.v;
        break;
      }
      case 'delete':
        rows.splice(r, 1);
        break;
      case 'insert':
        rows.splice(r, 0, e.row);
        break;
      case 'shift': {
        const row = rows[r];
        if (row) rows[r] = e.by >= 0 ? [...Array<Value>(e.by).fill(null), ...row] : row.slice(-e.by);
        break;
      }
      case 'swap': {
        const s = rows.length === 0 ? 0 : e.s % rows.length;
        const a = rows[r];
        const b = rows[s];
        if (a && b) [rows[r], rows[s]] = [b, a];
        break;
      }
      case 'merge':
        merges.push(e.m);
        break;
    }
  }
  return { sheet: source.sheet, rows, merges };
}

function wellFormed(grids: Grid[]): void {
  const findings = checkWorkbook(grids);
  for (const f of findings) {
    expect(parseA1(f.cell)).toBeDefined();
    expect(f.code in CHECK_CODES || f.code in MESSAGES).toBe(true);
    expect(typeof f.message).toBe('string');
    expect(typeof f.messageEn).toBe('string');
  }
}

describe('fuzzing the reader', () => {
  it('never throws on random grids', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const read = readTargetSheets(g);
        for (const table of read.tables) for (const cell of Object.values(table.cells)) expect(parseA1(cell)).toBeDefined();
        wellFormed([g]);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random edits of the seed’s sheets and of other provinces’ layouts', () => {
    fc.assert(
      fc.property(fc.nat(SEED_GRIDS.length - 1), fc.array(edit, { minLength: 1, maxLength: 12 }), (index, edits) => {
        const edited = applyEdits(SEED_GRIDS[index]!, edits);
        readTargetSheets(edited);
        wellFormed([...SEED_GRIDS.slice(0, index), edited, ...SEED_GRIDS.slice(index + 1)]);
      }),
      { numRuns: 300 },
    );
  });

  it('survives grids that break the type: holes, undefined cells, odd sheet names', () => {
    const odd = { sheet: 42, rows: [undefined, [undefined, '项目编码'], 'text', [{ a: 1 }, ['nested']]], merges: [7, null, 'A1:B2'] } as unknown as Grid;
    expect(() => checkWorkbook([odd])).not.toThrow();
    expect(() => readTargetSheets(odd)).not.toThrow();
  });
});
