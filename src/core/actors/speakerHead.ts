// Which names in a speaker mention can be the speaker. An English noun phrase's head comes before its
// prepositional or relative modifiers and after its premodifiers: in "Trump campaign spokeswoman Hope Hicks" the
// speaker is Hope Hicks, in "Organizers of the push to boycott Trump's speech" not Trump.
import type { EntityType } from '../types';
import { lookupCountry } from './countries';
import { isHead, isTitleWord, pluralHead, roleKey } from './roles';
import type { ActorGrouping, MentionTable } from './types';
import { firstEndingAfter } from './salience';
import { isKinNoun } from './wordFacts';

/** Words that end a noun phrase's head region: prepositions (also "within", "inside", "around": "His enemies within
 * the Trump circle"), relative pronouns, coordination. */
const HEAD_END_RE = /\s(?:of|for|at|in|with|within|among|inside|outside|behind|beyond|across|around|near|from|to|on|by|about|against|under|who|whom|whose|which|that|and|or)\s/i;

/** Where a mention's head region ends: at `end`, the word that ends it ('' for none). */
export interface HeadRegion { readonly end: number; readonly word: string }

// A relative clause, a participle aside ("The new Prime Minister, speaking on the steps of the Hôtel Matignon,"; not
// "speaking on behalf of the EU presidency") or a passive participle with its agent ("Economists consulted by EFE"):
// who is named there only modifies the head.
const RELATIVE_CLAUSE_RE = new RegExp(['(?:,\\s+|\\s)(?:which|who|whom|whose|that)\\s',
  ',\\s+(?:speaking|talking|writing|appearing)\\s+(?:to|on(?!\\s+behalf)|at|from|in|during|after|before)\\s',
  '\\s(?:consulted|interviewed|polled|surveyed|contacted|quoted|cited|questioned)\\s+by\\s'].join('|'));

/**
 * Where a span's text `raw` (starting at `start` in `text`) starts describing its head, or -1: a relative clause, or
 * the apposition after a name that opens the span ("Foxconn, Apple's largest assembler,": a mention of `mentions`
 * starts the span and a comma follows it; "Critics, including South Korea" has no name first).
 */
export function describingClauseAt(text: string, mentions: MentionTable, start: number, raw: string): number {
  const relative = raw.search(RELATIVE_CLAUSE_RE);
  const k = firstEndingAfter(mentions, start);
  const comma = k < mentions.count && mentions.start[k] === start && text.charCodeAt(mentions.end[k]) === 44 /* , */ ? mentions.end[k] - start : -1;
  return comma > 0 && (relative < 0 || comma < relative) ? comma : relative;
}

/**
 * The head region of span text[start, end): up to the first HEAD_END_RE word. A word between two capitalised
 * words after the first is inside a title or name ("Former Secretary of State Madeleine Albright", "The Council on
 * American-Islamic Relations"), and so is one between a role and a lower-case word before a name ("former
 * secretary of state Hillary Clinton"), or an "of" after a lower-case first word ("master of ceremonies Asab
 * Al-Tabchi"); after the first word it ends the head ("Aides to Clinton").
 */
export function headRegion(text: string, start: number, end: number): HeadRegion {
  const span = text.slice(start, end);
  if (!HEAD_END_RE.test(span)) return { end, word: '' };
  const re = new RegExp(HEAD_END_RE.source, 'gi');
  for (let m = re.exec(span); m; m = re.exec(span)) {
    const before = /(\S+)$/.exec(span.slice(0, m.index));
    const after = /^\S+/.exec(span.slice(m.index + m[0].length));
    const inTitle = before !== null && after !== null && (
      // "U.S. Secretary of State John Kerry"; "Secretary of State John Kerry", "Member of Parliament X" too, where a role opens the span
      // (and "Member of the Legislative Assembly X")
      ((before.index > 0 || ((isHead(roleKey(before[1])) || before[1] === 'Member') && /^\s+of\s+$/i.test(m[0]))) && /^\p{Lu}/u.test(before[1]) &&
        (/^\p{Lu}/u.test(after[0]) || (before.index === 0 && /^the\s+\p{Lu}/u.test(span.slice(m.index + m[0].length))))) ||
      // "former secretary of state Hillary Clinton": a role, one lower-case word, then a name
      ((isHead(roleKey(before[1])) || (before.index === 0 && /^\p{Ll}/u.test(before[1]) && /^\s+of\s+$/i.test(m[0]))) &&
        /^\p{Ll}+\s+\p{Lu}/u.test(span.slice(m.index + m[0].length))));
    if (!inTitle && !andInTitle(m[0], before, span.slice(m.index + m[0].length))) return { end: start + m.index, word: m[0].trim().toLowerCase() };
    re.lastIndex = m.index + m[0].length - 1; // the next word may itself end the head
  }
  return { end, word: '' };
}

/** "Energy and Mineral Resources Minister Bahlil Lahadalia", "Senior Congress leader and Deputy Chief Minister KS
 * Hanumanthappa": an "and" after a capitalised word or a role, capitalised words and a role word after it to the span's
 * end (not "Clinton and Sanders"). */
function andInTitle(word: string, before: RegExpExecArray | null, rest: string): boolean {
  if (before === null || word.trim().toLowerCase() !== 'and') return false;
  const words = rest.trim().split(/\s+/);
  // "her son and the party's acting chairman Tarique Rahman": a kinship noun, and a role with the name it introduces.
  if (KIN.has(before[1].toLowerCase()) && before.index <= 4) return namedRoleEnds(words);
  // "Shadow work and pensions secretary Helen Arkwright", "Work and pensions secretary Liz Kendal": a portfolio in lower
  // case (British copy), its role and the name.
  const portfolio = /^\p{Ll}/u.test(before[1]) || isTitleWord(roleKey(before[1]));
  if (portfolio && !isHead(roleKey(before[1])) && /^\p{Ll}/u.test(words[0]) && namedRoleEnds(words)) return true;
  // "Writer and broadcaster Tomas Reis", "Jury member and French actor Claire Monteillet": two occupations, one person.
  if (before.index <= 16 && (OCCUPATIONS.has(before[1].toLowerCase()) || isHead(roleKey(before[1]))) && occupationThenName(words)) return true;
  if (!(/^\p{Lu}/u.test(before[1]) || isHead(roleKey(before[1])))) return false;
  return words.every((w) => w === 'of' || /^\p{Lu}/u.test(w)) && words.some((w) => isHead(roleKey(w)));
}

/** Occupations the role table does not hold as heads, joined by "and" before a name ("Writer and broadcaster …"). */
const OCCUPATIONS = new Set(['writer', 'broadcaster', 'member', 'songwriter', 'presenter', 'campaigner', 'columnist', 'historian',
  'academic', 'entrepreneur', 'businessman', 'businesswoman', 'philanthropist', 'poet', 'novelist', 'playwright', 'filmmaker',
  'producer', 'composer', 'musician', 'comedian', 'journalist', 'editor', 'commentator', 'founder']);

/** Whether words are one to three words ending in a lower-case occupation or role, then a name of two to four capitalised words. */
function occupationThenName(words: readonly string[]): boolean {
  let k = words.length;
  while (k > 0 && words.length - k < 4 && /^\p{Lu}/u.test(words[k - 1])) k--;
  if (words.length - k < 2 || k < 1 || k > 3) return false;
  const role = words[k - 1];
  return /^\p{Ll}/u.test(role) && (OCCUPATIONS.has(role) || isHead(roleKey(role)));
}

/** Kinship nouns ("her son", "his widow"); resolve.ts reads them too ("Her son said" after "Her son, Graham Marwood,"). */
export const KIN: ReadonlySet<string> = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother',
  'nephew', 'niece', 'cousin', 'son-in-law', 'daughter-in-law', 'widow', 'widower', 'partner', 'aunt', 'uncle', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'fiancé', 'fiancée']);

/** Whether words end with a role and one to four capitalised words after it, the name it introduces. */
function namedRoleEnds(words: readonly string[]): boolean {
  let k = words.length;
  while (k > 0 && words.length - k < 4 && /^\p{Lu}/u.test(words[k - 1])) k--;
  return k < words.length && k > 0 && isHead(roleKey(words[k - 1]));
}

/** A named body, a comma, and its leader: "… in the State of Law Coalition, led by" (not "The aides, led by"). */
const LED_BY_RE = /\p{Lu}[\p{L}-]*,\s+(?:led|headed|chaired|founded|run|owned|controlled)\s*$/u;

/** Words after which the rest of a mention is whom it speaks for or comes from ("a spokesman for X", "an adviser
 * to X", "a study by X", "a letter from X"). */
const ON_BEHALF = new Set(['for', 'to', 'by', 'from']);

/**
 * Where a person may stand in for an unnamed head, as [from, to): after ON_BEHALF up to the next head-ending word
 * ("a spokesman for presidential candidate Hillary Clinton"); else an apposition after a comma that is not a
 * relative or participle clause ("the other candidate on the stage, former Secretary of State Hillary Clinton,").
 * Null when there is neither.
 */
export function standInRange(text: string, start: number, end: number, head: HeadRegion): [number, number] | null {
  if (head.end >= end) return null;
  if (ON_BEHALF.has(head.word)) {
    const at = text.indexOf(head.word, head.end);
    // "Sources close to Berri": people near the one named, who do not speak for him; "A leader in the coalition, led
    // by Nouri al-Maliki,": whom the body is led by.
    if (head.word === 'to' ? /\bclose\s*$/i.test(text.slice(start, at)) : head.word === 'by' && LED_BY_RE.test(text.slice(start, at))) return null;
    const from = at + head.word.length;
    return [from, headRegion(text, from, end).end];
  }
  const comma = text.indexOf(',', head.end);
  if (comma < 0 || comma >= end) return null;
  const rest = text.slice(comma + 1, end);
  const first = /^\s*(\S+)/.exec(rest);
  if (!first || /^(?:who|whom|whose|which|that|where|when)$/i.test(first[1]) || /(?:ing|ed)$/.test(first[1])) return null;
  const close = text.indexOf(',', comma + 1);
  const to = close < 0 || close > end ? end : close;
  return [comma + 1, headRegion(text, comma + 1, to).end];
}

/** Nouns a name modifies when it stands before them ("Trump campaign", "Sanders supporters"), besides roles. */
const AFFILIATIONS = new Set(['campaign', 'camp', 'team', 'administration', 'world', 'supporter', 'supporters', 'ally',
  'allies', 'backer', 'backers', 'loyalist', 'loyalists', 'voter', 'voters', 'fan', 'fans', 'staffer', 'staffers',
  'aide', 'aides', 'constituent', 'constituents', 'surrogate', 'surrogates', 'family', 'foundation', 'speechwriter',
  'strategist', 'pollster', 'operative', 'operatives', 'donor', 'donors', 'lawyer', 'attorney', 'counsel', 'confidant',
  'friend', 'associate', 'associates', 'rival', 'opponent', 'challenger', 'biographer', 'communications', 'communication',
  'press', 'actor', 'actress', 'impersonator', 'impersonators', 'accuser', 'accusers']);

/** Followers and adversaries: a name before them is whom they follow or oppose, not who speaks ("Trump
 * supporters", "Mr. Trump's rivals"); aides, advisers and allies speak for their principal and are not here. */
const NOT_THE_OWNER = new Set(['supporter', 'supporters', 'voter', 'voters', 'fan', 'fans', 'backer', 'backers', 'ally', 'allies',
  'donor', 'donors', 'constituent', 'constituents', 'loyalist', 'loyalists', 'follower', 'followers', 'delegate',
  'delegates', 'rival', 'rivals', 'opponent', 'opponents', 'critic', 'critics', 'challenger', 'challengers', 'detractors',
  'enemies', 'foes', 'actor', 'actress', 'impersonator', 'impersonators', 'biographer', 'accuser', 'accusers', 'defender',
  'defenders', 'admirer', 'admirers', 'resident', 'residents', 'villagers', 'locals', 'inhabitants', 'neighbours', 'neighbors',
  'tenants', 'passengers', 'customers', 'shoppers', 'successor', 'predecessor', 'friend', 'friends', 'classmates', 'colleagues',
  // People a body serves or faces, not its voice ("Parents at Hillside Academy", "Campaigners from the Ashby Trust").
  'parents', 'pupils', 'students', 'patients', 'campaigners', 'protesters', 'protestors', 'demonstrators', 'survivors', 'victims']);

/**
 * Whether the name ending at `pos` owns who speaks in the mention (which ends at `end`): no follower or adversary
 * noun among the three words after it, and no relative ("Clinton aides", "Mr. Rubio's advisers", but not "Clinton
 * supporters", "Mr. Trump's rivals", "disappointed Sanders supporters", "Carroll's father", "Trump's eldest daughter").
 */
export function ownerSpeaks(text: string, pos: number, end: number, upToPreposition = false): boolean {
  const words = text.slice(pos, Math.min(end, pos + 60)).replace(/^['’]s?/, '').match(/\p{L}[\p{L}-]*/gu) ?? [];
  const lead = words.slice(0, 3);
  // "a recent Reuters survey of voter lists": with `upToPreposition`, a noun after "of" is not the one the name modifies.
  const stop = upToPreposition ? lead.findIndex((w) => OF_LIKE.has(w)) : -1;
  return !(stop < 0 ? lead : lead.slice(0, stop)).some((w) => NOT_THE_OWNER.has(w.toLowerCase()) || isKinNoun(w.toLowerCase()));
}

const OF_LIKE = new Set(['of', 'in', 'for', 'on', 'at', 'from', 'with', 'about', 'among']);

/**
 * Whether a follower or adversary noun stands between the span's start and a mention at `mStart`, with no comma
 * between: the mention is whom they follow or oppose ("Supporters of … Yukos", "One in four voters in a New York
 * Times poll"), not who speaks.
 */
export function afterOutsider(text: string, start: number, mStart: number): boolean {
  const before = text.slice(start, mStart);
  if (before.includes(',')) return false;
  const words = before.match(/\p{L}[\p{L}-]*/gu) ?? [];
  // "One mother from Leeds": a person from a place, which the tagger may have read as a club, speaks for herself.
  if (words.length >= 2 && words[words.length - 1] === 'from' && words.some((w) => isKinNoun(w.toLowerCase()) || PEOPLE_FROM.has(w.toLowerCase()))) return true;
  return words.some((w) => NOT_THE_OWNER.has(w.toLowerCase()));
}

/** People described by where they come from ("a woman from London", "one resident from Leeds"). */
const PEOPLE_FROM = new Set(['woman', 'man', 'girl', 'boy', 'resident', 'worker', 'nurse', 'teacher', 'student', 'parent', 'voter',
  'pensioner', 'farmer', 'driver', 'volunteer', 'survivor', 'witness']);

/**
 * Whether a name ending at `pos` modifies a noun after it inside the mention (which ends at `end`): a possessive
 * ("Trump’s spokeswoman") or a role or affiliation noun right after it ("Trump supporter", "Sanders campaign
 * manager Jeff Weaver", "Clinton spokesman Brian Fallon"); not a verb ("Jack Straw met his counterpart …").
 */
export function modifiesNoun(text: string, pos: number, end: number): boolean {
  const c = text.charCodeAt(pos);
  if (c === 39 || c === 0x2019) return true;
  if (c !== 32 || pos + 1 >= end) return false;
  const next = /^\p{L}[\p{L}-]*/u.exec(text.slice(pos + 1, Math.min(end, pos + 24)));
  if (!next) return false;
  const key = roleKey(next[0]);
  return AFFILIATIONS.has(key) || isTitleWord(key) || pluralHead(key) !== undefined;
}

/** Who won or served in something named before them ("Grand Slam champion", "Nobel Prize winner", "Gulf War veteran"). */
const ACHIEVERS = new Set(['champion', 'winner', 'medalist', 'medallist', 'laureate', 'finalist', 'runner-up', 'veteran']);

/** Whether the name ending at `pos` names what a person after it won or served in: the person speaks, not the name. */
export function namesAchievement(text: string, pos: number, end: number): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(pos, Math.min(end, pos + 24)));
  return next !== null && ACHIEVERS.has(next[1]);
}

/** Bodies through which a country, place or people speaks ("the Somali government", "Russia's foreign ministry",
 * "Police in Baghdad", "the Republican leadership"). */
const PLACE_BODIES = new Set(['government', 'governments', 'state', 'regime', 'administration', 'authorities',
  'authority', 'police', 'military', 'army', 'navy', 'forces', 'ministry', 'parliament', 'embassy', 'cabinet',
  'presidency', 'leadership', 'party', 'platform', 'delegation', 'side', 'junta', 'legislature', 'congress']);

/** Nouns that name the place itself when they are all the head says ("The city of Phoenix"). */
const PLACE_NOUNS = new Set(['city', 'town', 'county', 'province', 'country', 'nation', 'kingdom', 'republic']);

/** Words after a name that start a verb, not a noun it modifies: the span ran into its clause ("India has not"). */
const CLAUSE_WORDS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'did', 'does', 'do', 'used', 'says', 'said', 'also', 'now', 'still', 'then',
  // prepositions that HEAD_END_RE leaves in the head region: the name before them is the head ("Republicans across
  // the country")
  'across', 'around', 'throughout', 'nationwide', 'among', 'including', 'inside', 'outside', 'within', 'over',
  'here', 'there', 'alike', 'as', 'like', 'near', 'after', 'during', 'since', 'into', 'through', 'abroad']);

/**
 * Whether a country, place or people named at [mStart, mEnd) inside a speaker span from `start`, whose head region
 * (headRegion) ends at `headEnd`, is who speaks: the
 * name heads the span's head region ("Many Democrats", "the United States", "Russia's"), or the head is a body
 * it speaks through (PLACE_BODIES: the head region's last word or one of the three words after the name, "A Turkish
 * army statement"), or the head only names the place ("The city of Phoenix"). Not a name that modifies another head ("Three other
 * U.S. troops", "The Romanian hacker", "Somalia's Islamists") or sits in a partitive or other modifier after it
 * ("About two-thirds of Republican primary voters", "Opponents of allowing Syrian refugees", "Rebels in Sudan").
 */
export function placeSpeaks(text: string, start: number, headEnd: number, mStart: number, mEnd: number, people = false): boolean {
  const comma = text.indexOf(',', start);
  const regionEnd = comma >= mEnd && comma < headEnd ? comma : headEnd;
  const words = text.slice(start, regionEnd).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const last = words.length > 0 ? words[words.length - 1].toLowerCase() : '';
  if (PLACE_BODIES.has(last)) return true;
  if (PLACE_NOUNS.has(last) && words.length <= 3 && words[0]?.toLowerCase() === 'the') return true;
  if (mStart >= regionEnd) return false;
  // "the U.S.-based organization": a name joined to a word by a hyphen only modifies (a compound the tagger took whole,
  // "Ethiopian-backed", is followed by its noun and modifies it anyway).
  if (text.charCodeAt(mEnd) === 45 && /\p{L}/u.test(text.charAt(mEnd + 1))) return false;
  const after = text.slice(Math.min(mEnd, regionEnd), regionEnd).replace(/^(?:['’]s?)/, '');
  const next = after.match(/\p{L}[\p{L}'’-]*/gu);
  if (!next || /^\s*[^\s\p{L}]/u.test(after)) return headsAsGroup(text, start, mStart, mEnd, people); // a dash or comma ends it
  const w = next[0].toLowerCase();
  // "A Turkish army statement", "China's central government": a body among the next words speaks for the name.
  if (next.slice(0, 3).some((x) => PLACE_BODIES.has(x.toLowerCase()))) return true;
  return (CLAUSE_WORDS.has(w) || /^\p{Ll}+ed$/u.test(w) || /n['’]t$/.test(w)) && headsAsGroup(text, start, mStart, mEnd, people);
}

/** A people, or a country named by its demonym ("The young Spaniard" is one person, as "The Wisconsin Republican" is). */
export function isPeopleMention(text: string, m: MentionTable, k: number, type: EntityType): boolean {
  return type === 'NORP' || (type === 'GPE' && lookupCountry(text.slice(m.start[k], m.end[k]))?.demonym === true);
}

/**
 * A people's name heading a span speaks as the group ("Many Democrats", "Wyoming Republicans"), but one member
 * after a determiner is an unnamed person ("a New Hampshire Democrat", "The Wisconsin Republican"); so is a
 * demonym after "a" or "one" whatever its type ("A German", "one kind-hearted Canadian": no country is "a …").
 */
function headsAsGroup(text: string, start: number, mStart: number, mEnd: number, people: boolean): boolean {
  const before = text.slice(start, mStart) + ' ';
  // Only adjectives between ("one kind-hearted Canadian"), not a noun whose clause the name starts ("a charge Tehran
  // denies", "A Saudi newspaper, al-Watan,").
  if (/^\s*(?:a|an|one|another|each|every)\s+(?:\S*-\S+\s+)*$/i.test(before)) return false;
  if (!people || /s$/i.test(text.slice(mStart, mEnd))) return true;
  return !/^\s*(?:a|an|the|one|another|this|that|each|every)\s/i.test(before);
}

/** What a mention's host or topic is, not whom it speaks for: "a source familiar with the FDIC’s investigation", "the
 * U.S. ambassador to the United Nations" (an ambassador speaks for the country that sends him). */
const HOST_BEFORE_RE = /(?:\bfamiliar\s+with|\b(?:ambassador|envoy|representative|delegate)s?\s+to)(?:\s+the)?\s*$/i;

/**
 * Whether a singular name or adjective ending at `end` ("Serb", "Republican", "U.S.") only modifies a thing or one
 * person after it ("a notorious Serb prison", "American television history", "his Republican rival"): then "they" or
 * "it" cannot mean the group or country through it. A body ("Israeli police") or a plural noun ("Iraqi officials")
 * after it can.
 */
export function modifiesAsSingular(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) !== 115 /* s */ && modifiesSingular(text, end);
}

/** Whether a lower-case singular noun follows the name ending at `end`. */
function modifiesSingular(text: string, end: number): boolean {
  const next = /^ (\p{Ll}[\p{L}-]*)/u.exec(text.slice(end, end + 30));
  if (!next) return false;
  const w = next[1];
  // A verb, adverb or function word after the name makes it no modifier ("Iran said", "ISAF already maintains",
  // "was Mexican before it").
  return !PLACE_BODIES.has(w) && !w.endsWith('s') && !w.endsWith('ed') && !w.endsWith('ly') && !CLAUSE_WORDS.has(w) &&
    !NOT_MODIFIED.has(w);
}

/** Words after a name that are no noun it modifies: verbs CLAUSE_WORDS leaves out, adverbs, function words. */
const NOT_MODIFIED = new Set(['told', 'made', 'took', 'gave', 'sent', 'won', 'lost', 'began', 'wrote', 'agreed', 'argue',
  'suggest', 'say', 'warn', 'want', 'need', 'plan', 'hope', 'believe', 'claim', 'already', 'again', 'too', 'and', 'or', 'but',
  'before', 'after', 'in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'as', 'than', 'that', 'which', 'who', 'when',
  'if', 'because', 'since', 'until', 'while', 'where', 'about', 'into', 'over', 'under', 'against', 'during', 'through']);

/** Whether the organisation mentioned at mStart in a speaker span that opens at `start` is such a host or topic. */
export function hostNotPrincipal(text: string, start: number, mStart: number): boolean {
  const before = text.slice(Math.max(start, mStart - 40), mStart);
  return (before.includes('to') || before.includes('with')) && HOST_BEFORE_RE.test(before);
}

/**
 * "The U.N.'s Food and Agriculture Organization": whether the owner at mention k of an organisation named next in
 * the span (ending at `end`) only modifies it.
 */
export function ownsNamedOrg(text: string, g: ActorGrouping, k: number, end: number): boolean {
  const { mentions, actors } = g;
  const next = k + 1;
  if (next >= mentions.count || mentions.start[next] >= end || actors[mentions.actor[next]].type !== 'ORG') return false;
  // The owned name heads the span: "POLITICO’s Battleground States average" is POLITICO's.
  return OWNED_NAME_RE.test(text.slice(mentions.end[k], mentions.start[next])) &&
    OWNED_HEAD_RE.test(text.slice(mentions.end[next], end));
}

/** What may follow the owned organisation's name in the span: nothing, a comma or parenthesis, or "of"/"on" a name. */
const OWNED_HEAD_RE = /^(?:\s*$|\s*[,(]|\s+(?:of|on|for|in)\s+\p{Lu})/u;

/** A possessive, then any first words of the owned name the tagger left out ("Food and" Agriculture Organization). */
const OWNED_NAME_RE = /^['’]s\s+(?:\p{Lu}[\p{L}.-]*\s+(?:(?:and|of|for)\s+)?)*$/u;
