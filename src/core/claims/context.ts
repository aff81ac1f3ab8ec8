// Per-document state the claim rules share: normalised tokens and which quote (if any) each token sits in.
import type { Sentence, Token } from '../text/token';
import { findQuotes } from './quotes';
import { normToken } from './normalize';
import type { QuoteSpan } from './types';

export interface DocContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly norm: readonly string[];
  readonly quotes: readonly QuoteSpan[];
  /** Index into quotes of the quote containing the token (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** Sentence index of each token. */
  readonly sentOf: Int32Array;
}

export function buildContext(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): DocContext {
  const norm = tokens.map((t) => normToken(t.text));
  const quotes = findQuotes(text);
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (q < quotes.length && quotes[q].end <= tokens[i].start) q++;
    if (q < quotes.length && quotes[q].start <= tokens[i].start && tokens[i].end <= quotes[q].end) quoteOf[i] = q;
  }
  const sentOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, si) => { for (let i = s.firstToken; i < s.endToken; i++) sentOf[i] = si; });
  return { text, tokens, sentences, norm, quotes, quoteOf, sentOf };
}

export function isOpenQuoteMark(ctx: DocContext, i: number): boolean {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.tokens[i].start === ctx.quotes[q].start;
}

export function isCloseQuoteMark(ctx: DocContext, i: number): boolean {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.quotes[q].closed && ctx.tokens[i].end === ctx.quotes[q].end;
}

/** True for a token inside a quote other than its marks. */
export function insideQuote(ctx: DocContext, i: number): boolean {
  return ctx.quoteOf[i] >= 0 && !isOpenQuoteMark(ctx, i) && !isCloseQuoteMark(ctx, i);
}

export function isWord(ctx: DocContext, i: number): boolean {
  const k = ctx.tokens[i]?.kind;
  return k === 'word' || k === 'number';
}

export function isCapitalized(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && /^\p{Lu}/u.test(t.text);
}
