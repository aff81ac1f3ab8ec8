// Token-index searches of the profile sweep (context.ts): the next token past a position, the parenthesis a ")" closes.
import type { Tokens } from '../text/tokens';

/**
 * First token from `t` on that ends after `pos` (token ends increase): galloping then binary search, since the
 * next entity is usually several tokens ahead. Same answer as stepping one token at a time.
 */
export function firstTokenEndingAfter(tokens: Tokens, t: number, pos: number): number {
  if (t >= tokens.length || tokens.end(t) > pos) return t;
  let lo = t; // tokens.end(lo) <= pos
  let hi = t + 1;
  for (let step = 1; hi < tokens.length && tokens.end(hi) <= pos; step *= 2) { lo = hi; hi = lo + step; }
  if (hi > tokens.length) hi = tokens.length;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end(mid) <= pos) lo = mid; else hi = mid;
  }
  return hi;
}

/** The "(" that the ")" at `close` closes, within eight tokens and not before `lo`, or -1. */
export function openParenBefore(tokens: Tokens, close: number, lo: number): number {
  for (let k = close - 1; k >= Math.max(lo, close - 8); k--) if (tokens.text(k) === '(') return k;
  return -1;
}
