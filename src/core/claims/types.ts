import type { Claim, Span } from '../types';

/**
 * A claim as the extractor finds it: the speaker is only a mention span (`speakerSpan`); mapping it to an actor id
 * (pronouns, descriptions, names) is the job of src/core/actors, so `speaker` is always null here.
 */
export interface ClaimCandidate extends Omit<Claim, 'speaker'> {
  readonly speaker: null;
}

/** How the speaker mention refers to its actor, for the resolver in src/core/actors. */
export type SpeakerMentionKind = 'pronoun' | 'description' | 'name';

export interface QuoteSpan extends Span {
  /** False when the quote runs to the end of its paragraph without a closing mark (multi-paragraph quote). */
  readonly closed: boolean;
}
