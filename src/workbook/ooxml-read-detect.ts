/**
 * What a file is when it is not an .xlsx we can read: the reason for the person, from the first
 * bytes (an OLE compound file, a PDF, text) or from the names inside a zip (.docx, .ods, .xlsb).
 * Signatures: [MS-CFB] 2.2 (D0 CF 11 E0 A1 B1 1A E1); [MS-OFFCRYPTO] 2.3.4.1 (an encrypted OOXML
 * file is a compound file with the streams EncryptionInfo and EncryptedPackage); ODF 1.2 part 3,
 * 3.3 (the `mimetype` entry).
 */
import { unreadable, type UnreadableWorkbook } from './ooxml-read-error';
import type { ZipEntry } from './ooxml-read-zip';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** True when the bytes begin as a zip does (a local header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** Whether `name` appears as a UTF-16LE stream name (how a compound file's directory spells names). */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  const first = pattern[0];
  outer: for (let at = bytes.indexOf(first ?? 0); at >= 0 && at + pattern.length <= bytes.length; at = bytes.indexOf(first ?? 0, at + 1)) {
    for (let i = 1; i < pattern.length; i += 1) if (bytes[at + i] !== pattern[i]) continue outer;
    return true;
  }
  return false;
}

/** The first few kilobytes as text, when they read as text at all (no NUL outside a UTF-16 BOM file). */
function leadingText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  if (head.includes(0)) return null;
  // GB18030 text has no NULs either; utf-8 with replacement is enough to see its punctuation.
  const text = new TextDecoder('utf-8').decode(head);
  let control = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') control += 1;
  }
  return control > text.length / 50 ? null : text;
}

/** Lines that share a separator (comma, tab, semicolon) the same number of times, as a CSV does. */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 20);
  if (lines.length === 0) return false;
  return [',', '\t', ';', '，'].some((sep) => {
    const counts = lines.map((line) => line.split(sep).length - 1);
    return (counts[0] ?? 0) > 0 && counts.every((n) => n > 0);
  });
}

/** Why bytes that are not a zip cannot be read as an .xlsx. */
export function describeNonZip(bytes: Uint8Array): UnreadableWorkbook {
  if (bytes.length === 0) return unreadable('FILE_EMPTY');
  if (startsWith(bytes, CFB)) {
    if (hasStreamName(bytes, 'EncryptedPackage') || hasStreamName(bytes, 'EncryptionInfo')) return unreadable('FILE_ENCRYPTED');
    if (hasStreamName(bytes, 'Workbook') || hasStreamName(bytes, 'Book')) return unreadable('FILE_XLS');
    return unreadable('FILE_OLE_OTHER');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return unreadable('FILE_PDF');
  const text = leadingText(bytes);
  if (text === null) return unreadable('FILE_NOT_SPREADSHEET');
  const lower = text.replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (lower.includes('urn:schemas-microsoft-com:office:spreadsheet')) return unreadable('FILE_XML_SPREADSHEET');
  if (/^(<!doctype html|<html|<table|mime-version:)/.test(lower) || lower.includes('<html')) return unreadable('FILE_HTML');
  return unreadable(looksLikeCsv(text) ? 'FILE_CSV' : 'FILE_TEXT');
}

/**
 * Why a zip without a workbook part is not an .xlsx. `mimetype` is ODF's first entry, stored
 * uncompressed; `readSmall` gives a small entry's text.
 */
export function describeOtherZip(entries: readonly ZipEntry[], readSmall: (entry: ZipEntry) => string): UnreadableWorkbook {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const mimetype = byName.get('mimetype');
  if (mimetype && mimetype.declaredSize < 200) {
    const type = readSmall(mimetype).trim();
    if (type.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return unreadable('FILE_ODS');
    if (type.startsWith('application/vnd.oasis.opendocument.')) return unreadable('FILE_ODF_OTHER');
  }
  if (byName.has('content.xml') && byName.has('META-INF/manifest.xml')) return unreadable('FILE_ODF_OTHER');
  if (byName.has('word/document.xml') || entries.some((e) => e.name.startsWith('word/'))) return unreadable('FILE_DOCX');
  if (entries.some((e) => e.name.startsWith('ppt/'))) return unreadable('FILE_PPTX');
  if (entries.some((e) => /^xl\/.*\.bin$/.test(e.name))) return unreadable('FILE_XLSB');
  return unreadable('FILE_ZIP_NOT_OOXML');
}
