// Word normalisation and shapes shared by training (CoNLL token strings) and tagging (tokenizer output).

import { FNV_START, fnvStep } from '../text/intern';
import { fmix } from './hash';

const CURLY = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]|[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]|[\u2013\u2014]/g;

/** Straight quotes and ASCII dashes, as CoNLL writes them. */
export function normalizeToken(text: string): string {
  let special = false;
  for (let i = 0; i < text.length && !special; i++) {
    const c = text.charCodeAt(i);
    special = c === 0x60 || c === 0xab || c === 0xb4 || c === 0xbb || (c >= 0x2013 && c <= 0x2033);
  }
  if (!special) return text;
  return text.replace(CURLY, (c) => {
    if (c === '\u2013' || c === '\u2014') return '--';
    if ('\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb'.includes(c)) return '"';
    return "'";
  });
}

/** Lower case with digits folded to 0 (so years and scores share features). */
export function foldWord(w: string): string {
  const lo = w.toLowerCase();
  for (let i = 0; i < lo.length; i++) {
    const c = lo.charCodeAt(i);
    if (c >= 49 && c <= 57) return lo.replace(/[0-9]/g, '0');
  }
  return lo;
}

/** Character classes with runs collapsed: "McDonald" -> "XxXx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d". */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const ch = w[i];
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/**
 * hashString(wordShape(w)) without building the shape string (a new word type costs one per lookup). Kept
 * equal to it by a unit test; hashString's steps are FNV-1a over code units, then fmix.
 */
export function shapeHash(w: string): number {
  let h = FNV_START;
  let len = 0;
  let last = -1;
  for (let i = 0; i < w.length && len < 12; i++) {
    const ch = w.charCodeAt(i);
    let c: number;
    if (ch >= 97 && ch <= 122) c = 120; // x
    else if (ch >= 65 && ch <= 90) c = 88; // X
    else if (ch >= 48 && ch <= 57) c = 100; // d
    else if (ch < 128) c = ch;
    else {
      const s = w[i];
      c = s.toLowerCase() !== s ? 88 : s.toUpperCase() !== s ? 120 : ch;
    }
    if (c !== last) {
      h = fnvStep(h, c);
      len++;
    }
    last = c;
  }
  return fmix(h);
}

/** Bits of asciiScan: every code unit ASCII; an A-Z; an a-z; a 0-9; a backtick (normalizeToken changes it); two
 *  A-Z or more. */
export const A_ASCII = 1, A_UPPER = 2, A_LOWER = 4, A_DIGIT = 8, A_BACKTICK = 16, A_TWO_UPPER = 32;

/**
 * One scan of a word for the case and digit facts and the three hashes a new word type needs (the string functions
 * above each scan or copy it again): hashes[0] = hashString(foldWord(w)), hashes[1] = hashString(w.toLowerCase()),
 * hashes[2] = shapeHash(w). Without A_ASCII in the result the other bits and the hashes are incomplete and the
 * caller must use those functions.
 */
export function asciiScan(w: string, hashes: Int32Array): number {
  let f = A_ASCII;
  let uppers = 0;
  let fold = FNV_START, lo = FNV_START, shape = FNV_START;
  let shapeLen = 0, last = -1;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    let cls: number; // the character's class in wordShape
    if (c >= 97 && c <= 122) {
      f |= A_LOWER;
      cls = 120; // x
    } else if (c >= 65 && c <= 90) {
      uppers++;
      cls = 88; // X
      c += 32;
    } else if (c >= 48 && c <= 57) {
      f |= A_DIGIT;
      cls = 100; // d
    } else if (c >= 128) return f & ~A_ASCII;
    else {
      cls = c;
      if (c === 96) f |= A_BACKTICK;
    }
    lo = fnvStep(lo, c);
    fold = fnvStep(fold, cls === 100 ? 48 : c); // foldWord writes every digit as 0
    if (cls !== last && shapeLen < 12) {
      shape = fnvStep(shape, cls);
      shapeLen++;
    }
    last = cls;
  }
  hashes[0] = fmix(fold);
  hashes[1] = fmix(lo);
  hashes[2] = fmix(shape);
  if (uppers > 0) f |= A_UPPER;
  if (uppers > 1) f |= A_TWO_UPPER;
  return f;
}

export function isCapitalized(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

/** Every cased letter upper case and at least two letters. */
export function isAllCaps(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code < 128) {
      // ASCII without a string per character: a-z fails, A-Z counts, the rest has no case.
      if (code >= 97 && code <= 122) return false;
      if (code >= 65 && code <= 90) letters++;
      continue;
    }
    const c = w[i];
    const lo = c.toLowerCase();
    if (lo === c.toUpperCase()) continue;
    if (c === lo) return false;
    letters++;
  }
  return letters >= 2;
}

export function hasLetter(w: string): boolean {
  return /\p{L}/u.test(w);
}

/** "IRAN" -> "Iran"; used to look an all-caps word up in case-sensitive resources. */
export function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}
