// A weak prior for a person's gender from their first name ("Steve Israel", "Jeff Weaver"), for speaker pronouns
// only, where the article itself gives no evidence (no honorific, gendered title, kinship noun or pronoun after the
// name: see context.ts). The table (models/name-genders.json) is derived from unlabeled news by
// scripts/build-name-genders.ts and keeps only names whose documents agree (models/name-genders.md).
import TABLE from '../../../models/name-genders.json';
import { sortedIncludes } from '../sortedIncludes';
import type { Gender } from './roles';
import { isTitleWord, roleKey } from './roles';
import { regionalGender } from './regionalGivenNames';


/** Names the derived table reads wrongly, mostly men's names of languages its news had few of ("Andrei Kartapolov …
 * he said" was given to another man); '' for a name used by both (Nana: Ghana's male chiefs and presidents; Rana: an
 * Arab woman's name, a Punjabi man's title and name; Jean: a Frenchman's, an English-speaking or Filipina woman's;
 * "Jean-Pierre" stays a man's). */
const CORRECTIONS: ReadonlyMap<string, Gender | ''> = new Map<string, Gender | ''>([['Andrei', 'm'], ['Valery', 'm'], ['Valeriy', 'm'],
  ['Lula', 'm'], ['Nana', ''], ['Philippe', 'm'], ['Misha', 'm'], ['Claude', ''], ['Daniele', ''], ['Stephane', 'm'],
  ['Maxime', 'm'], ['Baptiste', 'm'], ['Mathieu', 'm'], ['Ilya', 'm'], ['Oleksii', 'm'], ['Oleh', 'm'], ['Olha', 'f'],
  ['Nataliia', 'f'], ['Hanan', ''], ['Rana', ''], ['Jean', '']]);

const NOT_GIVEN_BEFORE_DASH = /^(?:al|el|ad|as|at|az|ash|bin|ibn|abu|abd|bani|beni)$/i;

function lookup(name: string): Gender | undefined {
  const fixed = CORRECTIONS.get(name);
  if (fixed !== undefined) return fixed === '' ? undefined : fixed;
  // The lists are sorted (UTF-16 order, as the builder's sort leaves them) and searched by halves, so the first pronoun
  // pays no map of 8,000 names (~1.5 ms of a cold run).
  const found = sortedIncludes(TABLE.m, name) ? 'm' : sortedIncludes(TABLE.f, name) ? 'f' : regionalGender(name);
  // "Yves-François", "Jean-Pierre", "Marie-Claire": a compound given name has its first part's gender.
  // Not an Arabic article or patronymic before a family name ("Al-Hakim", "Abu-Zeid"): no given name.
  const dash = found === undefined ? name.indexOf('-') : -1;
  if (dash > 1 && name.slice(0, dash) === 'Jean') return 'm';
  return dash > 1 && !NOT_GIVEN_BEFORE_DASH.test(name.slice(0, dash)) ? lookup(name.slice(0, dash)) : found;
}

/** The gender the first name of a person's name says, if the table knows it: "Steve Israel" → m; titles before the name
 * are skipped, and a title and one word is a surname ("Rep. Israel"). A person the article names by one word only is
 * read as a first name ("Melanie", "Kevin" in a feature story); a surname that is also a first name then reads as one
 * ("Warren" m), which matters only when the article never gives the full name (bench/actors-experiments.md 27a-6). */
export function genderOfFirstName(name: string): Gender | undefined {
  let from = 0;
  for (;;) {
    const sp = name.indexOf(' ', from);
    if (sp < 0) return from === 0 ? lookup(name) : undefined; // after titles, the last word is the surname
    const word = name.slice(from, sp);
    if (!isTitleWord(roleKey(word))) return lookup(word);
    from = sp + 1;
  }
}
