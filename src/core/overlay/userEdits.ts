// Pure edits of a sidecar that the editor's commands make. Each returns a new sidecar (the old one is kept for
// undo) and never touches records it does not name.
import { anchorAt } from '../annotations/anchor';
import type { ActorRecord, ClaimRecord, ClaimStatus, EntityRecord, EntityType, Sidecar } from '../annotations/model';
import type { IdGenerator } from '../annotations/ids';
import type { Actor, Claim, Span } from '../types';

const now = (): string => new Date().toISOString();
const ids = (s: Sidecar): Set<string> => new Set([...s.actors, ...s.entities, ...s.claims].map((r) => r.id));

export interface ClaimFields {
  readonly speaker: string | null;
  /** Who makes the claim with the speaker (see ClaimRecord.coSpeakers); undefined: left as it is. */
  readonly coSpeakers?: readonly string[];
  readonly status: ClaimStatus;
  readonly tags: readonly string[];
  readonly note: string;
}

/** Tags a span as a claim; when an automatic claim covers exactly that span, the record annotates it. */
export function tagClaim(s: Sidecar, text: string, span: Span, fields: ClaimFields, newId: IdGenerator, cue?: Span): Sidecar {
  const existing = s.claims.find((c) => c.anchor.start === span.start && c.anchor.end === span.end && !c.rejected);
  if (existing) return setClaim(s, existing.id, fields);
  const record: ClaimRecord = {
    id: newId('c', ids(s)), origin: 'user', status: fields.status, tags: [...fields.tags], note: fields.note,
    speaker: fields.speaker, ...(fields.coSpeakers ? { coSpeakers: [...fields.coSpeakers] } : {}), anchor: anchorAt(text, span.start, span.end),
    ...(cue ? { cue: anchorAt(text, cue.start, cue.end) } : {}), modified: now(),
  };
  return { ...s, claims: [...s.claims, record] };
}

/** Sets status, tags, note, speaker or co-speakers of a claim: a record, or an automatic claim (which gets a record). */
export function annotateClaim(s: Sidecar, text: string, claim: Claim, fields: Partial<ClaimFields>, newId: IdGenerator): Sidecar {
  if (claim.record) return setClaim(s, claim.record, fields);
  const record: ClaimRecord = {
    id: newId('c', ids(s)), origin: 'auto', status: fields.status ?? 'unverified', tags: [...(fields.tags ?? [])],
    note: fields.note ?? '', speaker: fields.speaker !== undefined ? fields.speaker : claim.speaker,
    ...(fields.coSpeakers ? { coSpeakers: [...fields.coSpeakers] } : {}),
    anchor: anchorAt(text, claim.start, claim.end), ...(claim.cue ? { cue: anchorAt(text, claim.cue.start, claim.cue.end) } : {}), modified: now(),
  };
  return { ...s, claims: [...s.claims, record] };
}

function setClaim(s: Sidecar, id: string, fields: Partial<ClaimFields>): Sidecar {
  return { ...s, claims: s.claims.map((c) => (c.id !== id ? c : {
    ...c,
    ...(fields.status !== undefined ? { status: fields.status } : {}),
    ...(fields.tags !== undefined ? { tags: [...fields.tags] } : {}),
    ...(fields.note !== undefined ? { note: fields.note } : {}),
    ...(fields.speaker !== undefined ? { speaker: fields.speaker } : {}),
    ...(fields.coSpeakers !== undefined ? { coSpeakers: [...fields.coSpeakers] } : {}),
    modified: now(),
  })) };
}

/** Deletes a claim: a user's record is removed; an automatic claim is recorded as rejected so it stays gone. */
export function deleteClaim(s: Sidecar, text: string, claim: Claim, newId: IdGenerator): Sidecar {
  const record = claim.record ? s.claims.find((c) => c.id === claim.record) : undefined;
  if (record && record.origin === 'user') return { ...s, claims: s.claims.filter((c) => c.id !== record.id) };
  if (record) return { ...s, claims: s.claims.map((c) => (c.id === record.id ? { ...c, rejected: true, modified: now() } : c)) };
  const rejected: ClaimRecord = {
    id: newId('c', ids(s)), origin: 'auto', status: 'unverified', tags: [], note: '', speaker: null,
    anchor: anchorAt(text, claim.start, claim.end), rejected: true, modified: now(),
  };
  return { ...s, claims: [...s.claims, rejected] };
}

/** Records an entity decision for each span (added, retyped, rejected or linked), replacing earlier ones there. */
export function decideEntities(s: Sidecar, text: string, spans: readonly Span[], decision: EntityRecord['decision'], newId: IdGenerator, type?: EntityType, actor?: string): Sidecar {
  const at = new Set(spans.map((sp) => `${sp.start}:${sp.end}`));
  const kept = s.entities.filter((e) => !at.has(`${e.anchor.start}:${e.anchor.end}`));
  const taken = ids(s);
  const records = spans.map((sp): EntityRecord => {
    const id = newId('e', taken);
    taken.add(id);
    return { id, decision, ...(type ? { type } : {}), ...(actor ? { actor } : {}), anchor: anchorAt(text, sp.start, sp.end), modified: now() };
  });
  return { ...s, entities: [...kept, ...records] };
}

/** Every whole-word occurrence of `needle` (case-sensitive), for "apply to all identical mentions". */
export function identicalMentions(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (!needle) return out;
  const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    if (!isWord(text[i - 1]) && !isWord(text[i + needle.length])) out.push({ start: i, end: i + needle.length });
  }
  return out;
}

/** Creates or updates the user's record of an actor (rename, Wikidata id, note), starting from what analysis knows. */
export function editActor(s: Sidecar, actor: Actor, change: Partial<Pick<ActorRecord, 'name' | 'wikidataId' | 'note' | 'type'>>): Sidecar {
  const existing = s.actors.find((a) => a.id === actor.id);
  const base: ActorRecord = existing ?? { id: actor.id, name: actor.name, type: actor.type, aliases: [...actor.aliases] };
  const updated: ActorRecord = { ...base, ...change, modified: now() };
  return { ...s, actors: existing ? s.actors.map((a) => (a.id === actor.id ? updated : a)) : [...s.actors, updated] };
}

/** Merges `from` into `into`: every mention of `from` then counts for `into`; `from`'s names become aliases. */
export function mergeActors(s: Sidecar, from: Actor, into: Actor): Sidecar {
  if (from.id === into.id) return s;
  let next = editActor(s, into, {});
  next = { ...next, actors: next.actors.map((a) => (a.id === into.id ? { ...a, aliases: [...new Set([...a.aliases, from.name, ...from.aliases])] } : a)) };
  const fromRecord = next.actors.find((a) => a.id === from.id);
  const merged: ActorRecord = { ...(fromRecord ?? { id: from.id, name: from.name, type: from.type, aliases: [...from.aliases] }), mergedInto: into.id, modified: now() };
  return { ...next, actors: fromRecord ? next.actors.map((a) => (a.id === from.id ? merged : a)) : [...next.actors, merged] };
}

/** Splits mentions off an actor into a new actor named `name` (e.g. two people who share a surname). */
export function splitActor(s: Sidecar, text: string, actor: Actor, mentions: readonly Span[], name: string, newId: IdGenerator): { sidecar: Sidecar; actorId: string } {
  const actorId = newId('a', ids(s));
  const record: ActorRecord = { id: actorId, name, type: actor.type, aliases: [], modified: now() };
  const withActor = { ...s, actors: [...s.actors, record] };
  return { sidecar: decideEntities(withActor, text, mentions, 'linked', newId, actor.type, actorId), actorId };
}

/** Creates a new actor (e.g. a speaker the tagger missed) and returns its id. */
export function createActor(s: Sidecar, name: string, type: EntityType, newId: IdGenerator): { sidecar: Sidecar; actorId: string } {
  const actorId = newId('a', ids(s));
  return { sidecar: { ...s, actors: [...s.actors, { id: actorId, name, type, aliases: [], modified: now() }] }, actorId };
}

/** Removes a record (an orphan the user gave up on). */
export function deleteRecord(s: Sidecar, id: string): Sidecar {
  return { ...s, entities: s.entities.filter((e) => e.id !== id), claims: s.claims.filter((c) => c.id !== id) };
}

/** Re-attaches an orphaned record to a span the user chose. */
export function reattachRecord(s: Sidecar, text: string, id: string, span: Span): Sidecar {
  const anchor = anchorAt(text, span.start, span.end);
  return {
    ...s,
    entities: s.entities.map((e) => (e.id === id ? { ...e, anchor, modified: now() } : e)),
    claims: s.claims.map((c) => (c.id === id ? { ...c, anchor, modified: now() } : c)),
  };
}
