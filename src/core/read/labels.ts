/**
 * The words real forms use for each field, as data (DOMAIN.md §1). Provinces name the same thing
 * differently (预算数, 项目资金, 年度资金总额 …); adding a province's wording is one word in this
 * table and one fixture. Matching ignores decorations (`(50分)`, `（必填）`, `(A)`, `①`, `指标1：`),
 * spaces, line breaks and full-width forms: `labelKey` strips them before the lookup.
 */
import type { AmountUnit } from '../project/types';

/** Parts of a table that carry a value beside (or under) their label. */
export type PartField =
  | 'code'
  | 'name'
  | 'total'
  | 'totalInitial'
  | 'fiscal'
  | 'other'
  | 'carryOver'
  | 'fundUseSection'
  | 'fundUse'
  | 'spend'
  | 'goals'
  | 'goalsLong'
  | 'unitLabel'
  | 'spent'
  | 'rate'
  | 'forecast'
  | 'execution'
  | 'totalLong';

/** Column headers of an indicator table. */
export type HeaderField =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'description'
  | 'target'
  | 'operator'
  | 'unitColumn'
  | 'basis'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason'
  | 'method'
  | 'remark';

/**
 * Field → the words that name it, written as on the forms. Order of fields matters only where a
 * word could name two (none may). Sources: the forms of test/fixtures/forms (README there).
 */
export const PART_WORDS: Readonly<Record<PartField, readonly string[]>> = {
  code: ['项目编码', '项目代码', '项目编号'],
  name: ['项目名称'],
  total: [
    '预算数', '预算金额', '预算资金', '预算总额', '项目预算', '项目预算数', '项目总预算', '年度预算数', '年度预算', '年度预算金额',
    '项目资金', '项目资金总额', '资金总额', '年度资金总额', '项目年度资金总额', '部门预算', '年度本级预算金额', '本年预算数',
    '全年预算数', '调整后预算数', '项目总金额', '资金规模', '年度金额', '项目金额', '项目预算金额',
  ],
  totalInitial: ['年初预算数', '年初预算'],
  fiscal: [
    '财政资金', '财政拨款', '当年财政资金', '当年财政拨款', '本年财政拨款', '本年财政资金', '财政拨款资金', '本级财政资金', '财政性资金',
    '一般公共预算', '一般公共预算拨款', '一般公共预算资金', '政府性基金', '政府性基金预算', '上级资金', '上级补助', '上级补助资金', '中央资金', '省级资金',
  ],
  other: ['其他资金', '自有资金', '单位资金', '单位自有资金', '其他来源资金', '社会资金', '自筹资金'],
  carryOver: ['上年结转', '上年结转资金', '以前年度结转', '结转资金'],
  fundUseSection: ['预算规模及资金用途', '预算规模及用途', '预算规模'],
  fundUse: ['资金用途', '项目用途', '主要用途'],
  spend: ['资金支出计划', '支出计划', '分月支出计划', '分季支出计划', '分季度支出计划'],
  goals: ['绩效目标', '年度绩效目标', '项目绩效目标', '总体绩效目标', '年度总体绩效目标', '年度目标', '项目年度绩效目标', '当年绩效目标', '年度总体目标'],
  goalsLong: ['中期目标', '长期目标', '中期绩效目标', '长期绩效目标', '实施期绩效目标', '实施期目标'],
  unitLabel: ['单位名称', '预算单位名称', '预算单位', '主管部门', '实施单位'],
  spent: ['全年执行数', '执行数', '实际执行数', '实际支出数', '1-6月执行数', '1-6月支出数', '截至6月底执行数', '上半年执行数', '累计执行数'],
  rate: ['执行率', '预算执行率', '资金执行率', '执行进度', '预算执行进度', '支出进度'],
  forecast: ['预计全年执行数', '预计全年', '全年预计执行数', '预计全年执行'],
  execution: ['预算执行情况', '预算资金执行情况', '资金执行情况', '预算执行'],
  totalLong: ['中期资金总额', '实施期资金总额', '长期资金总额', '中期资金', '实施期资金'],
};

export const HEADER_WORDS: Readonly<Record<HeaderField, readonly string[]>> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标', '三级指标名称', '指标内容', '指标名称', '绩效指标名称'],
  description: ['指标描述', '绩效指标描述', '指标解释', '指标说明', '绩效指标说明', '指标定义'],
  target: [
    '指标值', '目标值', '年度指标值', '指标目标值', '预期指标值', '预期目标值', '年度目标值', '绩效指标值', '年度绩效指标值',
    '指标值及单位', '年初目标值', '年度预期目标值', '预期绩效指标值', '绩效目标值', '全年目标值', '计划目标值', '年度计划值',
  ],
  operator: ['指标性质', '指标值类型', '指标方向性', '指标方向', '比较符号', '运算符号', '指标类型'],
  unitColumn: ['度量单位', '计量单位', '指标值单位', '指标单位'],
  basis: ['指标值确定依据', '确定依据', '设定依据', '设置依据', '指标值设定依据', '指标确定依据'],
  actual: [
    '完成值', '实际完成值', '实际值', '全年实际值', '全年完成值', '全年实际完成值', '实际完成指标值', '单项指标实际完成值', '年度实际完成值',
    '实际完成情况', '指标完成值', '1-6月完成值', '1-6月实际完成值', '截至6月底完成值', '1-6月完成情况', '半年完成值', '1-6月执行情况',
  ],
  weight: ['分值', '权重', '权重分值', '指标分值', '分值(权重)', '权重(分)'],
  score: ['得分', '自评得分', '评分', '指标得分', '实际得分'],
  reason: [
    '未完成原因分析', '偏差原因分析及改进措施', '偏差原因', '偏差原因分析', '未完成原因', '原因分析', '偏差原因及改进措施',
    '未完成原因分析及改进措施', '偏差原因分析和改进措施', '完成情况及偏差原因', '原因分析及改进措施',
  ],
  method: ['评分方法', '计分方法', '评分标准', '评分规则'],
  remark: ['备注'],
};

/**
 * Names of 一级/二级 nodes that provinces use beside the trees' own, as indicatorNameKey keys (no
 * 指标): the 效益 family writes 预期产出 and 效果, and puts 满意度 as a 二级 under 效果.
 */
export const LEVEL1_ALIASES: Readonly<Record<string, string>> = { 预期产出: '产出', 效果: '效益', 预期效果: '效益' };
export const LEVEL2_ALIASES: Readonly<Record<string, string>> = { 满意度: '服务对象满意度' };
/** 二级 nodes that may also sit under these 一级 (keys): 满意度 under 效果 (→ 效益). */
export const LEVEL2_EXTRA_PARENTS: Readonly<Record<string, readonly string[]>> = { 服务对象满意度: ['效益'] };

export interface LabelMatch<F extends string> {
  field: F;
  unit?: AmountUnit;
  /** Points stated in the label (`预算执行情况(20分)`). */
  points?: number;
}

/** Decorations inside parentheses: points, 必填, (A), (B/A), (%), a unit. */
const DECORATION = /[([【]([^()[\]【】]*)[)\]】]/g;
const LEADING = /^(?:[①-⑳]|[([]?\d{1,2}[)\].、]|[一二三四五六七八九十]{1,2}[、.]|指标\d{1,2}:|其中:|其中)+/;

/** NFKC, no whitespace, one kind of colon. */
function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '').replace(/：/g, ':');
}

/**
 * A label without its decorations, and what they said: `项目资金（万元）` → `项目资金` with 万元;
 * `预算执行情况(20分)` → `预算执行情况` with 20 points; `①实际完成值(B)` → `实际完成值`.
 */
export function labelKey(text: string): { key: string; unit?: AmountUnit; points?: number } {
  let unit: AmountUnit | undefined;
  let points: number | undefined;
  // Circled numbers first: NFKC turns ① into a bare 1.
  let key = squeeze(text.replace(/^[\s①-⑳]+/, '')).replace(LEADING, '');
  key = key.replace(DECORATION, (whole, inner: string) => {
    if (inner === '万元' || inner === '元') {
      unit = inner;
      return '';
    }
    const score = /^(\d+(?:\.\d+)?)分$/.exec(inner);
    if (score) {
      points = Number(score[1]);
      return '';
    }
    // `中期目标（2023年-2025年）`, `（20××年—20××年）`: the period's years.
    if (/^(?:20[\d×xX]{2}年?)(?:[-—–~至到](?:20[\d×xX]{2}年?))?(?:度)?$/.test(inner)) return '';
    if (/^(?:必填|选填|[A-Za-z](?:[/+\-*][A-Za-z])*|%|\d{1,2}|单位:?(?:万元|元))$/.test(inner)) {
      const u = /(万元|元)$/.exec(inner);
      if (u) unit = u[1] as AmountUnit;
      return '';
    }
    // `权重(%)` keeps nothing; other parentheses are part of the name (`预算数(含结转)` is rare: kept).
    return whole;
  });
  key = key.replace(/:+$/, '');
  const out: { key: string; unit?: AmountUnit; points?: number } = { key };
  if (unit) out.unit = unit;
  if (points !== undefined) out.points = points;
  return out;
}

export function duplicateWords(): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const table of [PART_WORDS, HEADER_WORDS] as Array<Readonly<Record<string, readonly string[]>>>) {
    for (const [field, words] of Object.entries(table)) {
      for (const word of words) {
        const key = labelKey(word).key;
        const other = seen.get(key);
        if (other !== undefined) out.push(`${word}: ${other} / ${field}`);
        else seen.set(key, field);
      }
    }
  }
  return out;
}

function index<F extends string>(table: Readonly<Record<F, readonly string[]>>): Map<string, F> {
  const map = new Map<string, F>();
  for (const field of Object.keys(table) as F[]) {
    for (const word of table[field]) {
      const { key } = labelKey(word);
      // The first field keeps a word listed twice (test/core/read/labels.test.ts keeps the table clean).
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
}

const PART_INDEX = index(PART_WORDS);
const HEADER_INDEX = index(HEADER_WORDS);

/** The part a label names (`其中：财政拨款（万元）` → fiscal, 万元), or undefined. */
export function matchPart(text: string): LabelMatch<PartField> | undefined {
  const { key, unit, points } = labelKey(text);
  const field = PART_INDEX.get(key);
  if (!field) return undefined;
  const out: LabelMatch<PartField> = { field };
  if (unit) out.unit = unit;
  if (points !== undefined) out.points = points;
  return out;
}

/** The indicator column a header names (`实际完成指标值(B)` → actual), or undefined. */
export function matchHeader(text: string): LabelMatch<HeaderField> | undefined {
  const { key, unit, points } = labelKey(text);
  const field = HEADER_INDEX.get(key) ?? (/^1-\d{1,2}月(?:实际)?(?:完成值|完成情况|执行情况)$/.test(key) ? 'actual' : undefined);
  if (!field) return undefined;
  const out: LabelMatch<HeaderField> = { field };
  if (unit) out.unit = unit;
  if (points !== undefined) out.points = points;
  return out;
}

/** Operators as split columns write them: symbols of every width, and 正向/反向. */
const OPERATOR_WORDS: Readonly<Record<string, string>> = {
  '≥': '≥', '>=': '≥', '≧': '≥', '不低于': '≥', '不少于': '≥', 正向: '≥', '大于等于': '≥',
  '≤': '≤', '<=': '≤', '≦': '≤', '不高于': '≤', '不超过': '≤', 反向: '≤', '小于等于': '≤',
  '=': '=', '═': '=', '==': '=', 等于: '=',
  '>': '>', 大于: '>', '<': '<', 小于: '<',
};

/**
 * The operator an operator column states (`≧` → `≥`, `正向` → `≥`), '' for 定量/定性 or blank
 * (they say the kind, not the direction), undefined when the text is none of these.
 */
export function operatorOf(text: string): string | undefined {
  const key = squeeze(text).replace(/^(?:定量|定性)/, '').replace(/指标$/, '');
  if (key === '' || key === '/' || key === '-') return '';
  return OPERATOR_WORDS[key];
}
