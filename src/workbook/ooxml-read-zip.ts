/**
 * The zip container of an .xlsx, read with bounded memory: the central directory gives every
 * part's declared sizes before anything is inflated, and each part is inflated in small steps
 * (fflate's streaming Inflate) against one running byte budget, because the declared sizes are
 * only what the file claims. fflate's own unzip exposes the sizes but neither the offsets nor a
 * way to stop inside a part, hence this thin walk over the directory (APPNOTE.TXT 4.3).
 */
import { Inflate } from 'fflate';
import { ReadFailure } from './ooxml-read-error';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  /** As the central directory declares it: a claim, checked again while inflating. */
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes given to the inflater per step: at most ~1032× that comes out of one step. */
const STEP = 16 * 1024;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

function damaged(detail: string): ReadFailure {
  return new ReadFailure('FILE_ZIP_DAMAGED', { detail });
}

/** The offset of the end-of-central-directory record, searched back from the end (a comment may follow it). */
function findEnd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) if (u32(bytes, at) === EOCD) return at;
  throw damaged('找不到 zip 目录 / no zip directory');
}

/** A zip64 extra field's values, in the order the spec gives them, for the fields that overflowed. */
function zip64Extra(bytes: Uint8Array, start: number, length: number, wanted: number): number[] {
  for (let at = start; at + 4 <= start + length; ) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 0x0001) return Array.from({ length: Math.min(wanted, Math.floor(size / 8)) }, (_, i) => u64(bytes, at + 4 + 8 * i));
    at += 4 + size;
  }
  return [];
}

/** Every entry of the central directory, without inflating anything; at most `maxEntries`. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const end = findEnd(bytes);
  let total = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if ((total === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const record = u64(bytes, end - 12);
    if (u32(bytes, record) !== ZIP64_EOCD) throw damaged('zip64 目录损坏 / bad zip64 directory');
    total = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (total > maxEntries) throw new ReadFailure('FILE_TOO_MANY_PARTS', { found: total, limit: maxEntries });
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < total; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw damaged('zip 目录不完整 / truncated zip directory');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let compressedSize = u32(bytes, at + 20);
    let declaredSize = u32(bytes, at + 24);
    let localHeaderOffset = u32(bytes, at + 42);
    const overflowed = [declaredSize, compressedSize, localHeaderOffset].filter((v) => v === 0xffffffff).length;
    if (overflowed > 0) {
      const values = zip64Extra(bytes, at + 46 + nameLength, extraLength, overflowed);
      if (declaredSize === 0xffffffff) declaredSize = values.shift() ?? declaredSize;
      if (compressedSize === 0xffffffff) compressedSize = values.shift() ?? compressedSize;
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = values.shift() ?? localHeaderOffset;
    }
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize,
      declaredSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Counts inflated bytes across parts and stops the read once they pass the limit. */
export class InflateBudget {
  private used = 0;
  constructor(readonly limit: number) {}

  /** Reserves `bytes`; a ReadFailure once the total passes the limit. */
  spend(bytes: number, claimed?: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw new ReadFailure('FILE_TOO_LARGE', { found: claimed !== undefined ? sizeText(claimed) : `> ${sizeText(this.limit)}`, limit: this.limit });
  }
}

/** 2,426,000,000 → `2.3 GB`. */
export function sizeText(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/**
 * Inflates one entry, handing each piece to `onData` as it comes; every piece is charged to
 * `budget` before it is handed on, so a part that inflates past the limit stops within one step.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, onData: (piece: Uint8Array) => void): void {
  if (entry.flags & 1) throw new ReadFailure('FILE_ZIP_ENCRYPTED', { part: entry.name });
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw damaged(`${entry.name}`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`${entry.name} 不完整 / truncated`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    budget.spend(data.length);
    onData(data);
    return;
  }
  if (entry.method !== 8) throw new ReadFailure('FILE_ZIP_METHOD', { part: entry.name, method: entry.method });
  const inflater = new Inflate((piece) => {
    budget.spend(piece.length);
    onData(piece);
  });
  try {
    for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, Math.min(data.length, at + STEP)), at + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    // fflate's English text stays out of the message: the part's name says enough.
    throw damaged(`${entry.name} 压缩数据损坏 / corrupt compressed data`);
  }
}
