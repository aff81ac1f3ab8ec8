// Wire copy opens a story with a description and names the person in the next sentence: "Brazil's president is
// pledging … Luiz Inacio Lula da Silva said …", "A top Japanese official is calling for … Shinzo Abe, acting secretary
// general of Japan's ruling Liberal Democratic Party, said Sunday …". A singular description that opens its sentence
// and found nobody before it is the person the next sentence's first claim names, on that person's first mention,
// when nothing known of that person contradicts it.
import type { Description } from './describe';
import type { Gender } from './roles';
import type { ActorProfile } from './types';

/** An article or a possessive name first: "The leader of …", "A top U.S. official", "Peru's President". */
const DETERMINED_RE = /^(?:[Tt]he\s|[Aa]n?\s|\p{Lu}[\p{L}.-]*['’]s?\s)/u;

/** Whether a description span (`raw`, parsed as `d`) may name someone only later: singular, with an article or owner. */
export function mayBeNamedNext(d: Description, raw: string): boolean {
  return d.head !== undefined && !d.plural && DETERMINED_RE.test(raw);
}

/** Whether the person named next fits the description: no other role, country or gender known. */
export function fitsNamedNext(d: Description, p: ActorProfile, gender: Gender | undefined, personGender: Gender | undefined): boolean {
  if (d.countries.length > 0 && p.countries.size > 0 && !d.countries.some((c) => p.countries.has(c))) return false;
  if (gender !== undefined && personGender !== undefined && gender !== personGender) return false;
  return p.roles.size === 0 || (d.head !== undefined && p.roles.has(d.head));
}
