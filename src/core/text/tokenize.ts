import { KIND_NUMBER, KIND_PUNCT, KIND_SYMBOL, KIND_WORD, Tokens } from './tokens';
import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations';
import { FNV_START, WordInterner, fnvStep } from './intern';

// One sticky regex, tried at each non-space position. Alternatives in priority order:
//  1. dotted acronyms and initials: U.S., U.N., J.
//  2. words: letters and marks, with joiners (ZWNJ/ZWJ) and inner hyphens/apostrophes ("Amir-Abdollahian",
//     "al-Sha’abi", "O'Brien"), digits allowed after the first letter ("G20")
//  3. emoji sequences: flags, ZWJ families, skin tones, keycaps (kept whole so no grapheme is split)
//  4. numbers: 1,000.50 / 10:30 / 2020 / 24th
//  5. runs of the same dash ("--"), ellipses, then any single code point
const WORD_CHAR = '\\p{L}\\p{M}\\u200C\\u200D';
const WORD = `[\\p{L}\\p{M}][${WORD_CHAR}\\p{N}]*(?:['’\\-‐][\\p{L}\\p{M}][${WORD_CHAR}\\p{N}]*)*`;
const ACRONYM = '(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=\\s*\\p{Lu})';
const NUMBER = '\\p{N}+(?:[.,:/]\\p{N}+)*(?:\\p{L}+)?';
const EMOJI_UNIT = '\\p{Extended_Pictographic}\\uFE0F?\\p{EMod}?';
const EMOJI = `\\p{RI}\\p{RI}|[0-9#*]\\uFE0F?\\u20E3|${EMOJI_UNIT}(?:\\u200D${EMOJI_UNIT})*`;
const PUNCT_RUN = '-{2,}|\\.{2,}|…';
const TOKEN_RE = new RegExp(`(${ACRONYM})|(${WORD})|(${EMOJI})|(${NUMBER})|(${PUNCT_RUN})|([^\\s])`, 'uy');

const POSSESSIVE_RE = /['’][sS]$/;
const PUNCT_CHAR_RE = /^\p{P}+$/u;

/** The token columns being built, with the interned text and type id of each token. */
class TokenSink {
  readonly words = new WordInterner();
  length = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  private kinds: Uint8Array;
  private ids: Int32Array;
  /** Type ids of single ASCII characters (most punctuation), -1 before first use: no hashing for them. */
  private readonly charIds = new Int32Array(128).fill(-1);

  /** `expected`: a guess at the token count (growing the columns is a copy and an external allocation). */
  constructor(expected: number) {
    const cap = Math.max(16, expected);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
    this.kinds = new Uint8Array(cap);
    this.ids = new Int32Array(cap);
  }

  /** A token whose text the interner just returned (its id is words.lastId); `kind` a kind code (tokens.ts). */
  pushInterned(start: number, end: number, kind: number): void {
    const n = this.length;
    if (n === this.ids.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.kinds[n] = kind;
    this.ids[n] = this.words.lastId;
    this.length = n + 1;
  }

  push(text: string, start: number, end: number, kind: number): void {
    this.words.get(text, start, end);
    this.pushInterned(start, end, kind);
  }

  /** A one-character token text[i]. */
  pushChar(text: string, i: number, kind: number): void {
    const c = text.charCodeAt(i);
    if (c >= 128) return this.push(text, i, i + 1, kind);
    if (this.charIds[c] < 0) {
      this.words.get(text, i, i + 1);
      this.charIds[c] = this.words.lastId;
    }
    this.words.lastId = this.charIds[c];
    this.pushInterned(i, i + 1, kind);
  }

  private grow(): void {
    const cap = this.ids.length * 2;
    const starts = new Int32Array(cap), ends = new Int32Array(cap), ids = new Int32Array(cap);
    const kinds = new Uint8Array(cap);
    starts.set(this.starts);
    ends.set(this.ends);
    kinds.set(this.kinds);
    ids.set(this.ids);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.ids = ids;
  }

  /** Per type id: 0 not asked yet, 1 not an abbreviation, 2 one (see isAbbreviation). */
  private abbrev = new Uint8Array(1024);

  /** isAbbreviation(word) for the word the interner just returned, decided once per type id. */
  isAbbreviation(word: string): boolean {
    const id = this.words.lastId;
    if (id >= this.abbrev.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.abbrev.length * 2));
      grown.set(this.abbrev);
      this.abbrev = grown;
    }
    if (this.abbrev[id] === 0) this.abbrev[id] = isAbbreviation(word) ? 2 : 1;
    return this.abbrev[id] === 2;
  }

  /** The table (views of the columns: the unused tail of a guessed capacity is a few MB at most). */
  finish(): Tokens {
    const n = this.length;
    return new Tokens(n, this.starts.subarray(0, n), this.ends.subarray(0, n), this.kinds.subarray(0, n),
      this.ids.subarray(0, n), this.words.strings);
  }
}

/**
 * Splits text into tokens with exact UTF-16 offsets (`text.slice(tokens.start(i), tokens.end(i)) === tokens.text(i)`).
 * Possessive ’s is its own token ("Iran" "’s"), as in CoNLL; abbreviations keep their period. Whitespace and a word's
 * marking asterisk are in no token.
 */
export function tokenize(text: string): Tokens {
  const sink = new TokenSink(text.length >> 2); // English news: ~5.3 characters a token
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f) {
      i++;
      continue;
    }
    // "Amina*, 34, told researchers …": an asterisk marking the word before it (a pseudonym, a footnote) is no token,
    // so the word reads as it would without it.
    if (c === 42 && markingAsterisk(text, i)) { i++; continue; }
    // Fast paths for plain ASCII words and punctuation, which are most of an English article.
    if (isAsciiLetter(c)) {
      const end = scanAsciiWord(text, i);
      if (end > 0) {
        i = pushAsciiWord(sink, text, i, end);
        continue;
      }
    } else if (SIMPLE_PUNCT.has(c) || (c === 46 && text.charCodeAt(i + 1) !== 46)) {
      // (A period not starting "..." is a token by itself, as the regex would make it.)
      sink.pushChar(text, i, KIND_PUNCT);
      i++;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m) { i++; continue; } // unreachable: the last alternative matches any code point
    const s = m[0];
    if (m[2] !== undefined) {
      i = pushWord(sink, text, i, s);
      continue;
    }
    sink.push(text, i, i + s.length, kindOf(m, s));
    i += s.length;
  }
  return sink.finish();
}

// Single-character punctuation that no longer token can start (quotes are not letters, so no word starts so).
const SIMPLE_PUNCT = new Set([...',;:()[]{}"!?\'\u2018\u2019\u201c\u201d'].map((ch) => ch.charCodeAt(0)));

/** Whether the "*" at i follows a letter and ends the word there (not "f***", "5*", "*Names …"). */
function markingAsterisk(text: string, i: number): boolean {
  if (i === 0 || !/\p{L}/u.test(text[i - 1])) return false;
  const next = text.charCodeAt(i + 1);
  return next !== 42 && !isAsciiAlnum(next) && !/\p{L}/u.test(text[i + 1] ?? '');
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** FNV hash of the characters of the last word scanAsciiWord accepted (for the interner). */
let scannedHash = 0;

/** End of an all-ASCII word at i, or -1 when the regex must decide (non-ASCII, acronyms like "U.S."). */
function scanAsciiWord(text: string, i: number): number {
  let h = fnvStep(FNV_START, text.charCodeAt(i));
  let j = i + 1;
  for (;;) {
    const c = text.charCodeAt(j);
    if (isAsciiAlnum(c)) {
      h = fnvStep(h, c);
      j++;
    } else if ((c === 45 || c === 39 || c === 0x2019) && isAsciiLetter(text.charCodeAt(j + 1))) {
      h = fnvStep(fnvStep(h, c), text.charCodeAt(j + 1));
      j += 2;
    } else if (c >= 0x80 || (c === 46 && j === i + 1)) return -1;
    else {
      scannedHash = h;
      return j;
    }
  }
}

/** The kind code (tokens.ts) of a regex match. */
function kindOf(m: RegExpExecArray, s: string): number {
  if (m[1] !== undefined) return KIND_WORD;
  if (m[4] !== undefined) return KIND_NUMBER;
  if (m[5] !== undefined || PUNCT_CHAR_RE.test(s)) return KIND_PUNCT;
  return KIND_SYMBOL;
}

/** pushWord for an ASCII word text[start, end), without a regex or a throwaway substring. */
function pushAsciiWord(sink: TokenSink, text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (end - start > 2 && (last === 115 || last === 83)) {
    const q = text.charCodeAt(end - 2);
    if (q === 39 || q === 0x2019) {
      sink.push(text, start, end - 2, KIND_WORD);
      sink.push(text, end - 2, end, KIND_WORD);
      return end;
    }
  }
  const word = sink.words.getHashed(text, start, end, scannedHash);
  if (text.charCodeAt(end) === 46 /* . */ && (sink.isAbbreviation(word) || pageBefore(text, end, word))) {
    sink.push(text, start, end + 1, KIND_WORD);
    return end + 1;
  }
  sink.pushInterned(start, end, KIND_WORD);
  return end;
}

/** Pushes a word (split before a possessive, or with its abbreviation period) and returns where it ends. */
function pushWord(sink: TokenSink, text: string, start: number, word: string): number {
  let end = start + word.length;
  if (word.length > 2 && POSSESSIVE_RE.test(word)) {
    sink.push(text, start, end - 2, KIND_WORD);
    sink.push(text, end - 2, end, KIND_WORD);
    return end;
  }
  if (text.charCodeAt(end) === 46 /* . */ && (isAbbreviation(word) || pageBefore(text, end, word))) end++;
  sink.push(text, start, end, KIND_WORD);
  return end;
}

/** Abbreviations of what is numbered: pages, ballot propositions ("Prop. 31", AP style), articles, paragraphs, chapters. */
const NUMBERED = new Set(['p', 'pp', 'Prop', 'Props', 'Art', 'Arts', 'Para', 'Paras', 'Ch', 'No', 'Nos', 'no', 'nos']);

/** "p. 14", "pp. 22-23", "Prop. 31", "No. 10", "world No.1": a numbered reference, not a sentence end ("7:19 p.m." is no
 *  page: a letter follows its period; "they could not say no. The" ends a sentence). */
function pageBefore(text: string, dot: number, word: string): boolean {
  if (!NUMBERED.has(word)) return false;
  const c = text.charCodeAt(dot + 1) === 32 ? text.charCodeAt(dot + 2) : text.charCodeAt(dot + 1);
  return c >= 48 && c <= 57;
}

function isAbbreviation(word: string): boolean {
  // "at 7:19 p.m. EST.": the time zone, which may end a sentence; "est." (established) is written in lower case.
  if (word === 'EST') return false;
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower)) return true;
  // A single capital letter before a period is an initial ("George W. Bush").
  return word.length === 1 && word >= 'A' && word <= 'Z';
}

/** True when a token text is an abbreviation that keeps its period (used by the sentence splitter). */
export function isTitleAbbreviation(text: string): boolean {
  return text.endsWith('.') && TITLE_ABBREVIATIONS.has(text.slice(0, -1).toLowerCase());
}
