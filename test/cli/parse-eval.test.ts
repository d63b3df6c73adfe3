import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { seedIndicatorRows } from '../helpers/seed';

describe('perftable parse', () => {
  it('answers one JSON line per input line, in order, in the public shape', async () => {
    const { code, json } = await runCli(['parse'], '≥60百分比\n90%-95%\n2025年12月底前\n按时完工为合格\n≥abc%\n');
    expect(code).toBe(0);
    expect(json).toEqual([
      {
        text: '≥60百分比',
        ok: true,
        kind: 'quantitative',
        op: 'gte',
        value: 60,
        unit: { text: '百分比', dimension: 'percent' },
        implicitOp: false,
        canonical: '≥60%',
      },
      { text: '90%-95%', ok: true, kind: 'range', low: 90, high: 95, unit: { text: '%', dimension: 'percent' }, canonical: '90%-95%' },
      { text: '2025年12月底前', ok: true, kind: 'deadline', date: { year: 2025, month: 12 }, canonical: '2025年12月底前' },
      { text: '按时完工为合格', ok: true, kind: 'qualitative', grade: '合格', condition: '按时完工', canonical: '按时完工为合格' },
      {
        text: '≥abc%',
        ok: false,
        error: {
          code: 'MISSING_NUMBER',
          position: 1,
          message: '比较符后缺少数值（第2个字符）',
          messageEn: 'A number is missing after the operator (at character 2)',
        },
      },
    ]);
  });

  it('takes the 二级指标 from --level2 or from a JSON line', async () => {
    const flag = await runCli(['parse', '--level2', '成本指标'], '20万元\n');
    const line = await runCli(['parse'], '{"text":"20万元","level2":"成本指标"}\n{"text":"20万元"}\n');
    expect(flag.json).toMatchObject([{ op: 'lte', implicitOp: true, unit: { text: '万元', dimension: 'money' } }]);
    expect(line.json).toMatchObject([{ op: 'lte' }, { op: 'gte' }]);
  });

  it('names every dimension', async () => {
    const { json } = await runCli(['parse'], ['≥1%', '≥1万元', '≤3天', '≥2场', '≥5吨', '≥3次/月', '≥2台套', '≥60'].join('\n'));
    expect((json as Array<{ unit: { dimension: string } }>).map((j) => j.unit.dimension)).toEqual([
      'percent', 'money', 'duration', 'count', 'measure', 'rate', 'count', 'none',
    ]);
  });

  it('reads every 指标值 of the seed without an error', async () => {
    const rows = seedIndicatorRows();
    const { json } = await runCli(['parse'], rows.map((r) => JSON.stringify({ text: r.target, level2: r.level2 })).join('\n'));
    expect(json).toHaveLength(43);
    expect((json as Array<{ ok: boolean }>).every((j) => j.ok)).toBe(true);
  });
});

describe('perftable eval', () => {
  it('judges JSON lines and keeps going past a bad line', async () => {
    const input = [
      '{"actual":0.65,"target":"≥60%"}',
      '{"actual":"3场","target":"≥5个"}',
      'not json',
      '{"actual":65,"target":"≥60%","percentMode":"whole"}',
      '{"actual":"部分达成","target":"效果明显"}',
      '{"target":"≥60%"}',
      '{"actual":520,"target":"500万元","level2":"成本指标"}',
      '{"actual":1}',
    ].join('\n');
    const { code, json } = await runCli(['eval'], input);
    expect(code).toBe(0);
    expect(json).toMatchObject([
      { ok: true, verdict: 'met', rate: 65 / 60, percentReading: 'fraction' },
      { ok: false, error: { code: 'UNIT_MISMATCH' } },
      { ok: false, error: { code: 'BAD_INPUT' } },
      { ok: true, verdict: 'met', percentReading: 'whole' },
      { ok: true, verdict: 'partial' },
      { ok: false, error: { code: 'ACTUAL_EMPTY', message: '未填写完成值' } },
      { ok: true, verdict: 'not-met' },
      { ok: false, error: { code: 'BAD_INPUT' } },
    ]);
  });

  it('has a short form for one actual and one target', async () => {
    const met = await runCli(['eval', '0.65', '≥60%']);
    const bad = await runCli(['eval', '3场', '≥5个']);
    expect(met.json).toEqual([{ ok: true, verdict: 'met', rate: 65 / 60, actualValue: 65, percentReading: 'fraction' }]);
    expect(met.code).toBe(0);
    expect(bad.code).toBe(1);
  });
});

describe('perftable', () => {
  it('prints its usage and refuses an unknown command', async () => {
    expect((await runCli(['help'])).stdout).toContain('perftable parse');
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知命令');
  });

  it('runs as the installed bin (built by npm ci through "prepare")', () => {
    const bin = join(__dirname, '..', '..', 'bin', 'perftable.js');
    if (!existsSync(join(__dirname, '..', '..', 'lib', 'src', 'cli', 'main.js'))) {
      throw new Error('lib/ is missing: run `npm run build:cli` (npm ci runs it through "prepare")');
    }
    const out = execFileSync(process.execPath, [bin, 'parse'], { input: '≤86人\n', encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ ok: true, op: 'lte', value: 86 });
  });
});
