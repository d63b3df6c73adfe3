/**
 * PERF in WPS: one registry for both hosts (the doc comments Excel's metadata comes from), the
 * same results as the Excel wrappers, and arguments normalised as WPS passes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree } from 'custom-functions-metadata/lib/parseTree';
import * as officeFunctions from '../../src/functions/functions';
import { PERF_CELLS, argumentFromWps, registerPerfFunctions, wpsFunction } from '../../src/wps/functions';
import { wpsMetadata, type OfficeFunctionMetadata } from '../../src/wps/metadata';

const parsed = parseTree(readFileSync(join(__dirname, '../../src/functions/functions.ts'), 'utf8'), 'functions.ts');
const officeMetadata = parsed.functions as unknown as OfficeFunctionMetadata[];
const implementation = new Map(parsed.associate.map((a) => [a.id, a.functionName]));

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: StubError, ErrorCode: {}, associate: () => undefined };
});

describe('one registry for Excel and WPS', () => {
  it('registers exactly the functions Excel registers, under the same names', () => {
    expect(Object.keys(PERF_CELLS).sort()).toEqual(officeMetadata.map((f) => f.id).sort());
    expect(officeMetadata).toHaveLength(17);
  });

  it.each(officeMetadata.map((f) => [f.id, f] as const))('%s: WPS metadata mirrors the doc comment', (_, office) => {
    const wps = wpsMetadata(office);
    expect(wps.name).toBe(office.name);
    expect(wps.description).toBe(office.description);
    expect(wps.description).toMatch(/[\u4e00-\u9fff]/);
    expect(wps.parameters.map((p) => p.name)).toEqual(office.parameters.map((p) => p.name));
    expect(wps.parameters.map((p) => p.type)).toEqual(office.parameters.map((p) => (p.optional ? 'any[][]?' : 'any[][]')));
    expect(wps.result.type).toBe('any[][]');
  });

  const samples: Record<string, unknown[][][]> = {
    EVAL: [[[0.65], ['abc'], [null]], [['≥60%'], ['≥60%'], ['≥60%']]],
    STATUS: [[['基本完成']], [['效果明显']]],
    RATE: [[[80]], [['≤86人']]],
    PARSE: [[['90%-95%']]],
    CHECK: [[['100百分比']]],
    FORMAT: [[['不低于 60 ％']]],
    CODE: [[['13020925P00066510001J']], [[2025]]],
    SCORE: [[[0.45]], [['≥60%']], [[10]]],
    SCORECHECK: [[[8]], [[0.45]], [['≥60%']], [[10]]],
    EXECRATE: [[[16.5]], [[17]]],
    EXECSCORE: [[[16.5]], [[17]]],
    TOTAL: [[[10], [45], [9]], [[10], [50], [10]]],
    GRADE: [[[89.99]]],
    PLANNED: [[[7]], [[25, 50, 75, 100]]],
    LIGHT: [[[2]], [['≥5个']], [[6]]],
    EXECLIGHT: [[[7]], [[17]], [[7]], [[25, 50, 75, 100]]],
    WORSTLIGHT: [[['绿'], ['黄'], [null]]],
  };

  it.each(Object.keys(samples))('%s gives in WPS what it gives in Excel (errors as their code and reason)', (id) => {
    const office = (officeFunctions as Record<string, (...a: unknown[]) => unknown[][]>)[implementation.get(id)!]!;
    const args = samples[id]!;
    const inExcel = office(...args);
    const inWps = wpsFunction(PERF_CELLS[id]!)(...args);
    expect(inWps).toEqual(inExcel.map((row) => row.map((cell) => (cell instanceof StubError ? expect.stringMatching(/^#[A-Z/0!?]+ .+/) : cell))));
  });
});

describe('arguments as WPS passes them', () => {
  it('maps the missing-argument sentinel to undefined and scalars to 1×1', () => {
    expect(argumentFromWps(-2147352572)).toBeUndefined();
    expect(argumentFromWps(undefined)).toBeUndefined();
    expect(argumentFromWps(0.65)).toEqual([[0.65]]);
    expect(argumentFromWps('≥60%')).toEqual([['≥60%']]);
  });

  it('reads a Range object through Value2 and keeps 2-D arrays', () => {
    expect(argumentFromWps({ Value2: [[1], [2]], Rows: { Count: 2 } })).toEqual([[1], [2]]);
    expect(argumentFromWps([[1, 2]])).toEqual([[1, 2]]);
  });

  it('never reads an error cell (a CVErr number) as a number', () => {
    const result = wpsFunction(PERF_CELLS.EVAL!)([[-2146826246], [0.7]], '≥60%');
    expect(result[0]![0]).toMatch(/^#/);
    expect(result[1]![0]).toBe(true);
  });

  it('returns an error text rather than throwing when the gate throws', () => {
    expect(wpsFunction(() => { throw new Error('boom'); })()).toEqual([['#VALUE! boom']]);
  });
});

describe('registration', () => {
  const metadata = officeMetadata.map(wpsMetadata);

  it('registers all 17 functions in the PERF namespace with their Chinese metadata', () => {
    const calls: Array<[string, string, unknown, { description: string }]> = [];
    const report = registerPerfFunctions({ AddCustomFunction: (...a: unknown[]) => calls.push(a as (typeof calls)[number]) }, metadata);
    expect(report).toEqual({ supported: true, registered: metadata.map((m) => m.name), failed: [] });
    expect(calls.map(([ns, name]) => `${ns}.${name}`)).toContain('PERF.EVAL');
    expect(calls.every(([, , fn]) => typeof fn === 'function')).toBe(true);
    const evalFn = calls.find(([, name]) => name === 'EVAL')![2] as (...a: unknown[]) => unknown;
    expect(evalFn(0.65, '≥60百分比')).toEqual([[true]]);
  });

  it('says in Chinese, then English, that an older WPS has no custom functions', () => {
    const report = registerPerfFunctions({}, metadata);
    expect(report).toMatchObject({ supported: false, reason: expect.stringContaining('12.1.0.20540'), reasonEn: expect.stringContaining('12.1.0.20540') });
    expect(registerPerfFunctions(undefined, metadata).supported).toBe(false);
  });

  it('goes on past a function WPS refuses, and reports it', () => {
    const report = registerPerfFunctions({ AddCustomFunction: (_: string, name: string) => { if (name === 'PARSE') throw new Error('no'); } }, metadata);
    expect(report).toMatchObject({ supported: true, failed: ['PARSE'] });
  });
});
