/**
 * Which encoding a .txt file is in, decided only when the bytes say so with confidence:
 * - a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
 * - UTF-16/32 without a mark, from where the zero bytes fall (text of tabs, digits and newlines
 *   has a zero in every other byte, or three in four);
 * - UTF-8, decoded strictly (one bad byte is a refusal, not a guess);
 * - GB18030 (Chinese Windows' "ANSI"), only when it decodes cleanly AND reads as Chinese: nearly
 *   every double-byte character in GB2312's range, and Chinese characters present. Big5,
 *   Shift-JIS, Latin-1 or random bytes fail this.
 * Anything else is refused with the encodings tried, and `--encoding NAME` decodes as told.
 * Empty and binary files are refused too: "no findings" about a file that was never read would be
 * a wrong answer.
 */
import type { Reason } from './io';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: Reason };

/** What automatic detection tries, in order (named in the refusal). */
export const TRIED_ENCODINGS = ['UTF-8', 'UTF-16', 'UTF-32', 'GB18030'] as const;

/** Share of GB2312 characters among double-byte ones for a GB18030 reading to count as Chinese. */
const GB2312_SHARE = 0.95;

const ALIASES: Record<string, string> = { gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030', ansi: 'gb18030', utf8: 'utf-8', unicode: 'utf-16le', utf16: 'utf-16le', utf32: 'utf-32le' };

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    chunk.push(code);
    // String.fromCodePoint takes its arguments on the stack: a bounded chunk at a time.
    if (chunk.length === 4096) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Strict decoding with one named encoding; undefined when a byte does not belong to it. */
function decodeAs(bytes: Uint8Array, encoding: string): string | undefined {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function bom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16/32 without a mark, from the positions of zero bytes; undefined when they show no pattern. */
function byZeroPattern(bytes: Uint8Array): string | undefined {
  const zeros = [0, 0, 0, 0];
  const counts = [0, 0, 0, 0];
  const sample = Math.min(bytes.length, 1 << 16);
  for (let i = 0; i < sample; i += 1) {
    counts[i % 4]! += 1;
    if (bytes[i] === 0) zeros[i % 4]! += 1;
  }
  const share = (k: number): number => (counts[k] ? zeros[k]! / counts[k]! : 0);
  const total = zeros.reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  if (bytes.length % 4 === 0 && share(2) > 0.9 && share(3) > 0.9 && share(0) < 0.5) return 'utf-32le';
  if (bytes.length % 4 === 0 && share(0) > 0.9 && share(1) > 0.9 && share(3) < 0.5) return 'utf-32be';
  if (bytes.length % 2 !== 0) return undefined;
  // UTF-16: Chinese text has zeros only where tabs, digits and newlines are; the byte order is
  // the one whose reading is plausible text (ASCII, CJK and their punctuation).
  const candidates = ['utf-16le', 'utf-16be']
    .map((encoding) => ({ encoding, text: decodeAs(bytes.subarray(0, sample - (sample % 2)), encoding) }))
    .map(({ encoding, text }) => ({ encoding, share: text === undefined ? 0 : plausibleShare(text) }))
    .sort((a, b) => b.share - a.share);
  const best = candidates[0];
  return best && best.share >= PLAUSIBLE_SHARE ? best.encoding : undefined;
}

/** Share of plausible characters for a UTF-16 reading without a byte-order mark to count. */
const PLAUSIBLE_SHARE = 0.9;

/** Share of characters a Chinese or English table holds: printable ASCII, whitespace, CJK and its punctuation. */
function plausibleShare(text: string): number {
  if (text.length === 0) return 0;
  let plausible = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x22ff)) plausible += 1;
  }
  return plausible / text.length;
}

/** Text that a person wrote: no NUL and hardly any other control character. */
function looksLikeText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) controls += 1;
  }
  return controls <= Math.max(2, text.length / 1000);
}

/** Share of GB2312 characters (both bytes A1–FE) among the double-byte ones of a GB18030 reading. */
function gb2312Share(bytes: Uint8Array): number {
  let double = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      double += 1; // a four-byte GB18030 sequence: rare in Chinese text
      i += 3;
      continue;
    }
    double += 1;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312 += 1;
    i += 1;
  }
  return double === 0 ? 1 : gb2312 / double;
}

function readsAsChinese(bytes: Uint8Array, text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text) && gb2312Share(bytes) >= GB2312_SHARE;
}

function tried(file: string, extra = ''): Reason {
  return {
    zh: `无法确定 ${file} 的文字编码（已尝试 ${TRIED_ENCODINGS.join('、')}）${extra}。请在记事本中“另存为”UTF-8 编码，或用 --encoding 指定编码（如 --encoding gb18030、big5、shift_jis）`,
    en: `cannot tell the text encoding of ${file} (tried ${TRIED_ENCODINGS.join(', ')})${extra ? '; it looks like UTF-8 with invalid bytes' : ''}. Save it as UTF-8, or name the encoding with --encoding (e.g. --encoding gb18030, big5, shift_jis)`,
  };
}

/** Whether the bytes are mostly well-formed UTF-8 multi-byte sequences (then GB18030 is not a fair guess). */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good += 1;
      i += length - 1;
    } else bad += 1;
  }
  return good > 0 && good >= 4 * bad;
}

function normalize(encoding: string): string {
  const lower = encoding.trim().toLowerCase().replace(/_/g, '-');
  return ALIASES[lower.replace(/-/g, '')] ?? ALIASES[lower] ?? (lower === 'shift-jis' ? 'shift_jis' : lower);
}

/** Whether `--encoding NAME` names an encoding this command can decode. */
export function knownEncoding(encoding: string): boolean {
  const name = normalize(encoding);
  if (name === 'utf-32le' || name === 'utf-32be') return true;
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of `bytes`, or why it cannot be read. `file` names the file in the reason;
 * `encoding` (from --encoding) skips detection.
 */
export function decodeTextFile(bytes: Uint8Array, file: string, encoding?: string): Decoded {
  const empty: Decoded = { ok: false, reason: { zh: `${file} 是空文件，没有可检查的内容`, en: `${file} is empty: there is nothing to read` } };
  const binary: Decoded = { ok: false, reason: { zh: `${file} 不是文本文件（含有二进制数据）`, en: `${file} is not a text file (it holds binary data)` } };
  const finish = (text: string, name: string): Decoded => {
    const clean = text.replace(/^\uFEFF/, '');
    if (clean.trim() === '') return empty;
    if (!looksLikeText(clean)) return binary;
    return { ok: true, text: clean, encoding: name };
  };
  if (bytes.length === 0) return empty;

  if (encoding !== undefined) {
    const name = normalize(encoding);
    const text = decodeAs(bytes, name);
    if (text === undefined) return { ok: false, reason: { zh: `${file} 不是有效的 ${encoding} 编码文本`, en: `${file} is not valid ${encoding} text` } };
    return finish(text, name);
  }

  const mark = bom(bytes);
  if (mark) {
    const text = decodeAs(bytes.subarray(mark.length), mark.encoding);
    return text === undefined ? { ok: false, reason: tried(file) } : finish(text, mark.encoding);
  }
  const wide = byZeroPattern(bytes);
  if (wide) {
    const text = decodeAs(bytes, wide);
    if (text !== undefined && looksLikeText(text)) return finish(text, wide);
    return binary;
  }
  const utf8 = decodeAs(bytes, 'utf-8');
  if (utf8 !== undefined) return finish(utf8, 'utf-8');
  if (mostlyUtf8(bytes)) return { ok: false, reason: tried(file, '，内容像 UTF-8 但含有无效字节') };
  const gb = decodeAs(bytes, 'gb18030');
  if (gb !== undefined && looksLikeText(gb) && readsAsChinese(bytes, gb)) return finish(gb, 'gb18030');
  if (gb === undefined || !looksLikeText(gb)) {
    // Neither text in a known encoding nor plausible text at all.
    const controls = bytes.filter((b) => b < 0x09 || (b > 0x0d && b < 0x20)).length;
    if (controls > bytes.length / 100) return binary;
  }
  return { ok: false, reason: tried(file) };
}
