// The result of grouping: the public actors and entities, plus what speaker resolution needs to know about each
// actor (roles, affiliations, gender) and where its mentions are.
import type { Actor, Entity } from '../types';
import type { Gender } from './roles';

/** Whether a mention looks like the subject of its clause (sentence start, after a comma) or an object. */
export type MentionPosition = 'subject' | 'object' | 'other';

export interface ActorMention {
  readonly start: number;
  readonly end: number;
  /** Index into `ActorGrouping.actors`. */
  readonly actor: number;
  /** Index into `ActorGrouping.entities`. */
  readonly entity: number;
  /** Index of the sentence that holds the mention. */
  readonly sentence: number;
  readonly position: MentionPosition;
}

/** What the text says about an actor: evidence for matching descriptions and pronouns. */
export interface ActorProfile {
  /** Canonical role words and classes seen with the actor ("foreign", "minister", "diplomat", "official"). */
  readonly roles: Set<string>;
  /** Role phrases as written, lower-cased ("foreign minister", "national security advisor"). */
  readonly rolePhrases: Set<string>;
  /** ISO codes of countries the actor is affiliated with ("Iranian Foreign Minister …" → IR). */
  readonly countries: Set<string>;
  /** Indices of organisation actors the actor belongs to ("head of Iraq’s Hashd al-Sha’abi"). */
  readonly orgs: Set<number>;
  /** Pronoun and title evidence: male and female votes. */
  readonly genderVotes: { m: number; f: number };
  /** The actor is this country (ISO code), for GPE/NORP actors from the country lexicon. */
  readonly country?: string;
}

export interface ActorGrouping {
  /** The input entities, in input order, with `actor` set where the mention was grouped. */
  readonly entities: readonly Entity[];
  /** Actors in order of first mention. */
  readonly actors: readonly Actor[];
  /** Internal, parallel to `actors`. */
  readonly profiles: readonly ActorProfile[];
  /** Internal: every grouped mention, sorted by start. */
  readonly mentions: readonly ActorMention[];
}

export function genderOf(p: ActorProfile): Gender | undefined {
  const { m, f } = p.genderVotes;
  if (m > f) return 'm';
  if (f > m) return 'f';
  return undefined;
}
