// Lookup of country names, abbreviations and demonyms ("Iranian" → Iran, "U.S." → United States).
import { COUNTRY_TABLE } from './countries-data';
import { fold, isAscii, stripPossessive } from './fold';

export interface Country {
  /** ISO 3166 alpha-2 code (X* for a few non-ISO entries such as England or Kosovo). */
  readonly code: string;
  /** Common English name, used as the actor's name. */
  readonly name: string;
}

export interface CountryHit {
  readonly country: Country;
  /** True when the matched word is a demonym ("Iranian"), false for a name or abbreviation ("Iran", "US"). */
  readonly demonym: boolean;
}

let index: Map<string, CountryHit> | undefined;
let maxWords = 1;
/** First words of all entries: most words are rejected by this one Set lookup, without folding. */
const firstWords = new Set<string>();
/** letterHash of each first word and of "the": a word of plain letters whose hash is not here is rejected without
 * building its lower-cased string (mayBeCountry runs for every word of a speaker description and of a title). */
const firstWordHashes = new Set<number>();

function build(): Map<string, CountryHit> {
  const map = new Map<string, CountryHit>();
  for (const line of COUNTRY_TABLE.split('\n')) {
    if (!line.trim()) continue;
    const [code, name, aliases = '', demonyms = ''] = line.split('|');
    const country: Country = { code, name };
    const add = (form: string, demonym: boolean): void => {
      const key = countryKey(form);
      if (!key || map.has(key)) return;
      map.set(key, { country, demonym });
      const first = key.split(' ')[0];
      firstWords.add(first);
      firstWordHashes.add(letterHash(first, 0, first.length));
      maxWords = Math.max(maxWords, key.split(' ').length);
    };
    add(name, false);
    for (const a of aliases.split(',')) if (a) add(a, false);
    for (const d of demonyms.split(',')) if (d) add(d, true);
  }
  firstWordHashes.add(letterHash('the', 0, 3));
  return map;
}

/** FNV-1a hash of text[from, to) with ASCII letters lower-cased. */
function letterHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ (text.charCodeAt(k) | 32), 16777619);
  return h >>> 0;
}

/** Folded form without a leading "the" or a trailing possessive, as used for lookups. */
export function countryKey(text: string): string {
  return fold(stripPossessive(text)).replace(/^the /, '').replace(/-/g, ' ');
}

const memo = new Map<string, CountryHit | null>();
const MEMO_CAP = 50_000;

/** False when the text cannot name a country: its first word, if plain ASCII, starts no entry. */
function mayBeCountry(text: string): boolean {
  // A first word of plain ASCII letters (most words) is its own lower-cased key: its hash, computed in place, rejects
  // it when no entry starts with it. Anything else, or a hash that is there, takes the string path.
  let sp = 0;
  let letters = true;
  for (; sp < text.length; sp++) {
    const c = text.charCodeAt(sp);
    if (c === 32 || c === 45) break;
    const lower = c | 32;
    if (lower < 97 || lower > 122) letters = false;
  }
  if (letters && sp > 0 && !firstWordHashes.has(letterHash(text, 0, sp))) return false;
  let w = text.slice(0, sp).toLowerCase();
  if (w.endsWith('’s') || w.endsWith("'s")) w = w.slice(0, -2);
  if (w.includes('.') || w.includes("'") || w.includes('’')) w = w.replace(/[.'’]/g, '');
  return w === 'the' || !isAscii(w) || firstWords.has(w);
}

/**
 * False when no text that starts with this word (up to a space) can name a country: lookupCountry(word) and
 * lookupCountry(`${word} ${next}`) are then undefined (the test reads only the first word, before any hyphen).
 */
export function mayStartCountry(word: string): boolean {
  index ??= build();
  return mayBeCountry(word);
}

/** The country a GPE/NORP/LOC mention names, or undefined. */
export function lookupCountry(text: string): CountryHit | undefined {
  index ??= build();
  if (!mayBeCountry(text)) return undefined;
  const m = memo.get(text);
  if (m !== undefined) return m ?? undefined;
  const hit = index.get(countryKey(text));
  if (memo.size >= MEMO_CAP) memo.clear();
  memo.set(text, hit ?? null);
  return hit;
}

/** Longest number of words of any entry (for scanning word sequences). */
export function countryMaxWords(): number {
  index ??= build();
  return maxWords;
}
