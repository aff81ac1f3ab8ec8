// Double quote marks in a token table, read by direction: the gender scan after a name skips quoted words
// (context.ts pronounGender).
import type { Tokens } from '../text/tokens';

export const NO_QUOTE = 0;
export const OPENING_QUOTE = 1;
export const CLOSING_QUOTE = 2;

/**
 * Whether token k is a double quote mark that opens or closes a quote: “ and ”, or a straight " or a doubled ''
 * (two tokens) read by its spacing: a mark with a space before and a word right after opens.
 */
export function quoteMark(tokens: Tokens, k: number): number {
  const c = tokens.text(k).charCodeAt(0);
  if (c === 0x201c) return OPENING_QUOTE;
  if (c === 0x201d) return CLOSING_QUOTE;
  const doubled = c === 39 && k + 1 < tokens.length && tokens.text(k + 1) === "'" && tokens.starts[k + 1] === tokens.ends[k];
  if (c !== 34 && !doubled) return NO_QUOTE;
  const last = doubled ? k + 1 : k;
  const spaceBefore = k === 0 || tokens.starts[k] > tokens.ends[k - 1];
  const wordAfter = last + 1 < tokens.length && tokens.starts[last + 1] === tokens.ends[last];
  return spaceBefore && wordAfter ? OPENING_QUOTE : spaceBefore ? NO_QUOTE : CLOSING_QUOTE;
}

/** The last token of the quote opened at token k (its closing mark), or `limit` when it does not close before. */
export function quoteEnd(tokens: Tokens, k: number, limit: number): number {
  for (let j = k + 1; j < limit; j++) if (tokens.text(j).length === 1 && quoteMark(tokens, j) === CLOSING_QUOTE) return j;
  return limit;
}
