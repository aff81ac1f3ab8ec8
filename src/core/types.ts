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
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: number;
}

export interface Claim extends Span {
  readonly text: string;
  readonly kind: 'direct' | 'indirect';
  readonly cue: (Span & { readonly text: string }) | null;
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
}

export interface Analysis {
  readonly entities: readonly Entity[];
  readonly actors: readonly Actor[];
  readonly claims: readonly Claim[];
}
