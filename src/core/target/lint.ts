/**
 * Style and readability problems of a written 指标值 (DOMAIN.md §8, the indicator rows). PERF.CHECK
 * shows the first; the checker reports them all.
 */
import { message } from '../i18n/messages';
import { formatTarget } from './format';
import { formatNumber } from './numbers';
import { OPERATOR_SYMBOL } from './operators';
import { parseTarget } from './parse';
import type { Target, TargetContext } from './types';
import { canonicalUnitText } from './units';

export type Severity = 'error' | 'warning' | 'info';

export type TargetFindingCode =
  | 'TARGET_MISSING'
  | 'TARGET_UNREADABLE'
  | 'TARGET_IMPLICIT_OP'
  | 'TARGET_IMPLICIT_OP_REVERSE'
  | 'TARGET_NO_UNIT'
  | 'TARGET_GTE_100_PERCENT'
  | 'TARGET_RATE_OVER_100';

export interface TargetFinding {
  code: TargetFindingCode;
  severity: Severity;
  message: string;
  messageEn: string;
  /** Where in the 指标值 text the problem is, when it is one character. */
  position?: number;
}

export interface LintContext extends TargetContext {
  /** The 三级指标 name: `发生率` or `投诉` make a missing operator more serious. */
  level3?: string;
}

/** Words of indicators where lower is better. */
const REVERSE_NAME = /发生率|事故|投诉|差错|受害|成灾|超支|违规|损失|失误|不合格|逾期|死亡|伤亡|误差|返工|故障|流失|空置|拖欠|上访|污染|排放|能耗|亏损|欠款|案件|漏报|缺陷|错误|率下降/;

export function lintTarget(text: string, context: LintContext = {}): TargetFinding[] {
  const parsed = parseTarget(text, context);
  if (!parsed.ok) {
    if (parsed.error.code === 'EMPTY_TARGET') return [{ code: 'TARGET_MISSING', severity: 'error', ...message('TARGET_MISSING') }];
    const reason = { zh: parsed.error.message, en: parsed.error.messageEn };
    return [
      {
        code: 'TARGET_UNREADABLE',
        severity: 'error',
        message: message('TARGET_UNREADABLE', { reason: reason.zh }).message,
        messageEn: message('TARGET_UNREADABLE', { reason: reason.en }).messageEn,
        position: parsed.error.position,
      },
    ];
  }
  return lintParsed(parsed.target, context);
}

/** The findings of an already parsed target. */
export function lintParsed(target: Target, context: LintContext = {}): TargetFinding[] {
  const findings: TargetFinding[] = [];
  const add = (code: TargetFindingCode, params: Record<string, string | number> = {}): void => {
    findings.push({ code, severity: 'warning', ...message(code, params) });
  };
  if (target.kind === 'quantitative' && target.implicitOp) {
    const suggestion = formatTarget({ ...target, implicitOp: false });
    const name = context.level3 ?? '';
    const params = { op: OPERATOR_SYMBOL[target.op], suggestion, name };
    add(REVERSE_NAME.test(name) ? 'TARGET_IMPLICIT_OP_REVERSE' : 'TARGET_IMPLICIT_OP', params);
  }
  if ((target.kind === 'quantitative' || target.kind === 'range') && target.unit.dimension === 'none') {
    add('TARGET_NO_UNIT');
  }
  if (target.kind === 'quantitative' && target.unit.dimension === 'percent' && !target.relative && !target.unit.points) {
    const percent = target.value * target.unit.scale;
    if (target.op === 'gte' && percent === 100) {
      add('TARGET_GTE_100_PERCENT', { text: `${OPERATOR_SYMBOL[target.op]}${formatNumber(target.value)}${canonicalUnitText(target.unit)}` });
    }
    const isRateName = context.level3 === undefined || /率|比例|占比|覆盖面/.test(context.level3);
    if (percent > 100 && target.op !== 'lte' && target.op !== 'lt' && isRateName) {
      add('TARGET_RATE_OVER_100', { value: formatNumber(percent) });
    }
  }
  if (target.kind === 'range' && target.unit.dimension === 'percent' && target.high * target.unit.scale > 100) {
    add('TARGET_RATE_OVER_100', { value: formatNumber(target.high * target.unit.scale) });
  }
  return findings;
}
