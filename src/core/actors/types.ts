// The result of grouping: the public actors and entities, plus what speaker resolution needs to know about each
// actor (roles, affiliations, gender) and where its mentions are.
import type { Actor, Entity } from '../types';
import type { Gender } from './roles';

/** Whether a mention looks like the subject of its clause (sentence start, after a comma) or an object. */
export type MentionPosition = 'subject' | 'object' | 'other';

/** Position codes of the mention table (a byte per mention). */
export const SUBJECT = 0;
export const OBJECT = 1;
export const OTHER = 2;
const POSITION_NAMES: readonly MentionPosition[] = ['subject', 'object', 'other'];

/**
 * Every grouped mention, sorted by start, as parallel typed arrays: row k is one mention. No object per mention:
 * a 5 MB text has ~78,000, and every one of them was copied by the young-generation GC (once or twice) during
 * grouping and speaker resolution.
 */
export interface MentionTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Index into `ActorGrouping.actors`. */
  readonly actor: Int32Array;
  /** Index into the sorted entities. */
  readonly entity: Int32Array;
  /** Index of the sentence that holds the mention. */
  readonly sentence: Int32Array;
  /** SUBJECT, OBJECT or OTHER. */
  readonly position: Uint8Array;
}

/** Row k of the table as an object (for tests and dumps). */
export function mentionAt(t: MentionTable, k: number): ActorMention {
  return { start: t.start[k], end: t.end[k], actor: t.actor[k], entity: t.entity[k], sentence: t.sentence[k], position: POSITION_NAMES[t.position[k]] };
}

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
  /** Title and pronoun evidence: male and female votes, a title, honorific or kinship noun weighing 2, a pronoun 1. */
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
  readonly mentions: MentionTable;
  /** Internal, parallel to `actors`: fold() of the actor's name, then of each alias (grouping folded them already). */
  readonly formKeys: readonly (readonly string[])[];
}

/** A profile while grouping and the passes after it fill it (context.ts, counterparts.ts). */
export type MutableProfile = { -readonly [K in keyof ActorProfile]: ActorProfile[K] };

export function genderOf(p: ActorProfile): Gender | undefined {
  const { m, f } = p.genderVotes;
  if (m > f) return 'm';
  if (f > m) return 'f';
  return undefined;
}
