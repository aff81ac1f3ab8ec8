// "The 22-year-old Spaniard, who saved a match point, described …", "the young Russian": a definite description
// headed by a singular demonym is one person of that country, the one the story is about, not the country (as "The
// Spaniard" alone already was).
import { lookupCountry } from './countries';
import type { Description } from './describe';
import type { ActorGrouping } from './types';

/** "The" and up to three modifiers before one capitalised word, up to a comma. */
const DEFINITE_DEMONYM_RE = /^[Tt]he\s+(?:[\p{L}\d-]+\s+){0,3}(\p{Lu}\p{Ll}+)(?:,|$)/u;

/** Whether the span text `raw`, parsed as `d`, names one person by a demonym ("The young Spaniard"). */
export function namesDemonymPerson(raw: string, d: Description): boolean {
  if (d.countries.length !== 1 || d.roles.length > 0 || d.head !== undefined || d.plural || d.indefinite) return false;
  const m = DEFINITE_DEMONYM_RE.exec(raw);
  return m !== null && lookupCountry(m[1])?.demonym === true;
}

/** A person who may be of the description's country: none known, or that one. */
export function mayBeOfCountry(g: ActorGrouping, d: Description): (a: number) => boolean {
  return (a) => g.actors[a].type === 'PERSON' && (g.profiles[a].countries.size === 0 || g.profiles[a].countries.has(d.countries[0]));
}
