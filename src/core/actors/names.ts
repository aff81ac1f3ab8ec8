// Reading one entity mention as a name: cleaned display form, match keys, person name parts (given names and
// surname, with particles such as al-, bin, van der), titles stripped from the front, acronyms and initials.
import type { EntityType } from '../types';
import type { CountryHit } from './countries';
import { lookupCountry } from './countries';
import { partyOf } from './parties';
import type { Gender } from './roles';
import { genderOfTitle, isHead, isHonorific, isNameTitle, isTitleWord, roleKey } from './roles';
import { compact, fold, isAllCaps, isAscii, skeleton, stripPossessive } from './fold';

export interface ParsedName {
  /** The name as it should be shown: no possessive, no leading "the", no title (people). */
  readonly display: string;
  /** fold(display): the exact-match key. */
  readonly key: string;
  readonly country?: CountryHit;
  /** A single all-caps word of 2–8 letters ("IRGC", "U.N."), matched against initials of other names. */
  readonly acronym: boolean;
  /** "Islamic Revolution Guards Corps (IRGC)" in one span: the acronym's key ("irgc"). */
  readonly inlineAcronym?: string;
  /** People: name units (particles joined to the next word), compact folded; the last one is the surname. */
  readonly units: readonly string[];
  /** People: compact surname without particles ("al-Fayyad" → "fayyad"). */
  readonly surname: string;
  /** People: skeleton(surname), for transliteration lookups. */
  readonly skeleton: string;
  /** Role words stripped from the front of a person's span ("foreign", "minister"), as role keys. */
  readonly titleRoles: readonly string[];
  /** Countries named in stripped titles ("Iranian Foreign Minister …" → Iran). */
  readonly titleCountries: readonly string[];
  readonly gender?: Gender;
  /** People: a generational suffix ("jr", "sr", "ii" …) or ''. "Donald Trump Jr." is not "Donald Trump". */
  readonly generation: string;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'umm', 'van', 'von', 'de', 'der', 'den', 'del',
  'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'st', 'dela', 'delos', 'los', 'las']);
const PARTICLE_PREFIX_RE = /^(?:(?:al|el|ad|adh|an|ar|as|ash|at|az|bin|ibn|bint|van|von|de|der|den|del|della|di|da|do|du|dos|das|le|la)(?:-| |$))+/;
const ARABIC_ARTICLE_RE = /^ال(?=\p{L}{2})/u;
/** First letters of PARTICLE_PREFIX_RE's particles and of the Arabic article. */
const PARTICLE_STARTS = 'aebivdlا';
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const ORG_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'at', 'a', 'an', '&', 'de', 'la', 'le', 'du', 'des', 'der', 'und']);
const INLINE_ACRONYM_RE = /^(.+?)\s*\(\s*([\p{Lu}][\p{Lu}\p{N}.&-]{1,9})\s*\)$/u;

/** Surname key of a unit: folded, compact, particles removed ("al-Sha’abi" → "shaabi"). */
export function surnameKey(unit: string): string {
  const f = fold(unit);
  // The particle regexes can only match from these first letters (most surnames start otherwise).
  if (!PARTICLE_STARTS.includes(f.charAt(0))) return compact(f);
  const bare = f.replace(PARTICLE_PREFIX_RE, '').replace(ARABIC_ARTICLE_RE, '');
  return compact(bare || f);
}

/** A person's one word in capitals that reads as a surname: four letters or more, with a vowel ("TAPPER", "KEMP"). */
function capitalisedSurname(text: string): boolean {
  return /^\p{Lu}{4,}$/u.test(text) && /[AEIOUY]/.test(text);
}

export function isAcronymText(text: string): boolean {
  if (hasAsciiSpaceOrLower(text) || /\s/.test(text) || !isAllCaps(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  return letters >= 2 && letters <= 8 && /^[\p{Lu}\p{N}.&-]+$/u.test(text);
}

/** An ASCII space (then `\s` matches) or lower-case letter (then it is not all capitals): most names, no regex. */
function hasAsciiSpaceOrLower(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

const HAS_NAME_CHAR_RE = /[\p{L}\p{N}]/u;

/** HAS_NAME_CHAR_RE.test(s), answered without the Unicode regex while the text is ASCII. */
function hasNameChar(s: string): boolean {
  // The index steps before the tests: most names answer at their first character, and a `k++` first reached after
  // parseName was compiled (a name opening with punctuation) deoptimised it and had it compiled again.
  for (let k = 0; k < s.length;) {
    const c = s.charCodeAt(k++);
    if (c >= 128) return HAS_NAME_CHAR_RE.test(s);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}

/** Text without a leading "the"/"The"/"THE" and the spaces after it; the regex only when it can match. */
function stripThe(text: string): string {
  const c = text.charCodeAt(0);
  return c === 116 || c === 84 ? text.replace(/^(?:the|The|THE)\s+/, '') : text;
}

/** A mention read as a name; `display` is empty when there is no name in it (punctuation only): no actor. */
export function parseName(raw: string, type: EntityType): ParsedName {
  if (!hasNameChar(raw)) return plainName('', undefined, false, undefined);
  let text = stripPossessive(raw.trim());
  let inlineAcronym: string | undefined;
  // The regex needs a final ")": most names have none, and a char test is far cheaper than the Unicode regex.
  const m = text.charCodeAt(text.length - 1) === 41 ? INLINE_ACRONYM_RE.exec(text) : null;
  if (m && type !== 'PERSON') { text = m[1]; inlineAcronym = fold(m[2]).replace(/[-&]/g, ''); }
  if (type !== 'PERSON') text = compoundBase(stripThe(text)) ?? stripThe(text);
  if (type !== 'PERSON' && type !== 'DATE') {
    const country = lookupCountry(text);
    if (country) return plainName(text, country, false, undefined);
    // A party in any of its forms ("Democrats", "Democratic", "GOP") is keyed by the party's name: one actor.
    const party = partyOf(text);
    if (party) return nameOf(text, undefined, false, undefined, NONE, '', '', NONE, NONE, undefined, '', fold(party));
  }
  if (type === 'NORP' && !inlineAcronym && !isAcronymText(text)) return groupName(text);
  if (type === 'ORG') {
    // "Halvorsen Robotics Inc" and "Halvorsen Robotics": one company, whichever form the text gives first.
    const base = withoutLegalSuffix(text);
    if (base !== text) return nameOf(text, undefined, false, inlineAcronym, NONE, '', '', NONE, NONE, undefined, '', fold(base));
  }
  if (type !== 'PERSON') return plainName(text, undefined, isAcronymText(text), inlineAcronym);
  return parsePerson(text);
}

/** A company's legal form ("Halvorsen Robotics Inc", "Jefferies Financial Group Inc.", "BAE Systems plc"). */
const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'lp', 'llp']);

/** The name without its legal form when two or more words are left, or the name itself ("Apple Inc." is left to the
 * one-word short-form rule, registry.ts NAME_TAILS). */
function withoutLegalSuffix(text: string): string {
  const sp = text.lastIndexOf(' ');
  if (sp <= 0) return text;
  const last = text.slice(sp + 1).replace(/\.$/, '').toLowerCase();
  if (!LEGAL_FORMS.has(last)) return text;
  const base = text.slice(0, sp).replace(/,$/, '');
  return base.indexOf(' ') > 0 ? base : text;
}

/** "U.S.-led", "NATO-led", "Florida-based", "American-born": the tagger marks the compound (MISC, as CoNLL does); it
 * names the actor before the hyphen, as "Iranian" names Iran. */
const COMPOUND_RE = /^(.*\p{L}\.?)-(?:based|led|backed|born|controlled|linked|sponsored|dominated|run|owned|funded|supported|allied|affiliated)$/u;

/** The name inside such a compound, or undefined. */
export function compoundBase(text: string): string | undefined {
  // Asked of every mention in grouping: most names end in a lower-case letter, few have a hyphen before the regex.
  if (text.length < 6 || text.charCodeAt(text.length - 1) < 97 || text.indexOf('-') < 0) return undefined;
  const m = COMPOUND_RE.exec(text);
  return m && m[1].length > 1 ? m[1] : undefined;
}

/** Whether the mention [start, end) of `text` is a compound like "London-based" (a lower-case letter ends it: a cheap
 * test first). */
export function isCompound(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c >= 97 && c <= 122 && compoundBase(text.slice(start, end)) !== undefined;
}

// Empty lists share one array of the elements kind that filled string arrays have (a `[]` literal has another):
// code reading `units` or `titleRoles` then sees a single array map and is not deoptimised by the second one.
const NONE: readonly string[] = ['-'].slice(1);
// Filled lists are kept as exact-size copies: a list grown by `push` from empty reserves 17 slots, and parsed names
// live through the whole grouping, so the young-generation GC copied the spare slots of every one.
const orNone = (xs: readonly string[]): readonly string[] => (xs.length > 0 ? xs.slice() : NONE);

/**
 * Every name has the same fields in the same order (one hidden class): the grouping loops read names of every
 * kind, and differently shaped objects made those reads polymorphic and deoptimised them. Fields are passed one by
 * one, not as a partial object: those objects had a shape per call site, and reading them deoptimised this
 * function ("wrong map"). Constructed, not an object literal: names live through the grouping, and V8 tenured the
 * long-lived objects of the literal's allocation site by deoptimising nameOf (compiled twice per 5 MB text).
 */
function nameOf(display: string, country: CountryHit | undefined, acronym: boolean, inlineAcronym: string | undefined,
  units: readonly string[], surname: string, skel: string, titleRoles: readonly string[], titleCountries: readonly string[],
  gender: Gender | undefined, generation = '', key = fold(display)): ParsedName {
  return new Name(display, key, country, acronym, inlineAcronym, orNone(units), surname, skel, orNone(titleRoles), orNone(titleCountries),
    gender, generation);
}

class Name implements ParsedName {
  constructor(readonly display: string, readonly key: string, readonly country: CountryHit | undefined, readonly acronym: boolean,
    readonly inlineAcronym: string | undefined, readonly units: readonly string[], readonly surname: string, readonly skeleton: string,
    readonly titleRoles: readonly string[], readonly titleCountries: readonly string[], readonly gender: Gender | undefined,
    readonly generation: string) {}
}

/** A name that is not a person's: no name units, titles or gender. */
function plainName(display: string, country: CountryHit | undefined, acronym: boolean, inlineAcronym: string | undefined): ParsedName {
  return nameOf(display, country, acronym, inlineAcronym, NONE, '', '', NONE, NONE, undefined);
}

/** A people or group keyed by its singular: "African-Americans" and "African-American", "Muslims" and "Muslim" are one
 * actor (a word in -ss, "Swiss", keeps its s). */
function groupName(text: string): ParsedName {
  const plural = text.length > 3 && text.endsWith('s') && !text.endsWith('ss') && !text.includes(' ');
  return plural ? nameOf(text, undefined, false, undefined, NONE, '', '', NONE, NONE, undefined, '', fold(text.slice(0, -1)))
    : plainName(text, undefined, false, undefined);
}

function parsePerson(text: string): ParsedName {
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  const { rest, roles, countries, gender } = stripTitles(tokens);
  const display = rest.join(' ');
  // "JFK", "MBS" are initials; "GUTHRIE:" (a transcript's label) is a surname in capitals.
  if (rest.length === 1 && isAcronymText(display) && !capitalisedSurname(display)) {
    return nameOf(display, undefined, true, undefined, NONE, '', '', roles, countries, gender);
  }
  const generation = generationOf(rest);
  const units = nameUnits(rest);
  const surname = units.length > 0 ? surnameKey(units[units.length - 1]) : '';
  // Pushed, not mapped: Array.prototype.map gives holey or packed arrays depending on how far V8 has optimised
  // it, and readers of `units` deoptimised on the second kind ("wrong map").
  const keys: string[] = [];
  for (let k = 0; k < units.length; k++) keys.push(compact(fold(units[k])));
  return nameOf(display, undefined, false, undefined, keys, surname, skeleton(surname), roles, countries, gender, generation);
}

/** The generational suffix of a person's name words, or ''; a comma before it ("King, Jr.") is dropped from the
 * word it ends, so the surname reads the same with and without it. */
function generationOf(rest: string[]): string {
  for (let k = 1; k < rest.length; k++) {
    const key = roleKey(rest[k]);
    if (!SUFFIXES.has(key)) continue;
    if (rest[k - 1].endsWith(',')) rest[k - 1] = rest[k - 1].slice(0, -1);
    return key;
  }
  return '';
}

interface Stripped { rest: string[]; roles: string[]; countries: string[]; gender?: Gender }

/**
 * Strips the longest run of title words from the front that contains a role head or honorific ("Iranian Foreign
 * Minister", "Secretary of State", "Gen."), keeping at least one name word; "Pope Francis" keeps its title.
 */
function stripTitles(tokens: readonly string[]): Stripped {
  let cut = 0;
  let sawHead = false;
  for (let i = 0; i < tokens.length - 1; i++) {
    const k = roleKey(tokens[i]);
    // Malaysia's "Tan Sri" and "Puan Sri", where "Tan" alone is a surname ("Tan Siew Lan").
    if ((tokens[i] === 'Tan' || tokens[i] === 'Puan') && tokens[i + 1] === 'Sri' && i + 2 < tokens.length) { sawHead = true; cut = i + 2; i++; continue; }
    if (isHead(k) || isHonorific(k)) { sawHead = true; cut = i + 1; continue; }
    if (isTitleWord(k) || k === 'of' || isDemonymWord(tokens[i])) { if (sawHead) cut = i + 1; continue; }
    break;
  }
  // "State Condoleezza Rice" (a span cut after "Secretary of"): a department before a name of two words or more.
  if (cut === 0) cut = leadingDepartments(tokens);
  if (cut === 0) return { rest: tokens.slice(), roles: [], countries: [] }; // slice: spread runs the iterator protocol
  if (cut === tokens.length - 1 && isNameTitle(roleKey(tokens[cut - 1]))) cut--;
  const roles: string[] = [];
  const countries: string[] = [];
  let gender: Gender | undefined;
  for (const t of tokens.slice(0, cut)) {
    const k = roleKey(t);
    const c = lookupCountry(t);
    if (c) countries.push(c.country.code);
    else if (k !== 'of') roles.push(k);
    gender ??= genderOfTitle(k);
  }
  return { rest: tokens.slice(cut), roles, countries, gender };
}

/** Departments a "Secretary of …" names: what is left when a name's span starts after "of". */
const DEPARTMENTS = new Set(['state', 'defense', 'defence', 'interior', 'treasury', 'commerce', 'energy', 'labor', 'labour',
  'agriculture', 'education', 'health', 'transportation', 'homeland']);

/** How many department words open the tokens ("State Condoleezza Rice"), when two or more words that are no title follow. */
function leadingDepartments(tokens: readonly string[]): number {
  let i = 0;
  while (i < tokens.length && DEPARTMENTS.has(roleKey(tokens[i]))) i++;
  if (i === 0 || tokens.length - i < 2) return 0;
  for (let j = i; j < tokens.length; j++) if (isTitleWord(roleKey(tokens[j]))) return 0;
  return i;
}

/** A country adjective ("Iranian"), a country's possessive ("Iran's") or dotted abbreviation ("U.S."), as a title word. */
function isDemonymWord(t: string): boolean {
  const hit = lookupCountry(t);
  return hit !== undefined && (hit.demonym || stripPossessive(t) !== t || DOTTED_ABBREVIATION_RE.test(t));
}

const DOTTED_ABBREVIATION_RE = /^(?:\p{Lu}\.){2,}$/u;

/** Name words grouped so that particles stay with the word after them ("bin Salman", "van der Leyen"). */
function nameUnits(tokens: readonly string[]): string[] {
  const units: string[] = [];
  let pending = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (SUFFIXES.has(roleKey(t))) continue;
    // Portuguese "do" ("Corrêa do Lago") only inside a name: "Do Kwon" opens with a family name.
    const particle = PARTICLES.has(fold(t)) || (k > 0 && t === 'do');
    pending = pending ? `${pending} ${t}` : t;
    if (!particle) { units.push(pending); pending = ''; }
  }
  if (pending) units.push(pending);
  return units;
}

/** Initials of a multi-word name, in the variants acronyms use (with or without "of", hyphens split or not). */
export function initialsOf(display: string): string[] {
  if (display.indexOf(' ') < 0) return [];
  const out = isAscii(display) ? asciiInitialsOf(display) : unicodeInitialsOf(display);
  // "U.S. Food and Drug Administration" is the FDA (or USFDA), "UK Health Security Agency" the UKHSA: a country's
  // abbreviation before an agency's name is left out of its acronym, or kept whole.
  const c = display.charCodeAt(0);
  const prefix = c === 85 || c === 69 ? COUNTRY_PREFIX_RE.exec(display) : null; // "U", "E": most names need no pattern
  if (prefix) {
    const letters = prefix[1].replace(/\./g, '').toLowerCase();
    for (const rest of initialsOf(display.slice(prefix[0].length))) for (const v of [rest, letters + rest]) if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** A country's or union's abbreviation opening an organisation's name. */
const COUNTRY_PREFIX_RE = /^(U\.S\.|US|U\.K\.|UK|EU|E\.U\.|UN|U\.N\.)\s+/;

/**
 * initialsOf for names with non-ASCII characters (few): its own function, so that the regular expressions,
 * closures and Set below are not compiled into initialsOf, which runs for every new form of an actor.
 */
function unicodeInitialsOf(display: string): string[] {
  const ws = display.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (ws.length < 2) return [];
  const initial = (w: string): string => {
    const c = w.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return w[0].toLowerCase();
    return fold(w.replace(/^[^\p{L}]+/u, '')).charAt(0);
  };
  const content = ws.filter((w) => !ORG_STOPWORDS.has(w.toLowerCase()));
  const split = content.flatMap((w) => w.split(/[-‐]/).filter((p) => p && !ORG_STOPWORDS.has(p.toLowerCase())));
  const out = new Set<string>();
  for (const list of [content, ws, split]) {
    const s = list.map(initial).join('');
    if (s.length >= 2) out.add(s);
  }
  return [...out];
}


/** ORG_STOPWORDS.has(lower-cased display[from, to)) for ASCII text: every stop word has at most 3 characters. */
function isAsciiStopword(display: string, from: number, to: number): boolean {
  return to - from <= 3 && ORG_STOPWORDS.has(display.slice(from, to).toLowerCase());
}

/** Lower-cased first ASCII letter in display[from, to), or ''. */
function firstLetterIn(display: string, from: number, to: number): string {
  for (let k = from; k < to; k++) {
    const c = display.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) return String.fromCharCode(c);
  }
  return '';
}

/**
 * initialsOf for ASCII text (most names) without regular expressions, arrays of words or a Set: called for every
 * new form of an actor, it was a tenth of grouping. Words are read in place (no slices): only words short enough
 * to be stop words are lower-cased, only hyphenated words are split. Same variants, same order.
 */
function asciiInitialsOf(display: string): string[] {
  let all = '';
  let content = '';
  let split = '';
  let words = 0;
  let start = -1;
  for (let k = 0; k <= display.length; k++) {
    const c = k < display.length ? display.charCodeAt(k) : 32;
    const space = c === 32 || (c >= 9 && c <= 13);
    if (!space) { if (start < 0) start = k; continue; }
    if (start < 0) continue;
    const from = start;
    start = -1;
    const ini = firstLetterIn(display, from, k);
    if (ini === '') continue; // no letter: not a word
    words++;
    all += ini;
    if (isAsciiStopword(display, from, k)) continue;
    content += ini;
    const hyphen = display.indexOf('-', from);
    if (hyphen < 0 || hyphen >= k) { split += ini; continue; }
    for (let p = from; p <= k;) {
      let q = display.indexOf('-', p);
      if (q < 0 || q > k) q = k;
      if (q > p && !isAsciiStopword(display, p, q)) split += firstLetterIn(display, p, q);
      p = q + 1;
    }
  }
  if (words < 2) return [];
  const out: string[] = [];
  if (content.length >= 2) out.push(content);
  if (all.length >= 2 && all !== content) out.push(all);
  if (split.length >= 2 && split !== content && split !== all) out.push(split);
  return out;
}
