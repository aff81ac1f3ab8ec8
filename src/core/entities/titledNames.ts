// "Iraqi National Security Adviser Qassim al-Araji" tagged as one organisation: the tagger reads a Title-Case office
// ("National Security …") and an Arabic family name as an organisation's name, so the person became an organisation
// actor called by the whole phrase. The office is a title before a person's name: the leading nationality or place
// stays an entity of its own, the title is none, the name is a person.
import type { EntityType } from '../types';
import type { Span } from './names';
import { isCapitalized } from './word';

/** Local and school-board offices of city-hall reporting ("Superintendent Gloria Vance", "Trustee Helen Marsh"). */
export const LOCAL_OFFICES = ['superintendent', 'trustee', 'alderman', 'alderwoman', 'selectman', 'selectwoman', 'sheriff', 'assemblyman',
  'assemblywoman', 'assemblymember', 'comptroller', 'coroner', 'magistrate', 'treasurer'];
/** Performers' and artists' trades written as a title ("Drummer Callum Baird", "Saxophonist …"): rare words the tagger
 * read as an organisation's first word. */
const ARTS_TRADES = ['drummer', 'bassist', 'guitarist', 'keyboardist', 'pianist', 'organist', 'percussionist', 'saxophonist',
  'trumpeter', 'trombonist', 'violinist', 'violist', 'cellist', 'harpist', 'flautist', 'clarinetist', 'vocalist', 'frontman',
  'frontwoman', 'singer', 'rapper', 'songwriter', 'sculptor', 'painter', 'poet'];
/** British police ranks as written before a name ("Det Insp Gareth Holloway", "Sgt Karen Lowe", "DCI Tom Barker"). */
const POLICE_RANKS = ['insp', 'sgt', 'supt', 'dci', 'dsupt', 'pc', 'dc', 'ds', 'di'];
/** Office words that end a title before a name; the first word of a person's name never is one. */
const TITLE_ENDS = new Set(['adviser', 'advisor', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'commander', 'chairman', 'chairwoman', 'chairperson', 'president', 'governor', 'mayor', 'speaker', 'chief',
  'director', 'general', 'premier', 'commissioner', 'prosecutor', 'judge', 'chancellor', 'taoiseach', 'tánaiste', 'tanaiste',
  'mep', 'mp', 'msp', 'mla', 'councillor', 'councilor', 'corporator', 'constable', 'convenor', 'convener', ...LOCAL_OFFICES, ...ARTS_TRADES,
  ...POLICE_RANKS]);
/** Offices that may open such a span themselves ("Chancellor Rachel Reeves" tagged as one organisation): never the
 * first word of an organisation's name, as "General" ("General Electric") or "Director" may be. */
const OPENING_TITLES = new Set(['councillor', 'councilor', 'corporator', 'constable', 'chancellor', 'minister', 'ambassador',
  'envoy', 'governor', 'mayor', 'premier', 'prosecutor', 'judge', 'spokesman', 'spokeswoman', 'spokesperson', 'chairperson', 'taoiseach', 'tánaiste', 'tanaiste', 'mep', 'mp', 'msp', 'mla',
  ...LOCAL_OFFICES, ...ARTS_TRADES, ...POLICE_RANKS]);
/** A lower-case particle of an Arabic or European name ("al-Araji", "bin Salman", "Sanne de Vries", "Ursula von der Leyen"). */
const PARTICLE = /^(?:(?:al|el|ad|an|as|ash|at|az|bin|bint|ibn)(?:-\p{Lu}|$)|(?:de|van|von|der|den|da|di|du|del|della|dos|das|ter|ten)$)/u;
const MAX_NAME_WORDS = 4;
/** Nouns that end a place's name ("Orange County Mayor …"). */
const PLACE_NOUNS = new Set(['County', 'City', 'State', 'Province', 'Governorate', 'District', 'Region']);

/**
 * Splits each organisation span that ends with an office word and up to MAX_NAME_WORDS name words after it (no
 * organisation word in the office: "Centers for Disease Control Director …" keeps its own rules). `place`: a word
 * naming a place, `nationality`: a demonym ("Iraqi"). Spans stay sorted and non-overlapping.
 */
export function titledNamesInOrgs(words: readonly string[], spans: readonly Span[], place: (w: string) => boolean,
  nationality: (w: string) => boolean, orgWord: (w: string) => boolean): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const title = s.type === 'ORG' && s.end - s.start >= 3 ? lastTitleEnd(words, s, orgWord) : -1;
    if (title < 0) { out.push(s); continue; }
    let p = s.start;
    while (p < title && (place(words[p]) || nationality(words[p]) || (p > s.start && PLACE_NOUNS.has(words[p])))) p++;
    let office = true;
    for (let i = p; i <= title && office; i++) if (orgWord(words[i]) || !isCapitalized(words[i])) office = false;
    if (!office) { out.push(s); continue; }
    if (p > s.start) {
      const type: EntityType = p - s.start === 1 && nationality(words[s.start]) ? 'NORP' : 'GPE';
      out.push({ start: s.start, end: p, type });
    }
    out.push({ start: title + 1, end: s.end, type: 'PERSON' });
  }
  return out;
}

/** The last office word of the span with only name words after it (no organisation word: "General Assembly"), or -1. */
function lastTitleEnd(words: readonly string[], s: Span, orgWord: (w: string) => boolean): number {
  for (let t = s.end - 2; t >= s.start && s.end - t - 1 <= MAX_NAME_WORDS; t--) {
    if (!TITLE_ENDS.has(words[t].toLowerCase())) continue;
    if (t === s.start && (!OPENING_TITLES.has(words[t].toLowerCase()) || s.end - t - 1 < 2)) continue;
    for (let i = t + 1; i < s.end; i++) {
      const w = words[i];
      if (TITLE_ENDS.has(w.toLowerCase()) || orgWord(w) || !(isCapitalized(w) || PARTICLE.test(w))) return -1;
    }
    return isCapitalized(words[t + 1]) ? t : -1;
  }
  return -1;
}

/** Words before a name that make it a person's: the offices, a lower-case leader or cleric ("Sadrist movement
 * leader Muqtada al-Sadr" had been an organisation), and the roles local copy puts before a name ("Local corporator
 * Meenal Deshpande", "constable Vilas Kadam"). */
const TITLES_BEFORE_NAMES = new Set([...TITLE_ENDS, 'leader', 'cleric', 'activist', 'lawyer', 'advocate', 'legislator', 'lawmaker', 'engineer', 'inspector', 'farmer', 'resident', 'shopkeeper',
  'trader', 'vendor', 'journalist', 'economist', 'analyst', 'professor', 'sarpanch', 'expert', 'researcher', 'scientist', 'lecturer',
  'historian', 'consultant', 'strategist']);

/**
 * "External Affairs Ministry spokesperson Randhir Jaiswal": a name of two to four capitalised words right after an
 * office word, tagged as an organisation (an unfamiliar name), with no organisation word in it, is a person.
 * Retyped in place.
 */
export function personsAfterTitles(words: readonly string[], spans: Span[], orgWord: (w: string) => boolean): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const n = s.end - s.start;
    if (s.type !== 'ORG' || n < 2 || n > MAX_NAME_WORDS || s.start === 0 || !TITLES_BEFORE_NAMES.has(words[s.start - 1].toLowerCase())) continue;
    let name = true;
    for (let i = s.start; i < s.end && name; i++) name = (isCapitalized(words[i]) || PARTICLE.test(words[i])) && !orgWord(words[i]) && !TITLE_ENDS.has(words[i].toLowerCase());
    if (name && isCapitalized(words[s.start])) s.type = 'PERSON';
  }
}

/** Abbreviated offices written before a name in South Asian and British copy ("PM Modi", "CM Yogi Adityanath"). */
const ABBREVIATED_TITLES = new Set(['PM', 'CM', 'FM', 'CS']);

/**
 * "PM Modi slams …" tagged as one organisation: the title goes, the name after it is a person; "the PM" alone names
 * no one and is dropped. Returns the spans, the changed ones replaced.
 */
export function abbreviatedTitles(words: readonly string[], spans: Span[], orgWord: (w: string) => boolean): Span[] {
  let out: Span[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const honorific = s.type === 'DATE' ? -1 : indianHonorificAt(words, s, orgWord);
    if (honorific >= 0) {
      out ??= spans.slice(0, k);
      if (honorific - s.start >= 2) out.push({ start: s.start, end: honorific, type: s.type });
      out.push({ start: honorific + 1, end: s.end, type: 'PERSON' });
      continue;
    }
    if (s.type === 'DATE' || s.type === 'PERSON' || !ABBREVIATED_TITLES.has(words[s.start])) { out?.push(s); continue; }
    out ??= spans.slice(0, k);
    const n = s.end - s.start;
    let name = n >= 2 && n <= MAX_NAME_WORDS + 1;
    for (let i = s.start + 1; i < s.end && name; i++) name = isCapitalized(words[i]) && !orgWord(words[i]);
    if (name) out.push({ start: s.start + 1, end: s.end, type: 'PERSON' });
    else if (n > 1) out.push(s);
  }
  return out ?? spans;
}

/** Honorifics of Indian copy written before a name ("Shri Naveen Patnaik", "Smt Sunita Rao"). */
const INDIAN_HONORIFICS = new Set(['Shri', 'Smt', 'Smt.', 'Shrimati', 'Sushri']);

/** Where such an honorific stands in span s with one to MAX_NAME_WORDS name words after it to the span's end, else -1
 *  ("Leader of Opposition Shri Bikram Samantaray" had been one organisation). */
function indianHonorificAt(words: readonly string[], s: Span, orgWord: (w: string) => boolean): number {
  for (let i = s.start; i < s.end - 1; i++) {
    if (!INDIAN_HONORIFICS.has(words[i])) continue;
    if (s.end - i - 1 > MAX_NAME_WORDS) return -1;
    for (let j = i + 1; j < s.end; j++) if (!isCapitalized(words[j]) || orgWord(words[j])) return -1;
    return i;
  }
  return -1;
}

/** A cleric's honorifics written before the name ("Ayatollah Seyyed Ali Khamenei", "Hojatoleslam …", "Sheikh …"). */
const CLERIC_HONORIFICS = new Set(['Ayatollah', 'Grand', 'Seyyed', 'Sayyed', 'Sayyid', 'Hojatoleslam', 'Sheikh', 'Imam']);

/**
 * "Leader of the Islamic Revolution Ayatollah | Seyyed | Ali Khamenei": the honorifics ending an organisation span that a
 * person span follows (untagged honorifics at most between) are the person's ("Islamic Revolution Ayatollah" had been an organisation). The person span takes
 * them; the organisation keeps what is before them, or goes when nothing is. Returns the spans, sorted and
 * non-overlapping.
 */
export function honorificsOutOfOrgs(words: readonly string[], spans: Span[]): Span[] {
  let out: Span[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    let cut = s.end;
    if (s.type === 'ORG' && next !== undefined && next.type === 'PERSON' && onlyHonorifics(words, s.end, next.start)) {
      while (cut > s.start && CLERIC_HONORIFICS.has(words[cut - 1])) cut--;
    }
    if (cut === s.end) { out?.push(s); continue; }
    out ??= spans.slice(0, k);
    if (cut > s.start) out.push({ start: s.start, end: cut, type: s.type });
    next.start = cut;
  }
  return out ?? spans;
}

function onlyHonorifics(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!CLERIC_HONORIFICS.has(words[i])) return false;
  return true;
}
