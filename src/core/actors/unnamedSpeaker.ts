// A "he" or "she" that goes on with the speaker of the sentence before, where salience would pick someone else: an
// unnamed new speaker ("A spokeswoman for the authority said … She said …": nobody, not the last named woman three
// sentences back), or someone who speaks for another ("Kelly's spokesman … he said": Kelly, for whom he spoke).
import type { Sentence } from '../text/token';
import type { Gender } from './roles';
import { parseDescription } from './describe';
import { descriptionGender } from './renamingDescription';
import { lastMentionBefore } from './salience';
import type { LastSpeaker } from './speakerHeads';
import type { MentionTable } from './types';
import { SUBJECT } from './types';

/** Where a description's first noun phrase ends: its first comma, parenthesis or preposition. */
const PHRASE_END_RE = /[,(]|\s(?:of|for|from|with|in|at|on|who|that|which|by|to)\s/;

/**
 * Whether the claim resolved last (`last`, in the sentence before the pronoun at `pos`) had as its speaker someone
 * new and unnamed, a singular person ("A spokeswoman for the authority", "An official"; not "the candidate" that
 * found nobody, as often the person named before), of a gender the pronoun allows, with no person the pronoun may
 * mean (`accept`) named from the start of that sentence to the pronoun.
 */
function unnamedSpeakerGoesOn(text: string, sentences: readonly Sentence[], mentions: MentionTable, last: LastSpeaker,
  pos: number, sentence: number, gender: Gender, accept: (actor: number) => boolean): boolean {
  if (last.actor !== null || last.start < 0 || last.sentence !== sentence - 1) return false;
  const raw = relativeHead(text, sentences[last.sentence].start, last) ?? text.slice(last.start, last.end).trim();
  const cut = PHRASE_END_RE.exec(raw);
  const phrase = cut ? raw.slice(0, cut.index) : raw;
  const d = parseDescription(phrase);
  // "the daughter of one resident, who cannot be named for legal reasons,": unnamed, whatever her article or noun.
  // "One of the survivors, a 23-year-old man from Sudan,": one unnamed member of a group of people.
  const unnamed = (NOT_NAMED_RE.test(raw) && !d.plural && !/s$/.test(phrase)) || ONE_OF_GROUP_RE.test(raw);
  if (!unnamed && (d.plural || !d.indefinite || !(d.head !== undefined ? endsWithHead(phrase, d.head) : endsWithPersonNoun(phrase)))) return false;
  const said = descriptionGender(raw);
  if (said !== undefined && said !== gender) return false;
  return noneNamedSince(mentions, sentences[last.sentence].start, pos, accept);
}

const ONE_OF_GROUP_RE = /^(?:[Oo]ne|[Aa]nother) of (?:the|those|their|his|her|its) (?:[\p{Ll}-]+ )?\p{Ll}[\p{Ll}-]*s\b/u;

/** "Another worker, who asked not to be named, said …": when the last speaker is the relative pronoun of a clause
 *  that opens its sentence's subject, that subject (the words from the sentence's start to the pronoun), else null. */
function relativeHead(text: string, sentenceStart: number, last: LastSpeaker): string | null {
  const raw = text.slice(last.start, last.end).trim();
  if (raw !== 'who' && raw !== 'Who') return null;
  const before = text.slice(sentenceStart, last.start).trim().replace(/,$/, '');
  return before.length > 0 && !before.includes(',') ? before : null;
}

/** A description that says its person goes unnamed ("An Egyptian official, speaking on condition of anonymity,", "the
 * daughter …, who cannot be named", "an official not authorized to speak"). */
export const NOT_NAMED_RE = /\b(?:cannot|can't|could not|can ?not|may not) be (?:named|identified)\b|\bnot (?:to )?be (?:named|identified)\b|\banonymity\b|\bnot authori[sz]ed\b/i;

const SPEAKS_FOR_WORD_RE = /spokes|lawyer|attorney|publicist|agent|representative/;
/** "Kelly's spokesman", "a spokeswoman for the ministry", "his lawyer": someone who speaks for the one named. */
const SPEAKS_FOR_RE = /^(?:\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s?|[Hh]is|[Hh]er|[Tt]heir|(?:[Aa]n?|[Tt]he)(?:\s[\p{L}-]+){0,2}?\s(?=\S+\s(?:for|to)\s))\s*(?:[\p{L}-]+\s){0,2}?(?:spokesman|spokeswoman|lawyer|attorney|publicist|agent|representative)\b/u;

/** "A Home Office spokeswoman", "a Scottish Government spokesman": the body's name before the spokesperson. */
const BODY_SPOKESPERSON_RE = /^(?:[Aa]n?|[Tt]he)\s(?:\p{Lu}[\p{L}.'’&-]*\s){1,4}spokes(?:man|woman|person)$/u;

/**
 * "But Kelly's spokesman slammed the allegations … ¶ “Kelly will not be dragged …,” he said.": a "he" or "she" in the
 * sentence after a speaker who speaks for another, of the pronoun's gender by the words ("spokesman"), is that speaker
 * again: whom the last claim gave (Kelly), not the man named before (Pike). With no person the pronoun may mean named
 * from the start of that sentence to the pronoun.
 */
function standInGoesOn(text: string, sentences: readonly Sentence[], mentions: MentionTable, last: LastSpeaker,
  pos: number, sentence: number, gender: Gender, accept: (actor: number) => boolean): boolean {
  if (last.actor === null || last.start < 0 || last.sentence !== sentence - 1) return false;
  const raw = text.slice(last.start, last.end).trim();
  // The cheap test first: this runs for every "he" or "she" after a named speaker.
  if (!SPEAKS_FOR_WORD_RE.test(raw) || !(SPEAKS_FOR_RE.test(raw) || BODY_SPOKESPERSON_RE.test(raw)) || descriptionGender(raw) !== gender) return false;
  return noneNamedSince(mentions, sentences[last.sentence].start, pos, accept);
}

/** Whether no person the pronoun may mean (`accept`) is named from `from` to the pronoun at `pos`. */
function noneNamedSince(mentions: MentionTable, from: number, pos: number, accept: (actor: number) => boolean): boolean {
  for (let k = lastMentionBefore(mentions, pos); k >= 0 && mentions.start[k] >= from; k--) {
    if (accept(mentions.actor[k])) return false;
  }
  return true;
}

/** People the role table holds no title for, as copy introduces them unnamed ("Another worker", "A woman", "One
 *  passenger"). */
const PERSON_NOUNS = new Set(['worker', 'employee', 'man', 'woman', 'person', 'passenger', 'patient', 'parent', 'student', 'voter',
  'protester', 'protestor', 'neighbour', 'neighbor', 'shopper', 'customer', 'driver', 'tenant', 'survivor', 'victim', 'relative',
  'friend', 'colleague', 'volunteer', 'villager', 'refugee', 'migrant', 'detainee', 'prisoner', 'inmate', 'miner', 'mother', 'father',
  'caller', 'bystander', 'onlooker', 'eyewitness', 'local', 'traveller', 'traveler', 'fan', 'supporter', 'veteran', 'retiree']);

function endsWithPersonNoun(phrase: string): boolean {
  return PERSON_NOUNS.has(phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase());
}

/** Whether the phrase's last word is its head role ("A senior official"), not a thing ("A Watchdog report released"). */
function endsWithHead(phrase: string, head: string): boolean {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  return parseDescription(last).head === head;
}

/**
 * Who a "he" or "she" at `pos` goes on with when the claim resolved last, in the sentence before, decides it: nobody
 * after an unnamed new speaker (unnamedSpeakerGoesOn), the one spoken for after a stand-in (standInGoesOn); undefined
 * otherwise (salience decides).
 */
export function speakerGoingOn(text: string, sentences: readonly Sentence[], mentions: MentionTable, last: LastSpeaker,
  pos: number, sentence: number, gender: Gender, accept: (actor: number) => boolean): number | null | undefined {
  if (unnamedSpeakerGoesOn(text, sentences, mentions, last, pos, sentence, gender, accept)) return null;
  if (standInGoesOn(text, sentences, mentions, last, pos, sentence, gender, accept)) return last.actor;
  return undefined;
}

/** A spokesperson named by nothing but the role ("A spokeswoman said"). */
const BARE_SPOKESPERSON_RE = /^an?\s+spokes(?:man|woman|person)$/i;

/**
 * "Halloway Press defended the book. A spokeswoman said …": a bare spokesperson speaks for the organisation that is the
 * subject of the sentence just before (its first subject mention), else null. `orgAt(a)`: actor a is an organisation.
 */
export function spokespersonOfLastSubject(raw: string, mentions: MentionTable, pos: number, sentence: number,
  orgAt: (actor: number) => boolean): number | null {
  if (sentence < 1 || !BARE_SPOKESPERSON_RE.test(raw)) return null;
  let first = -1;
  for (let k = lastMentionBefore(mentions, pos); k >= 0 && mentions.sentence[k] >= sentence - 1; k--) {
    if (mentions.sentence[k] === sentence - 1) first = k;
    else if (mentions.sentence[k] === sentence) return null; // someone named in its own sentence first
  }
  return first >= 0 && mentions.position[first] === SUBJECT && orgAt(mentions.actor[first]) ? mentions.actor[first] : null;
}
