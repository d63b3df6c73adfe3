/**
 * Normalises a 指标值 for scanning while remembering where each character came from, so that an
 * error can point at the character the user typed.
 */

/** Look-alikes that NFKC leaves alone but people type for the same operator or dash. */
const LOOK_ALIKES: Record<string, string> = {
  '≧': '≥',
  '≦': '≤',
  '﹦': '=',
  '═': '=',
  '＝': '=',
  '⩾': '≥',
  '⩽': '≤',
  '−': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '〜': '~',
  '∽': '~',
  '，': ',',
  '﹪': '%',
  '：': ':',
  '（': '(',
  '）': ')',
  '\u00a0': ' ',
  '\u3000': ' ',
};

export interface NormalizedText {
  /** NFKC text with look-alikes replaced and whitespace removed. */
  text: string;
  /** For each character of `text`, its index in the original string. */
  origin: number[];
}

/** Characters that normalisation changes or drops: anything outside plain ASCII and CJK ideographs. */
const NEEDS_WORK = /[^\x21-\x7e\u4e00-\u9fff≥≤]/;

export function normalizeTarget(original: string): NormalizedText {
  // Most targets (`≥60百分比`, `≤86人`) need nothing: skip the per-character work.
  if (!NEEDS_WORK.test(original)) return { text: original, origin: identity(original.length) };
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of original) {
    const mapped = (LOOK_ALIKES[ch] ?? ch).normalize('NFKC');
    for (const out of mapped) {
      const replaced = LOOK_ALIKES[out] ?? out;
      if (/\s/.test(replaced)) continue;
      text += replaced;
      for (let k = 0; k < replaced.length; k++) origin.push(index);
    }
    index += ch.length;
  }
  return { text, origin };
}

const IDENTITY: number[] = [];

/** 0, 1, 2 … n−1, shared: callers only read it. */
function identity(length: number): number[] {
  while (IDENTITY.length < length) IDENTITY.push(IDENTITY.length);
  return IDENTITY;
}

/** The original position of normalised index `i` (the end of the text when `i` is past it). */
export function originalPosition(normalized: NormalizedText, i: number, originalLength: number): number {
  if (i < normalized.text.length) return normalized.origin[i] ?? originalLength;
  return originalLength;
}

/** Normalises a label or name for matching: NFKC, no spaces, no ★, no trailing 指标. */
export function normalizeName(name: string): string {
  return normalizeTarget(name).text.replace(/[★☆*]/g, '').replace(/指标$/, '');
}
