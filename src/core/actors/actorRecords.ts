// The public actors and their empty profiles, built from the grouping's builders in order of first mention, and the
// actor index of each tagged entity (split from context.ts, which fills the profiles).
import type { Actor, Entity } from '../types';
import { CHUNK } from './chunks';
import { fold } from './fold';
import type { Builder } from './registry';
import type { ActorProfile } from './types';

/** Shared by every profile until it has something to hold (most actors never do); never written. */
export const EMPTY: Set<never> = new Set();

/** Actor index of each sorted entity, or -1; actors are numbered in order of first mention (`rank`). */
export function actorIndices(sorted: readonly Entity[], owner: readonly (Builder | undefined)[], builders: readonly Builder[], rank: readonly number[]): Int32Array {
  // One function per loop (see stableOrder in order.ts).
  setRanks(builders, rank);
  return ranksOf(owner);
}

function setRanks(builders: readonly Builder[], rank: readonly number[]): void {
  for (let ai = 0; ai < rank.length; ai++) builders[rank[ai]].rank = ai;
}

function ranksOf(owner: readonly (Builder | undefined)[]): Int32Array {
  const actorOf = new Int32Array(owner.length).fill(-1);
  for (let i = 0; i < owner.length; i++) { const b = owner[i]; if (b) actorOf[i] = b.rank; }
  return actorOf;
}

/** The public actors and their empty profiles, in order of first mention (in chunks: see chunks.ts). */
export function newActors(builders: readonly Builder[], built: { readonly ids: readonly string[]; readonly names: readonly string[]; readonly rank: readonly number[] }):
  { actors: Actor[]; formKeys: (readonly string[])[]; profiles: ActorProfile[]; person: Uint8Array } {
  const actors: Actor[] = [];
  const formKeys: (readonly string[])[] = [];
  const profiles: ActorProfile[] = [];
  const person = new Uint8Array(built.rank.length);
  for (let from = 0; from < built.rank.length; from += CHUNK) {
    newActorsIn(builders, built, actors, formKeys, profiles, person, from, Math.min(built.rank.length, from + CHUNK));
  }
  return { actors, formKeys, profiles, person };
}

function newActorsIn(builders: readonly Builder[], built: { readonly ids: readonly string[]; readonly names: readonly string[]; readonly rank: readonly number[] },
  actors: Actor[], formKeys: (readonly string[])[], profiles: ActorProfile[], person: Uint8Array, from: number, to: number): void {
  for (let ai = from; ai < to; ai++) {
    const bi = built.rank[ai];
    const b = builders[bi];
    const name = built.names[bi];
    // Most actors have one form, their name: no alias list is grown for them, and their keys are the builder's.
    const single = b.forms.length === 1 && b.forms[0] === name;
    const aliases: string[] = single ? [] : b.forms.filter((f) => f !== name);
    actors.push({ id: built.ids[bi], name, type: b.type, aliases, mentions: b.mentions });
    formKeys.push(single ? b.formKeys : keysOf(b, name));
    profiles.push({ roles: EMPTY, rolePhrases: EMPTY, countries: EMPTY, orgs: EMPTY, genderVotes: { m: 0, f: 0 }, country: b.country?.code });
    if (b.type === 'PERSON') person[ai] = 1;
  }
}

/** fold() of the name (a form, or a country's name, which may not be one) and of each other form, in order. */
function keysOf(b: Builder, name: string): string[] {
  const k = b.forms.indexOf(name);
  const keys = [k >= 0 ? b.formKeys[k] : fold(name)];
  for (let f = 0; f < b.forms.length; f++) if (f !== k) keys.push(b.formKeys[f]);
  return keys;
}
