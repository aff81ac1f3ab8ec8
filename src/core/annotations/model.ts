/**
 * The sidecar annotation model (`story.txt` → `story.txt.annotations.json`).
 *
 * Only USER decisions live here; automatic results are recomputed by analysis and never stored, except an automatic
 * claim the user touched (origin "auto"). Every record carries its own anchor (position + quote + context) so it can
 * be re-found after the article changes. Records keep fields they do not know in `extra` (null-prototype object) so a
 * file from a newer version loses nothing in memory.
 */

export const SCHEMA_VERSION = 1;
export const CONTEXT_LENGTH = 32;

// One list of entity types for analysis and annotations.
export { ENTITY_TYPES } from '../types';
export type { EntityType } from '../types';
import type { EntityType } from '../types';

export { CLAIM_STATUSES } from '../types';
export type { ClaimStatusValue as ClaimStatus } from '../types';
import type { ClaimStatusValue as ClaimStatus } from '../types';

export const ENTITY_DECISIONS = ['added', 'rejected', 'retyped', 'linked'] as const;
export type EntityDecision = (typeof ENTITY_DECISIONS)[number];

export const LINE_ENDINGS = ['lf', 'crlf', 'mixed', 'none'] as const;
export type LineEnding = (typeof LINE_ENDINGS)[number];

/**
 * Where an anchor stands. Absent = attached: `article.slice(start, end) === exact`.
 * - edited: attached, but the text inside was changed in the editor; `exact` is the current text, `original` the
 *   text the user annotated.
 * - review: not attached; a candidate exists but is not certain enough to accept automatically.
 * - orphan: not attached; start/end are the last known position (a hint only, not checked against the article).
 */
export const ANCHOR_STATES = ['edited', 'review', 'orphan'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/** A span of the article. Offsets are UTF-16 code units into the text as VS Code presents it (BOM dropped,
 *  line endings as in the file), end exclusive. prefix/suffix: up to CONTEXT_LENGTH units each side. */
export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  state?: AnchorState;
  /** The quote when the user made the annotation, kept once the text inside was edited. */
  original?: string;
  extra?: Extra;
  /**
   * In memory only (never written): how the deletion that orphaned this anchor can be undone. `offset` of the quote
   * in the deleted text, `length` of the deleted text, `inserted` = length of what replaced it.
   */
  restore?: { offset: number; length: number; inserted: number };
}

/** Unknown fields of a record, kept in memory (and written back when the file is writable). */
export type Extra = Record<string, unknown>;

export interface ArticleInfo {
  /** The article's file NAME (never a path). Pairing is by name; this is informative. */
  name: string;
  /** SHA-256 (hex) of the article text as VS Code presents it, UTF-8 encoded. */
  sha256: string;
  /** Length in UTF-16 code units. */
  length: number;
  lineEnding: LineEnding;
  offsetUnit: 'utf16';
  extra?: Extra;
}

export interface ActorRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidataId?: string;
  note?: string;
  /** This actor was merged into another one (kept so references to it still resolve). */
  mergedInto?: string;
  modified?: string;
  extra?: Extra;
}

export interface EntityRecord {
  id: string;
  decision: EntityDecision;
  /** The type the user chose (added, retyped); absent for a rejection. */
  type?: EntityType;
  /** Actor id (a sidecar actor) this mention belongs to (linked, added). */
  actor?: string;
  anchor: Anchor;
  modified?: string;
  extra?: Extra;
}

export interface ClaimRecord {
  id: string;
  /** user: tagged by the user; auto: an automatic claim the user accepted, tagged or rejected. */
  origin: 'user' | 'auto';
  status: ClaimStatus;
  tags: string[];
  note: string;
  /** Sidecar actor id of the speaker, or null when unknown. */
  speaker: string | null;
  /**
   * Those who make the claim together with the speaker ("Clinton and Sanders said"), as the user set them; an empty
   * list: the speaker alone. Absent: the analysis's own co-speakers stand while the speaker does.
   */
  coSpeakers?: string[];
  anchor: Anchor;
  cue?: Anchor;
  /** An automatic claim the user rejected: analysis must not show it again. */
  rejected?: boolean;
  modified?: string;
  extra?: Extra;
}

export interface Sidecar {
  $schema?: string;
  schemaVersion: number;
  article: ArticleInfo;
  actors: ActorRecord[];
  entities: EntityRecord[];
  claims: ClaimRecord[];
  extra?: Extra;
}

export type RecordKind = 'actors' | 'entities' | 'claims';

export interface SidecarLimits {
  /** Refused before parsing above this many bytes (UTF-8) / UTF-16 units. */
  maxBytes: number;
  /** Records over all arrays. */
  maxRecords: number;
  /** Nesting depth of unknown field values. */
  maxDepth: number;
  /** Any single string. */
  maxStringLength: number;
  /** Entries of tags / aliases. */
  maxListLength: number;
}

export const DEFAULT_LIMITS: Readonly<SidecarLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxRecords: 200_000,
  maxDepth: 32,
  maxStringLength: 200_000,
  maxListLength: 1_000,
});

/** The sidecar file name for an article file name: `story.txt` → `story.txt.annotations.json`. */
export function sidecarNameFor(articleName: string): string {
  return `${articleName}.annotations.json`;
}

/** An empty sidecar for an article. */
export function emptySidecar(article: ArticleInfo): Sidecar {
  return { schemaVersion: SCHEMA_VERSION, article, actors: [], entities: [], claims: [] };
}
