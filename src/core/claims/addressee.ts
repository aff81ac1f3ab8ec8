// Where the reported clause starts after a recipient cue's addressee when no "that" marks it, as wire news writes:
// "told reporters Iran wants …", "told a news conference in Kabul Wednesday the initiative is …".
import type { DocContext } from './context';
import { isCapitalized, isOpenQuoteMark, nm } from './context';
import { APOSTROPHE_S, PREPOSITIONS } from './words';

/** The first token of the reported clause after the addressee starting at token j, or -1 when neither pattern fits. */
export function clauseAfterAddressee(ctx: DocContext, j: number, hi: number): number {
  const subject = subjectAfterAddressee(ctx, j, hi);
  if (subject >= 0) return subject;
  // Before the group pattern, which reads "news" in "a news conference" as a plural addressee.
  const listener = clauseAfterListener(ctx, j, hi);
  if (listener >= 0) return listener;
  const phrase = subjectPhraseAfterGroup(ctx, j, hi);
  if (phrase >= 0) return phrase;
  const named = clauseAfterNamedAddressee(ctx, j, hi);
  return named >= 0 ? named : clauseAfterDay(ctx, j, hi);
}

const TELL = new Set(['told', 'tells', 'tell', 'telling']);
/** Lower-case media nouns after a capitalised modifier ("told Israeli radio", "told Russian television"). */
const MEDIA = new Set(['radio', 'television', 'tv', 'media', 'reporters', 'journalists', 'newspaper', 'lawmakers']);
/** Words that open a noun phrase, the reported clause's subject, after a named addressee. */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'one', 'some', 'many',
  'most', 'several', 'no', 'all', 'both', 'each', 'every', 'any']);

/**
 * "tells VOA the rebels will ask …", "told Russian television the new version …", "told Israeli radio one of the
 * topics …": after "told", a named addressee (up to three capitalised words, and a media noun after them), then a
 * word that opens a noun phrase: the reported clause starts there, with no "that" (wire style). -1 otherwise.
 */
function clauseAfterNamedAddressee(ctx: DocContext, j: number, hi: number): number {
  if (j < 1 || !TELL.has(nm(ctx, j - 1))) return -1;
  // "told the Herald the regulator …": a named outlet's article.
  const from = j + 1 < hi && nm(ctx, j) === 'the' && !isCapitalized(ctx, j) && isCapitalized(ctx, j + 1) ? j + 1 : j;
  let k = from;
  // A possessive inside it: "told NPR's Morning Edition the council …".
  while (k < hi && k < from + 5 && (isCapitalized(ctx, k) && ctx.tokens.kind(k) === 'word' ||
    (k > from && (ctx.tokens.text(k) === '.' || (APOSTROPHE_S.has(ctx.tokens.text(k)) && k + 1 < hi && isCapitalized(ctx, k + 1)))))) k++;
  if (k === from || WEEKDAYS.has(nm(ctx, k - 1))) return -1;
  if (k < hi && MEDIA.has(nm(ctx, k)) && !isCapitalized(ctx, k)) k++;
  return k + 1 < hi && SUBJECT_OPENERS.has(nm(ctx, k)) && !isCapitalized(ctx, k) && ctx.tokens.kind(k + 1) === 'word' ? k : -1;
}

/** Determiners an addressee may open with ("told the lawmakers", "told his aides"). */
const ADDRESSEE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'a', 'an', 'some', 'several']);
/** Addressee nouns of groups that do not end in "s" ("told the inquest Mr X was …"). */
const GROUP_ADDRESSEES = new Set(['media', 'people', 'police', 'press', 'crowd', 'audience', 'staff', 'court', 'jury', 'inquest', 'hearing',
  'tribunal', 'committee', 'inquiry', 'panel', 'commission', 'council', 'conference', 'parliament', 'senate']);

/**
 * "told reporters Iran wants …", "told the lawmakers Canada faces …": a short lower-case addressee ending in a group
 * noun (a plural: not "told host Chris Cuomo she …", where the name is the addressee), then a capitalised name and a
 * lower-case word that is no preposition or pronoun (a verb, most likely): the name opens the reported clause, which
 * has no "that". -1 if the words after the cue are not so.
 */
function subjectAfterAddressee(ctx: DocContext, j: number, hi: number): number {
  let k = j;
  if (k < hi && ADDRESSEE_DETERMINERS.has(nm(ctx, k)) && !isCapitalized(ctx, k)) k++;
  const nouns = k;
  while (k < hi && k < nouns + 3 && isWordLower(ctx, k) && !PREPOSITIONS.has(nm(ctx, k)) && !CLAUSE_OPENERS.has(nm(ctx, k))) k++;
  if (k === nouns || k + 1 >= hi || !isCapitalized(ctx, k) || ctx.tokens.kind(k) !== 'word' || WEEKDAYS.has(nm(ctx, k))) return -1;
  const group = nm(ctx, k - 1);
  if (!group.endsWith('s') && !GROUP_ADDRESSEES.has(group)) return -1;
  let e = k + 1;
  while (e < hi && e < k + 4 && isCapitalized(ctx, e) && ctx.tokens.kind(e) === 'word') e++;
  const next = e < hi ? nm(ctx, e) : '';
  return e < hi && isWordLower(ctx, e) && !PREPOSITIONS.has(next) && !CLAUSE_OPENERS.has(next) && !OBJECT_PRONOUNS.has(next) ? k : -1;
}

/** Auxiliaries and modals that follow a reported clause's subject ("the parts were", "her boyfriend had"). */
const AUXILIARIES = new Set(['would', 'will', 'was', 'were', 'had', 'has', 'have', 'is', 'are', 'could', 'should', 'can', 'may',
  'might', 'must', 'did', 'does']);

/**
 * "told officers the parts were worth …", "told police her boyfriend had …", "told analysts revenue would rise":
 * after "told", a one-word group addressee (a plural, or a group noun: police, staff, the court), then a lower-case
 * subject of one to three words and an auxiliary: the reported clause starts at the subject, with no "that". -1 else.
 */
function subjectPhraseAfterGroup(ctx: DocContext, j: number, hi: number): number {
  if (j < 1 || !TELL.has(nm(ctx, j - 1))) return -1;
  const k = j + 1 < hi && ADDRESSEE_DETERMINERS.has(nm(ctx, j)) && !isCapitalized(ctx, j) ? j + 1 : j;
  const group = k < hi && isWordLower(ctx, k) ? nm(ctx, k) : '';
  if (!(GROUP_ADDRESSEES.has(group) || (group.length > 3 && group.endsWith('s'))) || PREPOSITIONS.has(group)) return -1;
  for (let e = k + 1; e < hi && e <= k + 4; e++) {
    const w = nm(ctx, e);
    if (e > k + 1 && AUXILIARIES.has(w)) return k + 1;
    if (!isWordLower(ctx, e) || PREPOSITIONS.has(w) || AUXILIARIES.has(w) || w === 'that' || w === 'to') return -1;
  }
  return -1;
}

/** Heads of an unnamed audience or outlet after "told" ("a news conference", "local media", "state television"). */
const LISTENER_HEADS = new Set(['conference', 'briefing', 'media', 'television', 'tv', 'radio', 'press', 'crowd', 'audience',
  'reporters', 'journalists', 'lawmakers', 'rally', 'gathering', 'meeting', 'outlets', 'broadcaster']);

/**
 * "told a news conference the deal was done", "told local media the talks had failed", "told her the team would
 * return": after "told", an object pronoun or a short lower-case audience, then a lower-case noun phrase and an
 * auxiliary within a few words: the reported clause starts at that noun phrase, with no "that". -1 otherwise.
 */
function clauseAfterListener(ctx: DocContext, j: number, hi: number): number {
  if (j < 1 || !TELL.has(nm(ctx, j - 1)) || !isWordLower(ctx, j)) return -1;
  let k = j;
  if (OBJECT_PRONOUNS.has(nm(ctx, j))) k = j + 1;
  else {
    if (ADDRESSEE_DETERMINERS.has(nm(ctx, k))) k++;
    const nouns = k;
    while (k < hi && k < nouns + 3 && isWordLower(ctx, k) && !LISTENER_HEADS.has(nm(ctx, k))) k++;
    if (k >= hi || !LISTENER_HEADS.has(nm(ctx, k)) || !isWordLower(ctx, k)) return -1;
    k++;
  }
  if (k + 1 >= hi || !SUBJECT_OPENERS.has(nm(ctx, k)) || !isWordLower(ctx, k)) return -1;
  for (let e = k + 1; e < hi && e <= k + 5; e++) {
    const w = nm(ctx, e);
    if (AUXILIARIES.has(w)) return e > k + 1 ? k : -1;
    if (ctx.tokens.kind(e) !== 'word' || PREPOSITIONS.has(w) || w === 'that') return -1;
  }
  return -1;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * "told a news conference in Kabul Wednesday the initiative is …": an addressee and place, then a weekday, then the
 * reported clause without "that" (wire style): it starts after the weekday. -1 unless the weekday comes within a few
 * words, with no punctuation, quote or "that" before it.
 */
function clauseAfterDay(ctx: DocContext, j: number, hi: number): number {
  for (let k = j + 1; k < hi && k < j + 9; k++) {
    const m = nm(ctx, k);
    if (ctx.tokens.kind(k) !== 'word' || m === 'that' || isOpenQuoteMark(ctx, k)) return -1;
    if (WEEKDAYS.has(m)) {
      const next = k + 1 < hi && DAY_PARTS.has(nm(ctx, k + 1)) ? k + 2 : k + 1;
      return next < hi && ctx.tokens.kind(next) === 'word' && !PREPOSITIONS.has(nm(ctx, next)) ? next : -1;
    }
  }
  return -1;
}

export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Words that open the reported clause after a recipient ("told her that", "told her she …", "asked her to"). */
export const CLAUSE_OPENERS = new Set(['that', 'to', 'not', 'he', 'she', 'they', 'i', 'we', 'it', 'you', 'how', 'what', 'why', 'whether', 'if', 'when', 'about']);

export function isWordLower(ctx: DocContext, i: number): boolean {
  return ctx.tokens.kind(i) === 'word' && !isCapitalized(ctx, i);
}
