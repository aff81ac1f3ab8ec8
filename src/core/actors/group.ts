// groupActors: entity mentions → actors.
//
// Two passes in document order. Pass 1 places every mention that carries a full name (countries and demonyms,
// multi-word person names, organisations, places). Pass 2 places what needs those names to be known first: bare
// surnames ("Amir-Abdollahian", "Fayyad") and acronyms ("IRGC"), whatever their position in the text.
//
// People are never merged on a shared surname alone: two full names merge only when their given names agree
// (same, an initial, or a transliteration: "Qasim" / "Qassim"), so "George Bush" and "Jeb Bush" stay apart. A
// bare surname attaches to the only person with that surname; when several have it, to the one last named in
// full before the bare mention (or, if none was named before, the first named after it).
import type { Sentence, Token } from '../text/token';
import type { Entity } from '../types';
import { buildProfiles } from './context';
import { assignIds } from './ids';
import type { ParsedName } from './names';
import { isAcronymText, parseName } from './names';
import type { Builder } from './registry';
import { nearest, Registry } from './registry';
import type { ActorGrouping } from './types';

/** Types that form actors. Dates are not actors. */
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC']);

export function groupActors(text: string, tokens: readonly Token[], sentences: readonly Sentence[], entities: readonly Entity[]): ActorGrouping {
  const order = entities.map((_, i) => i).sort((a, b) => entities[a].start - entities[b].start || entities[a].end - entities[b].end);
  const sorted = order.map((i) => entities[i]);
  const names: (ParsedName | undefined)[] = sorted.map((e) => (ACTOR_TYPES.has(e.type) ? parseName(e.text, e.type) : undefined));
  const owner: (Builder | undefined)[] = new Array(sorted.length);
  const reg = new Registry();

  const place = (i: number, b: Builder, full: boolean): void => {
    owner[i] = b;
    b.add(i, names[i] as ParsedName, sorted[i].start, full);
    reg.register(b, names[i] as ParsedName, sorted[i].type);
  };

  // Pass 1: full names.
  const deferred: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const name = names[i];
    if (!name || !name.display) continue;
    const type = sorted[i].type;
    if (name.country) { place(i, reg.country(name.country.country), !name.country.demonym); continue; }
    if (name.acronym || (type === 'PERSON' && name.units.length < 2)) { deferred.push(i); continue; }
    if (type === 'PERSON') {
      const cands = reg.fullNameMatches(name);
      place(i, cands.length > 0 ? nearest(cands, sorted[i].start) : reg.create(type), true);
      continue;
    }
    place(i, reg.exact(type, name.key) ?? reg.exactAnyGroup(name.key) ?? reg.create(type), true);
  }

  // Acronyms defined by a parenthesis next to their expansion, in either order.
  for (let i = 0; i + 1 < sorted.length; i++) {
    const pair = parenPair(text, sorted, names, i);
    if (!pair) continue;
    const b = owner[pair.expansion];
    const key = acronymKey((names[pair.acronym] as ParsedName).display);
    if (b && !reg.byAcronym.has(key)) reg.byAcronym.set(key, b);
  }

  // Pass 2: bare surnames and acronyms.
  for (const i of deferred) {
    const name = names[i] as ParsedName;
    const e = sorted[i];
    if (name.acronym) {
      const key = acronymKey(name.display);
      const ini = reg.initials(key);
      const b = reg.byAcronym.get(key) ?? reg.exact(e.type, name.key) ?? (ini.length > 0 ? nearest(ini, e.start) : undefined)
        ?? reg.exactAnyGroup(name.key);
      if (b) { place(i, b, false); continue; }
      const created = reg.create(e.type);
      reg.byAcronym.set(key, created);
      place(i, created, true);
      continue;
    }
    const cands = name.surname ? reg.surnameMatches(name.surname) : [];
    if (cands.length > 0) place(i, nearest(cands, e.start), false);
    else place(i, reg.create(e.type), true);
  }

  const ids = assignIds(reg.builders, sorted);
  const { actors, profiles, mentions, forms, actorOf } = buildProfiles(text, tokens, sentences, sorted, names, owner, reg.builders, ids);
  const out: Entity[] = entities.map((e) => e);
  for (let k = 0; k < order.length; k++) {
    const a = actorOf[k];
    if (a >= 0) out[order[k]] = { ...entities[order[k]], actor: actors[a].id };
  }
  return { entities: out, actors, profiles, mentions, forms };
}

function acronymKey(display: string): string {
  return display.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** "Expansion (ACR)" or "ACR (Expansion)": entity i and i+1 with only an opening parenthesis between them. */
function parenPair(text: string, sorted: readonly Entity[], names: readonly (ParsedName | undefined)[], i: number): { acronym: number; expansion: number } | undefined {
  const a = sorted[i];
  const b = sorted[i + 1];
  const na = names[i];
  const nb = names[i + 1];
  if (!na || !nb || b.start < a.end) return undefined;
  if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) return undefined;
  const [acronym, expansion] = nb.acronym && !na.acronym ? [i + 1, i] : na.acronym && !nb.acronym && isAcronymText(a.text) ? [i, i + 1] : [-1, -1];
  if (acronym < 0) return undefined;
  const acr = acronymKey((names[acronym] as ParsedName).display);
  const exp = (names[expansion] as ParsedName).key;
  // Plausibility: the acronym starts with the initial of some word of the expansion.
  if (!exp.split(/[\s-]+/).some((w) => w.startsWith(acr[0]))) return undefined;
  return { acronym, expansion };
}
