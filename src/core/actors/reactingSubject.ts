// "Tobi Okafor, for his part, laughed it off. “Refs didn't hit that shot,” he said.": sports and feature copy shows a
// person's reaction in a short sentence of narration, then quotes them with a pronoun. The pronoun goes on with that
// sentence's subject, not with the last speaker before it (the league's spokesman two sentences back), whose gender
// the article told where the subject's it did not.
import type { Span } from '../types';
import { sentenceAt } from './context';
import type { Ctx } from './resolveContext';
import { lastMentionBefore } from './salience';

const MALE_RE = /^\s*(?:he|him|his)\b/i;
const HIS_RE = /\bhis\b/i;
const HER_RE = /\bher\b/i;

/** Words of narration, at most, in the sentence before the quote. */
const MAX_WORDS = 12;

/**
 * The person who opens the short sentence before a quote whose speaker is the pronoun at `span` ("“…,” he said"), when
 * no claim was made in that sentence and `accept` takes the person; else undefined.
 */
export function reactingSubject(ctx: Ctx, span: Span, sentence: number, accept: (a: number) => boolean): number | undefined {
  if (sentence === 0 || ctx.ownStart < 0 || sentenceAt(ctx.sentences, ctx.ownStart) !== sentence) return undefined;
  if (ctx.last.start >= 0 && ctx.last.sentence >= sentence - 1) return undefined;
  const prev = ctx.sentences[sentence - 1];
  if (ctx.text.slice(prev.start, prev.end).split(/\s+/).length > MAX_WORDS) return undefined;
  const { mentions } = ctx.g;
  let k = lastMentionBefore(mentions, prev.start + 1);
  if (k < 0 || mentions.start[k] < prev.start) k++;
  if (k >= mentions.count || mentions.start[k] !== prev.start || span.start < prev.end) return undefined;
  const a = mentions.actor[k];
  if (ctx.g.actors[a].type !== 'PERSON') return undefined;
  // "Tobi Okafor, for his part, …": the sentence's own possessive tells the gender a first name may not.
  const own = MALE_RE.test(ctx.text.slice(span.start, span.end)) ? HIS_RE : HER_RE;
  const alone = k + 1 >= mentions.count || mentions.start[k + 1] >= prev.end;
  return accept(a) || (alone && own.test(ctx.text.slice(mentions.end[k], prev.end))) ? a : undefined;
}
