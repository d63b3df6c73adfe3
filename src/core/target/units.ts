/**
 * The units of 指标值 and how they convert (DOMAIN.md §3). One table; everything that compares
 * values of two units asks `sameBase` and `toBase` here.
 */
import type { Dimension, Unit } from './types';

interface UnitSpec {
  dimension: Dimension;
  base: string;
  scale: number;
  points?: boolean;
}

const PERCENT: UnitSpec = { dimension: 'percent', base: '%', scale: 1 };

/** Known units, by their normalised text. */
const KNOWN_UNITS: Record<string, UnitSpec> = {
  '%': PERCENT,
  '百分比': PERCENT,
  '‰': { dimension: 'percent', base: '%', scale: 0.1 },
  '千分比': { dimension: 'percent', base: '%', scale: 0.1 },
  '百分点': { dimension: 'percent', base: '%', scale: 1, points: true },
  '个百分点': { dimension: 'percent', base: '%', scale: 1, points: true },

  '元': { dimension: 'money', base: '元', scale: 1 },
  '千元': { dimension: 'money', base: '元', scale: 1e3 },
  '万元': { dimension: 'money', base: '元', scale: 1e4 },
  '亿元': { dimension: 'money', base: '元', scale: 1e8 },
  '美元': { dimension: 'money', base: '美元', scale: 1 },
  '万美元': { dimension: 'money', base: '美元', scale: 1e4 },
  '亿美元': { dimension: 'money', base: '美元', scale: 1e8 },
  '欧元': { dimension: 'money', base: '欧元', scale: 1 },
  '万欧元': { dimension: 'money', base: '欧元', scale: 1e4 },
  '日元': { dimension: 'money', base: '日元', scale: 1 },
  '万日元': { dimension: 'money', base: '日元', scale: 1e4 },

  '天': { dimension: 'duration', base: '天', scale: 1 },
  '日': { dimension: 'duration', base: '天', scale: 1 },
  '周': { dimension: 'duration', base: '天', scale: 7 },
  '个工作日': { dimension: 'duration', base: '工作日', scale: 1 },
  '工作日': { dimension: 'duration', base: '工作日', scale: 1 },
  '小时': { dimension: 'duration', base: '小时', scale: 1 },
  '分钟': { dimension: 'duration', base: '小时', scale: 1 / 60 },
  '秒': { dimension: 'duration', base: '小时', scale: 1 / 3600 },
  '月': { dimension: 'duration', base: '月', scale: 1 },
  '个月': { dimension: 'duration', base: '月', scale: 1 },
  '季度': { dimension: 'duration', base: '月', scale: 3 },
  '个季度': { dimension: 'duration', base: '月', scale: 3 },
  '年': { dimension: 'duration', base: '月', scale: 12 },

  '亩': { dimension: 'measure', base: '亩', scale: 1 },
  '万亩': { dimension: 'measure', base: '亩', scale: 1e4 },
  '公顷': { dimension: 'measure', base: '亩', scale: 15 },
  '平方米': { dimension: 'measure', base: '平方米', scale: 1 },
  '㎡': { dimension: 'measure', base: '平方米', scale: 1 },
  'm2': { dimension: 'measure', base: '平方米', scale: 1 },
  'm²': { dimension: 'measure', base: '平方米', scale: 1 },
  '万平方米': { dimension: 'measure', base: '平方米', scale: 1e4 },
  '平方公里': { dimension: 'measure', base: '平方米', scale: 1e6 },
  '立方米': { dimension: 'measure', base: '立方米', scale: 1 },
  '方': { dimension: 'measure', base: '立方米', scale: 1 },
  '万立方米': { dimension: 'measure', base: '立方米', scale: 1e4 },
  '米': { dimension: 'measure', base: '米', scale: 1 },
  'm': { dimension: 'measure', base: '米', scale: 1 },
  '厘米': { dimension: 'measure', base: '米', scale: 0.01 },
  'cm': { dimension: 'measure', base: '米', scale: 0.01 },
  '毫米': { dimension: 'measure', base: '米', scale: 0.001 },
  '公里': { dimension: 'measure', base: '米', scale: 1000 },
  '千米': { dimension: 'measure', base: '米', scale: 1000 },
  'km': { dimension: 'measure', base: '米', scale: 1000 },
  '克': { dimension: 'measure', base: '公斤', scale: 0.001 },
  '公斤': { dimension: 'measure', base: '公斤', scale: 1 },
  '千克': { dimension: 'measure', base: '公斤', scale: 1 },
  'kg': { dimension: 'measure', base: '公斤', scale: 1 },
  '斤': { dimension: 'measure', base: '公斤', scale: 0.5 },
  '吨': { dimension: 'measure', base: '公斤', scale: 1000 },
  '万吨': { dimension: 'measure', base: '公斤', scale: 1e7 },
  '粒': { dimension: 'measure', base: '粒', scale: 1 },
  '万粒': { dimension: 'measure', base: '粒', scale: 1e4 },
  'M': { dimension: 'measure', base: 'M', scale: 1 },
  '兆': { dimension: 'measure', base: 'M', scale: 1 },
  'G': { dimension: 'measure', base: 'G', scale: 1 },
  '千瓦': { dimension: 'measure', base: '千瓦', scale: 1 },
  'kW': { dimension: 'measure', base: '千瓦', scale: 1 },
  '千瓦时': { dimension: 'measure', base: '千瓦时', scale: 1 },
  '度': { dimension: 'measure', base: '千瓦时', scale: 1 },
  '万千瓦时': { dimension: 'measure', base: '千瓦时', scale: 1e4 },
};

/** Counting words: each is its own base (3场 never compares with 5个). */
const COUNT_UNITS = [
  '个', '人', '人次', '次', '场', '项', '家', '户', '村', '座', '辆', '条', '只', '头', '例', '种', '件',
  '台', '套', '篇', '期', '批', '所', '名', '份', '张', '处', '本', '册', '部', '间', '栋', '幢', '棵',
  '株', '株次', '块', '口', '眼', '艘', '架', '宗', '起', '类', '门', '节', '课时', '学时', '班', '届',
  '轮', '组', '队', '支', '位', '床', '张次', '户次', '篇次', '场次', '件次', '车次', '架次', '人日',
  '人天', '万人', '万人次', '万户', '万件', '万册', '万次', '千人', '个单位', '家次', '所学校',
];

for (const unit of COUNT_UNITS) {
  if (unit.startsWith('万')) KNOWN_UNITS[unit] = { dimension: 'count', base: unit.slice(1), scale: 1e4 };
  else if (unit.startsWith('千')) KNOWN_UNITS[unit] = { dimension: 'count', base: unit.slice(1), scale: 1e3 };
  else KNOWN_UNITS[unit] = { dimension: 'count', base: unit, scale: 1 };
}

/** Known unit texts, longest first, for scanning the start of a unit. */
export const KNOWN_UNIT_TEXTS: readonly string[] = Object.keys(KNOWN_UNITS).sort((a, b) => b.length - a.length);

/** `月` alone reads as a calendar month (`12月` is December), so a duration is written `个月`. */
const CANONICAL_TEXT: Record<string, string> = { '百分比': '%', '％': '%', '千分比': '‰', '个百分点': '百分点', '月': '个月' };

export const NO_UNIT: Unit = { text: '', dimension: 'none', base: '', scale: 1 };

/** Reads a unit from its written text (already normalised). */
export function unitFromText(text: string): Unit {
  if (text === '') return NO_UNIT;
  const rate = text.replace(/[*×xX]/g, '·');
  if (rate.includes('/')) return { text, dimension: 'rate', base: rate, scale: 1 };
  const known = KNOWN_UNITS[text];
  if (known) return withSpec(text, known);
  // A 万/亿 multiplier before a known unit (`万人次` is listed; `万辆` is not).
  for (const [prefix, factor] of [['万', 1e4], ['亿', 1e8]] as const) {
    if (text.startsWith(prefix)) {
      const rest = KNOWN_UNITS[text.slice(prefix.length)];
      if (rest) return withSpec(text, { ...rest, scale: rest.scale * factor });
    }
  }
  // A known counting word followed by the thing counted (`个重点项目`): counts as that word.
  for (const known of KNOWN_UNIT_TEXTS) {
    const spec = KNOWN_UNITS[known];
    if (spec && spec.dimension === 'count' && text.startsWith(known)) return { text, dimension: 'count', base: spec.base, scale: spec.scale };
  }
  return { text, dimension: 'other', base: text, scale: 1 };
}

function withSpec(text: string, spec: UnitSpec): Unit {
  const unit: Unit = { text, dimension: spec.dimension, base: spec.base, scale: spec.scale };
  if (spec.points) unit.points = true;
  return unit;
}

/** A listed unit, or a listed unit after a 万/亿 multiplier (`万辆`). */
export function isExactUnit(text: string): boolean {
  return text in KNOWN_UNITS || (/^[万亿]/.test(text) && text.slice(1) in KNOWN_UNITS);
}

/** True when `text` is a unit the grammar knows exactly (not a counted noun, not kept as written). */
export function isKnownUnit(text: string): boolean {
  if (text in KNOWN_UNITS) return true;
  const unit = unitFromText(text);
  return unit.dimension === 'rate' || (unit.dimension !== 'other' && unit.dimension !== 'none' && unit.scale !== 1 && /^[万亿]/.test(text));
}

/** The unit's text as the formatter writes it (`百分比` → `%`). */
export function canonicalUnitText(unit: Unit): string {
  return CANONICAL_TEXT[unit.text] ?? unit.text;
}

/** Whether values in these two units can be compared (after `toBase`). */
export function sameBase(a: Unit, b: Unit): boolean {
  if (a.dimension === 'none' || b.dimension === 'none') return true;
  return a.dimension === b.dimension && a.base === b.base;
}

/** Converts `value` written in `from` into the units of `to` (they must share a base). */
export function convert(value: number, from: Unit, to: Unit): number {
  if (from.dimension === 'none' || to.dimension === 'none') return value;
  return (value * from.scale) / to.scale;
}

/** Money units are the ones a cost ceiling is written in. */
export function isMoney(unit: Unit): boolean {
  return unit.dimension === 'money' || (unit.dimension === 'rate' && /^(元|万元|亿元|千元)\//.test(unit.text)) || unit.text === '万' || unit.text === '亿';
}
