/**
 * Merging two versions of a sidecar by record id, for when the file changed on disk (another window, git pull)
 * between our read and our write.
 *
 * 3-way (base = what we last read): a record changed on one side only takes that side; deleted on one side and
 * unchanged on the other is deleted; deleted on one side and changed on the other is KEPT (work is never dropped
 * silently) and reported. Changed on both sides differently: the later `modified` wins; equal or missing
 * timestamps: the greater canonical text wins, so every window reaches the same result. The losing version is
 * reported in `conflicts` for the editor to show ("kept theirs; yours was …").
 * 2-way (no base): the union; same id on both sides resolved as above. Deletions cannot be seen without a base.
 * The article header is ours (we hold the current text); `articleDiffers` tells the caller to re-anchor records
 * that came from theirs when the two were written against different article texts.
 */
import type { ActorRecord, ClaimRecord, EntityRecord, RecordKind, Sidecar } from './model';
import { actorLine, claimLine, entityLine } from './serialize';

export interface MergeConflict {
  kind: RecordKind;
  id: string;
  /** both-changed: kept the winner; deleted-vs-changed: kept the changed record. */
  reason: 'both-changed' | 'deleted-vs-changed';
  kept: 'ours' | 'theirs';
  /** The version that was not kept (undefined when it was a deletion). */
  dropped?: ActorRecord | EntityRecord | ClaimRecord;
}

export interface MergeResult {
  merged: Sidecar;
  conflicts: MergeConflict[];
  /** ours and theirs were written against different article texts (hash differs). */
  articleDiffers: boolean;
  /** ids of records taken from theirs (new or changed there), to re-anchor when articleDiffers. */
  fromTheirs: string[];
}

function mergeList<T extends { id: string; modified?: string }>(
  kind: RecordKind, line: (r: T) => string, base: readonly T[] | undefined, ours: readonly T[], theirs: readonly T[],
  conflicts: MergeConflict[], fromTheirs: string[],
): T[] {
  const b = base ? new Map(base.map((r) => [r.id, r] as const)) : undefined;
  const o = new Map(ours.map((r) => [r.id, r] as const));
  const t = new Map(theirs.map((r) => [r.id, r] as const));
  const ids = new Set([...o.keys(), ...t.keys()]);
  const out: T[] = [];
  const cache = new Map<T, string>();
  const text = (r: T): string => { let l = cache.get(r); if (l === undefined) { l = line(r); cache.set(r, l); } return l; };
  const same = (x: T | undefined, y: T | undefined): boolean => x === y || (x !== undefined && y !== undefined && text(x) === text(y));
  for (const id of ids) {
    const ro = o.get(id), rt = t.get(id), rb = b?.get(id);
    if (ro && rt) {
      if (same(ro, rt) || same(rt, rb)) { out.push(ro); continue; }
      if (same(ro, rb)) { out.push(rt); fromTheirs.push(id); continue; }
      const mo = ro.modified ?? '', mt = rt.modified ?? '';
      const oursWins = mo !== mt ? mo > mt : text(ro) > text(rt);
      out.push(oursWins ? ro : rt);
      if (!oursWins) fromTheirs.push(id);
      conflicts.push({ kind, id, reason: 'both-changed', kept: oursWins ? 'ours' : 'theirs', dropped: (oursWins ? rt : ro) as unknown as MergeConflict['dropped'] });
    } else if (ro) {
      if (!rb) { out.push(ro); continue; } // added by us (or 2-way)
      if (same(ro, rb)) continue; // deleted by them, untouched by us
      out.push(ro);
      conflicts.push({ kind, id, reason: 'deleted-vs-changed', kept: 'ours' });
    } else if (rt) {
      if (!rb) { out.push(rt); fromTheirs.push(id); continue; }
      if (same(rt, rb)) continue; // deleted by us
      out.push(rt);
      fromTheirs.push(id);
      conflicts.push({ kind, id, reason: 'deleted-vs-changed', kept: 'theirs' });
    }
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export function mergeSidecars(base: Sidecar | undefined, ours: Sidecar, theirs: Sidecar): MergeResult {
  const conflicts: MergeConflict[] = [];
  const fromTheirs: string[] = [];
  const merged: Sidecar = {
    schemaVersion: ours.schemaVersion,
    article: ours.article,
    actors: mergeList('actors', actorLine, base?.actors, ours.actors, theirs.actors, conflicts, fromTheirs),
    entities: mergeList('entities', entityLine, base?.entities, ours.entities, theirs.entities, conflicts, fromTheirs),
    claims: mergeList('claims', claimLine, base?.claims, ours.claims, theirs.claims, conflicts, fromTheirs),
  };
  const schema = ours.$schema ?? theirs.$schema;
  if (schema !== undefined) merged.$schema = schema;
  if (ours.extra || theirs.extra) merged.extra = Object.assign(Object.create(null), theirs.extra, ours.extra);
  return {
    merged,
    conflicts,
    articleDiffers: ours.article.sha256 !== theirs.article.sha256,
    fromTheirs,
  };
}
