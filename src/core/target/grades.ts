/**
 * Grades and the outcome words of qualitative targets and actuals (DOMAIN.md §3–§4), in one place.
 */
import type { Grade } from './types';

/** Written grade words → the grade they stand for. `优良` asks for at least 良. */
export const GRADE_WORDS: Record<string, Grade> = {
  '优': '优', '优秀': '优', '优良': '良', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中',
  '差': '差', '较差': '差', '合格': '合格', '及格': '合格', '达标': '达标', '不合格': '不合格', '不达标': '不合格',
};

/** Rank for "at or above": 优 > 良 > 中 = 合格 = 达标 > 差 = 不合格. */
export const GRADE_RANK: Record<Grade, number> = { '优': 4, '良': 3, '中': 2, '合格': 2, '达标': 2, '差': 1, '不合格': 1 };

export type Outcome = 'met' | 'partial' | 'not-met';

/** Outcome words of an actual, after normalisation. */
export const OUTCOME_WORDS: Record<string, Outcome> = {
  '达成': 'met', '已达成': 'met', '达成年度指标': 'met', '达成预期指标': 'met', '达到': 'met', '已达到': 'met',
  '完成': 'met', '已完成': 'met', '全部完成': 'met', '按时完成': 'met', '按期完成': 'met', '按时完工': 'met',
  '实现': 'met', '已实现': 'met', '满足': 'met', '符合': 'met', '有效': 'met', '显著': 'met', '明显': 'met',
  '部分达成': 'partial', '部分达成年度指标并具有一定效果': 'partial', '部分达成年度指标': 'partial', '基本达到': 'partial',
  '基本达成': 'partial', '基本完成': 'partial', '部分完成': 'partial', '基本实现': 'partial', '部分实现': 'partial',
  '未达成': 'not-met', '未达成年度指标且效果较差': 'not-met', '未达成年度指标': 'not-met', '未达到': 'not-met',
  '未完成': 'not-met', '没有完成': 'not-met', '未实现': 'not-met', '未按时完成': 'not-met', '逾期': 'not-met',
  '延期': 'not-met', '无效': 'not-met', '不满足': 'not-met', '不符合': 'not-met',
};

/** Yes/no answers; TRUE/FALSE from a cell map to these. */
export const YES_WORDS = new Set(['是', '有', 'TRUE', 'true', 'Y', 'y', 'yes', 'Yes', 'YES', '√', '✓', '对']);
export const NO_WORDS = new Set(['否', '无', '没有', 'FALSE', 'false', 'N', 'n', 'no', 'No', 'NO', '×', '✗', '不是']);
