// Actors: grouping entity mentions into actors, and resolving who speaks each claim.
//
//   const grouping = groupActors(text, tokens, sentences, entities);  // entities (input order) with `actor` set, actors
//   const claims = resolveSpeakers(text, tokens, sentences, candidates, grouping);  // `speaker` = actor id or null
//   searchActors(grouping.actors, 'amir')  // fuzzy quick-pick search (fuse.js)
//
// Grouping (group.ts; ids.ts for names and ids):
// - Full names join when surname and given names agree (exact, an initial, or a transliteration: Qassim / Qasim,
//   Mohammed / Muhammad); "George Bush" and "Jeb Bush" stay two actors. A bare surname joins the only person with
//   that surname; if several, the one introduced first by full name before it (else the first named after it); spelling
//   variants a skeleton misses (Gaddafi / Qaddafi) are found with fuse.js over a small, bounded candidate set.
// - Titles are stripped from person spans ("Iranian Foreign Minister Hussein Amir-Abdollahian" → name "Hussein
//   Amir-Abdollahian"); possessives, a leading "the", case, accents (NFC/NFD), apostrophes and Arabic-script
//   letter variants fold away for matching.
// - Acronyms join their expansion when defined in a parenthesis ("… Corps (IRGC)", in one span or two) or when
//   they spell the initials of a name in the text ("JFK"). Countries: names, abbreviations and demonyms from
//   countries-data.ts ("Iranian", "U.S.", "Britain") join one country actor, named by its common name.
// - The actor's name is its fullest form; its id is "<type>:<slug of the name>" (stable when unrelated actors
//   are added; see ids.ts). Dates form no actors.
// Speaker resolution (resolve.ts; salience.ts for pronouns, describe.ts for descriptions, context.ts for the
// roles and affiliations seen with each person): names, "he"/"she"/"they"/"it", "the top Iranian diplomat",
// "the Iraqi advisor", "the country". Unresolvable speakers stay null.
// Cost: linear in tokens + entities; every candidate list is capped (see registry.ts). bench/actors.ts measures it.
export { groupActors } from './group';
export { resolveSpeakers } from './resolve';
export type { ActorGrouping, ActorMention, ActorProfile, MentionPosition, MentionTable } from './types';
export { mentionAt } from './types';
export { lookupCountry } from './countries';
export type { Country, CountryHit } from './countries';
export { searchActors } from './search';
export type { ActorMatch } from './search';
