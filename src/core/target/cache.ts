/**
 * Parsed targets by text, so that a column of 100,000 actuals against a few targets parses each
 * target once. Bounded: the oldest entry goes when it is full. Results are shared: never mutate one.
 */
import { parseTarget } from './parse';
import type { ParseResult, TargetContext } from './types';

const LIMIT = 20_000;
const cache = new Map<string, ParseResult>();

export function parseTargetCached(text: string, context: TargetContext = {}): ParseResult {
  const key = `${context.level2 ?? ''}\u0000${context.level1 ?? ''}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = parseTarget(text, context);
  if (cache.size >= LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, result);
  return result;
}
