// What the words around each mention say about its actor: titles before a name ("Iraq’s national security advisor
// Qassim al-Araji"), appositions after it ("Faleh al-Fayyad, head of Iraq’s Hashd al-Sha’abi"), the gender of the
// pronoun that follows ("Amir-Abdollahian said he …"), and whether the mention looks like a clause subject.
// One linear sweep over tokens; each scan is capped at a few tokens.
import type { Sentence } from '../text/token';
import type { Tokens } from '../text/tokens';
import type { Actor, Entity } from '../types';
import { actorIndices, EMPTY, newActors } from './actorRecords';
import { CLOSING_QUOTE, NO_QUOTE, OPENING_QUOTE, quoteEnd, quoteMark } from './quoteMarks';
import { lookupCountry } from './countries';
import { inheritCounterpartRoles } from './counterparts';
import { stripPossessive } from './fold';
import type { ParsedName } from './names';
import { namesPartyPeople } from './parties';
import type { Builder } from './registry';
import type { Gender } from './roles';
import { addRoleWords, canonicalRole, genderOfTitle, isHead, isHonorific, isTitleWord, roleKey } from './roles';
import { ARTICLE_KEY, CONNECTOR_KEY, CONNECTOR_TEXT, FEMALE_KIN, FEMALE_PRONOUN, MALE_KIN, MALE_PRONOUN, POSSESSIVE_WORD, SUBJECT_BEFORE, SUBORDINATE_BEFORE,
  startsUpper, TITLE_KEY, WordFacts } from './wordFacts';
import type { ActorProfile, MentionTable, MutableProfile } from './types';
import { OBJECT, OTHER, SUBJECT } from './types';
import { BODY_NOUNS, titleBeforeComplement } from './titleScan';
import { firstTokenEndingAfter, openParenBefore } from './tokenSearch';
import { DIPLOMAT_HEADS } from './bodySpeaker';

const MAX_SCAN = 14;
const GENDER_SCAN = 20;
/** The mention table while the sweep fills it. */
type Rows = { -readonly [K in keyof MentionTable]: MentionTable[K] };

export interface Profiles {
  actors: Actor[];
  /** Per actor: fold() of its name, then of each alias. */
  formKeys: (readonly string[])[];
  profiles: ActorProfile[];
  mentions: MentionTable;
  /** Actor index of each sorted entity, or -1. */
  actorOf: Int32Array;
}

interface Scan { roles: string[]; countries: string[]; orgs: number[]; orgWords: string[] }

export function buildProfiles(text: string, tokens: Tokens, sentences: readonly Sentence[], sorted: readonly Entity[],
  names: readonly (ParsedName | undefined)[], owner: readonly (Builder | undefined)[], builders: readonly Builder[],
  built: { readonly ids: readonly string[]; readonly names: readonly string[]; readonly rank: readonly number[] }): Profiles {
  // Each loop is a function of its own: V8 compiles a long-running loop on its own (on-stack replacement) with the
  // whole function, and the later loops, never run yet, then deoptimised it; one function per loop avoids that.
  const actorOf = actorIndices(sorted, owner, builders, built.rank);
  const { actors, formKeys, profiles, person } = newActors(builders, built);
  const st: Sweep = { tokens, sentences, sorted, names, actorOf, actors, profiles, person, ...tokenMaps(tokens, sentences, sorted),
    mentions: newTable(actorOf), left: newScan(), right: newScan(), words: new WordFacts(tokens) };
  sweep(st);
  inheritCounterpartRoles(text, st.mentions, actors, profiles);
  return { actors, formKeys, profiles, mentions: st.mentions, actorOf };
}

/** Every mention in order: its position, and for people the evidence in the words around it. */
function sweep(st: Sweep): void {
  const { sorted, sentences, actorOf } = st;
  for (let i = 0; i < sorted.length; i++) {
    const a = actorOf[i];
    if (a < 0) continue;
    const e = sorted[i];
    const ft = st.firstTok[i];
    if (ft < 0) { addMention(st.mentions, e, a, i, sentenceAt(sentences, e.start), OTHER); continue; }
    if (st.person[a] === 1) personMention(st, i, a);
    else otherMention(st, i, a);
  }
}

/**
 * What the per-mention functions share. The sweep is split into small functions so that V8 optimises each once
 * instead of recompiling one large function whenever a rare branch is first taken (that cost more CPU on a cold
 * run than the sweep).
 */
interface Sweep {
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly sorted: readonly Entity[];
  readonly names: readonly (ParsedName | undefined)[];
  readonly actorOf: Int32Array;
  readonly actors: readonly Actor[];
  readonly profiles: readonly ActorProfile[];
  /** 1 for actors that are people: read per mention and per pronoun-scan step (a byte, not a string comparison). */
  readonly person: Uint8Array;
  /** Entity of each token or -1; first and last token of each entity or -1; sentence of each token. */
  readonly tokenEntity: Int32Array;
  readonly firstTok: Int32Array;
  readonly lastTok: Int32Array;
  readonly tokenSentence: Int32Array;
  /** Filled row by row in document order (`count` rows so far). */
  readonly mentions: Rows;
  /** One pair of scans reused for every person mention (addRoles copies what it keeps). */
  readonly left: Scan;
  readonly right: Scan;
  /** What the scans ask of a word, once per distinct token text. */
  readonly words: WordFacts;
}

/** An empty table with room for every mention that has an actor. */
function newTable(actorOf: Int32Array): Rows {
  let n = 0;
  for (let i = 0; i < actorOf.length; i++) if (actorOf[i] >= 0) n++;
  return { count: 0, start: new Int32Array(n), end: new Int32Array(n), actor: new Int32Array(n), entity: new Int32Array(n),
    sentence: new Int32Array(n), position: new Uint8Array(n) };
}

function addMention(t: Rows, e: Entity, actor: number, entity: number, sentence: number, position: number): void {
  const k = t.count++;
  t.start[k] = e.start;
  t.end[k] = e.end;
  t.actor[k] = actor;
  t.entity[k] = entity;
  t.sentence[k] = sentence;
  t.position[k] = position;
}

const newScan = (): Scan => ({ roles: [], countries: [], orgs: [], orgWords: [] });

/** Token ↔ entity and token → sentence maps. */
function tokenMaps(tokens: Tokens, sentences: readonly Sentence[], sorted: readonly Entity[]):
  { tokenEntity: Int32Array; firstTok: Int32Array; lastTok: Int32Array; tokenSentence: Int32Array } {
  const tokenEntity = new Int32Array(tokens.length).fill(-1);
  const firstTok = new Int32Array(sorted.length).fill(-1);
  const lastTok = new Int32Array(sorted.length).fill(-1);
  const tokenSentence = new Int32Array(tokens.length); // made before the loop, which may be compiled on its own
  // One function per loop (see stableOrder in order.ts).
  entityTokens(tokens, sorted, tokenEntity, firstTok, lastTok);
  fillSentences(sentences, tokenSentence);
  return { tokenEntity, firstTok, lastTok, tokenSentence };
}

/** First and last token of each entity, and the entity of their tokens. */
function entityTokens(tokens: Tokens, sorted: readonly Entity[], tokenEntity: Int32Array, firstTok: Int32Array, lastTok: Int32Array): void {
  let t = 0;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    while (t > 0 && tokens.end(t - 1) > e.start) t--;
    if (t < tokens.length && tokens.end(t) <= e.start) t = firstTokenEndingAfter(tokens, t, e.start);
    for (let k = t; k < tokens.length && tokens.start(k) < e.end; k++) {
      if (firstTok[i] < 0) firstTok[i] = k;
      lastTok[i] = k;
      tokenEntity[k] = i;
    }
  }
}

const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might',
  'must', 'should', 'did', 'does', 'said', 'says']);

/** A lower-case word that is most likely a verb: an auxiliary or a word in -ed or -s ("is", "announced", "says"). */
function verbLike(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  return AUXILIARIES.has(w) || (w.length > 3 && (w.endsWith('ed') || (w.endsWith('s') && !w.endsWith('ss'))));
}

function fillSentences(sentences: readonly Sentence[], tokenSentence: Int32Array): void {
  for (let si = 0; si < sentences.length; si++) tokenSentence.fill(si, sentences[si].firstToken, sentences[si].endToken);
}

/** Capitalised words that open a sentence and are no part of a title before a name ("To Florida consultant Wilson"). */
const OPENING_FUNCTION_WORDS = new Set(['To', 'For', 'With', 'In', 'At', 'On', 'By', 'From', 'As', 'Like', 'Unlike', 'Count', 'Ask',
  'Meet', 'Even', 'Only', 'Both', 'But', 'And', 'So', 'Yet', 'Then', 'Now']);

/** Organisations and places only need a position: look at the token before the mention. */
function otherMention(st: Sweep, i: number, a: number): void {
  const { tokens } = st;
  const e = st.sorted[i];
  const ft = st.firstTok[i];
  const sentence = st.tokenSentence[ft];
  const sFirst = st.sentences[sentence]?.firstToken ?? 0;
  const sEnd = st.sentences[sentence]?.endToken ?? tokens.length;
  // An article belongs to the name's noun phrase when a verb follows the name: "The United Nations is appealing …"
  // opens its sentence; "The British Embassy …", "the Hofstra University debate" name modifiers.
  const after0 = st.lastTok[i] + 1;
  const prev = ft - 1 >= sFirst && (st.words.of(ft - 1) & ARTICLE_KEY) !== 0 && after0 < sEnd && verbLike(tokens.text(after0)) ? ft - 2 : ft - 1;
  const position = prev < sFirst || (st.words.of(prev) & SUBJECT_BEFORE) !== 0 ? SUBJECT
    : tokens.kind(prev) === 'word' && (st.words.of(prev) & POSSESSIVE_WORD) === 0 ? OBJECT : OTHER;
  const after = st.lastTok[i] + 1;
  addMention(st.mentions, e, a, i, sentence, after < sEnd && (st.words.of(after) & POSSESSIVE_WORD) !== 0 ? OTHER : position);
}

function affiliation(st: Sweep, ent: number, scan: Scan): boolean {
  const a = st.actorOf[ent];
  if (a < 0) return false;
  const p = st.profiles[a];
  if (p.country) { scan.countries.push(p.country); return true; }
  // A party's people ("the Democratic presidential candidate") tie no one to the party, as a people's name does not.
  if (st.actors[a].type !== 'ORG' || namesPartyPeople(st.sorted[ent].text)) return false;
  scan.orgs.push(a);
  const ws = st.sorted[ent].text.split(/\s+/);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    const c = startsUpper(w) ? lookupCountry(w) : undefined;
    if (c?.demonym) scan.countries.push(c.country.code);
    else if (isTitleWord(roleKey(w))) scan.orgWords.push(roleKey(w));
  }
  return true;
}

/**
 * A person: position, then titles, appositions and pronoun gender into the actor's profile. Each scan is its own
 * function: V8 compiled this one as a whole four times on a cold run (each rare branch first taken deoptimised it),
 * and a big function takes long to compile, so the slow code ran longer.
 */
function personMention(st: Sweep, i: number, a: number): void {
  const { tokens } = st;
  const e = st.sorted[i];
  const ft = st.firstTok[i];
  const sentence = st.tokenSentence[ft];
  const sFirst = st.sentences[sentence]?.firstToken ?? 0;
  const sEnd = st.sentences[sentence]?.endToken ?? tokens.length;
  let j = leftScan(st, i, ft, sFirst);
  // Connectors and possessives at the far left are not part of the title ("with", "of").
  while (j + 1 < ft && (st.words.of(j + 1) & (CONNECTOR_TEXT | POSSESSIVE_WORD)) !== 0) j++;
  let position = OTHER;
  // "The Labour leader Keir Starmer then raised …", "Party leader Ed Davey raised …": the article and capitalised words
  // before a title open the subject with it.
  // Not an apposition ("his wife, Democratic presidential nominee Hillary Clinton, over …") nor a fronted phrase ("To
  // Florida consultant Wilson, …"): a lower-case word follows the name.
  let k = j;
  const next = st.lastTok[i] + 1 < sEnd ? tokens.text(st.lastTok[i] + 1) : '';
  const verbNext = next !== '' && !startsUpper(next) && tokens.kind(st.lastTok[i] + 1) === 'word';
  while (verbNext && st.left.roles.length > 0 && k >= sFirst && k > j - 3 && ((st.words.of(k) & ARTICLE_KEY) !== 0
    || (startsUpper(tokens.text(k)) && !OPENING_FUNCTION_WORDS.has(tokens.text(k))))) k--;
  if (k < sFirst || (st.words.of(k) & SUBJECT_BEFORE) !== 0) position = SUBJECT;
  else if (tokens.kind(j) === 'word' && (st.words.of(j) & SUBORDINATE_BEFORE) === 0) position = OBJECT;
  const after = st.lastTok[i] + 1;
  if (after < sEnd && (st.words.of(after) & POSSESSIVE_WORD) !== 0) position = OTHER;
  // "… to the state's governor, John Kasich.": a name after a comma that ends its sentence has no verb of its own.
  else if (position === SUBJECT && j >= sFirst && tokens.text(j) === ',' && endsSentence(tokens, after, sEnd)) position = OBJECT;
  addMention(st.mentions, e, a, i, sentence, position);

  const p = st.profiles[a];
  const name = st.names[i] as ParsedName;
  // Most spans carry no title: an empty scan would add nothing, so it is not built.
  if (name.titleRoles.length > 0 || name.titleCountries.length > 0) {
    addRoles(p, { roles: name.titleRoles, countries: name.titleCountries, orgs: NO_ORGS, orgWords: NO_WORDS });
  }
  if (name.gender) vote(p, name.gender, TITLE_VOTE);
  const left = st.left;
  // Most mentions have an empty left scan: the length tests come first (no callback run).
  const leftTitled = left.roles.length > 0;
  if ((leftTitled && left.roles.some(isHead)) || left.orgs.length > 0 || (!leftTitled && left.countries.length > 0)) addRoles(p, left);
  const honorific = leftTitled ? genderOfTitle(left.roles[left.roles.length - 1]) : undefined;
  if (honorific) vote(p, honorific, TITLE_VOTE);
  const kin = kinGender(st, ft, sFirst);
  if (kin) vote(p, kin, TITLE_VOTE);
  // Right: ", head of Iraq’s Hashd al-Sha’abi".
  if (after < sEnd && tokens.text(after) === ',') {
    rightScan(st, after + 1, sEnd);
    // "Amina Bello, the Minister of Health,": an office the tagger read as an organisation names her office too.
    if ((st.right.roles.length > 0 && st.right.roles.some(isHead)) || st.right.orgWords.some(isHead)) addRoles(p, st.right);
  }
  // The first pronoun after an object is as often the subject's ("Ayotte has tangled with Trump once, saying she …").
  const pronoun = position === OBJECT ? undefined : pronounGender(st, after, sEnd);
  if (pronoun) vote(p, pronoun, PRONOUN_VOTE);
}

/** A kinship noun just before a name, with or without a comma ("their son, Humayun", "his wife Melania"): its gender. */
function kinGender(st: Sweep, ft: number, sFirst: number): Gender | undefined {
  let j = ft - 1;
  if (j >= sFirst && st.tokens.text(j) === ',') j--;
  if (j < sFirst) return undefined;
  const f = st.words.of(j);
  return (f & MALE_KIN) !== 0 ? 'm' : (f & FEMALE_KIN) !== 0 ? 'f' : undefined;
}

/**
 * A title, an honorific or a kinship noun says a person's gender outright ("Mrs.", "his wife"); the first pronoun
 * after a name only likely ("… under Warren’s grilling he hadn’t" is Stumpf's "he"): it weighs half as much.
 */
const TITLE_VOTE = 2;
const PRONOUN_VOTE = 1;

/** A gender vote of some weight; a named field each (a keyed `votes[g]++` deoptimised on the second key). */
function vote(p: ActorProfile, g: Gender, weight: number): void {
  if (g === 'm') p.genderVotes.m += weight; else p.genderVotes.f += weight;
}

/** Token k is the sentence's end or its final punctuation. */
function endsSentence(tokens: Tokens, k: number, sEnd: number): boolean {
  if (k >= sEnd) return true;
  const t = tokens.text(k);
  return (t === '.' || t === '?' || t === '!') && k + 1 >= sEnd;
}

/** Left of a person's mention: titles, demonyms, "Iraq’s", organisations, "(SNSC)", "of", into `st.left`; returns
 * the token where the scan stopped. */
function leftScan(st: Sweep, i: number, ft: number, sFirst: number): number {
  const { tokens, tokenEntity, left } = st;
  clearScan(left);
  let j = ft - 1;
  for (let steps = 0; j >= sFirst && steps < MAX_SCAN; steps++) {
    const ent = tokenEntity[j];
    if (ent >= 0 && ent !== i) {
      if (!affiliation(st, ent, left)) {
        // "PiS leader Jarosław Kaczyński": a party the tagger typed MISC, before the title, is part of it.
        if (left.roles.length > 0 && st.sorted[ent].type === 'MISC') { j = st.firstTok[ent] - 1; continue; }
        const title = titleBeforeComplement(st.tokens, st.words, st.firstTok[ent] - 1, sFirst);
        if (title < 0) break;
        j = title;
        continue;
      }
      j = st.firstTok[ent] - 1;
      continue;
    }
    const tx = tokens.text(j);
    const f = st.words.of(j);
    if (tx === ',' && left.roles.every(isHonorific) && officeBefore(st, j, sFirst)) { j = st.firstTok[tokenEntity[j - 1]] - 1; continue; }
    // "Iran's foreign minister, Abbas Araghchi, said": a role, a comma, and the name its apposition (closed by a comma).
    if (tx === ',' && j === ft - 1 && j > sFirst && (st.words.of(j - 1) & TITLE_KEY) !== 0 && tokens.text(st.lastTok[i] + 1) === ',') { j--; continue; }
    // "the Iranian Ambassador to Baghdad, Mohammad Kazem Al-e Sadegh,": the same with a diplomat's posting.
    if (tx === ',' && j === ft - 1 && tokens.text(st.lastTok[i] + 1) === ',' && postingBefore(st, j, sFirst)) { j = st.firstTok[tokenEntity[j - 1]] - 2; continue; }
    if (tokens.kind(j) !== 'word' && tx !== ')' && (f & POSSESSIVE_WORD) === 0) break;
    // "Jordanian Ambassador to Saudi Arabia Haitham Abu Alfoul", "UN Deputy Special Envoy for Syria Henrik Lindqvist": a
    // diplomat's posting, the place right before the name, which is where he serves, not his country.
    const posting = (tx === 'to' || tx === 'for') && left.countries.length > 0 && left.roles.length === 0 && j > sFirst && DIPLOMAT_HEADS.has(roleKey(tokens.text(j - 1)));
    if (posting) { left.countries.length = 0; j--; continue; }
    // "A spokeswoman for Mr. Trump", "an adviser to Clinton": a role before "for"/"to" right before the name is
    // someone else's (not "Minister for Foreign Affairs Hussein …", where title words come between).
    if ((tx === 'for' || tx === 'to') && left.roles.every(isHonorific)) break;
    if ((f & (POSSESSIVE_WORD | CONNECTOR_KEY)) !== 0) { j--; continue; }
    // "Minister of Mines and | Industry …", "Minister of Transport, | Works …": portfolios joined inside a title.
    if ((tx === 'and' || tx === ',') && left.roles.length > 0 && j > sFirst && startsUpper(tokens.text(j - 1)) && tokenEntity[j - 1] < 0) { j--; continue; }
    // "National Security Minister the Honourable Fitzgerald Hinds-Baptiste": the article of an honorific, before the
    // name or inside its span.
    if ((f & ARTICLE_KEY) !== 0 && ((left.roles.length > 0 && left.roles.every(isHonorific)) ||
      (j === ft - 1 && st.names[i]?.titleRoles.some(isHonorific) === true))) { j--; continue; }
    if (tx === ')') { const open = openParenBefore(tokens, j, sFirst); if (open < 0) break; j = open - 1; continue; }
    if ((f & TITLE_KEY) !== 0) { left.roles.unshift(roleKey(tx)); j--; continue; }
    const c = startsUpper(tx) ? lookupCountry(tx) : undefined;
    if (c && (c.demonym || stripPossessive(tx) !== tx || (j + 1 < tokens.length && (st.words.of(j + 1) & POSSESSIVE_WORD) !== 0))) { left.countries.push(c.country.code); j--; continue; }
    // A body's noun the tagger left out of any name ("Hamas political bureau chief Ismail Haniyeh"; titleScan.ts).
    if (BODY_NOUNS.has(tx)) { j--; continue; }
    // "… of the Iranian Parliament", "Leader of the Islamic Revolution Ayatollah …", "Chief of Staff of the Armed
    // Forces Major General …": the title before the complement's "of (the)".
    const title = startsUpper(tx) || (f & ARTICLE_KEY) !== 0 ? titleBeforeComplement(tokens, st.words, j, sFirst) : -1;
    if (title >= 0) { j = title; continue; }
    break;
  }
  return j;
}

/** Whether "<diplomat> to <place>" ends right before the comma at `comma` ("Ambassador to Baghdad,"). */
function postingBefore(st: Sweep, comma: number, sFirst: number): boolean {
  const ent = comma > sFirst ? st.tokenEntity[comma - 1] : -1;
  const to = ent >= 0 ? st.firstTok[ent] - 1 : -1;
  return to - 1 >= sFirst && st.tokens.text(to) === 'to' && DIPLOMAT_HEADS.has(roleKey(st.tokens.text(to - 1)));
}

/**
 * "The Minister of Health, Amina Bello, said": an office the tagger read as an organisation right before the comma at
 * `comma` (the name's honorifics between): taken into `st.left` as an apposition after the name would be.
 */
function officeBefore(st: Sweep, comma: number, sFirst: number): boolean {
  const ent = comma > sFirst ? st.tokenEntity[comma - 1] : -1;
  if (ent < 0 || st.lastTok[ent] !== comma - 1) return false;
  // It opens the sentence or a clause, "the" at most before it ("Responding, the Minister of Lands …, Mr X, said").
  const first = st.firstTok[ent];
  const lead = first > sFirst && (st.words.of(first - 1) & ARTICLE_KEY) !== 0 ? first - 1 : first;
  if (lead > sFirst && st.tokens.text(lead - 1) !== ',') return false;
  const scan = st.left;
  const roles = scan.roles.length;
  const orgWords = scan.orgWords.length;
  if (!affiliation(st, ent, scan) || !scan.orgWords.slice(orgWords).some(isHead)) {
    // Not an office: what affiliation added is dropped (before it the scan held only the name's honorifics).
    const honorifics = scan.roles.slice(0, roles);
    clearScan(scan);
    scan.roles.push(...honorifics);
    return false;
  }
  return true;
}

/** Apposition after "Name ,": roles, countries and organisations from token `from` on, into `st.right`. */
function rightScan(st: Sweep, from: number, sEnd: number): void {
  const { tokens, tokenEntity, right } = st;
  clearScan(right);
  for (let k2 = from, steps = 0; k2 < sEnd && steps < MAX_SCAN; steps++) {
    const ent = tokenEntity[k2];
    // "Syrian President Bashar al-Assad, Defence Minister Ali Mahmoud Abbas and …": titles before a name are that
    // person's, a list's next member, not an apposition.
    if (ent >= 0 && right.roles.length > 0 && st.actorOf[ent] >= 0 && st.person[st.actorOf[ent]] === 1) { clearScan(right); break; }
    if (ent >= 0) { if (!affiliation(st, ent, right)) break; k2 = st.lastTok[ent] + 1; continue; }
    const tx = tokens.text(k2);
    const f = st.words.of(k2);
    if ((f & (POSSESSIVE_WORD | ARTICLE_KEY)) !== 0 || ((f & CONNECTOR_KEY) !== 0 && right.roles.length > 0)) { k2++; continue; }
    if ((f & TITLE_KEY) !== 0) { right.roles.push(roleKey(tx)); k2++; continue; }
    // "…, the federation's leader,", "…, the union leader,": the body's common noun before the title.
    if (right.roles.length === 0 && BODY_COMMON_NOUNS.has(tx) && bodyNounBeforeTitle(st, k2, sEnd)) { k2++; continue; }
    const c = startsUpper(tx) ? lookupCountry(tx) : undefined;
    if (c && (c.demonym || stripPossessive(tx) !== tx || (k2 + 1 < tokens.length && (st.words.of(k2 + 1) & POSSESSIVE_WORD) !== 0))) { right.countries.push(c.country.code); k2++; continue; }
    break;
  }
}

/** Common nouns of bodies whose title follows them in an apposition ("the federation's leader", "the union leader"). */
const BODY_COMMON_NOUNS = new Set(['federation', 'union', 'party', 'group', 'company', 'agency', 'ministry', 'council', 'committee',
  'association', 'movement', 'organisation', 'organization', 'alliance', 'coalition', 'campaign', 'team', 'club', 'board',
  'commission', 'church', 'network', 'firm', 'bank', 'department', 'institute', 'foundation', 'militia', 'league']);

/** Whether the title comes right after token k, or after its possessive ("federation's leader", "union leader"). */
function bodyNounBeforeTitle(st: Sweep, k: number, sEnd: number): boolean {
  const next = k + 1 < sEnd ? st.words.of(k + 1) : 0;
  if ((next & TITLE_KEY) !== 0) return true;
  return (next & POSSESSIVE_WORD) !== 0 && k + 2 < sEnd && (st.words.of(k + 2) & TITLE_KEY) !== 0;
}

/**
 * Gender of the first personal pronoun from token `from` on, before any other person is named. Quoted words are
 * someone speaking of others: a quote after the name is skipped ("Axelrod said, “she started as …”"), and a quote
 * that closes after it ends the scan, since the name was quoted and the pronoun after it is the speaker ("“… Clinton
 * is wrong,” he said"). An object "him" is another person and ends the scan.
 */
function pronounGender(st: Sweep, from: number, sEnd: number): Gender | undefined {
  const { tokens, tokenEntity } = st;
  const genderEnd = Math.min(sEnd, from + GENDER_SCAN);
  for (let k = from; k < genderEnd; k++) {
    const ent = tokenEntity[k];
    if (ent >= 0 && st.actorOf[ent] >= 0 && st.person[st.actorOf[ent]] === 1) return undefined;
    const w = tokens.text(k);
    const q = w.length === 1 ? quoteMark(tokens, k) : NO_QUOTE;
    if (q === CLOSING_QUOTE) return undefined;
    if (q === OPENING_QUOTE) { k = quoteEnd(tokens, k, genderEnd); continue; }
    const c = w.charCodeAt(0) | 32; // h or s: the only letters pronouns start with
    if (w.length > 7 || (c !== 104 && c !== 115)) continue;
    const f = st.words.of(k);
    // "McCaskill scolded him": an object pronoun is someone else, and the pronouns after it may be too.
    if (w === 'him') return undefined;
    if ((f & MALE_PRONOUN) !== 0) return 'm';
    if ((f & FEMALE_PRONOUN) !== 0) return 'f';
  }
  return undefined;
}

/** What addRoles reads of a scan (a name's stripped title is passed as it is, without copying it into a scan). */
interface ScanView { readonly roles: readonly string[]; readonly countries: readonly string[]; readonly orgs: readonly number[]; readonly orgWords: readonly string[] }
const NO_ORGS: readonly number[] = [];
/** Empty, of the elements kind of filled word lists (a `[]` literal has another; see NONE in names.ts). */
const NO_WORDS: readonly string[] = ['-'].slice(1);

/**
 * Records a scan's roles and affiliations; a member of an organisation is at least one of its officials. Indexed
 * loops: in code not yet optimised, for-of allocates an iterator result per element.
 */
function addRoles(profile: ActorProfile, scan: ScanView): void {
  const p = profile as MutableProfile;
  const head = scan.roles.some(isHead);
  if (head || scan.orgs.length > 0) { if (p.roles === EMPTY) p.roles = new Set(); }
  if (head) {
    addRoleWords(scan.roles, p.roles);
    if (p.rolePhrases === EMPTY) p.rolePhrases = new Set();
    p.rolePhrases.add(scan.roles.join(' '));
  }
  if (scan.orgs.length > 0) {
    p.roles.add('official');
    for (let k = 0; k < scan.orgWords.length; k++) p.roles.add(canonicalRole(scan.orgWords[k]));
    if (p.orgs === EMPTY) p.orgs = new Set();
    for (let k = 0; k < scan.orgs.length; k++) p.orgs.add(scan.orgs[k]);
  }
  if (scan.countries.length > 0) {
    if (p.countries === EMPTY) p.countries = new Set();
    for (let k = 0; k < scan.countries.length; k++) p.countries.add(scan.countries[k]);
  }
}

/** Empties a scan; most are already empty, and setting `length` is a runtime call, so only when needed. */
function clearScan(s: Scan): void {
  if (s.roles.length > 0) s.roles.length = 0;
  if (s.countries.length > 0) s.countries.length = 0;
  if (s.orgs.length > 0) s.orgs.length = 0;
  if (s.orgWords.length > 0) s.orgWords.length = 0;
}

export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}
