// Fuzzy search over actors by name and aliases (fuse.js), for quick picks such as "Go to actor…" or choosing a
// claim's speaker. Accent- and case-insensitive; an exact or prefix match of a name or alias ranks first.
import Fuse from 'fuse.js';
import type { Actor } from '../types';
import { fold } from './fold';

export interface ActorMatch {
  readonly actor: Actor;
  /** 0 = perfect, 1 = no match (fuse.js score). */
  readonly score: number;
}

interface Doc { readonly actor: Actor; readonly names: readonly string[] }

/** Actors that match `query`, best first; with an empty query, all actors by mention count. */
export function searchActors(actors: readonly Actor[], query: string, limit = 20): ActorMatch[] {
  const q = fold(query);
  if (!q) return [...actors].sort((a, b) => b.mentions - a.mentions).slice(0, limit).map((actor) => ({ actor, score: 0 }));
  const docs: Doc[] = actors.map((actor) => ({ actor, names: [actor.name, ...actor.aliases].map(fold) }));
  const exact = docs.filter((d) => d.names.some((n) => n === q || n.startsWith(q) || n.split(/[\s-]/).some((w) => w.startsWith(q))));
  const fuse = new Fuse(docs, { keys: ['names'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  const seen = new Set<Actor>();
  const out: ActorMatch[] = [];
  for (const d of exact.sort((a, b) => b.actor.mentions - a.actor.mentions)) { seen.add(d.actor); out.push({ actor: d.actor, score: 0 }); }
  for (const r of fuse.search(q, { limit: limit + out.length })) {
    if (!seen.has(r.item.actor)) { seen.add(r.item.actor); out.push({ actor: r.item.actor, score: r.score ?? 1 }); }
  }
  return out.slice(0, limit);
}
