// Folding of names for matching: case, accents (NFC and NFD alike), apostrophes, Arabic-script letter variants,
// and a consonant skeleton for transliteration variants (Qassim / Qasim, Mohammed / Muhammad).

const MARKS_RE = /\p{M}/gu;
// Apostrophes and similar marks vanish ("al-Sha’abi" = "al-Shaabi"); dots vanish ("U.N." = "UN").
const DROP_RE = /['’‘ʼʻ`´.]/g;
const SPACE_RE = /[\s\u00a0]+/g;
const ARABIC_TATWEEL_RE = /\u0640/g;
const ARABIC_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ی', 'ي'], ['ك', 'ک'], ['ة', 'ه'],
]);
const ARABIC_VARIANT_RE = /[أإآٱىیكة]/g;

/** Case-, accent- and apostrophe-insensitive form of a name; words separated by single spaces. */
export function fold(s: string): string {
  // Most names are ASCII and clean: one char loop answers both regex tests (it is called for every name, unit and
  // word looked up, mostly in code that is not optimised yet, where each regex call is costly).
  const ascii = asciiCleanup(s);
  if (ascii === 0) return s.toLowerCase();
  let t = s;
  if (ascii < 0) {
    t = t.normalize('NFD').replace(MARKS_RE, '');
    t = t.replace(ARABIC_TATWEEL_RE, '').replace(ARABIC_VARIANT_RE, (c) => ARABIC_VARIANTS.get(c) ?? c);
    t = t.replace(/[‐‑–]/g, '-');
  }
  t = t.toLowerCase();
  return NEEDS_CLEANUP_RE.test(t) ? t.replace(DROP_RE, '').replace(SPACE_RE, ' ').trim() : t;
}

const NEEDS_CLEANUP_RE = /['’‘ʼʻ`´.]|\s\s|^\s|\s$|[\t\n\r\u00a0]/;

/** ASCII whitespace as `\s` sees it: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * -1 when s has a non-ASCII character; else 1 when NEEDS_CLEANUP_RE would match it (an apostrophe, backquote or
 * dot, a tab, line feed or carriage return, whitespace at either end or twice in a row), 0 when not.
 */
function asciiCleanup(s: string): number {
  let cleanup = 0;
  let prevSpace = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return -1;
    const space = isAsciiSpace(c);
    if (c === 39 || c === 46 || c === 96 || c === 9 || c === 10 || c === 13 || (space && (prevSpace || k === 0 || k === s.length - 1))) cleanup = 1;
    prevSpace = space;
  }
  return cleanup;
}

/** fold() without spaces and hyphens: "Amir Abdollahian" = "Amir-Abdollahian". */
export function compact(folded: string): string {
  // Most units are one ASCII word: returned as they are, without the regex.
  for (let k = 0; k < folded.length; k++) {
    const c = folded.charCodeAt(k);
    if (c >= 128 || c === 45 || isAsciiSpace(c)) return folded.replace(/[\s-]/g, '');
  }
  return folded;
}

/** /^[\x00-\x7f]*$/.test(s) without a regex call (costly in code not yet optimised). */
export function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Consonant skeleton of a compact folded name: vowels dropped, q/c/gh → k, doubled letters collapsed.
 * Mohammed, Muhammad, Mohamed → "mhmd"; Qassim, Qasim → "ksm"; Qalibaf, Ghalibaf → "klbf" (Persian qaf is written
 * both ways). Only a candidate filter: see `translitEqual`.
 */
export function skeleton(c: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < c.length; i++) {
    let ch = c[i];
    if (VOWELS.has(ch)) continue;
    if (ch === 'g' && c[i + 1] === 'h') { ch = 'k'; i++; }
    if (ch === 'q' || ch === 'c') ch = 'k';
    if (ch === prev) continue;
    out += ch;
    prev = ch;
  }
  return out;
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  // Computed before any exit, so the optimised code has seen it (an early `return max + 1` first taken after the
  // compile deoptimised it: a second compile of this small function).
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  // Rows filled by push (packed, not holey), code units compared as numbers, rows swapped through a temporary (a
  // destructuring swap builds an array and runs the iterator protocol, and made TurboFan's compile of this small
  // function one of the grouping's largest).
  let prev: number[] = [];
  let cur: number[] = [];
  for (let j = 0; j <= b.length; j++) { prev.push(j); cur.push(0); }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

/**
 * Whether two compact folded name parts are transliteration variants of each other: same consonant skeleton, same
 * last letter, same first letter (or both vowels: Omar / Umar), at most two edits, and long enough (`minLength`)
 * that short names (Dan / Don) are never conflated. Maria / Mario differ in the last letter, so they stay apart.
 */
export function translitEqual(a: string, b: string, minLength: number): boolean {
  if (a === b) return true;
  if (a.length < minLength || b.length < minLength) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (a[0] !== b[0] && !(VOWELS.has(a[0]) && VOWELS.has(b[0])) && !qafPair(a, b) && !qafPair(b, a)) return false;
  if (skeleton(a) !== skeleton(b)) return false;
  return boundedDistance(a, b, 2) <= 2;
}

/** "ghalibaf" / "qalibaf": one name opening with the two spellings of the Persian qaf. */
function qafPair(a: string, b: string): boolean {
  return a[0] === 'g' && a[1] === 'h' && b[0] === 'q';
}

/** True when the string has at least one letter and no lower-case letter ("IRGC", "U.S.", "BAGHDAD"). */
export function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** "Iran’s" → "Iran", "Iraqis’" → "Iraqis"; other text unchanged. */
export function stripPossessive(text: string): string {
  // Only a final s, S or apostrophe can start a match: most words are returned without running the regex.
  const c = text.charCodeAt(text.length - 1);
  if (c !== 115 && c !== 83 && c !== 39 && c !== 8217) return text;
  return text.replace(/['’][sS]$|(?<=[sS])['’]$/, '');
}
