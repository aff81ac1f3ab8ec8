// "She told MPs:" at the end of a paragraph, and the quote in the next paragraph with no quote marks (a block quote
// that lost its formatting when copied: Guardian live blogs, parliamentary sketches): the paragraph is what was said.
// The claim of the colon's sentence takes that paragraph as its content (it had only "MPs", or nothing), and the
// cues inside the paragraph are part of the quote, no claims of their own ("Nobody in this house wants …").
import type { DocContext } from './context';
import { isCapitalized, isOpenQuoteMark, nm } from './context';
import type { RawClaim } from './extract';
import { rawClaim } from './raw-claim';
import { subjectNP } from './source';

const BLOCKS = new WeakSet<RawClaim>();

/** Whether r's content is a block quote (blockQuotes made it): the claim filter leaves it alone, as it does turns. */
export function isBlockQuote(r: RawClaim): boolean {
  return BLOCKS.has(r);
}

/** Longest block read as one quote, in tokens (a paragraph, not the rest of the article). */
const MAX_BLOCK = 400;

/** Rewrites `raw` in place for every such colon and block; returns it. */
export function blockQuotes(ctx: DocContext, raw: RawClaim[]): RawClaim[] {
  let blocks: [number, number][] | null = null;
  const claimed = new Set<number>();
  for (const c of raw) {
    const colon = c.cue ? colonEnding(ctx, c) : -1;
    if (colon < 0) continue;
    const end = blockEnd(ctx, raw, colon + 1);
    if (end < 0) continue;
    c.contentStart = colon + 1;
    c.contentEnd = end;
    claimed.add(colon);
    BLOCKS.add(c);
    (blocks ??= []).push([colon + 1, end]);
  }
  // "She said:", "Its chief economist, Tom Farrier, posted on X:": no claim was made (nothing followed the cue).
  for (const sent of ctx.sentences) {
    const colon = sent.endToken - 1;
    if (colon <= sent.firstToken || ctx.tokens.text(colon) !== ':' || claimed.has(colon) || !beforeBlock(ctx, colon)) continue;
    const verb = speechVerbBefore(ctx, sent.firstToken, colon);
    const end = verb < 0 ? -1 : blockEnd(ctx, raw, colon + 1);
    if (end < 0) continue;
    const r = rawClaim(colon + 1, end, { start: verb, end: colon + 1 }, subjectNP(ctx, sent.firstToken, verb));
    BLOCKS.add(r);
    raw.push(r);
    (blocks ??= []).push([colon + 1, end]);
  }
  if (!blocks) return raw;
  raw.sort((x, y) => x.contentStart - y.contentStart);
  const inside = (c: RawClaim): boolean => blocks!.some(([s, e]) => c.contentStart >= s && c.contentEnd <= e && !(c.contentStart === s && c.contentEnd === e));
  return raw.filter((c) => !inside(c));
}

/**
 * The colon closing the paragraph of claim c's cue, when nothing but the cue's recipient stands between ("She
 * said:", "She told MPs:", "he wrote on X:"), and the next paragraph opens with no quote mark; else -1.
 */
function colonEnding(ctx: DocContext, c: RawClaim): number {
  const cue = c.cue!;
  let k = cue.end - 1;
  if (ctx.tokens.text(k) !== ':') {
    // Only a speech verb and its recipient or medium ("told MPs:", "posted on X:"), not "points out some statistics:".
    if (!BLOCK_VERBS.has(nm(ctx, k))) return -1;
    k = cue.end;
    while (k < ctx.tokens.length && k < cue.end + 3 && ctx.tokens.text(k) !== ':' && /\w/.test(ctx.tokens.text(k))) k++;
  }
  if (k >= ctx.tokens.length - 1 || ctx.tokens.text(k) !== ':' || c.contentStart < cue.end - 1 || c.contentEnd > k + 1) return -1;
  return beforeBlock(ctx, k) ? k : -1;
}

/** Whether a paragraph with no opening quote mark follows the colon at k. */
function beforeBlock(ctx: DocContext, k: number): boolean {
  if (k + 1 >= ctx.tokens.length || isOpenQuoteMark(ctx, k + 1)) return false;
  return /\n\s*\n/.test(ctx.text.slice(ctx.tokens.end(k), ctx.tokens.start(k + 1)));
}

/** Verbs that introduce a block quote. */
const BLOCK_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'posted', 'tweeted', 'added', 'adds', 'stated',
  'declared', 'explained', 'continued', 'replied', 'warned', 'argued']);

/** The speech verb among the last five tokens before the colon at k ("said", "posted on X", "told MPs"), or -1. */
function speechVerbBefore(ctx: DocContext, a: number, k: number): number {
  for (let j = k - 1; j > a && j >= k - 5; j--) if (BLOCK_VERBS.has(nm(ctx, j))) return j;
  return -1;
}

/**
 * The end of the paragraph opening at `from` as a block quote, or -1: not when a claim in it has a named source
 * ("And after watching the Republicans …, Clinton said that …" is the writer's paragraph; "Nobody in this house
 * wants …", "I think …" are the speaker's words).
 */
function blockEnd(ctx: DocContext, raw: readonly RawClaim[], from: number): number {
  const end = paragraphEnd(ctx, from);
  if (end < 0) return -1;
  for (const r of raw) {
    if (r.contentStart >= from && r.contentStart < end && r.source && isCapitalized(ctx, r.source.start) && !GENERIC_STARTS.has(nm(ctx, r.source.start))) return -1;
  }
  return end;
}
/** First words of a source that names nobody: pronouns, quantifiers, determiners. */
const GENERIC_STARTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'nobody', 'no', 'none', 'everyone', 'everybody',
  'someone', 'somebody', 'some', 'many', 'most', 'all', 'people', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'our', 'my']);

/** The end (exclusive token index) of the paragraph opening at token `from`, or -1 when it is too long. */
function paragraphEnd(ctx: DocContext, from: number): number {
  for (let k = from + 1; k < ctx.tokens.length && k - from <= MAX_BLOCK; k++) {
    if (/\n\s*\n/.test(ctx.text.slice(ctx.tokens.end(k - 1), ctx.tokens.start(k)))) return k;
  }
  return ctx.tokens.length - from <= MAX_BLOCK ? ctx.tokens.length : -1;
}
