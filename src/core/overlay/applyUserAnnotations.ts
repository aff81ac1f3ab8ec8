import { isAttached } from '../annotations/anchor';
import type { ActorRecord, Anchor, ClaimRecord, EntityRecord, Sidecar } from '../annotations/model';
import { slug } from '../actors/ids';
import type { Actor, Analysis, Claim, Entity } from '../types';

/** A user record whose text could not be placed in the article as it is now. */
export interface OrphanRecord {
  readonly kind: 'entity' | 'claim';
  readonly id: string;
  readonly anchor: Anchor;
}

export interface AnnotatedAnalysis extends Analysis {
  readonly orphans: readonly OrphanRecord[];
}

/**
 * The analysis the user sees: automatic results with the user's decisions applied on top. User decisions always
 * win — a rejected automatic entity or claim stays hidden, a retyped one keeps its type, actors merged or renamed
 * by the user stay so — and re-analysis never changes a record. Anchors must already match `text` (shifted or
 * re-anchored); records whose anchor is not attached are returned as orphans instead of being placed.
 */
export function applyUserAnnotations(analysis: Analysis, sidecar: Sidecar | undefined, text: string): AnnotatedAnalysis {
  if (!sidecar) return { ...analysis, orphans: [] };
  const actorRecords = new Map<string, ActorRecord>(sidecar.actors.map((a) => [a.id, a]));
  const renamed = renamedActors(analysis.actors, actorRecords);
  const canon = (id: string | null | undefined): string | undefined => {
    const c = canonicalActor(actorRecords, id);
    return c === undefined ? undefined : renamed(c);
  };
  const orphans: OrphanRecord[] = [];

  const entities = linkAddedEntities(applyEntityRecords(analysis.entities, sidecar.entities, text, orphans), analysis.actors);
  const claims = applyClaimRecords(analysis.claims, sidecar.claims, orphans);
  const mapped = entities.map((e) => (e.actor === undefined || canon(e.actor) === e.actor ? e : { ...e, actor: canon(e.actor) }));
  const mappedClaims = claims.map((c) => canonSpeakers(c, canon));
  const actors = buildActors(analysis.actors, actorRecords, mapped, mappedClaims);
  return { entities: mapped, actors, claims: mappedClaims, orphans };
}

/** A claim's speaker and co-speakers as the user's merges and renames have them: each once, the speaker first. */
function canonSpeakers(c: Claim, canon: (id: string) => string | undefined): Claim {
  const speaker = c.speaker === null ? null : canon(c.speaker) ?? null;
  const co = (c.coSpeakers ?? []).map((id) => canon(id) ?? id).filter((id, i, all) => id !== speaker && all.indexOf(id) === i);
  if (speaker === c.speaker && co.length === (c.coSpeakers?.length ?? 0) && co.every((id, i) => id === c.coSpeakers?.[i])) return c;
  const { coSpeakers: _dropped, ...rest } = c;
  return co.length ? { ...rest, speaker, coSpeakers: co } : { ...rest, speaker };
}

function canonicalActor(records: ReadonlyMap<string, ActorRecord>, id: string | null | undefined): string | undefined {
  if (id == null) return undefined;
  let current = id;
  for (let hops = 0; hops < 32; hops++) {
    const next = records.get(current)?.mergedInto;
    if (next === undefined || next === current) return current;
    current = next;
  }
  return current; // a merge cycle: stop where we are rather than loop
}

/**
 * An automatic actor's id a record keeps ("norp:democrats") after re-analysis renamed the actor (a fuller name appeared,
 * "Democrats" became the Democratic Party): the one actor that now has that name among its names, so the record
 * still points at who the user meant. The record itself is not changed; an id no actor's name explains stays as it is.
 */
function renamedActors(actors: readonly Actor[], records: ReadonlyMap<string, ActorRecord>): (id: string) => string {
  const ids = new Set(actors.map((a) => a.id));
  let bySlug: Map<string, string | null> | undefined;
  return (id) => {
    if (ids.has(id) || records.has(id)) return id;
    const colon = id.indexOf(':');
    if (colon < 0) return id;
    bySlug ??= slugIndex(actors);
    return bySlug.get(id.slice(colon + 1)) ?? id;
  };
}

/** Slug of every actor's name and alias → that actor's id, or null when two actors share it. */
function slugIndex(actors: readonly Actor[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const a of actors) {
    for (const n of new Set([a.name, ...a.aliases].map(slug))) {
      const prev = out.get(n);
      out.set(n, prev === undefined || prev === a.id ? a.id : null);
    }
  }
  return out;
}

const spanKey = (start: number, end: number): string => `${start}:${end}`;

function applyEntityRecords(auto: readonly Entity[], records: readonly EntityRecord[], text: string, orphans: OrphanRecord[]): Entity[] {
  const bySpan = new Map<string, Entity>(auto.map((e) => [spanKey(e.start, e.end), e]));
  const added: Entity[] = [];
  for (const r of records) {
    if (!isAttached(r.anchor)) { orphans.push({ kind: 'entity', id: r.id, anchor: r.anchor }); continue; }
    const key = spanKey(r.anchor.start, r.anchor.end);
    const existing = bySpan.get(key);
    if (r.decision === 'rejected') { bySpan.delete(key); continue; }
    const base: Entity = existing ?? { start: r.anchor.start, end: r.anchor.end, text: text.slice(r.anchor.start, r.anchor.end), type: r.type ?? 'MISC' };
    const entity: Entity = { ...base, type: r.type ?? base.type, actor: r.actor ?? base.actor, record: r.id };
    if (existing) bySpan.set(key, entity);
    else added.push(entity);
  }
  // A user-added entity hides automatic ones it overlaps.
  const kept = [...bySpan.values()].filter((e) => e.record !== undefined || !added.some((a) => a.start < e.end && e.start < a.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A user-added mention with no actor joins the actor that already has exactly that name or alias. */
function linkAddedEntities(entities: Entity[], actors: readonly Actor[]): Entity[] {
  if (!entities.some((e) => e.record !== undefined && e.actor === undefined)) return entities;
  const byName = new Map<string, string>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) if (!byName.has(n)) byName.set(n, a.id);
  return entities.map((e) => (e.record !== undefined && e.actor === undefined && byName.has(e.text) ? { ...e, actor: byName.get(e.text) } : e));
}

function applyClaimRecords(auto: readonly Claim[], records: readonly ClaimRecord[], orphans: OrphanRecord[]): Claim[] {
  const bySpan = new Map<string, Claim>(auto.map((c) => [spanKey(c.start, c.end), { ...c, status: c.status ?? 'unverified' }]));
  const added: Claim[] = [];
  for (const r of records) {
    if (!isAttached(r.anchor)) { orphans.push({ kind: 'claim', id: r.id, anchor: r.anchor }); continue; }
    const key = spanKey(r.anchor.start, r.anchor.end);
    const existing = bySpan.get(key);
    if (r.rejected) { bySpan.delete(key); continue; }
    const cue = r.cue && isAttached(r.cue) ? { start: r.cue.start, end: r.cue.end, text: r.cue.exact } : existing?.cue ?? null;
    const claim: Claim = {
      start: r.anchor.start,
      end: r.anchor.end,
      text: r.anchor.exact,
      kind: existing?.kind ?? (/^["“«‘']/.test(r.anchor.exact) ? 'direct' : 'indirect'),
      cue,
      speaker: r.speaker ?? existing?.speaker ?? null,
      speakerSpan: existing?.speakerSpan ?? null,
      ...recordCoSpeakers(r, existing),
      record: r.id,
      status: r.status,
      tags: r.tags,
      note: r.note,
    };
    if (existing) bySpan.set(key, claim);
    else added.push(claim);
  }
  return [...bySpan.values(), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The co-speakers a claim record gives: those the user set (an empty list: the speaker alone); else the analysis's,
 * which stay while the user keeps the speaker (a corrected speaker speaks alone).
 */
function recordCoSpeakers(r: ClaimRecord, existing: Claim | undefined): Pick<Claim, 'coSpeakers'> {
  if (r.coSpeakers) return r.coSpeakers.length ? { coSpeakers: r.coSpeakers } : {};
  return existing?.coSpeakers && (r.speaker ?? existing.speaker) === existing.speaker ? { coSpeakers: existing.coSpeakers } : {};
}

function buildActors(auto: readonly Actor[], records: ReadonlyMap<string, ActorRecord>, entities: readonly Entity[], claims: readonly Claim[]): Actor[] {
  const mentions = new Map<string, number>();
  const surfaces = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.actor === undefined) continue;
    mentions.set(e.actor, (mentions.get(e.actor) ?? 0) + 1);
    const set = surfaces.get(e.actor) ?? new Set<string>();
    set.add(e.text);
    surfaces.set(e.actor, set);
  }
  const speakers = new Set(claims.flatMap((c) => (c.speaker ? [c.speaker, ...(c.coSpeakers ?? [])] : [])));
  const out = new Map<string, Actor>();
  for (const a of auto) {
    const count = mentions.get(a.id) ?? 0;
    if (count > 0 || speakers.has(a.id)) out.set(a.id, { ...a, mentions: count });
  }
  for (const r of records.values()) {
    if (r.mergedInto !== undefined) continue;
    const base = out.get(r.id);
    const aliases = new Set<string>([...(base?.aliases ?? []), ...r.aliases, ...(surfaces.get(r.id) ?? [])]);
    aliases.delete(r.name);
    out.set(r.id, {
      id: r.id,
      name: r.name,
      type: r.type,
      aliases: [...aliases],
      mentions: mentions.get(r.id) ?? 0,
      ...(r.wikidataId ? { wikidataId: r.wikidataId } : {}),
      ...(r.note ? { note: r.note } : {}),
    });
  }
  // Merged actors' surface forms become aliases of the actor they were merged into.
  for (const [id, set] of surfaces) {
    const a = out.get(id);
    if (!a) continue;
    const extra = [...set].filter((s) => s !== a.name && !a.aliases.includes(s));
    if (extra.length) out.set(id, { ...a, aliases: [...a.aliases, ...extra] });
  }
  return [...out.values()];
}
