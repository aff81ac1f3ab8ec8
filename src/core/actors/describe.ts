// Reading a description that speaks ("the top Iranian diplomat", "The Iraqi advisor", "the country") and scoring
// how well an actor's profile fits it.
import type { CountryHit } from './countries';
import { lookupCountry, mayStartCountry } from './countries';
import { stripPossessive } from './fold';
import { canonicalRole, DESCRIPTION_FILLERS, isHead, isTitleWord, pluralHead, roleKey } from './roles';
import type { ActorProfile } from './types';

/** Nouns that stand for a kind of actor rather than a role ("the country", "the group"). */
export const GENERIC_NOUNS: ReadonlyMap<string, 'country' | 'org'> = new Map([
  ['country', 'country'], ['nation', 'country'], ['state', 'country'], ['government', 'country'], ['regime', 'country'],
  ['republic', 'country'], ['kingdom', 'country'], ['administration', 'country'], ['authorities', 'country'], ['junta', 'country'],
  ['group', 'org'], ['organization', 'org'], ['organisation', 'org'], ['movement', 'org'], ['militia', 'org'],
  ['party', 'org'], ['ministry', 'org'], ['company', 'org'], ['firm', 'org'], ['agency', 'org'], ['council', 'org'],
  // A military speaks for its country ("The military says …" after "The U.S. military in Iraq …"), not for the last
  // organisation named.
  ['committee', 'org'], ['alliance', 'org'], ['coalition', 'org'], ['army', 'country'], ['military', 'country'],
  ['newspaper', 'org'], ['paper', 'org'], ['forum', 'org'], ['directorate', 'org'],
  ['court', 'org'], ['union', 'org'], ['bank', 'org'], ['corporation', 'org'], ['network', 'org'], ['forces', 'org'],
  ['office', 'org'], ['department', 'org'], ['commission', 'org'], ['body', 'org'], ['institute', 'org'],
  // A company by its trade ("the carmaker said", "the airline said").
  ['carmaker', 'org'], ['automaker', 'org'], ['airline', 'org'], ['retailer', 'org'], ['insurer', 'org'], ['chipmaker', 'org'],
  ['lender', 'org'], ['broadcaster', 'org'], ['manufacturer', 'org'], ['conglomerate', 'org'],
  // "The utility said" after "Entergy Mississippi", "the weather service", "the forecaster" after the National Weather Service.
  ['utility', 'org'], ['service', 'org'], ['forecaster', 'org'], ['regulator', 'org'], ['watchdog', 'org'],
  // "the center warned" after the National Hurricane Center, "the authority" after the NSW Reconstruction Authority.
  ['center', 'org'], ['centre', 'org'], ['association', 'org'], ['foundation', 'org'], ['university', 'org'],
  ['hospital', 'org'], ['authority', 'org'], ['studio', 'org'], ['force', 'org'], ['fund', 'org'],
  // "the bureau" after the Kenya National Bureau of Statistics, "the trust" after an NHS trust: each only a body named
  // so (namedLike.ts). Not "board": "The bank's board", "the paper's editorial board" speak for their owner.
  ['bureau', 'org'], ['division', 'org'], ['trust', 'org'], ['federation', 'org'], ['chamber', 'org'],
  ['district', 'org'], ['club', 'org'], ['church', 'org'], ['league', 'org'],
  // "the diocese said" after the Diocese of Caerwen, "the museum" after a museum, "the collection" after one.
  ['diocese', 'org'], ['museum', 'org'], ['gallery', 'org'], ['collection', 'org'], ['synod', 'org'],
  // "The bloc said" after the Economic Community of West African States, the European Union, ASEAN.
  ['bloc', 'org'],
]);

export interface Description {
  /** Canonical role words ("foreign", "minister"); empty when no role noun. */
  readonly roles: readonly string[];
  /** Canonical head role ("minister", "advisor", "diplomat"). */
  readonly head?: string;
  /** The head is plural ("officials"): an unnamed group, never one named person. */
  readonly plural: boolean;
  /** Starts with "a"/"an"/"one": a new, unnamed person. */
  readonly indefinite: boolean;
  readonly countries: readonly string[];
  /** "the country", "the group" (the last such noun); `introduced` when it heads an indefinite noun phrase ("a civil
   * liberties group", "a coalition of groups": someone new), not when it modifies another noun ("a government
   * statement") or has its own article ("a statement from the government"). */
  readonly generic?: { readonly kind: 'country' | 'org'; readonly noun: string; readonly introduced: boolean };
}

/**
 * Descriptions are kept per span text for the whole stage: constructed, not object or array literals, because V8
 * tenures the long-lived objects of a literal's allocation site by deoptimising the function that allocates there
 * (parseDescription was compiled three times per 5 MB text). Lists are exact copies of the pushed-to scratch lists.
 */
class ParsedDescription implements Description {
  constructor(readonly roles: readonly string[], readonly head: string | undefined, readonly plural: boolean, readonly indefinite: boolean,
    readonly countries: readonly string[], readonly generic: GenericNoun | undefined) {}
}

class GenericNoun {
  constructor(readonly kind: 'country' | 'org', readonly noun: string, readonly introduced: boolean) {}
}

/** Shared by descriptions without roles or countries; never written. */
const NO_WORDS: readonly string[] = ['-'].slice(1);
const copyOf = (xs: readonly string[]): readonly string[] => (xs.length > 0 ? xs.slice() : NO_WORDS);

const WORD_RE = /(?:\p{Lu}\.)+(?:-[\p{L}\p{M}\p{N}'’-]*|\p{Lu}(?=\.))|\p{N}+-[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;
const UPPER_START_RE = /^\p{Lu}/u;
const INDEFINITE_RE = /^(a|an|one|another)$/i;

/** UPPER_START_RE.test(w), answered without the Unicode regex for an ASCII first letter. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START_RE.test(w);
}

/**
 * span.match(WORD_RE) for ASCII text (most spans), without the Unicode regex: words start with a letter (or with
 * digits and a hyphen: "50-state") and run on over letters, digits, apostrophes and hyphens; capital initials keep
 * their inner periods ("U.S"). Undefined when the span has a non-ASCII character.
 */
function asciiWords(span: string): string[] | undefined {
  const ws: string[] = [];
  let start = -1;
  for (let k = 0; k <= span.length; k++) {
    const c = k < span.length ? span.charCodeAt(k) : 32;
    if (c >= 128) return undefined;
    // One table read instead of a chain of compares: a compare first reached after the function was compiled (a
    // digit inside a word) deoptimised it and had it compiled again.
    const kind = ASCII_WORD_CHAR[c];
    if (start >= 0) {
      if (kind !== 0 || (c === 46 && dottedInitials(span, start, k))) continue;
      ws.push(span.slice(start, k));
      start = -1;
    }
    if (kind === LETTER || (c >= 48 && c <= 57 && numberCompound(span, k))) start = k;
  }
  return ws;
}

/** Whether the digits at k open a compound modifier ("50-state", "two" is a word anyway): digits, a hyphen, a letter. */
function numberCompound(span: string, k: number): boolean {
  if (k > 0 && ASCII_WORD_CHAR[span.charCodeAt(k - 1)] !== 0) return false;
  let j = k;
  while (j < span.length && span.charCodeAt(j) >= 48 && span.charCodeAt(j) <= 57) j++;
  return span.charCodeAt(j) === 45 && ASCII_WORD_CHAR[span.charCodeAt(j + 1)] === LETTER;
}

/**
 * Whether the period at k joins capital initials into one word ("U.S.", "U.K.": a country in "the U.S. envoy"): the
 * word so far is capitals and periods, and a capital or a hyphen follows. The word ends before the last period ("U.S").
 */
function dottedInitials(span: string, start: number, k: number): boolean {
  const next = span.charCodeAt(k + 1);
  if (!(next >= 65 && next <= 90) && next !== 45) return false; // "U.S.-backed" stays one word, no country
  for (let j = start; j < k; j += 2) {
    const c = span.charCodeAt(j);
    if (!(c >= 65 && c <= 90) || (j + 1 < k && span.charCodeAt(j + 1) !== 46)) return false;
  }
  return (k - start) % 2 === 1;
}

/** Per ASCII code: LETTER, INSIDE (digit, apostrophe, hyphen: continue a word, start none) or 0. */
const LETTER = 1;
const INSIDE = 2;
const ASCII_WORD_CHAR = ((): Uint8Array => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if ((c | 32) >= 97 && (c | 32) <= 122) t[c] = LETTER;
    else if ((c >= 48 && c <= 57) || c === 39 || c === 45) t[c] = INSIDE;
  }
  return t;
})();

/** Words after which a role noun no longer heads the description: "The Republican senators running for president" is
 * senators (plural: no one person), "an adviser to the president" an adviser, "The head of the PAC backing Gov. Jeb
 * Bush" the head (roles and countries after them still count: "the foreign minister of Iran"). */
const HEAD_LOCK = new Set(['of', 'for', 'to', 'by', 'from', 'with', 'at', 'in', 'on', 'who', 'whom', 'whose', 'which', 'that']);

/** Modifiers of a body below the country's ("local authorities", "the provincial government"). */
const SUB_NATIONAL = new Set(['local', 'provincial', 'regional', 'municipal', 'city', 'county', 'district']);

export function parseDescription(span: string): Description {
  const ws: string[] = asciiWords(span) ?? span.match(WORD_RE) ?? [];
  const roles: string[] = [];
  const countries: string[] = [];
  let head: string | undefined;
  let plural = false;
  let generic: Description['generic'];
  const indefinite = ws.length > 0 && INDEFINITE_RE.test(ws[0]);
  let locked = false; // a head followed by a preposition or relative word: later role nouns only modify it
  let article = NO_ARTICLE; // the last article read
  let adjectival = false; // the word before was a role word that is also an adjective, as written ("official", not "official's")
  let subNational = false; // a word read so far places the description below the country ("local", "provincial")
  for (let i = 0; i < ws.length; i++) {
    const w = wordOf(ws[i]);
    if (SUB_NATIONAL.has(w.key)) subNational = true;
    if (w.article !== NO_ARTICLE) article = w.article;
    if (head !== undefined && w.headLock) { locked = true; continue; }
    // Words (no spaces) that start no country name skip the pair's lookup, and its string is not built.
    const two = w.mayStartCountry && i + 1 < ws.length ? lookupCountry(`${ws[i]} ${ws[i + 1]}`) : undefined;
    if (two) { countries.push(two.country.code); i++; continue; }
    if (w.filler) continue;
    if (w.country) { countries.push(w.country.country.code); continue; }
    if (w.generic) {
      // "local health authorities", "the provincial government": not the country's (whichever country was named last).
      if (w.generic === 'country' && subNational) continue;
      generic = new GenericNoun(w.generic, w.key, article === INDEFINITE && (i === ws.length - 1 || wordOf(ws[i + 1]).key === 'of'));
      continue;
    }
    if (w.pluralRole !== undefined) { roles.push(w.pluralRole); if (!locked) { head = w.pluralRole; plural = true; } continue; }
    if (w.titleRole !== undefined) {
      roles.push(w.titleRole);
      if (w.head && !locked) { head = w.titleRole; plural = false; }
    } else if (w.plainNoun && head !== undefined && !locked && adjectival) {
      // "The official execution tape", "official data": a noun after a role word that is also an adjective heads the
      // phrase ("an official familiar with the talks" keeps it: a modifier before a preposition, or a participle).
      if (!(i + 1 < ws.length && wordOf(ws[i + 1]).headLock) && !PARTICIPLE_RE.test(ws[i])) { head = undefined; plural = false; }
    }
    adjectival = w.titleRole !== undefined && ROLE_ADJECTIVES.has(ws[i].toLowerCase());
  }
  return new ParsedDescription(copyOf(roles), head, plural, indefinite, copyOf(countries), generic);
}

const NO_ARTICLE = 0;
const INDEFINITE = 1;
const DEFINITE = 2;

/**
 * What parseDescription reads of one word, all of it a function of the word alone: kept per word (descriptions share
 * most of their words: "the", "spokesman", "official"), so each occurrence costs one lookup instead of lower-casing,
 * a country pre-test and half a dozen Set lookups of new strings.
 */
class DescriptionWord {
  constructor(
    /** NO_ARTICLE, INDEFINITE ("a", "an", "one") or DEFINITE ("the"). */
    readonly article: number,
    /** A word after which a head is locked (HEAD_LOCK). */
    readonly headLock: boolean,
    readonly mayStartCountry: boolean,
    /** roleKey of the word is a filler ("the", "top", "former"). */
    readonly filler: boolean,
    /** The country the word names on its own ("Iranian", "Iran's"), if it may start one and is capitalised or possessive. */
    readonly country: CountryHit | undefined,
    /** roleKey of the word. */
    readonly key: string,
    readonly generic: 'country' | 'org' | undefined,
    /** The canonical role of a plural head ("officials" → "official"). */
    readonly pluralRole: string | undefined,
    /** The canonical role of a title word, and whether it is a head. */
    readonly titleRole: string | undefined,
    readonly head: boolean,
    /** A lower-case word that is none of the above and may head a noun phrase ("tape", "wife"; not "himself"). */
    readonly plainNoun: boolean,
  ) {}
}

const WORDS = new Map<string, DescriptionWord>();
const WORDS_CAP = 20_000;

function wordOf(word: string): DescriptionWord {
  let w = WORDS.get(word);
  if (w === undefined) {
    if (WORDS.size >= WORDS_CAP) WORDS.clear();
    w = readWord(word);
    WORDS.set(word, w);
  }
  return w;
}

function readWord(word: string): DescriptionWord {
  const k = roleKey(word);
  const country = mayStartCountry(word);
  const sing = pluralHead(k);
  const lower = word.toLowerCase();
  const article = INDEFINITE_RE.test(word) ? INDEFINITE : lower === 'the' ? DEFINITE : NO_ARTICLE;
  return new DescriptionWord(article, HEAD_LOCK.has(lower), country, DESCRIPTION_FILLERS.has(k),
    country && (startsUpper(word) || stripPossessive(word) !== word) ? lookupCountry(word) : undefined, k, GENERIC_NOUNS.get(k),
    sing ? canonicalRole(sing) : undefined, isTitleWord(k) ? canonicalRole(k) : undefined, isHead(k),
    PLAIN_WORD_RE.test(word) && !NOT_A_HEAD_AFTER_ROLE.has(k));
}

/** The words that name a minister's or secretary's portfolio (canonical role words). */
const PORTFOLIOS = new Set(['foreign', 'interior', 'defence', 'finance', 'economy', 'oil', 'energy', 'trade', 'health',
  'education', 'intelligence', 'justice', 'agriculture', 'environment', 'culture', 'labour', 'transport', 'housing',
  'information', 'communications', 'tourism', 'industry', 'commerce', 'home', 'homeland']);

/** Whether the description names a portfolio and the person is known with another one ("Iran's foreign minister" is
 * no defence minister named just before). */
function otherPortfolio(d: Description, p: ActorProfile): boolean {
  const wanted = d.roles.filter((r) => PORTFOLIOS.has(r));
  if (wanted.length === 0) return false;
  let other = false;
  for (const r of p.roles) {
    if (!PORTFOLIOS.has(r)) continue;
    if (wanted.includes(r)) return false;
    other = true;
  }
  return other;
}

const PLAIN_WORD_RE = /^[a-z][a-z-]{2,}$/;
const PARTICIPLE_RE = /(?:ing|ed)$/;
/** Role words that are adjectives too ("official data", "chief concern", "executive order"). */
const ROLE_ADJECTIVES = new Set(['official', 'chief', 'general', 'executive', 'major']);
/** Words after a role noun that leave it the head: reflexives and adverbs ("the official himself", "the official also"). */
const NOT_A_HEAD_AFTER_ROLE = new Set(['himself', 'herself', 'themselves', 'itself', 'also', 'too', 'alone', 'here', 'there',
  'now', 'today', 'tonight', 'yesterday', 'then', 'again', 'still', 'already', 'once', 'later', 'recently']);

/**
 * How well an actor fits a role description: 3 when every role word was seen with it ("foreign minister" for
 * "the Iranian foreign minister"), 2 when the head's class was ("diplomat" for a foreign minister), plus 2 when
 * its country matches. -1 (incompatible) when no role fits or it belongs to another country.
 */
const SUBORDINATE = ['deputy', 'vice', 'assistant'];

/** The person holds a deputy's or vice's title the description does not name. */
/** Whether every title the person was given with the head role says it is past ("former president"). */
function formerOnly(p: ActorProfile, head: string): boolean {
  if (!p.roles.has('former')) return false; // most people: no phrase to read (this runs for every description and candidate)
  let any = false;
  for (const phrase of p.rolePhrases) {
    if (!phrase.endsWith(head)) continue;
    if (!phrase.startsWith('former ') && !phrase.startsWith('ex-')) return false;
    any = true;
  }
  return any;
}

function subordinateOnly(d: Description, p: ActorProfile): boolean {
  for (let k = 0; k < SUBORDINATE.length; k++) if (p.roles.has(SUBORDINATE[k]) && d.roles.indexOf(SUBORDINATE[k]) < 0) return true;
  return false;
}

export function scoreDescription(d: Description, p: ActorProfile): number {
  if (!d.head) return -1;
  // "former president Peter Mutharika" is not "the president" (the incumbent is), only "the former president".
  if (!d.roles.includes('former') && formerOnly(p, d.head)) return -1;
  let score: number;
  if (d.roles.every((r) => p.roles.has(r))) score = 3;
  else if (p.roles.has(d.head) && !otherPortfolio(d, p)) score = 2;
  // "The German leader" is Germany's chancellor; a chancellor with no country named may be a finance minister.
  else if (d.head === 'leader' && p.roles.has('chancellor') && d.countries.some((c) => p.countries.has(c))) score = 2;
  else return -1;
  // "the PM" after "Prime Minister Lawrence Wong" and "Deputy Prime Minister Gan Kim Yong": the deputy fits less.
  if (subordinateOnly(d, p)) score -= 1;
  if (d.countries.length > 0) {
    if (d.countries.some((c) => p.countries.has(c))) score += 2;
    else if (p.countries.size > 0) return -1;
  }
  return score;
}
