// Wire copy opens a story with a description and names the person in the next sentence: "Brazil's president is
// pledging … Luiz Inacio Lula da Silva said …", "The leader of Sudan's main southern rebel group has called on …
// John Garang said Saturday …". A definite description that opens its sentence and found nobody before it is the
// person the next sentence's first claim names, when nothing known of that person contradicts it.
import type { Description } from './describe';
import type { Gender } from './roles';
import type { ActorProfile } from './types';

const DEFINITE_RE = /^(?:[Tt]he\s|\p{Lu}[\p{L}.-]*['’]s?\s)/u;

/** Whether a description span (`raw`, parsed as `d`) may name someone only later: singular, definite or possessive. */
export function mayBeNamedNext(d: Description, raw: string): boolean {
  return d.head !== undefined && !d.plural && !d.indefinite && DEFINITE_RE.test(raw);
}

/** Whether the person named next fits the description: no other role, country or gender known. */
export function fitsNamedNext(d: Description, p: ActorProfile, gender: Gender | undefined, personGender: Gender | undefined): boolean {
  if (d.countries.length > 0 && p.countries.size > 0 && !d.countries.some((c) => p.countries.has(c))) return false;
  if (gender !== undefined && personGender !== undefined && gender !== personGender) return false;
  return p.roles.size === 0 || (d.head !== undefined && p.roles.has(d.head));
}
