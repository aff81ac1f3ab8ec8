import Fuse from 'fuse.js';
import type { Actor } from './types';

/**
 * Fuzzy search over actors by name and aliases (fuse.js), so "abdolahian" finds "Hussein Amir-Abdollahian".
 * An empty query lists every actor, most mentioned first.
 */
export function searchActors(actors: readonly Actor[], query: string): Actor[] {
  if (query.trim() === '') return [...actors].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const fuse = new Fuse(actors as Actor[], {
    keys: [{ name: 'name', weight: 2 }, { name: 'aliases', weight: 1 }],
    threshold: 0.4,
    ignoreLocation: true,
  });
  return fuse.search(query).map((r) => r.item);
}
