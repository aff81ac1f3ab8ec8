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
  'authors', 'writers', 'researchers', 'lawmakers', 'legislators', 'senators', 'congressmen']);

/** Bodies a country or organisation speaks through: "Authorities say … they" still means the country found (as the
 * speaker "Authorities" does, resolve.ts genericSpeaker; speakerHead.ts PLACE_BODIES). */
const BODIES = new Set(['authorities', 'government', 'police', 'forces', 'military', 'army', 'ministry']);

/** Only a possessive and at most two words between a name and the noun: "Facebook officials", "Senate Republican
 * leaders", "U.S. intelligence officials". */
const ADJACENT_RE = /^(?:['’]s?)?\s+(?:[\p{L}.-]+\s+){0,2}$/u;
const WORD_RE = /\p{L}[\p{L}'’-]*/gu;

/**
 * Whether "they" at `pos` means an unnamed group rather than `actor`, found by salience: a plural noun of people
 * after the actor's last mention (within the window: mentions from sentence `minSentence` on). The noun right after
 * the name heads the name's own noun phrase: an organisation speaks through its people ("Facebook officials say
 * they"), a country or people only through a body ("U.S. officials say … they" is nobody, as "U.S. officials" is).
 */
export function unnamedGroupSince(text: string, mentions: MentionTable, actor: number, isOrg: boolean, pos: number, minSentence: number): boolean {
  let k = -1;
  const hi = lastMentionBefore(mentions, pos);
  for (let j = hi; j >= 0 && mentions.sentence[j] >= minSentence; j--) if (mentions.actor[j] === actor) { k = j; break; }
  if (k < 0) return false;
  const from = mentions.end[k];
  // Words inside later mentions are names ("Chicago Teachers Union"), not nouns of people.
  let nextMention = k + 1;
  const gap = text.slice(from, pos);
  let blocks = false; // what the latest noun of people says: the one nearest the pronoun is its antecedent
  for (const m of gap.matchAll(WORD_RE)) {
    const at = from + (m.index ?? 0);
    while (nextMention <= hi && mentions.end[nextMention] <= at) nextMention++;
    if (nextMention <= hi && mentions.start[nextMention] <= at) continue;
    const key = roleKey(m[0]);
    if (!PEOPLE.has(key) && pluralHead(key) === undefined) continue;
    // The name's own people or body ("Facebook officials", "Senate Republican leaders", "Russia's military") speak
    // for it; a body speaks for the country found ("Authorities say … They say").
    blocks = !BODIES.has(key) && !(isOrg && ADJACENT_RE.test(text.slice(from, at)));
  }
  return blocks;
}
