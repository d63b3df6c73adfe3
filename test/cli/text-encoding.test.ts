/**
 * Text files `import` and `check` read (issue 14, item 3): decoded only with confidence, else
 * refused (status 2) with the encodings tried; never a mojibake workbook nor "未发现问题" about a
 * file that was not read. Every hostile file is made here, byte by byte.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeTextFile } from '../../src/cli/text-decode';
import { runCli } from '../helpers/cli';
import { SEED_TEXT } from '../helpers/seed';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perftable-encoding-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Encodes with a legacy double-byte encoding by inverting TextDecoder over every two-byte sequence. */
function legacyEncoder(label: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character of this encoding
      }
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
      else bytes.push(...(table.get(ch) ?? [0x3f]));
    }
    return Uint8Array.from(bytes);
  };
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return new Uint8Array(le);
}

function utf32(text: string, bigEndian: boolean): Uint8Array {
  const points = [...text].map((ch) => ch.codePointAt(0)!);
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(i * 4, p, !bigEndian));
  return out;
}

/** Deterministic noise. */
function randomBytes(length: number, seed = 7): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length }, () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x >> 16;
  });
}

const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const SAMPLE = SEED_TEXT.slice(0, 4000);

describe('read with confidence', () => {
  it.each([
    ['UTF-8', () => new TextEncoder().encode(SAMPLE)],
    ['UTF-8 with BOM', () => concat(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(SAMPLE))],
    ['UTF-16 LE with BOM', () => concat(Uint8Array.of(0xff, 0xfe), utf16(SAMPLE, false))],
    ['UTF-16 LE without BOM', () => utf16(SAMPLE, false)],
    ['UTF-16 BE without BOM', () => utf16(SAMPLE, true)],
    ['UTF-32 LE with BOM', () => concat(Uint8Array.of(0xff, 0xfe, 0, 0), utf32(SAMPLE, false))],
    ['UTF-32 LE without BOM', () => utf32(SAMPLE, false)],
    ['UTF-32 BE without BOM', () => utf32(SAMPLE, true)],
    ['GB18030 (ANSI on Chinese Windows)', () => legacyEncoder('gb18030')(SAMPLE)],
  ])('%s', (_, bytes) => {
    expect(decodeTextFile(bytes(), 'x.txt')).toEqual({ ok: true, text: SAMPLE, encoding: expect.any(String) });
  });
});

describe('refuse what cannot be read with confidence, naming the encodings tried', () => {
  const big5 = legacyEncoder('big5');
  const sjis = legacyEncoder('shift_jis');
  const utf8 = new TextEncoder().encode(SAMPLE);
  const broken = Uint8Array.from(utf8);
  broken[200] = 0xff;
  it.each([
    ['Big5', () => big5('項目名稱\t績效指標\t預算執行率\t產出指標\t數量指標\t質量指標\t時效指標\t成本指標'.repeat(20))],
    ['Shift-JIS', () => sjis('事業名称\t業績指標\t予算執行率\tの\tは\tです\t成果指標'.repeat(20))],
    ['Latin-1', () => new Uint8Array(Buffer.from('Catégorie\tbudget prévu\tréalisé\tdéjà\tcoût\tété\n'.repeat(20), 'latin1'))],
    ['random bytes', () => randomBytes(4096)],
    ['UTF-8 with one bad byte', () => broken],
  ])('%s', (_, bytes) => {
    const decoded = decodeTextFile(bytes(), 'x.txt');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.reason.zh).toMatch(/编码|二进制/);
      expect(decoded.reason.en).toMatch(/encoding|binary/);
    }
  });

  it('decodes as told with --encoding', () => {
    const text = '項目名稱\t績效指標';
    expect(decodeTextFile(big5(text), 'x.txt', 'big5')).toMatchObject({ ok: true, text });
    expect(decodeTextFile(legacyEncoder('gb18030')('项目'), 'x.txt', 'GBK')).toMatchObject({ ok: true, text: '项目' });
  });
});

describe('perftable import and check on unreadable text: status 2, never "未发现问题"', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['empty', new Uint8Array()],
    ['blank', new TextEncoder().encode(' \n\t\n')],
    ['binary', concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), randomBytes(2000, 3), new Uint8Array(64))],
    ['UTF-16 without BOM, then damaged', concat(utf16(SAMPLE, false), Uint8Array.of(0x00, 0xd8, 0x41))],
    ['Big5', legacyEncoder('big5')('項目名稱\t績效指標\t預算執行率'.repeat(30))],
  ];
  it.each(cases)('%s', async (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes);
    for (const args of [['check', file], ['import', file, '-o', `${file}.xlsx`]]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('未发现问题');
      expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(run.stderr).toMatch(/[A-Za-z]{4,}/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reads UTF-16 without a BOM (check finds the seed\'s tables)', async () => {
    const file = join(dir, 'utf16-nobom.txt');
    writeFileSync(file, utf16(SEED_TEXT, false));
    const run = await runCli(['check', file, '--json']);
    expect(run.code).not.toBe(2);
    expect(run.json.length).toBeGreaterThan(5);
  });

  it('takes --encoding and refuses an unknown one', async () => {
    const file = join(dir, 'gbk.txt');
    writeFileSync(file, legacyEncoder('gb18030')(SEED_TEXT));
    expect((await runCli(['import', file, '--encoding', 'gbk', '-o', join(dir, 'gbk.xlsx')])).code).toBe(0);
    const unknown = await runCli(['check', file, '--encoding', 'klingon']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('klingon');
  });
});
