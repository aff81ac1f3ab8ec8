// The analysis output shared by the editor and the CLI (see DESIGN "The analysis output").
// Offsets are UTF-16 code units into the analysed text, end exclusive.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE', 'EVENT', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** Id of the actor this mention belongs to, when it was grouped into one. */
  readonly actor?: string;
  /** Id of the user's record (sidecar) that added or changed this entity. */
  readonly record?: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: number;
  /** Set by the user (sidecar): a Wikidata id such as Q42, and a note. */
  readonly wikidataId?: string;
  readonly note?: string;
}

export interface Claim extends Span {
  readonly text: string;
  readonly kind: 'direct' | 'indirect';
  readonly cue: (Span & { readonly text: string }) | null;
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  /** Other actors the speaker span names with the speaker ("Clinton and Sanders said"): their ids, in text order. */
  readonly coSpeakers?: readonly string[];
  /** User annotation (sidecar): its record id, verification status, tags and note. */
  readonly record?: string;
  readonly status?: ClaimStatusValue;
  readonly tags?: readonly string[];
  readonly note?: string;
}

export const CLAIM_STATUSES = ['unverified', 'verified', 'disputed', 'false', 'misleading'] as const;
export type ClaimStatusValue = (typeof CLAIM_STATUSES)[number];

export interface Analysis {
  readonly entities: readonly Entity[];
  readonly actors: readonly Actor[];
  readonly claims: readonly Claim[];
}
