// "they" after an unnamed group of people: "Officials at Atomstroyexport say … They added", "Trump's supporters
// aren't wrong when they …", "her team … Such efforts, they believe". Salience finds the nearest organisation,
// country or people for "they", but when a plural noun of people comes between that mention and the pronoun, the
// pronoun most often means those people, who are nobody we can name (as the speaker "officials" is nobody). Read on
// the 1,183 articles: of 28 "they" that found a group, 7 were right; those the noun blocks were nearly all wrong.
import { pluralHead, roleKey } from './roles';
import { lastMentionBefore } from './salience';
import type { MentionTable } from './types';

/** Plural nouns of people that are no role (roles.ts pluralHead covers "officials", "leaders", "analysts" …). */
const PEOPLE = new Set(['people', 'supporters', 'voters', 'fans', 'backers', 'donors', 'delegates', 'rivals', 'opponents',
  'critics', 'protesters', 'protestors', 'demonstrators', 'attendees', 'residents', 'citizens', 'workers', 'employees',
  'members', 'staff', 'staffers', 'aides', 'team', 'campaign', 'camp', 'crowd', 'children', 'parents', 'families', 'couple',
  'students', 'teachers', 'women', 'men', 'soldiers', 'troops', 'rebels', 'militants', 'insurgents', 'fighters', 'refugees',
  'migrants', 'immigrants', 'victims', 'investors', 'partners', 'colleagues', 'friends', 'allies', 'loyalists', 'followers',
  'surrogates', 'strategists', 'operatives', 'organizers', 'organisers', 'participants', 'volunteers', 'scientists',
  'doctors', 'lawyers', 'judges', 'economists', 'pollsters', 'observers', 'witnesses', 'survivors', 'relatives',
  'authors', 'writers', 'researchers', 'lawmakers', 'legislators', 'senators', 'congressmen', 'progressives',
  'conservatives', 'liberals', 'moderates', 'evangelicals', 'independents', 'associates', 'insiders', 'outsiders', 'pundits',
  'commentators', 'columnists', 'advocates', 'hopefuls', 'contenders', 'scholars', 'academics', 'historians', 'bankers',
  'traders', 'farmers', 'consumers', 'taxpayers', 'readers', 'viewers', 'listeners', 'audiences', 'subscribers', 'users',
  'customers', 'patients', 'shareholders', 'expatriates', 'exiles', 'emigrants', 'prisoners', 'detainees', 'hostages',
  'passengers', 'pilgrims', 'worshippers', 'villagers', 'settlers', 'tourists', 'activists', 'journalists', 'reporters']);

/** Plural nouns of records that "show" or "suggest" something ("when the numbers were updated …, they showed"), and of
 * bodies that act ("lower courts have become more critical. They …"): "they" means those, not a group named before
 * them. They block as the nouns of people do (not isPeopleNoun: they are no speaker's head). */
const RECORDS = new Set(['numbers', 'figures', 'results', 'polls', 'surveys', 'studies', 'statistics', 'documents', 'records',
  'emails', 'e-mails', 'files', 'reports', 'estimates', 'projections', 'findings', 'courts', 'companies', 'firms', 'banks',
  'newspapers', 'agencies', 'outlets', 'networks', 'media']);
/** A possessive right after the name: the records are its own ("Democrats’ numbers"). */
const POSSESSIVE_ADJACENT_RE = /^['’]s?\s+(?:[\p{L}.-]+\s+){0,2}$/u;

/** Whether a word (roleKey) is a plural noun of people: one of the nouns above or a plural role ("officials"). */
export function isPeopleNoun(key: string): boolean {
  return PEOPLE.has(key) || pluralHead(key) !== undefined;
}

/** Whether "they" right after a speaker whose span ends in this word (roleKey) means that speaker: people or records
 * ("Local media say … They say"). */
export function isTheyNoun(key: string): boolean {
  return isPeopleNoun(key) || RECORDS.has(key);
}

/** The nouns above that do not end in "s" (the scan tests only these and words ending in "s"). Bodies ("authorities",
 * "government", "police", "forces") are none: they neither block nor restore the group found (tried: letting a body
 * after the last noun restore it changed 7 speakers, 5 wrongly: "Pakistani officials say security forces … They"). */
const NOT_IN_S = new Set(['people', 'staff', 'team', 'campaign', 'camp', 'crowd', 'children', 'women', 'men', 'couple', 'media']);

/** Only a possessive and at most two words between a name and the noun: "Facebook officials", "Senate Republican
 * leaders", "U.S. intelligence officials". */
const ADJACENT_RE = /^(?:['’]s?)?\s+(?:[\p{L}.-]+\s+){0,2}$/u;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isWordChar = (c: number): boolean => isAsciiLetter(c) || c === 39 || c === 0x2019 || c === 45;

/**
 * Whether "they" at `pos` means an unnamed group rather than `actor`, found by salience: a plural noun of people
 * after the actor's last mention (within the window: mentions from sentence `minSentence` on). The noun right after
 * the name heads the name's own noun phrase: an organisation speaks through its people ("Facebook officials say
 * they"), a country or people does not ("U.S. officials say … they" is nobody, as the speaker "U.S. officials" is).
 */
export function unnamedGroupSince(text: string, mentions: MentionTable, actor: number, isOrg: boolean, pos: number, minSentence: number): boolean {
  let k = -1;
  const hi = lastMentionBefore(mentions, pos);
  for (let j = hi; j >= 0 && mentions.sentence[j] >= minSentence; j--) if (mentions.actor[j] === actor) { k = j; break; }
  if (k < 0) return false;
  const from = mentions.end[k];
  // Words inside later mentions are names ("Chicago Teachers Union"), not nouns of people.
  let nextMention = k + 1;
  let blocks = false; // what the latest noun of people says: the one nearest the pronoun is its antecedent
  // A loop over characters, not a Unicode word regex: this ran for every "they" that found a group (~20 ms of the
  // stage with matchAll). The nouns sought are ASCII; a word is a run of ASCII letters, apostrophes and hyphens.
  for (let i = from; i < pos;) {
    if (!isAsciiLetter(text.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < pos && isWordChar(text.charCodeAt(j))) j++;
    const at = i;
    i = j;
    // Nouns of people end in "s" ("officials", "voters") or are a few others ("people", "staff", "team", "police").
    if (j - at < 3 || ((text.charCodeAt(j - 1) | 32) !== 115 && !NOT_IN_S.has(text.slice(at, j).toLowerCase()))) continue;
    while (nextMention <= hi && mentions.end[nextMention] <= at) nextMention++;
    if (nextMention <= hi && mentions.start[nextMention] <= at) continue;
    const key = roleKey(text.slice(at, j));
    const records = RECORDS.has(key);
    if (!records && !isPeopleNoun(key)) continue;
    // An organisation's own people right after its name ("Facebook officials", "Senate Republican leaders") speak for
    // it; a country's or people's do not ("U.S. officials", "Democratic leaders" are nobody as speakers too). Anyone's
    // own records are no other antecedent ("Democrats’ numbers … have fallen. … they're hopeful"), but a people's
    // records are not the people ("Some Russian news reports … This, they said").
    blocks = !(records ? POSSESSIVE_ADJACENT_RE : isOrg ? ADJACENT_RE : undefined)?.test(text.slice(from, at));
  }
  return blocks;
}
