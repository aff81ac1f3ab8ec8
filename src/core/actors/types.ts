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

/**
 * Every grouped mention, sorted by start, as parallel typed arrays (no object per mention). Positions are worked
 * out on first request: salience asks only for the few mentions just before a pronoun.
 */
export interface MentionTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Index into `ActorGrouping.actors`. */
  readonly actor: Int32Array;
  /** Index into the sorted entities (ActorMention.entity). */
  readonly entity: Int32Array;
  /** Index of the sentence that holds the mention. */
  readonly sentence: Int32Array;
  position(k: number): MentionPosition;
}

export interface ActorGrouping {
  /** The input entities, in input order, with `actor` set where the mention was grouped. */
  readonly entities: readonly Entity[];
  /** Actors in order of first mention. */
  readonly actors: readonly Actor[];
  /** Internal: every grouped mention. */
  readonly table: MentionTable;
  /** Internal: the profile of an actor, built from its mentions on first request (speaker resolution asks for few). */
  profile(actor: number): ActorProfile;
  /** Internal: the ISO code of the country an actor is, or undefined (without building its profile). */
  country(actor: number): string | undefined;
  /** All profiles, parallel to `actors` (built on first read: for tests and identity dumps, not the pipeline). */
  readonly profiles: readonly ActorProfile[];
  /** All mentions as objects (built on first read: for tests and identity dumps, not the pipeline). */
  readonly mentions: readonly ActorMention[];
}

export function genderOf(p: ActorProfile): Gender | undefined {
  const { m, f } = p.genderVotes;
  if (m > f) return 'm';
  if (f > m) return 'f';
  return undefined;
}
