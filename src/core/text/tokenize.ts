import type { Token, TokenKind } from './token';
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

/**
 * Splits text into tokens with exact UTF-16 offsets (`text.slice(start, end) === token.text`).
 * Possessive ’s is its own token ("Iran" "’s"), as in CoNLL; abbreviations keep their period.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const words = new WordInterner();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f) {
      i++;
      continue;
    }
    // Fast paths for plain ASCII words and punctuation, which are most of an English article.
    if (isAsciiLetter(c)) {
      const end = scanAsciiWord(text, i);
      if (end > 0) {
        i = pushAsciiWord(tokens, text, i, end, words);
        continue;
      }
    } else if (SIMPLE_PUNCT.has(c) || (c === 46 && text.charCodeAt(i + 1) !== 46)) {
      // (A period not starting "..." is a token by itself, as the regex would make it.)
      tokens.push({ start: i, end: i + 1, text: text[i], kind: 'punct' });
      i++;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m) { i++; continue; } // unreachable: the last alternative matches any code point
    const s = m[0];
    if (m[2] !== undefined) {
      i = pushWord(tokens, text, i, s);
      continue;
    }
    tokens.push({ start: i, end: i + s.length, text: s, kind: kindOf(m, s) });
    i += s.length;
  }
  return tokens;
}

// Single-character punctuation that no longer token can start (quotes are not letters, so no word starts so).
const SIMPLE_PUNCT = new Set([...',;:()[]{}"!?\'\u2018\u2019\u201c\u201d'].map((ch) => ch.charCodeAt(0)));

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

function kindOf(m: RegExpExecArray, s: string): TokenKind {
  if (m[1] !== undefined) return 'word';
  if (m[4] !== undefined) return 'number';
  if (m[5] !== undefined || PUNCT_CHAR_RE.test(s)) return 'punct';
  return 'symbol';
}

/** pushWord for an ASCII word text[start, end), without a regex or a throwaway substring. */
function pushAsciiWord(tokens: Token[], text: string, start: number, end: number, words: WordInterner): number {
  const last = text.charCodeAt(end - 1);
  if (end - start > 2 && (last === 115 || last === 83)) {
    const q = text.charCodeAt(end - 2);
    if (q === 39 || q === 0x2019) {
      tokens.push({ start, end: end - 2, text: words.get(text, start, end - 2), kind: 'word' });
      tokens.push({ start: end - 2, end, text: words.get(text, end - 2, end), kind: 'word' });
      return end;
    }
  }
  const word = words.getHashed(text, start, end, scannedHash);
  if (text.charCodeAt(end) === 46 /* . */ && isAbbreviation(word)) {
    tokens.push({ start, end: end + 1, text: words.get(text, start, end + 1), kind: 'word' });
    return end + 1;
  }
  tokens.push({ start, end, text: word, kind: 'word' });
  return end;
}

/** Pushes a word (split before a possessive, or with its abbreviation period) and returns where it ends. */
function pushWord(tokens: Token[], text: string, start: number, word: string): number {
  let end = start + word.length;
  if (word.length > 2 && POSSESSIVE_RE.test(word)) {
    tokens.push({ start, end: end - 2, text: word.slice(0, -2), kind: 'word' });
    tokens.push({ start: end - 2, end, text: word.slice(-2), kind: 'word' });
    return end;
  }
  if (text.charCodeAt(end) === 46 /* . */ && isAbbreviation(word)) end++;
  tokens.push({ start, end, text: text.slice(start, end), kind: 'word' });
  return end;
}

function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower)) return true;
  // A single capital letter before a period is an initial ("George W. Bush").
  return word.length === 1 && word >= 'A' && word <= 'Z';
}

/** True when a token is an abbreviation that keeps its period (used by the sentence splitter). */
export function isTitleAbbreviation(token: Token): boolean {
  return token.text.endsWith('.') && TITLE_ABBREVIATIONS.has(token.text.slice(0, -1).toLowerCase());
}
