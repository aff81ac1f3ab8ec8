// Per-document state the claim rules share: normalised tokens and which quote (if any) each token sits in.
import type { Sentence } from '../text/token';
import type { Tokens } from '../text/tokens';
import { findQuotes } from './quotes';
import { normToken } from './normalize';
import type { QuoteSpan } from './types';

export interface DocContext {
  readonly text: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  /** Word-type id of each token (equal ids exactly when the texts are equal): per-word work is done once per type. */
  readonly typeOf: Int32Array;
  /** Normalised text of each type id, filled lazily by nm(). */
  readonly norm: (string | undefined)[];
  readonly quotes: readonly QuoteSpan[];
  /** Index into quotes of the quote containing the token (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** Sentence index of each token. */
  readonly sentOf: Int32Array;
  /**
   * Caches of the learned models' word hashes per type, word-class hashes per token, and word-class hashes of
   * words outside quotes per type (0 = not computed yet; cue-model.ts).
   */
  readonly wordHashes: Int32Array;
  readonly classHashes: Int32Array;
  readonly wordClasses: Int32Array;
  /** The models' per-word-type weight caches (cue-model.ts TypeWeights), by model table. */
  readonly typeWeights: Map<object, unknown>;
}

export function buildContext(text: string, tokens: Tokens, sentences: readonly Sentence[]): DocContext {
  const types = tokens.strings.length;
  const norm: (string | undefined)[] = new Array(types);
  const quotes = findQuotes(text);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  // Only tokens inside quotes are touched: binary search the first token of each quote.
  for (let q = 0; q < quotes.length; q++) {
    let i = firstTokenAt(tokens, quotes[q].start);
    for (; i < tokens.length && tokens.end(i) <= quotes[q].end; i++) quoteOf[i] = q;
  }
  const sentOf = new Int32Array(tokens.length);
  for (let si = 0; si < sentences.length; si++) sentOf.fill(si, sentences[si].firstToken, sentences[si].endToken);
  const n = tokens.length;
  keepAcronymOfWho(tokens, norm);
  return {
    text, tokens, sentences, typeOf: tokens.ids, norm, quotes, quoteOf, sentOf,
    wordHashes: new Int32Array(types), classHashes: new Int32Array(n), wordClasses: new Int32Array(types),
    typeWeights: new Map(),
  };
}

/**
 * "according to the WHO.", "by the WHO and UNICEF": where "WHO" stands among lower-case words it is the World
 * Health Organization, not the pronoun (which would end a source span or open a relative clause); an all-caps
 * headline's "WHO" stays the pronoun.
 */
function keepAcronymOfWho(tokens: Tokens, norm: (string | undefined)[]): void {
  const id = tokens.strings.indexOf('WHO');
  if (id < 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.ids[i] !== id) continue;
    if (lowerWordAt(tokens, i - 1) || lowerWordAt(tokens, i + 1)) { norm[id] = 'WHO'; return; }
  }
}

function lowerWordAt(tokens: Tokens, i: number): boolean {
  if (i < 0 || i >= tokens.length || tokens.kind(i) !== 'word') return false;
  const c = tokens.text(i).charCodeAt(0);
  return c >= 97 && c <= 122;
}

export function isOpenQuoteMark(ctx: DocContext, i: number): boolean {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.tokens.start(i) === ctx.quotes[q].start;
}

export function isCloseQuoteMark(ctx: DocContext, i: number): boolean {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.quotes[q].closed && ctx.tokens.end(i) === ctx.quotes[q].end;
}

/** True for a token inside a quote other than its marks. */
export function insideQuote(ctx: DocContext, i: number): boolean {
  return ctx.quoteOf[i] >= 0 && !isOpenQuoteMark(ctx, i) && !isCloseQuoteMark(ctx, i);
}

export function isWord(ctx: DocContext, i: number): boolean {
  if (i < 0 || i >= ctx.tokens.length) return false;
  const k = ctx.tokens.kind(i);
  return k === 'word' || k === 'number';
}

export function isCapitalized(ctx: DocContext, i: number): boolean {
  if (i < 0 || i >= ctx.tokens.length) return false;
  const t = ctx.tokens.text(i);
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII fast path: the regex below is slow on hot paths
  return /^\p{Lu}/u.test(t);
}

/** Normalised text of token i (cached). */
export function nm(ctx: DocContext, i: number): string {
  if (i < 0 || i >= ctx.typeOf.length) return '';
  const id = ctx.typeOf[i];
  const v = ctx.norm[id];
  if (v !== undefined) return v;
  return (ctx.norm[id] = normToken(ctx.tokens.text(i)));
}

/** 1 for each token inside some claim's content (the source ranker and standalone quotes both read it). */
export function contentMask(ctx: DocContext, claims: readonly { readonly contentStart: number; readonly contentEnd: number }[]): Uint8Array {
  const mask = new Uint8Array(ctx.tokens.length);
  for (let k = 0; k < claims.length; k++) mask.fill(1, claims[k].contentStart, claims[k].contentEnd);
  return mask;
}

/** Index of the first token starting at or after offset `pos`. */
export function firstTokenAt(tokens: Tokens, pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start(mid) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token j touches both its neighbours, no space on either side ("U.S.-led" is "U.S." "-" "led"; "CNN/ORC"). */
export function glued(ctx: DocContext, j: number): boolean {
  return j > 0 && j + 1 < ctx.tokens.length && ctx.tokens.end(j - 1) === ctx.tokens.start(j) && ctx.tokens.end(j) === ctx.tokens.start(j + 1);
}
