// "Sophie, 9, had a simple verdict: “…”", "The mayor had one message: “…”": before a colon, the noun of a verdict or
// message that its subject has or gives; that subject speaks. The left walk from the colon had taken the words
// before the noun ("9", "The mayor had a simple").
import type { DocContext } from './context';
import { isCapitalized, isWord, nm } from './context';
import type { RawClaim } from './extract';
import { appositionSource, leftSource } from './left-source';
import { DETERMINERS } from './words';

const HAVING = new Set(['had', 'has', 'have', 'gave', 'gives', 'give', 'offered', 'offers', 'delivered', 'delivers', 'issued',
  'issues', 'sent', 'sends']);
/** Words of the noun phrase between the verb and the colon, at most. */
const MAX_NOUN_PHRASE = 5;

/** Gives each claim after such a colon the verb's subject as its source. */
export function colonMessageSources(ctx: DocContext, raw: RawClaim[]): void {
  for (const r of raw) {
    if (!r.cue || ctx.tokens.text(r.cue.end - 1) !== ':' || r.contentStart < r.cue.end) continue;
    const a = ctx.sentences[ctx.sentOf[r.cue.start]].firstToken;
    const verb = havingVerbBefore(ctx, a, r.cue.end - 1);
    if (verb < 0) continue;
    const src = appositionSource(ctx, a, verb, a) ?? leftSource(ctx, a, verb, a);
    if (src && src.end === verb) r.source = src;
  }
}

/** The "had"/"gave" before the colon at `colon` with a determiner and lower-case words up to it, else -1. */
function havingVerbBefore(ctx: DocContext, a: number, colon: number): number {
  for (let k = colon - 1; k > a && colon - k <= MAX_NOUN_PHRASE + 1; k--) {
    if (!isWord(ctx, k) || isCapitalized(ctx, k)) return -1;
    if (HAVING.has(nm(ctx, k))) return k + 1 < colon - 1 && DETERMINERS.has(nm(ctx, k + 1)) ? k : -1;
  }
  return -1;
}
