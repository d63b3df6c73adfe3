/**
 * An entered score against the rule (DOMAIN.md §5): published self-scores are often set by hand, so
 * the rule's score is computed beside the entered one and a difference is reported, never overwritten.
 * Inside a band (qualitative, an outcome word, a banded deadline) any score of the band is allowed.
 */
import { compare, roundHalfUp } from '../evaluate/compare';
import { localizedError, message, type MessageCode } from '../i18n/messages';
import type { Target } from '../target/types';
import { formatNumber } from '../target/numbers';
import { profileOf, scoreIndicator, VERDICT_ZH, type ScoreOptions } from './indicator';
import type { Failure, IndicatorScore } from './types';
import { isBlank, plainNumber, shown, type Input } from './values';

export interface ScoreCheck {
  /** True when the entered score is allowed. */
  allowed: boolean;
  /** Why not, in Chinese and English, with the rule's score for comparison. */
  reason?: { code: MessageCode; message: string; messageEn: string };
  entered: number;
  rule: IndicatorScore;
}

export type ScoreCheckResult = { ok: true; check: ScoreCheck } | Failure;

/** Checks `entered` against the rule's score of `actual` against `target` with weight `weight`. */
export function checkScore(entered: Input, actual: Input, target: string | Target, weight: Input, options: ScoreOptions = {}): ScoreCheckResult {
  const profile = profileOf(options.profile);
  if (!profile.ok) return profile;
  if (isBlank(entered)) return { ok: false, error: localizedError('SCORE_EMPTY', -1) };
  const score = plainNumber(entered);
  if (score === undefined) return { ok: false, error: localizedError('SCORE_INVALID', -1, { found: shown(entered) }) };
  const scored = scoreIndicator(actual, target, weight, { ...options, profile: profile.profile });
  if (!scored.ok) return scored;
  const rule = scored.score;
  const decimals = profile.profile.decimals;
  const show = (n: number): string => formatNumber(roundHalfUp(n, decimals));
  const base = { score: show(score), rule: show(rule.score), weight: show(rule.weight) };
  const refuse = (code: MessageCode, params: Record<string, string | number> = {}): ScoreCheckResult => ({
    ok: true,
    check: { allowed: false, reason: { code, ...message(code, { ...base, ...params }) }, entered: score, rule },
  });

  if (compare(score, 0) < 0) return refuse('SCORE_CHECK_NEGATIVE');
  if (compare(score, rule.weight) > 0) return refuse('SCORE_CHECK_ABOVE_WEIGHT');
  if (rule.band) {
    const low = rule.band.low * rule.weight;
    const high = rule.band.high * rule.weight;
    const aboveLow = compare(score, low) >= 0;
    const belowHigh = rule.band.highInclusive ? compare(score, high) <= 0 : compare(score, high) < 0;
    if (!aboveLow || !belowHigh) {
      return refuse('SCORE_CHECK_OUT_OF_BAND', {
        verdict: VERDICT_ZH[rule.verdict],
        low: show(low),
        high: show(high),
        open: rule.band.highInclusive ? '' : 'open',
      });
    }
  } else if (compare(roundHalfUp(score, decimals), rule.score) !== 0) {
    return refuse('SCORE_CHECK_DIFFERS');
  }
  return { ok: true, check: { allowed: true, entered: score, rule } };
}
