/**
 * The headers of a portable sheet's helper columns: written by core/layout/portable-sheet.ts, read
 * by the checker (stale rows). One place, so the two agree.
 */
export const PORTABLE_LABELS = {
  number: '通用公式：完成值数值',
  reading: '通用公式：完成值折算',
  verdict: '通用公式：完成值判定',
  forecastNumber: '通用公式：预计值数值',
  forecastReading: '通用公式：预计值折算',
  forecastVerdict: '通用公式：预计值判定',
  compiledFrom: '通用公式：依据的指标值',
  note: '通用公式：说明',
} as const;

export type PortableHelper = keyof typeof PORTABLE_LABELS;
