// Document-level name rules over typed spans: surname consistency for people, an organisation name fused
// with the person after it, names with a parenthesised translation, "head of X", place-headed NORP names.
// Loops over the spans are indexed, not for-of: each rule runs once per document, mostly before V8 has optimised
// it, and an unoptimised for-of allocates an iterator result per span (6 MB per pass on the 5 MB corpus).

import type { EntityType } from '../types';
import { overlapRun } from './spanRuns';
import { internWords, tokensEqualTo, typeCount } from './typeIds';
import { ARTICLE_NAME } from './patronymics';
import { isCapitalized } from './word';

export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

/** Words that head a role ("Chairman Alan Greenspan"): never the first word of a person name. */
const TITLES = new Set(['chairman', 'chairwoman', 'president', 'minister', 'secretary', 'chief', 'head', 'director',
  'general', 'spokesman', 'spokeswoman', 'governor', 'judge', 'justice', 'commander', 'speaker', 'leader', 'mayor',
  'ambassador', 'envoy', 'deputy', 'vice', 'prime', 'foreign', 'senator', 'adviser', 'advisor', 'official']);
/** Nouns after which "of X" names an organisation rather than a person. */
const ORG_ROLE = new Set(['head', 'leader', 'chief', 'chairman', 'member', 'members', 'commander', 'commanders',
  'spokesman', 'spokeswoman', 'founder', 'director', 'secretary-general', 'fighters', 'militia']);

/** A surname's key: lower case, without an Arabic article or "ibn"/"bin" prefix ("al-Araji" = "Araji"). */
export const surnameKeyOf = (w: string): string => w.toLowerCase().replace(/^(?:al|el|ad|an|as|ash|at|az|ibn|bin)-/, '');

const SURNAME_PARTICLES = new Set(['Bin', 'bin', 'Al', 'al', 'El', 'el']);

/**
 * "Qassim al-Araji" ... "al-Araji": a mention whose last word is the surname of a person named in full
 * elsewhere is that person; and a full name whose surname is used alone as a person elsewhere is a person.
 */
export function personConsistency(words: readonly string[], spans: Span[], ids: Int32Array = internWords(words),
  types = typeCount(ids)): void {
  // Surname keys memoised per word type ('' not yet): the same names recur all through a long article.
  const keys = new Array<string>(types).fill('');
  const surnameKey = (i: number): string => keys[ids[i]] || (keys[ids[i]] = surnameKeyOf(words[i]));
  const fullSurnames = new Set<string>();
  const singleNames = new Set<string>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'PERSON') continue;
    const key = surnameKey(s.end - 1);
    if (s.end - s.start >= 2) fullSurnames.add(key);
    else singleNames.add(key);
    // "Itamar Ben Gvir" … "Ben-Gvir": a two-word surname hyphenated.
    if (s.end - s.start >= 3) fullSurnames.add(`${words[s.end - 2].toLowerCase()}-${key}`);
  }
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const n = s.end - s.start;
    if (s.type === 'PERSON' || s.type === 'DATE' || n > 3) continue;
    const key = surnameKey(s.end - 1);
    // "Bin Laden" after "Osama bin Laden", "Al Busaidi" after "Badr bin Hamad Al Busaidi": the surname alone.
    const surnameOnly = n === 1 || (n === 2 && SURNAME_PARTICLES.has(words[s.start]));
    if ((surnameOnly && fullSurnames.has(key)) || (n >= 2 && singleNames.has(key) && !fullSurnames.has(key) &&
      isCapitalized(words[s.start]))) {
      s.type = 'PERSON';
    }
  }
}

/** "Iraqi Supreme Judicial Council Faiq Zidane", "Speaker of Parliament Mahmoud al-Mashhadani": an organisation head
 * word followed by a name. */
export function splitOrgPerson(words: readonly string[], spans: Span[], isOrgWord: (w: string) => boolean): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'ORG' || s.end - s.start < 3) {
      out.push(s);
      continue;
    }
    let lastOrg = -1;
    for (let i = s.start; i < s.end; i++) if (isOrgWord(words[i])) lastOrg = i;
    const tail = s.end - lastOrg - 1;
    // An organisation word first ("Parliament Mahmoud al-Mashhadani" of "Speaker of Parliament …") needs a two-word
    // name ending in an Arabic family name (CoNLL: other such spans are one organisation).
    const ok = (lastOrg > s.start || (lastOrg === s.start && tail >= 2 && ARTICLE_NAME.test(words[s.end - 1]))) && tail >= 1 && tail <= 3 &&
      words.slice(lastOrg + 1, s.end).every((w) => (isCapitalized(w) || ARTICLE_NAME.test(w)) && !TITLES.has(w.toLowerCase()));
    if (!ok) {
      out.push(s);
      continue;
    }
    out.push({ start: s.start, end: lastOrg + 1, type: 'ORG' }, { start: lastOrg + 1, end: s.end, type: 'PERSON' });
  }
  return out;
}

/** Heads of office titles written before a name ("Boston Mayor Thomas Menino", "Health Commissioner Markos Kyprianou"). */
const TITLE_HEADS = new Set([...TITLES, 'commissioner', 'mayor', 'director', 'counselor', 'coordinator']);

/**
 * "Boston Mayor", "U.S. National Security Adviser", "Health Commissioner", "Justice" right before a person's name: an office
 * title, not an organisation or a second person. The places it opens with stay, as a place ("Boston", "U.S."); the
 * title is no entity (it would be an actor of its own in the sidebar). An organisation's own title words stay
 * ("Centers for Disease Control Director …": no leading place, or a word of the title is an organisation word).
 */
export function titlesBeforeNames(words: readonly string[], spans: Span[], isPlaceWord: (w: string) => boolean,
  isOrgWord: (w: string) => boolean): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    const titled = next !== undefined && next.type === 'PERSON' && (s.type === 'ORG' || s.type === 'PERSON')
      && ((next.start === s.end && TITLE_HEADS.has(words[s.end - 1].toLowerCase())) || rankBefore(words, s, next.start));
    if (!titled) { out.push(s); continue; }
    let p = s.start;
    while (p < s.end - 1 && isPlaceWord(words[p])) p++;
    let orgWord = false;
    for (let i = p; i < s.end; i++) if (isOrgWord(words[i])) orgWord = true;
    const onlyTitle = p === s.start && s.end - s.start === 1; // "Justice", "Senator" alone before the name
    if (orgWord || (s.type === 'ORG' && p === s.start && !onlyTitle)) { out.push(s); continue; }
    if (p > s.start) out.push({ start: s.start, end: p, type: 'GPE' });
  }
  return out;
}

/** Abbreviated ranks written before a name without a dot ("Det Supt Ann Bell", "Ch Insp", "Lt Col"). */
const RANK_ABBREVIATIONS = new Set(['det', 'insp', 'supt', 'sgt', 'ch', 'lt', 'col', 'capt', 'maj', 'gen', 'cmdr', 'adm', 'brig', 'cpl']);

/** "Det | Supt | Ann Bell", "Gen | Ali Reza": a one-word span that is an abbreviated rank, then only rank or title words
 * (or none) to the name at `name`. */
function rankBefore(words: readonly string[], s: Span, name: number): boolean {
  if (s.end - s.start !== 1 || name - s.end > 3 || !RANK_ABBREVIATIONS.has(words[s.start].toLowerCase())) return false;
  for (let i = s.end; i < name; i++) {
    const w = words[i].toLowerCase();
    if (!isCapitalized(words[i]) || !(RANK_ABBREVIATIONS.has(w) || TITLE_HEADS.has(w))) return false;
  }
  return true;
}

/** "Fatah (Conquest) Alliance": a capitalised name, a parenthesised gloss, then an organisation word. */
/** Spans must be sorted and non-overlapping (they stay so). */
export function mergeParenthesisedNames(words: readonly string[], spans: Span[], isOrgWord: (w: string) => boolean,
  ids?: Int32Array): Span[] {
  for (const i of tokensEqualTo(words, ids, '(')) {
    if (i < 1 || i + 3 >= words.length) continue;
    let close = i + 1;
    while (close < words.length && close - i <= 4 && words[close] !== ')') close++;
    if (words[close] !== ')' || close === i + 1 || !isCapitalized(words[i + 1]) || !isCapitalized(words[i - 1])) continue;
    let end = close + 1;
    while (end < words.length && isCapitalized(words[end]) && !isOrgWord(words[end]) && end - close < 4) end++;
    if (end >= words.length || !isOrgWord(words[end])) continue;
    end++;
    let start = i - 1;
    while (start > 0 && isCapitalized(words[start - 1]) && i - start < 4) start--;
    const [lo, hi] = overlapRun(spans, start, end);
    let inside = true;
    for (let k = lo; k < hi; k++) if (spans[k].start < start || spans[k].end > end) inside = false;
    if (!inside) continue;
    spans.splice(lo, hi - lo, { start, end, type: 'ORG' });
  }
  return spans;
}

const ANALYSTS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);

/** "Analysts at Bernstein", "Bernstein analyst Charles Wu": the firm whose analysts speak, not a person. */
function analystsFirm(words: readonly string[], s: Span): boolean {
  const p = s.start - 1;
  return (p >= 1 && words[p] === 'at' && ANALYSTS.has(words[p - 1].toLowerCase()))
    || (s.end + 1 < words.length && ANALYSTS.has(words[s.end]) && /^\p{Lu}\p{Ll}/u.test(words[s.end + 1]));
}

/** Nouns for a business or body that, as an apposition's head, make the name before it an organisation. */
const FIRM_NOUNS = new Set(['company', 'firm', 'startup', 'start-up', 'chain', 'retailer', 'lender', 'insurer', 'bank',
  'airline', 'carrier', 'chipmaker', 'automaker', 'carmaker', 'drugmaker', 'manufacturer', 'maker', 'brand', 'conglomerate',
  'brokerage', 'consultancy', 'nonprofit', 'charity', 'broadcaster', 'utility', 'supplier', 'subsidiary']);
/** Business nouns used as a title right before a firm's name ("chipmaker Veltrix", "Retailer Dunmore Stores"). */
const FIRM_TITLES = new Set(['chipmaker', 'automaker', 'carmaker', 'drugmaker', 'retailer', 'startup', 'lender', 'insurer', 'airline',
  'conglomerate', 'brokerage']);
/** What may follow the apposition's head: its end, or a modifier of a firm ("the firm contracted to …", "based in …"). */
const AFTER_FIRM = new Set([',', '.', ';', 'that', 'which', 'whose', 'contracted', 'hired', 'based', 'behind', 'founded', 'owned',
  'run', 'in', 'with', 'for']);

/**
 * "Zentra, the payments startup, said", "Strathmore Structural, the firm contracted to …": a name with an apposition
 * headed by a business noun (within four words of its article) is an organisation ("Jo Lee, a startup founder" is not:
 * the noun is no head there).
 */
function firmApposition(words: readonly string[], s: Span): boolean {
  // "The developer, Stonegate Residential, said": the apposition before the name; "chipmaker Veltrix Semiconductor".
  const p = s.start - 1;
  if (p >= 2 && words[p] === ',' && FIRM_NOUNS.has(words[p - 1].toLowerCase()) && ['the', 'a', 'an'].includes(words[p - 2].toLowerCase())) return true;
  if (p >= 0 && FIRM_TITLES.has(words[p].toLowerCase())) return true;
  const a = s.end + 1;
  if (words[s.end] !== ',' || a >= words.length || !['the', 'a', 'an'].includes(words[a].toLowerCase())) return false;
  for (let k = a + 1; k < words.length && k <= a + 4; k++) {
    if (FIRM_NOUNS.has(words[k].toLowerCase())) return k + 1 >= words.length || AFTER_FIRM.has(words[k + 1]);
    if (!/^\p{Ll}/u.test(words[k])) return false;
  }
  return false;
}

/** "head of Iraq's X", "leader of the X", "analysts at X", "X, the payments startup": X is an organisation, and so is every other mention of it. */
export function roleOfOrg(words: readonly string[], spans: Span[]): void {
  const retyped = new Set<string>();
  for (let j = 0; j < spans.length; j++) {
    const s = spans[j];
    if (s.type !== 'PERSON' && s.type !== 'LOC') continue;
    if (words[s.end] === "'s") continue; // "head of Iraq's ...": the owner, not the organisation
    let k = s.start - 1;
    if (k >= 1 && words[k] === "'s") k -= 2; // "Iraq 's"
    if (k >= 0 && isWord(words[k], 'the')) k--;
    if ((k >= 1 && isWord(words[k], 'of') && ORG_ROLE.has(words[k - 1].toLowerCase())) || analystsFirm(words, s) || firmApposition(words, s)) {
      s.type = 'ORG';
      retyped.add(words.slice(s.start, s.end).join(' '));
    }
  }
  if (retyped.size === 0) return;
  // A mention is retyped when it is a retyped name or its first words: r === text || r.startsWith(text + ' ')
  // for some r, looked up in one set of every such word prefix (tokens hold no spaces). Only mentions that start
  // with a retyped name's first word can be one: the others are not joined into a text at all.
  const prefixes = new Set<string>();
  const firstWords = new Set<string>();
  for (const r of retyped) {
    prefixes.add(r);
    for (let p = r.indexOf(' '); p >= 0; p = r.indexOf(' ', p + 1)) prefixes.add(r.slice(0, p));
    firstWords.add(firstWordOf(r));
  }
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if ((s.type === 'PERSON' || s.type === 'LOC') && firstWords.has(words[s.start]) &&
      prefixes.has(words.slice(s.start, s.end).join(' '))) s.type = 'ORG';
  }
}

/** Whether `w` is `lower` in any casing (no lower-case copy of the many words of another length). */
function isWord(w: string, lower: string): boolean {
  return w.length === lower.length && w.toLowerCase() === lower;
}

/** The first word of a name joined with spaces. */
function firstWordOf(name: string): string {
  const p = name.indexOf(' ');
  return p < 0 ? name : name.slice(0, p);
}

/**
 * Verbs whose direct object, when the tagger calls it a place but no word of it is a known place, is a group:
 * "battling Daesh", "fighting Boko Haram". "fighting Khartoum" (its government) and "Nazi Germany" stay places.
 */
const COMBAT_VERBS = new Set(['battle', 'battles', 'battled', 'battling', 'fight', 'fights', 'fought', 'fighting',
  'combat', 'combats', 'combated', 'combating', 'combatted', 'combatting', 'defeat', 'defeats', 'defeated', 'defeating']);
const HONORIFIC = /^(?:Mr|Mrs|Ms|Messrs|Dr)\.?$/;
/** Office titles written before a surname ("Senator Rubio", "Gov. Kasich", "Justice Scalia"); "President" only
 * before one word; none before an organisation word ("Justice Department"). */
const OFFICE_TITLE = /^(?:Sen|Senator|Rep|Gov|Governor|Justice|Judge)\.?$/;

/**
 * "Mr. Cruz", "Ms. Clinton", "Dr. West", "Senator Rubio", "President Obama": a name that opens with an honorific or an
 * office title is a person, whatever the model or the document's other uses of the surname say ("Santa Cruz",
 * "Trump Tower", "Rubio" a town in the gazetteer). An office title only before capitalised words ("Governor's Island").
 */
export function honorificPersons(words: readonly string[], spans: Span[], isOrgWord: (w: string) => boolean): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const n = s.end - s.start;
    if (s.type === 'PERSON' || n < 2) continue;
    const w = words[s.start];
    if (HONORIFIC.test(w)) s.type = 'PERSON';
    else if ((OFFICE_TITLE.test(w) || (w === 'President' && n === 2)) && isCapitalized(words[s.start + 1]) && !hasOrgWord(words, s, isOrgWord)) {
      s.type = 'PERSON';
    }
  }
}

function hasOrgWord(words: readonly string[], s: Span, isOrgWord: (w: string) => boolean): boolean {
  for (let i = s.start + 1; i < s.end; i++) if (isOrgWord(words[i])) return true;
  return false;
}

/** Generational suffixes written after a name: "Jr."/"Sr." (with or without the period), Roman numerals II–IV. */
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * "Donald Trump Jr.", "Martin Luther King, Jr.": the suffix belongs to the person's name. Left out, the son's
 * mentions read as the father's name and the actors merge two people. The comma form only for Jr./Sr. (a Roman
 * numeral after a comma is as often a list item). Run after the rules that read a name's last word as its surname.
 */
export function attachNameSuffixes(words: readonly string[], spans: Span[]): Span[] {
  // Token → 1 + index of the span holding it (0: none).
  const owner = new Int32Array(words.length);
  for (let k = 0; k < spans.length; k++) owner.fill(k + 1, spans[k].start, spans[k].end);
  let absorbed: Set<Span> | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'PERSON') continue;
    let e = s.end;
    if (e + 1 < words.length && words[e] === ',' && /^[JS]r\.?$/.test(words[e + 1])) e++;
    if (e >= words.length || !NAME_SUFFIX.test(words[e])) continue;
    // The tagger sometimes tags the suffix alone ("Donald Trump" + "Jr."): that span joins the name.
    const other = owner[e] > 0 ? spans[owner[e] - 1] : undefined;
    if (other && !(other.start === e && other.end === e + 1)) continue;
    if (other) (absorbed ??= new Set()).add(other);
    owner.fill(k + 1, s.end, e + 1);
    s.end = e + 1;
  }
  return absorbed ? spans.filter((s) => !absorbed.has(s)) : spans;
}

/** A US party-and-state label after a politician's name: "R-Ala", "D-N" (of "D-N.Y."), "I-Vt", "R-Texas", "R-TX". */
const PARTY_STATE = /^[RDI]-\p{Lu}(?:\p{Ll}*|\p{Lu})$/u;

/**
 * "Sen. Jeff Sessions (R-Ala.)", "Rep. Will Hurd, R-Texas,": the label names the politician's party and state, not
 * an organisation or place of its own (tagged, each became an actor "R-Ala"). Spans inside it are dropped.
 */
export function dropPartyLabels(words: readonly string[], spans: Span[]): Span[] {
  const drop = new Uint8Array(words.length);
  let any = false;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const p = s.end;
    if (s.type !== 'PERSON' || (words[p] !== '(' && words[p] !== ',') || !PARTY_STATE.test(words[p + 1] ?? '')) continue;
    const close = words[p] === '(' ? ')' : ',';
    for (let i = p + 1; i < Math.min(words.length, p + 6) && words[i] !== close; i++) drop[i] = 1;
    any = true;
  }
  return any ? spans.filter((s) => !drop[s.start]) : spans;
}

/** Words that make a party of "Democrat(s)": "Liberal Democrat leader Ed Davey", "the Social Democrats". */
const PARTY_QUALIFIERS = new Set(['Liberal', 'Social', 'Christian', 'Free']);

/**
 * "Liberal | Democrat leader Ed Davey": the tagger at times leaves the qualifier out, and "Democrat" alone is the US
 * party's. The qualifier, untagged right before a span opening with "Democrat(s)", joins it (in place).
 */
export function joinPartyQualifiers(words: readonly string[], spans: Span[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.start === 0 || !words[s.start].startsWith('Democrat') || !PARTY_QUALIFIERS.has(words[s.start - 1])) continue;
    if (k > 0 && spans[k - 1].end === s.start) continue;
    spans[k] = { start: s.start - 1, end: s.end, type: s.type === 'PERSON' ? 'ORG' : s.type };
  }
}

/** Words the tagger at times marks as a name of one word that never are: sentence adverbs at a sentence start
 * ("Additionally, German voters …", "Furthermore, Erdogan's …") and "OK" ("It's Going To Be OK"). */
const NEVER_NAMES = new Set(['additionally', 'furthermore', 'moreover', 'however', 'meanwhile', 'nonetheless', 'nevertheless',
  'hence', 'thus', 'therefore', 'interestingly', 'fortunately', 'unfortunately', 'importantly', 'consequently', 'ok', 'okay',
  // Fact-check verdicts ("Verdict: False."): a rating, never a name.
  'false', 'misleading', 'unproven', 'unsubstantiated']);
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;
/** Forms of address after "His", "Her", "Your" ("His Eminence also stressed"): a person spoken of, not a name. */
const ADDRESS_FORMS = new Set(['eminence', 'holiness', 'majesty', 'excellency', 'highness', 'beatitude']);
const ADDRESS_OWNERS = new Set(['his', 'her', 'your', 'their']);

/**
 * Drops one-word spans that are no name: NEVER_NAMES, a month's abbreviation before its day ("WASHINGTON, Dec. 8
 * (UPI)" was an organisation "Dec."; the date rule then reads "Dec. 8"), and a form of address ("His Eminence"). Each
 * had become an actor in the sidebar; and "His Highness" tagged as a span of its own.
 */
export function dropNonNames(words: readonly string[], spans: Span[]): Span[] {
  const keep = (s: Span): boolean => !addressForm(words, s) && !journalistTitle(words, s) && (s.end - s.start !== 1 || !(NEVER_NAMES.has(words[s.start].toLowerCase()) ||
    (s.type !== 'DATE' && MONTH_ABBREVIATION.test(words[s.start]) && /^\d/.test(words[s.end] ?? ''))));
  return spans.every(keep) ? spans : spans.filter(keep);
}

/** A reporter's title in a byline ("By Jane Doe, Political Correspondent", "Staff Writers"): a job, not an organisation. */
function journalistTitle(words: readonly string[], s: Span): boolean {
  if (s.type === 'PERSON' || s.type === 'DATE' || s.end - s.start > 4 || !JOURNALIST_ROLES.has(words[s.end - 1].toLowerCase())) return false;
  for (let i = s.start; i < s.end - 1; i++) if (!DESK_WORDS.has(words[i].toLowerCase())) return false;
  return true;
}
const JOURNALIST_ROLES = new Set(['correspondent', 'correspondents', 'writer', 'writers', 'editor', 'editors', 'reporter', 'reporters',
  'columnist', 'columnists', 'contributor', 'contributors']);
/** Words of a desk or rank before the role; no organisation or place word ("BBC Correspondent" keeps the BBC). */
const DESK_WORDS = new Set(['political', 'politics', 'chief', 'senior', 'deputy', 'foreign', 'diplomatic', 'economics', 'economic',
  'business', 'health', 'science', 'sports', 'sport', 'security', 'defence', 'defense', 'education', 'environment',
  'environmental', 'technology', 'tech', 'legal', 'crime', 'home', 'affairs', 'staff', 'special', 'associate', 'contributing',
  'managing', 'executive', 'investigative', 'international', 'national', 'local', 'data', 'culture', 'arts', 'opinion',
  'features', 'energy', 'climate', 'markets', 'finance', 'financial', 'courts', 'transport', 'social', 'media', 'digital',
  'north', 'south', 'east', 'west', 'europe', 'asia', 'africa', 'middle', 'investigations', 'general', 'assistant', 'regional']);

/** "His Eminence" read as a span, or "Eminence" after "His": a form of address ("His Highness welcomed …", WAM). */
function addressForm(words: readonly string[], s: Span): boolean {
  const n = s.end - s.start;
  if (n === 2) return ADDRESS_OWNERS.has(words[s.start].toLowerCase()) && ADDRESS_FORMS.has(words[s.start + 1].toLowerCase());
  return n === 1 && ADDRESS_FORMS.has(words[s.start].toLowerCase()) && s.start > 0 && ADDRESS_OWNERS.has(words[s.start - 1].toLowerCase());
}

/** "battling X": X (LOC, no known place word, no honorific) is an organisation, and so is every LOC mention of it. */
export function battledGroups(words: readonly string[], spans: Span[], isPlaceWord: (w: string) => boolean): void {
  const retyped = new Set<string>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'LOC' || s.start === 0 || !COMBAT_VERBS.has(words[s.start - 1].toLowerCase())) continue;
    if (HONORIFIC.test(words[s.start])) continue;
    let place = false;
    for (let i = s.start; i < s.end && !place; i++) place = isPlaceWord(words[i]);
    if (!place) retyped.add(words.slice(s.start, s.end).join(' '));
  }
  if (retyped.size === 0) return;
  const firstWords = new Set([...retyped].map(firstWordOf));
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type === 'LOC' && firstWords.has(words[s.start]) && retyped.has(words.slice(s.start, s.end).join(' '))) s.type = 'ORG';
  }
}

/**
 * "Iraqi Supreme Judicial Council": a nationality word (`isNationality`: "Iraqi", not "Democratic") right before an
 * organisation name that ends in an organisation word belongs to the name (eng.testa annotates "Iraqi National
 * Congress", "British Council" whole, 14 such names against 4 split).
 */
export function mergeNationalityOrgs(words: readonly string[], spans: Span[], isOrgWord: (w: string) => boolean,
  isNationality: (w: string) => boolean): Span[] {
  const joins = (k: number): boolean => {
    const s = spans[k];
    const t = spans[k + 1];
    return s.type === 'NORP' && s.end - s.start === 1 && t.type === 'ORG' && t.start === s.end &&
      isOrgWord(words[t.end - 1]) && isNationality(words[s.start]);
  };
  let k = 0;
  while (k + 1 < spans.length && !joins(k)) k++;
  if (k + 1 >= spans.length) return spans; // most documents: nothing to join, no copy
  const out = spans.slice(0, k);
  for (; k < spans.length; k++) {
    if (k + 1 < spans.length && joins(k)) {
      out.push({ start: spans[k].start, end: spans[k + 1].end, type: 'ORG' });
      k++;
    } else out.push(spans[k]);
  }
  return out;
}
