/** Small pure helpers the editor uses around a sidecar: snapshot before save, and all anchors in one list. */
import { refreshAnchor } from './anchor';
import { fingerprintArticle } from './fingerprint';
import type { Anchor, Sidecar } from './model';

/** Where an anchor lives in a sidecar: record kind, id, and which anchor of the record. */
export interface AnchorRef { kind: 'entities' | 'claims'; id: string; field: 'anchor' | 'cue' }

/** Every anchor of a sidecar with its reference, for shiftAnchors / reanchor in one call. */
export function collectAnchors(s: Sidecar): { refs: AnchorRef[]; anchors: Anchor[] } {
  const refs: AnchorRef[] = [], anchors: Anchor[] = [];
  for (const e of s.entities) { refs.push({ kind: 'entities', id: e.id, field: 'anchor' }); anchors.push(e.anchor); }
  for (const c of s.claims) {
    refs.push({ kind: 'claims', id: c.id, field: 'anchor' }); anchors.push(c.anchor);
    if (c.cue) { refs.push({ kind: 'claims', id: c.id, field: 'cue' }); anchors.push(c.cue); }
  }
  return { refs, anchors };
}

/** A copy of the sidecar with anchors replaced (same order as collectAnchors). Unchanged records keep identity. */
export function applyAnchors(s: Sidecar, refs: readonly AnchorRef[], anchors: readonly Anchor[]): Sidecar {
  const byId = new Map<string, Anchor[]>();
  refs.forEach((r, i) => {
    const key = `${r.kind}\u0000${r.id}`;
    const list = byId.get(key) ?? [];
    list.push(anchors[i]);
    byId.set(key, list);
  });
  const entities = s.entities.map((e) => {
    const a = byId.get(`entities\u0000${e.id}`)?.[0];
    return a && a !== e.anchor ? { ...e, anchor: a } : e;
  });
  const claims = s.claims.map((c) => {
    const list = byId.get(`claims\u0000${c.id}`);
    if (!list) return c;
    const anchor = list[0], cue = c.cue ? list[1] : undefined;
    return anchor === c.anchor && cue === c.cue ? c : { ...c, anchor, ...(cue ? { cue } : {}) };
  });
  return { ...s, entities, claims };
}

/**
 * The sidecar as it should be written for `text`: the article fingerprint recomputed and the context of every
 * attached anchor refreshed, so the file describes exactly the text its offsets refer to.
 */
export function snapshotForSave(s: Sidecar, articleName: string, text: string): Sidecar {
  const { refs, anchors } = collectAnchors(s);
  const fresh = applyAnchors(s, refs, anchors.map((a) => refreshAnchor(text, a)));
  return { ...fresh, article: { ...fingerprintArticle(articleName, text), ...(s.article.extra ? { extra: s.article.extra } : {}) } };
}
