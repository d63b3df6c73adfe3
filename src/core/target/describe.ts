/**
 * A target in words, for people: `定量：不低于 60%`, `Quantitative: at least 60%`.
 */
import { formatPoint } from './deadline';
import { formatNumber } from './numbers';
import { OPERATOR_SYMBOL, OPERATOR_WORD_EN, OPERATOR_WORD_ZH } from './operators';
import type { Target } from './types';
import { canonicalUnitText } from './units';

export type Language = 'zh' | 'en';

const KIND_NAME: Record<Target['kind'], Record<Language, string>> = {
  quantitative: { zh: '定量', en: 'Quantitative' },
  range: { zh: '区间', en: 'Range' },
  deadline: { zh: '时限', en: 'Deadline' },
  qualitative: { zh: '定性', en: 'Qualitative' },
};

export function describeTarget(target: Target, language: Language = 'zh'): string {
  const kind = KIND_NAME[target.kind][language];
  const zh = language === 'zh';
  switch (target.kind) {
    case 'quantitative': {
      const unit = canonicalUnitText(target.unit);
      const words = zh ? OPERATOR_WORD_ZH[target.op] : OPERATOR_WORD_EN[target.op];
      let body = `${words}(${OPERATOR_SYMBOL[target.op]}) ${formatNumber(target.value)}${unit}`;
      if (target.relative) {
        const change = target.relative.direction === 'increase' ? (zh ? '增幅' : 'an increase of') : zh ? '降幅' : 'a decrease of';
        const basis = target.relative.basis === 'previous-year' ? (zh ? '（较上年）' : ' (on the previous year)') : '';
        body = zh ? `${change}${words} ${formatNumber(target.value)}${unit}${basis}` : `${change} ${words} ${formatNumber(target.value)}${unit}${basis}`;
      }
      const implicit = target.implicitOp ? (zh ? '（未写比较符，按此理解）' : ' (no operator written; read this way)') : '';
      return `${kind}：${body}${implicit}`.replace('：', zh ? '：' : ': ');
    }
    case 'range': {
      const unit = canonicalUnitText(target.unit);
      return zh
        ? `${kind}：${formatNumber(target.low)}${unit} 至 ${formatNumber(target.high)}${unit}`
        : `${kind}: ${formatNumber(target.low)}${unit} to ${formatNumber(target.high)}${unit}`;
    }
    case 'deadline': {
      const point = target.period ? target.period.to : target.date;
      const when = point ? formatPoint(point) : target.text;
      return zh ? `${kind}：${when}${point?.day === undefined ? '底' : ''}前完成` : `${kind}: done by ${when}`;
    }
    case 'qualitative': {
      const grade = target.grade ? (zh ? `，等级「${target.grade}」` : `, grade ${target.grade}`) : '';
      return zh ? `${kind}：${target.text}${grade}` : `${kind}: ${target.text}${grade}`;
    }
  }
}
