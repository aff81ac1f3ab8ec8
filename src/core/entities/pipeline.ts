// Token-level entity pipeline: datelines and headlines prepared, the statistical tagger run, rules applied,
// CoNLL classes refined into the product's types (PERSON, ORG, GPE, LOC, NORP, EVENT, MISC) and dates added.

import type { EntityType } from '../types';
import { abbreviatedTitles, honorificsOutOfOrgs, personsAfterTitles, titledNamesInOrgs } from './titledNames';
import { namesAfterPortfolios } from './portfolioTitles';
import { coordinatedOrgNames, ministryPortfolios, orgNameComplements } from './coordinatedOrgs';
import { arabicOrgNames } from './arabicOrgNames';
import { arabicGivenNames } from './arabicGivenNames';
import { businessesByContext, companiesByTail, namedOnlyAs, placesByTail, regionalPersons } from './retypedNames';
import { canStartDate, findDates } from './dates';
import { DocLexicon, gazBit } from './docLexicon';
import { headlineFromBody } from './headline';
import { spansFromLabels } from './labels';
import { DOTTED_ORGS, EVENT_HEADS, EVENT_OPENERS, MEDIA_ORGS, MISC_READ_ORGS, NORP_WORDS, STATE_ABBREVIATIONS } from './lexicon';
import { coveredTokens, dateStartTokens, normalizedTypes, tokenTexts, typedSpans } from './tokenPhases';
import {
  CLS_LOC, CLS_MISC, CLS_ORG, CLS_PER, applyAcronyms, findDatelines, forceSpan, truecaseHeadlines, type ClassSpan,
} from './rules';
import type { NerTagger } from './tagger';
import type { WordInfo } from './features';
import { isCapitalized } from './word';
import { mergeByStart, replaceRun, sortedByStart } from './spanRuns';
import { internWords } from './typeIds';
import { placeOrOrgByContext } from './contextTypes';
import { joinPrefixedNames } from './prefixedNames';
import { joinPatronymics } from './patronymics';
import { spelledOutAcronyms, untaggedSpelledAcronyms } from './spelledAcronyms';
import { agedPersons } from './agedPersons';
import { cutWeekdayTails } from './weekdayTails';
import { indexSpans } from './spanIndex';
import { fillSurnames } from './surnames';
import { fillRepeats } from './repeats';
import { familyNames } from './families';
import { forceKnownOrgs } from './knownPhrases';
import { joinParticleNames } from './particleNames';
import { joinHyphenatedGivenNames } from './hyphenatedGivenNames';
import { joinAdjacentPersons, personOfOrg } from './adjacentPersons';
import { joinNicknames } from './nicknames';
import { joinRepublicOf } from './republicOf';
import {
  attachNameSuffixes, battledGroups, dropNonNames, dropPartyLabels, joinPartyQualifiers, honorificPersons, mergeNationalityOrgs, mergeParenthesisedNames, personConsistency,
  roleOfOrg, splitOrgPerson, titlesBeforeNames,
} from './names';

export interface TypedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

const PLACE_BITS = gazBit('country') | gazBit('city') | gazBit('region') | gazBit('continent');
const ORG_WORD_BIT = gazBit('orgword');
const NATIONALITY_BIT = gazBit('nationality');
const COUNTRY_BIT = gazBit('country');
/** Words a headline name is not cut at (see headlineFromBody): first names, organisation and place words. */
const NAME_PART_BITS = gazBit('firstname') | ORG_WORD_BIT | PLACE_BITS | NATIONALITY_BIT;

/** A title or honorific standing alone ("Mr." of "Mr. Lavrov" cut off by the tagger) names nobody. */
const LONE_TITLE = /^(?:Mr|Mrs|Ms|Miss|Messrs|Dr|Prof|Rev|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Sens|Reps|Govs)\.?$/;
const ROYAL_TITLE = /^(?:Prince|Princess|Emir|Amir|Sheikh|Sultan|King|Queen)$/;
/** Words that name nobody alone: the pronoun of a Title-Case headline ("Give Us a Few Figures", never "US"), and an
 * acronym in the plural, a common noun ("super PACs", "CEOs", "NGOs"). */
const NO_NAME = /^(?:Us|[A-Z]{2,}s)$/;
/** An office in capitals alone ("One Labour MP … the MP said", "the CEO"), or an office named by one word ("the
 * Chancellor said", "The Taoiseach has rejected"), is a role, not an organisation or a person. */
const ROLE_ABBREVIATION = /^(?:MP|MEP|MSP|MLA|CEO|CFO|COO|CTO|CS|Chancellor|Taoiseach|Tánaiste|Tanaiste|Chairperson|Chairman|Chairwoman|Treasurer)$/;
/** "The Ministry expressed …", "the Department said": a body's common noun alone names none (the description finds it). */
const BODY_NOUN = /^(?:Ministry|Department|Agency|Authority|Bureau)$/;
/** "The Opposition Leader, Sussan Whitlock,": an office of two words, no organisation. */
const TWO_WORD_OFFICE = /^(?:Opposition Leader|Opposition leader|Deputy Leader|Prime Minister|Deputy Premier)$/;
/** A member's title read as an organisation ("The Member of Parliament for Asante Akim Central, Hon. …"). */
const MEMBER_TITLE = /^Members? of (?:the )?(?:Parliament|Legislative Assembly|National Assembly|House of Representatives)$/;

/** Common nouns that end companies' and bodies' names ("Thames Water", "British Gas", "Network Rail"). */
const COMPANY_NOUNS = new Set(['Water', 'Gas', 'Energy', 'Electric', 'Power', 'Rail', 'Railways', 'Airways', 'Airlines', 'Telecom',
  'Motors', 'Foods', 'Pharmaceuticals', 'Holdings', 'Bank', 'Insurance', 'Media', 'Mobile', 'Heroes', 'News']);

function refineType(lex: DocLexicon, words: readonly string[], s: ClassSpan): EntityType | null {
  const n = s.end - s.start;
  if (n === 1 && (LONE_TITLE.test(words[s.start]) || NO_NAME.test(words[s.start]) || ROLE_ABBREVIATION.test(words[s.start]))) return null;
  // "His Highness the Crown Prince affirmed …": the title alone names no one here (the description finds him).
  if (n === 1 && s.start > 0 && ROYAL_TITLE.test(words[s.start]) && /^(?:Crown|the|The)$/.test(words[s.start - 1])) return null;
  if (n >= 3 && words[s.start].startsWith('Member') && MEMBER_TITLE.test(words.slice(s.start, s.end).join(' '))) return null;
  if (n === 2 && s.cls !== CLS_PER && TWO_WORD_OFFICE.test(`${words[s.start]} ${words[s.start + 1]}`)) return null;
  if ((n === 1 && BODY_NOUN.test(words[s.start])) || (n === 2 && (words[s.start] === 'The' || words[s.start] === 'the') && BODY_NOUN.test(words[s.start + 1]))) return null;
  // "support from Latinos", "Democrats said": a people or group named in the plural, whatever the tagger read.
  if (n === 1 && s.cls !== CLS_LOC && words[s.start].endsWith('s') && lex.isNorpWord(words[s.start])) return 'NORP';
  // "the Cold War" (read as a place), "the Republican National Convention", "Hurricane Katrina" (read as a person or
  // an organisation): events (an ORG with an event head stays one: "World Economic Forum", "National Congress").
  if (n >= 2 && (((s.cls === CLS_LOC || s.cls === CLS_MISC) && EVENT_HEADS.has(words[s.end - 1].toLowerCase()))
    || EVENT_OPENERS.has(words[s.start].toLowerCase()))) return 'EVENT';
  switch (s.cls) {
    case CLS_PER:
      // "Thames Water", "Help for Heroes" read as a person: a company's common noun ends no person's name, nor is one.
      if (COMPANY_NOUNS.has(words[s.end - 1])) return n === 1 ? null : 'ORG';
      return 'PERSON'; // a one-word NOT_PERSON name was dropped before (typedSpans)
    case CLS_ORG:
      // "assassinated by US forces": a lone country name is the country (its actor is the country too).
      return n === 1 && (lex.phraseBits(words, s.start, s.end) & COUNTRY_BIT) !== 0 ? 'GPE' : 'ORG';
    case CLS_LOC: {
      // "a wise Latina": a people's word the gazetteer also holds as a town (Latina, Italy).
      if (n === 1 && NORP_WORDS.has(words[s.start].toLowerCase())) return 'NORP';
      if (lex.phraseBits(words, s.start, s.end) & PLACE_BITS) return 'GPE';
      if (/stan$/i.test(words[s.end - 1])) return 'GPE';
      return 'LOC';
    }
    default: {
      if (n === 1 && MISC_READ_ORGS.has(words[s.start])) return 'ORG';
      // "Iraqi Kurdistan", "Kurdistan": a place head, maybe after demonyms.
      const head = words[s.end - 1];
      if ((lex.wordBits(head) & PLACE_BITS || /stan$/i.test(head)) && isCapitalized(head)) {
        let pre = true;
        for (let i = s.start; i < s.end - 1; i++) if (!lex.isNorpWord(words[i])) pre = false;
        if (pre) return 'GPE';
      }
      let norp = true;
      for (let i = s.start; i < s.end; i++) if (!lex.isNorpWord(words[i])) norp = false;
      if (norp) return 'NORP';
      return 'MISC';
    }
  }
}

/** Names news always means one way, whatever the tagger and the name rules made of them: outlets and platforms
 * (MEDIA_ORGS), dotted agencies (DOTTED_ORGS), US states as AP abbreviates them (STATE_ABBREVIATIONS). */
const KNOWN_NAME_TYPES = new Map<string, EntityType>([
  ...[...MEDIA_ORGS, ...DOTTED_ORGS].map((name): [string, EntityType] => [name, 'ORG']),
  ...[...STATE_ABBREVIATIONS].map((name): [string, EntityType] => [name, 'GPE']),
]);

/** First words of KNOWN_NAME_TYPES, with an abbreviation's period dropped: a span's text is built only for these. */
const KNOWN_NAME_FIRST_WORDS = new Set([...KNOWN_NAME_TYPES.keys()].flatMap((name) => {
  const first = name.split(' ')[0];
  return [first, first.replace(/\.$/, '')];
}));

function knownNames(words: readonly string[], spans: TypedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const n = s.end - s.start;
    if (n > 2 || !KNOWN_NAME_FIRST_WORDS.has(words[s.start])) continue;
    const text = n === 1 ? words[s.start] : `${words[s.start]} ${words[s.start + 1]}`;
    // "(I-Vt.)": the tokenizer leaves the period of an abbreviation inside a hyphenated word apart.
    const type = KNOWN_NAME_TYPES.get(text) ?? (n === 1 && words[s.end] === '.' ? KNOWN_NAME_TYPES.get(`${text}.`) : undefined);
    if (type !== undefined && s.type !== type) spans[k] = { start: s.start, end: s.end, type };
  }
}

/** Rules that can be switched off (for measuring each on the benchmark). */
export type RuleName = 'datelines' | 'headlines' | 'acronyms' | 'names' | 'repeats' | 'dates' | 'surnames' | 'nationalityOrgs'
  | 'orgContext' | 'patronymics' | 'prefixedNames' | 'spelledAcronyms' | 'titles';

/** Entities over token strings. `sentStarts`: ascending token indices where sentences start (first 0). */
export function tagWords(tagger: NerTagger, rawWords: readonly string[], sentStarts: readonly number[],
  off: ReadonlySet<RuleName> = new Set()): TypedSpan[] {
  const ids = internWords(rawWords);
  const strings: string[] = [];
  for (let i = 0; i < rawWords.length; i++) if (ids[i] === strings.length) strings.push(rawWords[i]);
  return tagTypes(tagger, ids, strings, sentStarts, off);
}

/**
 * tagWords over word-type ids (`rawIds[i]` is the type of token i, `rawStrings` the text of each type; see
 * the Tokens table): normalisation, word-cache lookups and the rules' per-word decisions run once per type, not once
 * per token.
 */
export function tagTypes(tagger: NerTagger, rawIds: Int32Array, rawStrings: readonly string[],
  sentStarts: readonly number[], off: ReadonlySet<RuleName> = new Set()): TypedSpan[] {
  const { normOf, strings, idOf } = normalizedTypes(rawStrings);
  const n = rawIds.length;
  const { ids, words } = tokenTexts(rawIds, normOf, strings);
  const datelines = off.has('datelines') ? [] : findDatelines(words, sentStarts);
  const starts = mergeStarts(sentStarts, datelines.map((d) => d.bodyStart), n);
  // The tagger sees Title-Case headline words truecased (only the first line can be one: see truecaseHeadlines).
  const headEnd = starts.length > 1 ? starts[1] : n;
  const head = words.slice(0, headEnd);
  if (!off.has('headlines')) truecaseHeadlines(head, [0], tagger.resources);
  const types = tagger.lookup(strings);
  const headline = head.some((w, i) => w !== words[i]);
  const labels = headline ? tagWithHeadline(tagger, words, ids, types, head, starts)
    : tagger.tagWords(words, null, starts, { typeIds: ids, types });
  let spans: ClassSpan[] = spansFromLabels(labels);
  // Forced types by span, keyed start * (n + 1) + end.
  const forced = new Map<number, EntityType>();
  for (const d of datelines) {
    spans = forceSpan(spans, d.place.start, d.place.end, CLS_LOC);
    forced.set(d.place.start * (n + 1) + d.place.end, 'GPE');
    if (d.source) {
      spans = replaceRun(spans, d.source.start, d.source.end);
      if (/^\p{Lu}/u.test(words[d.source.start])) {
        spans = forceSpan(spans, d.source.start, d.source.end, CLS_ORG);
      }
    }
  }
  spans = forceKnownOrgs(ids, idOf, spans);
  if (!off.has('acronyms')) spans = applyAcronyms(words, spans, ids);
  const lex = new DocLexicon(tagger.resources);
  let out = typedSpans(spans, words, ids, strings.length, forced, (s) => refineType(lex, words, s));
  if (!off.has('names')) {
    // Whether the document has the word in lower case (a type of that text starting with a lower-case letter).
    const seenLower = (w: string): boolean => {
      const lower = w.toLowerCase();
      return idOf.has(lower) && /^\p{Ll}/u.test(lower);
    };
    const isOrgWord = (w: string): boolean => (lex.wordBits(w) & ORG_WORD_BIT) !== 0;
    out = splitOrgPerson(words, out, isOrgWord);
    out = titledNamesInOrgs(words, out, (w) => (lex.wordBits(w) & PLACE_BITS) !== 0, (w) => (lex.wordBits(w) & NATIONALITY_BIT) !== 0, isOrgWord);
    out = namesAfterPortfolios(words, out, isOrgWord, (w) => (lex.wordBits(w) & PLACE_BITS) !== 0);
    out = honorificsOutOfOrgs(words, out);
    personsAfterTitles(words, out, isOrgWord);
    out = abbreviatedTitles(words, out, isOrgWord);
    out = mergeParenthesisedNames(words, out, isOrgWord, ids);
    out = joinParticleNames(words, out);
    out = joinHyphenatedGivenNames(words, out);
    out = joinNicknames(words, out);
    out = personOfOrg(words, out, (w) => (lex.wordBits(w) & PLACE_BITS) !== 0, isOrgWord);
    coordinatedOrgNames(words, out, isOrgWord, (w) => (lex.wordBits(w) & (PLACE_BITS | NATIONALITY_BIT)) !== 0, starts);
    orgNameComplements(words, out, isOrgWord);
    ministryPortfolios(words, out);
    roleOfOrg(words, out);
    battledGroups(words, out, (w) => (lex.wordBits(w) & PLACE_BITS) !== 0);
    // Three rules over the spans as columns (retyping keeps the index in step; a join ends its use).
    const index = indexSpans(out, ids);
    if (!off.has('spelledAcronyms')) spelledOutAcronyms(words, out, ids, strings, index);
    if (!off.has('orgContext')) placeOrOrgByContext(words, out, (w) => (lex.wordBits(w) & PLACE_BITS) !== 0, ids, strings, index);
    if (!off.has('prefixedNames')) out = joinPrefixedNames(words, out, ids, strings, index);
    regionalPersons(words, out, isOrgWord);
    namedOnlyAs(words, out);
    businessesByContext(words, out, (w) => (lex.wordBits(w) & PLACE_BITS) !== 0);
    companiesByTail(words, out);
    placesByTail(words, out);
    honorificPersons(words, out, isOrgWord);
    arabicOrgNames(words, out);
    // Before the surname rules, which read a name's last word ("al-Sudani" alone is then Mohammed Shia al-Sudani's).
    if (!off.has('patronymics')) out = joinPatronymics(words, out);
    arabicGivenNames(words, out);
    familyNames(words, out);
    agedPersons(words, out);
    out = joinAdjacentPersons(words, out);
    personConsistency(words, out, ids, strings.length);
    if (!off.has('surnames')) out = fillSurnames(words, out, seenLower, canStartDate, ids, strings);
    if (!off.has('nationalityOrgs')) out = mergeNationalityOrgs(words, out, isOrgWord, (w) => (lex.wordBits(w) & NATIONALITY_BIT) !== 0);
    if (!off.has('titles')) out = titlesBeforeNames(words, out, (w) => (lex.wordBits(w) & PLACE_BITS) !== 0, isOrgWord);
    out = attachNameSuffixes(words, out);
    out = dropPartyLabels(words, out);
    joinPartyQualifiers(words, out);
  }
  out = dropNonNames(words, out);
  cutWeekdayTails(words, out);
  if (!off.has('spelledAcronyms')) out = untaggedSpelledAcronyms(words, out, ids, strings);
  if (!off.has('repeats')) out = fillRepeats(words, out, ids, strings.length);
  knownNames(words, out);
  out = joinRepublicOf(words, out);
  if (headline) out = headlineFromBody(words, out, headEnd, (i) => (lex.wordBits(words[i]) & NAME_PART_BITS) === 0);
  if (!off.has('dates')) {
    const taken = coveredTokens(out, words.length);
    const dateStarts = dateStartTokens(ids, strings);
    const dates: TypedSpan[] = findDates(words, taken, 0, words.length, dateStarts).map((d) => ({ start: d.start, end: d.end, type: 'DATE' }));
    // The rules keep the spans in order, and dates lie where no span is: a merge is the stable sort of both.
    if (sortedByStart(out) && sortedByStart(dates)) return mergeByStart(out, dates);
    out.push(...dates);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The tagger's labels with the truecased `head` in place of the first words. The changed words, each with a type of
 * its own (it may repeat another id's word: the tagger only needs equal ids to mean equal words), are written into
 * `words` and `ids` for the call and put back after it: copying the million-token arrays for a few headline words
 * cost 8 MB of JS array and 4 MB of ids. `types` gets the new types.
 */
function tagWithHeadline(tagger: NerTagger, words: string[], ids: Int32Array, types: WordInfo[],
  head: readonly string[], starts: readonly number[]): Uint8Array {
  const changed: number[] = [];
  for (let i = 0; i < head.length; i++) if (head[i] !== words[i]) changed.push(i);
  const saved = changed.map((i) => ({ word: words[i], id: ids[i] }));
  try {
    for (const i of changed) {
      words[i] = head[i];
      ids[i] = types.length;
      types.push(tagger.wordInfo(head[i]));
    }
    return tagger.tagWords(words, null, starts, { typeIds: ids, types });
  } finally {
    changed.forEach((i, k) => {
      words[i] = saved[k].word;
      ids[i] = saved[k].id;
    });
  }
}

/** The ascending, distinct token indices below n of 0 and of two ascending lists (sentence and body starts). */
function mergeStarts(a: readonly number[], b: readonly number[], n: number): number[] {
  const out = [0];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (next > out[out.length - 1] && next < n) out.push(next);
  }
  return out;
}

export { CLS_LOC, CLS_MISC, CLS_ORG, CLS_PER };
