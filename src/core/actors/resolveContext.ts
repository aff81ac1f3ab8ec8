// What resolveSpeakers carries through a document (resolve.ts), and the lookups every speaker rule shares: a span
// text's own reading, once per text, and the most salient actor before a span.
import type { Sentence } from '../text/token';
import type { Span } from '../types';
import { lookupForm } from './formLookup';
import type { DocumentContext } from './documentAuthor';
import { NOT_LOOKED_UP, readSpanText, type SpanShape, type SpanText } from './spanText';
import type { LastSpeaker } from './speakerHeads';
import { type ClaimCover, mostSalient, type SpeakerMark } from './salience';
import type { ActorGrouping } from './types';

export interface Ctx {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly g: ActorGrouping;
  readonly cover: ClaimCover;
  readonly speakers: SpeakerMark[];
  /** What each distinct span text decides on its own: speaker spans repeat ("he", "Trump", "officials"). */
  readonly texts: Map<string, SpanText>;
  /** Head regions by exact span text (see speakerHead.ts). */
  readonly shapes: Map<string, SpanShape>;
  /** Per actor, what its first name says of its gender (speakerGender.ts): 0 not read yet, 1 m, 2 f, 3 nothing. */
  readonly nameGenders: Uint8Array;
  /** Per mention, whether "they" may mean it (pluralMention): 0 not read yet, 1 yes, 2 no. */
  readonly plural: Uint8Array;
  /** The speaker of the claim resolved last. */
  last: LastSpeaker;
  /** The quote being resolved when it comes before its speaker ("“…,” she said"), else -1: who it names is talked about. */
  ownStart: number;
  ownEnd: number;
  /** The speaker span start of the last claim resolved when it was a quote before its speaker, else -1. */
  ownSpan: number;
  /** Who spoke with the last claim's speaker ("Clinton and Sanders said"), and who speaks with the span being resolved
   * when resolveSpan found them itself ("they" after such a pair); coSpeakers finds the rest. */
  lastCo: readonly number[];
  co: readonly number[] | null;
  /** What a document's author is looked up in (documentAuthor.ts): the same speakers and claims. */
  readonly docs: DocumentContext;
}

/** What a span text decides on its own (spanText.ts), read once per document. */
export function spanText(ctx: Ctx, raw: string): SpanText {
  let t = ctx.texts.get(raw);
  if (!t) {
    t = readSpanText(raw);
    ctx.texts.set(raw, t);
  }
  return t;
}

export function formOf(ctx: Ctx, t: SpanText, raw: string): number | undefined {
  if (t.form === NOT_LOOKED_UP) t.form = lookupForm(ctx.g, raw) ?? -1;
  return t.form >= 0 ? t.form : undefined;
}

/** The most salient accepted actor before the span (a module function: most spans never ask, so no closure per span;
 * one filter closure only while a quote before its speaker is resolved, to leave out who the quote names). */
export function salient(ctx: Ctx, span: Span, sentence: number, window: number, accept: (a: number) => boolean, bonus?: (a: number) => number,
  mention?: (k: number) => boolean): number | null {
  const { ownStart, ownEnd } = ctx;
  const starts = ctx.g.mentions.start;
  const notOwn = ownStart < 0 ? mention : (k: number): boolean => (starts[k] < ownStart || starts[k] >= ownEnd) && (mention === undefined || mention(k));
  return mostSalient(ctx.g, { pos: span.start, sentence, window, accept, bonus, mention: notOwn }, ctx.cover, ctx.speakers);
}
