// A relative pronoun that speaks ("Sen. Tim Kaine, who said …", "the ministry, which said …") speaks for its
// antecedent: the name right before it, or before a short prepositional phrase on it ("Democrats across the
// country, who highlighted …"). 442 corpus claims had "who" as their speaker and no actor.
import type { EntityType } from '../types';
import { appositionGap, Gap } from './apposition';
import { isHead, pluralHead, roleKey } from './roles';
import { lastMentionBefore } from './salience';
import type { MentionTable } from './types';

/** Relative pronouns and the actor types each can stand for. */
const RELATIVES: ReadonlyMap<string, ReadonlySet<EntityType>> = new Map([
  ['who', new Set<EntityType>(['PERSON', 'NORP'])],
  ['which', new Set<EntityType>(['ORG', 'GPE'])],
  ['that', new Set<EntityType>(['ORG', 'GPE'])],
]);

/** What may stand between the antecedent's end and the pronoun: a comma, a prepositional phrase of up to four
 * lower-case words and then a comma ("across the country,"), or a parenthesis and a comma ("(D-Mo.),"). */
const GAP = /^\s*(?:,|\s(?:of|in|at|from|across|around|for|with|on)(?:\s+[\p{Ll}\d][\p{L}\d’'-]*){1,3}\s*,|\s*\([^()\n]{1,24}\)\s*,)?\s*$/u;
/** The longest gap worth testing (the pronoun's preceding text is read this far). */
const MAX_GAP = 48;

export function isRelativePronoun(lower: string): boolean {
  return RELATIVES.has(lower);
}

/**
 * The actor of the antecedent of a relative pronoun starting at `pos`, or null. `mentions` are sorted by start;
 * `typeOf` gives the type of mention k's actor as the mention names it (mentionType in resolve.ts).
 */
export function antecedentOf(text: string, mentions: MentionTable, pos: number, lower: string, typeOf: (k: number) => EntityType): number | null {
  const types = RELATIVES.get(lower);
  if (!types) return null;
  if (lower === 'who') {
    const head = appositionHead(text, mentions, pos, typeOf);
    if (head !== null) return head;
  }
  // The last mention that ends before the pronoun, among the few that start last before it.
  const last = lastMentionBefore(mentions, pos);
  let best = -1;
  for (let k = last; k >= 0 && k >= last - 3; k--) {
    if (mentions.end[k] <= pos && (best < 0 || mentions.end[k] > mentions.end[best])) best = k;
  }
  if (best < 0 || pos - mentions.end[best] > MAX_GAP) return null;
  if (!GAP.test(text.slice(mentions.end[best], pos))) return null;
  if (lower === 'who') {
    // "Rep. Peter T. King of New York, who": the person the place or organisation qualifies; "an adviser to Trump,
    // who": the unnamed head, nobody.
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, mentions.start[best] - 12), mentions.start[best]));
    const prep = before ? before[1].toLowerCase() : '';
    if (prep === 'of' || prep === 'from') {
      const k = best - 1;
      const ofStart = mentions.start[best] - before![0].length;
      if (k >= 0 && typeOf(k) === 'PERSON' && /^\s*$/.test(text.slice(mentions.end[k], ofStart))) return mentions.actor[k];
      return null;
    }
    if (QUALIFYING.has(prep) && qualifiesPerson(text, mentions.start[best] - before![0].length)) return null;
  }
  return types.has(typeOf(best)) ? mentions.actor[best] : null;
}

/** How far before the pronoun the name an apposition describes may start. */
const MAX_APPOSITION = 200;

/**
 * "Paul Porter, a truck driver from Ava, Mo., who": the nearest person's name with an apposition
 * (apposition.ts) between it and the pronoun; null when there is none, or when that name itself qualifies an unnamed
 * person ("an adviser to Trump, a real estate developer, who": the adviser, nobody).
 */
function appositionHead(text: string, mentions: MentionTable, pos: number, typeOf: (k: number) => EntityType): number | null {
  if (text.charCodeAt(pos - 2) !== 44 /* , */ && !/,\s+$/.test(text.slice(pos - 4, pos))) return null;
  for (let k = lastMentionBefore(mentions, pos); k >= 0 && mentions.start[k] >= pos - MAX_APPOSITION; k--) {
    const a = mentions.actor[k];
    if (mentions.end[k] >= pos || typeOf(k) !== 'PERSON') continue;
    const gap = appositionGap(text, mentions, mentions.end[k], pos, typeOf);
    if (gap === Gap.NoneBefore) return null;
    if (gap === Gap.No) continue;
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, mentions.start[k] - 12), mentions.start[k]));
    const prep = before ? before[1].toLowerCase() : '';
    if ((QUALIFYING.has(prep) || prep === 'of' || prep === 'from') && qualifiesPerson(text, mentions.start[k] - before![0].length)) return null;
    return a;
  }
  return null;
}

/** Prepositions after which a name qualifies an unnamed head ("an adviser to Trump, who"). */
const QUALIFYING = new Set(['to', 'for', 'at', 'in', 'with', 'by', 'under']);

/** People named by what they are to someone, besides roles ("a friend of", "allies of"). */
const PERSON_NOUNS = new Set(['friend', 'friends', 'ally', 'allies', 'member', 'members', 'supporter', 'supporters', 'donor',
  'donors', 'staffer', 'staffers', 'aides', 'surrogate', 'surrogates', 'confidant', 'source', 'sources', 'person', 'people',
  'someone', 'man', 'woman', 'one', 'those', 'employee', 'employees', 'worker', 'workers', 'volunteer', 'volunteers']);
/** Adjectives of such a head before the preposition ("a source close to Trump, who"). */
const HEAD_ADJECTIVES = new Set(['close', 'closest', 'familiar', 'loyal', 'near', 'devoted', 'related', 'married', 'opposed']);

/**
 * Whether the word before the preposition at `prepStart` is a person the name qualifies ("an adviser to Trump, who",
 * "a source close to Trump, who"): then the unnamed head is who speaks. Otherwise the name is ("the decision is
 * risky for Cruz, who", "a win for Clinton, who").
 */
function qualifiesPerson(text: string, prepStart: number): boolean {
  const m = /([\p{L}’'-]+)[\s,]*$/u.exec(text.slice(Math.max(0, prepStart - 30), prepStart));
  if (!m) return true;
  const k = roleKey(m[1]);
  return isHead(k) || pluralHead(k) !== undefined || PERSON_NOUNS.has(k) || HEAD_ADJECTIVES.has(k);
}
