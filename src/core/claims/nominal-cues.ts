// Cues inside a noun phrase, which make no clause of their own: a hyphen compound ("U.N.-backed foreign mediators")
// and a bare participle right after its noun that quotes ("demonstrators chanting “Death to America” marched").
import type { DocContext } from './context';
import { glued, isCapitalized, isOpenQuoteMark, isWord, nm } from './context';
import type { CueMatch } from './cues';
import { FINITE, isGerund, VERB_GROUP } from './words';

/** A cue glued by a hyphen to the word before it ("U.N.-backed", "Johnson-backed"): an adjective, not a verb. */
export function compoundCue(ctx: DocContext, cue: CueMatch, floor: number): boolean {
  const h = cue.start - 1;
  return h - 1 >= floor && ctx.tokens.text(h) === '-' && glued(ctx, h);
}

/**
 * "Demonstrators chanting “Death to America” marched …": a participle right after its noun (no comma) that quotes is
 * no clause of its own; the quote is its content and the sentence's verb follows it. The end after the quote, or
 * null for the usual end.
 */
export function reducedParticipleQuote(ctx: DocContext, cue: CueMatch, head: string, cs: number, a: number): number | null {
  if (!isGerund(head) || cue.end - cue.start !== 1 || cue.start <= a || !isWord(ctx, cue.start - 1) || VERB_GROUP.has(nm(ctx, cue.start - 1))
    || cs !== cue.end || !isOpenQuoteMark(ctx, cs)) return null;
  const q = ctx.quotes[ctx.quoteOf[cs]];
  let e = cs;
  while (e < ctx.tokens.length && ctx.tokens.end(e) <= q.end) e++;
  // A finite verb after the quote is the content's own ("saying “the plan” is dead").
  return e < ctx.tokens.length && isWord(ctx, e) && !isCapitalized(ctx, e) && !FINITE.has(nm(ctx, e)) ? e : null;
}
