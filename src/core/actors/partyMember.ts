// "The Wisconsin Republican said", "The Christian Democrat said", "The Green politician told reporters": one member of
// a party, as US and European news name a politician just named ("Opposition leader Friedrich Merz accused … The
// Christian Democrat said"). Not the party itself, which such a span had become or left unresolved.
import { lookupCountry } from './countries';
import { lastMentionBefore } from './salience';
import type { MentionTable } from './types';

/** "The [State] Republican [senator]": a determiner, up to two capitalised place words, a party member's noun. */
const PARTY_MEMBER_RE = /^[Tt]he\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}?(?:Republican|Democrat|Independent|Christian Democrat|Social Democrat|Free Democrat|Green|Conservative|Labour|Liberal Democrat|Tory|Socialist)(?:\s+(?:politician|lawmaker|legislator|senator|congressman|congresswoman|leader|candidate|governor|mayor|firebrand|veteran))?$/u;

/** Whether a speaker span names one member of a party, to be resolved as the person just named. */
export function namesPartyMember(raw: string): boolean {
  // Most spans are no "The …" at all: two character tests before the pattern (it runs for every speaker span).
  return raw.length < 60 && opensWithThe(raw) && PARTY_MEMBER_RE.test(raw);
}

/** "the German", "The Argentine", "the Iranian": one national, as sports and wire copy name a person just named
 * ("Leeds boss Daniel Farke admitted … the German said"), not the country. Collective forms ("the French", "the
 * British", "the Chinese", "the Swiss") are the country's side and stay out, as do plurals ("The Russians have used").
 * An apposition may follow ("The Catalan, whose side have won one of 11, insisted"). */
const ONE_NATIONAL_RE = /^[Tt]he\s+(\p{Lu}\p{Ll}+)(?:\s+(\p{Ll}+))?(?:,\s[^]*)?$/u;
const COLLECTIVE_END_RE = /(?:sh|ch|ese|s)$/;
/** Nouns for one national or one of a region's people, never the country's side ("the Dutchman", "the Catalan"). */
const ONE_NATIONAL_NOUNS = new Set(['dutchman', 'frenchman', 'englishman', 'irishman', 'welshman', 'scotsman', 'dutchwoman',
  'frenchwoman', 'englishwoman', 'irishwoman', 'welshwoman', 'scotswoman', 'spaniard', 'swede', 'dane', 'pole', 'finn', 'turk',
  'scot', 'catalan', 'basque', 'bavarian', 'sicilian', 'texan', 'californian', 'yorkshireman', 'glaswegian', 'scouser', 'geordie']);
/** A player a country fields: "the Portugal international", "the England captain". */
const PLAYER_ROLES = new Set(['international', 'forward', 'midfielder', 'defender', 'striker', 'winger', 'goalkeeper', 'keeper',
  'skipper', 'captain']);

/** Whether a speaker span names one member of a party or one national, to be resolved as the person just named. */
export function namesOneMember(raw: string): boolean {
  if (namesPartyMember(raw)) return true;
  const m = opensWithThe(raw) ? ONE_NATIONAL_RE.exec(raw) : null;
  if (!m) return false;
  if (m[2] !== undefined) return PLAYER_ROLES.has(m[2]) && lookupCountry(m[1]) !== undefined;
  if (ONE_NATIONAL_NOUNS.has(m[1].toLowerCase())) return true;
  return !COLLECTIVE_END_RE.test(m[1]) && lookupCountry(m[1])?.demonym === true;
}

/** Whether a span may open with "The " and a word: two character tests, before a pattern runs for every speaker span. */
function opensWithThe(raw: string): boolean {
  return raw.length >= 7 && (raw.charCodeAt(0) | 32) === 116 && raw.charCodeAt(3) === 32;
}

/** How far back (characters) a person described in apposition with the same words is looked for. */
const APPOSED_REACH = 3000;

/**
 * "Senator Maria Delgado, a Minnesota Democrat, debated Governor Tom Whitfield. Whitfield said … The Minnesota Democrat
 * said": the person the text gave the span's very words in apposition ("X, a Minnesota Democrat,") or before the name
 * ("Minnesota Democrat Maria Delgado"), the latest such within reach; else -1 (the person just named is meant).
 */
export function apposedMember(text: string, mentions: MentionTable, isPerson: (a: number) => boolean, raw: string, pos: number): number {
  const words = raw.replace(/^[Tt]he\s+/, '').replace(/,[^]*$/, '').toLowerCase();
  for (let k = lastMentionBefore(mentions, pos); k >= 0 && mentions.start[k] > pos - APPOSED_REACH; k--) {
    if (!isPerson(mentions.actor[k])) continue;
    const after = text.slice(mentions.end[k], mentions.end[k] + words.length + 8).toLowerCase();
    const appos = APPOSITION_RE.exec(after);
    if (appos && wordsAt(after, appos[0].length, words)) return mentions.actor[k];
    const before = text.slice(Math.max(0, mentions.start[k] - words.length - 1), mentions.start[k]).toLowerCase();
    if (before === `${words} ` || before.endsWith(` ${words} `)) return mentions.actor[k];
  }
  return -1;
}

const APPOSITION_RE = /^,\s+(?:a|an|the)\s+/;

/** Whether `words` stand at `at` in `s` as whole words. */
function wordsAt(s: string, at: number, words: string): boolean {
  return s.startsWith(words, at) && !/^[\p{L}-]/u.test(s.slice(at + words.length));
}
