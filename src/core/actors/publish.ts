// The public actors, in order of first mention, and the actor index of each sorted entity.
import type { Actor, Entity } from '../types';
import type { Builder } from './registry';

export interface Published {
  readonly actors: Actor[];
  /** ISO code of the country each actor is, or undefined. */
  readonly countryOf: (string | undefined)[];
  /** Actor index of each sorted entity, or -1. */
  readonly actorOf: Int32Array;
}

/** `rank` lists builder indices in order of first mention; ids and names are parallel to `builders`. */
export function publish(sorted: readonly Entity[], owner: readonly (Builder | undefined)[], builders: readonly Builder[],
  built: { readonly ids: readonly string[]; readonly names: readonly string[]; readonly rank: readonly number[] }): Published {
  const { actors, countryOf } = newActors(builders, built);
  return { actors, countryOf, actorOf: actorIndices(sorted, owner, builders, built.rank) };
}

/** Actor index of each sorted entity, or -1; actors are numbered in order of first mention (`rank`). */
function actorIndices(sorted: readonly Entity[], owner: readonly (Builder | undefined)[], builders: readonly Builder[], rank: readonly number[]): Int32Array {
  for (let ai = 0; ai < rank.length; ai++) builders[rank[ai]].rank = ai;
  const actorOf = new Int32Array(sorted.length).fill(-1);
  for (let i = 0; i < sorted.length; i++) { const b = owner[i]; if (b) actorOf[i] = b.rank; }
  return actorOf;
}

function newActors(builders: readonly Builder[], built: { readonly ids: readonly string[]; readonly names: readonly string[]; readonly rank: readonly number[] }):
  { actors: Actor[]; countryOf: (string | undefined)[] } {
  const actors: Actor[] = [];
  const countryOf: (string | undefined)[] = [];
  for (let ai = 0; ai < built.rank.length; ai++) {
    const bi = built.rank[ai];
    const b = builders[bi];
    const name = built.names[bi];
    // Most actors have one form, their name: no alias list is grown for them.
    const aliases: string[] = b.forms.length === 1 && b.forms[0] === name ? [] : b.forms.filter((f) => f !== name);
    actors.push({ id: built.ids[bi], name, type: b.type, aliases, mentions: b.mentions });
    countryOf.push(b.country?.code);
  }
  return { actors, countryOf };
}
