// Rules around the statistical tagger: datelines, Title-Case headlines, acronyms defined in parentheses,
// document-level consistency. They work on token strings and spans of token indices.

import { isAllCaps, isCapitalized } from './word';
import type { Resources } from './resources';
import { overlapRun, replaceRun } from './spanRuns';
import { tokensEqualTo, typeCount } from './typeIds';

/** A span of token indices with a CoNLL class index (0 PER, 1 ORG, 2 LOC, 3 MISC). */
export interface ClassSpan {
  start: number;
  end: number;
  cls: number;
}

export const CLS_PER = 0, CLS_ORG = 1, CLS_LOC = 2, CLS_MISC = 3;

const DASHES = new Set(['--', '-', '\u2014', '\u2013', '---']);

export interface Dateline {
  /** The place ("BAGHDAD", "WASHINGTON, D.C.") at the start of a line. */
  readonly place: { start: number; end: number };
  /** A parenthesised source after the place ("(Reuters)", "(Dispatches)"), if any. */
  readonly source: { start: number; end: number } | null;
  /** Index of the first token after the dash. */
  readonly bodyStart: number;
}

/**
 * Datelines: a sentence that opens with an ALL-CAPS place (optionally ", Region"), an optional
 * parenthesised source, then a dash. The dash ends the dateline: the text after it is a new sentence.
 */
export function findDatelines(words: readonly string[], sentStarts: readonly number[]): Dateline[] {
  const out: Dateline[] = [];
  for (let s = 0; s < sentStarts.length; s++) {
    const a = sentStarts[s];
    const b = s + 1 < sentStarts.length ? sentStarts[s + 1] : words.length;
    let j = a;
    while (j < b && j - a < 4 && isAllCaps(words[j])) j++;
    if (j === a) {
      const agency = placeCommaAgency(words, a, b);
      if (agency) out.push(agency);
      continue;
    }
    const place = { start: a, end: j };
    if (words[j] === ',' && j + 1 < b && isCapitalized(words[j + 1])) {
      j += 2;
      while (j < b && words[j] === '.') j++;
    }
    let source: Dateline['source'] = null;
    if (words[j] === '(') {
      let k = j + 1;
      while (k < b && words[k] !== ')' && k - j < 6) k++;
      if (words[k] !== ')' || k === j + 1) continue;
      source = { start: j + 1, end: k };
      j = k + 1;
    }
    let d = j;
    while (d < b && DASHES.has(words[d])) d++;
    if (d === j || d >= b) continue;
    // Without a source, only when running text follows ("SOCCER - JAPAN GET LUCKY WIN" is a headline).
    if (!source && !/\p{Ll}/u.test(words.slice(d, Math.min(b, d + 6)).join(''))) continue;
    out.push({ place, source, bodyStart: d });
  }
  return out;
}

/** "Tehran, IRNA –", "Baghdad, INA -": a place in title case, a comma, an agency's acronym, a dash. */
function placeCommaAgency(words: readonly string[], a: number, b: number): Dateline | null {
  const agency = words[a + 2];
  if (a + 3 >= b || !isCapitalized(words[a]) || words[a + 1] !== ',' || !DASHES.has(words[a + 3])) return null;
  if (!isAllCaps(agency) || agency.length < 2 || agency.length > 5 || !/^\p{Lu}+$/u.test(agency)) return null;
  return { place: { start: a, end: a + 1 }, source: { start: a + 2, end: a + 3 }, bodyStart: a + 4 };
}

/**
 * A Title-Case headline ("Iran, Iraq Step Up Security Cooperation") misleads a tagger trained on running
 * text. Words of such a line that are usually written lower case mid-sentence are lower-cased for tagging.
 */
export function truecaseHeadlines(words: string[], sentStarts: readonly number[], res: Resources): void {
  // Only the first line of a document is taken for a headline.
  for (let s = 0; s < Math.min(1, sentStarts.length); s++) {
    const a = sentStarts[s];
    const b = s + 1 < sentStarts.length ? sentStarts[s + 1] : words.length;
    let letters = 0, caps = 0, allCaps = 0;
    for (let i = a; i < b; i++) {
      const w = words[i];
      if (!/^\p{L}/u.test(w)) continue;
      letters++;
      if (isCapitalized(w)) caps++;
      if (isAllCaps(w)) allCaps++;
    }
    if (letters < 4 || caps < 0.7 * letters || allCaps === letters) continue;
    // A line ending in a period may be a sentence dense with names; it is a headline only when words that are
    // almost never capitalised mid-sentence are ("Says", "Should", "Is": PolNeAR's titles end with a period).
    if (words[b - 1] === '.' && capitalisedCommonWords(words, a + 1, b, res) < 2) continue;
    for (let i = a + 1; i < b; i++) {
      const w = words[i];
      if (!isCapitalized(w) || isAllCaps(w)) continue;
      const bucket = res.casingOf(w);
      if (bucket >= 1 && bucket <= 2) words[i] = w.toLowerCase();
    }
  }
}

/** Capitalised words in words[a, b) that are written lower case in at least 95 % of their mid-sentence uses. */
function capitalisedCommonWords(words: readonly string[], a: number, b: number, res: Resources): number {
  let n = 0;
  for (let i = a; i < b; i++) if (isCapitalized(words[i]) && !isAllCaps(words[i]) && res.casingOf(words[i]) === 1) n++;
  return n;
}

/** Removes spans overlapping [start, end) and adds the given one. */
export function forceSpan(spans: ClassSpan[], start: number, end: number, cls: number): ClassSpan[] {
  return replaceRun(spans, start, end, { start, end, cls });
}

/** Index of the first span whose end is after `pos` (spans sorted, non-overlapping: ends ascend too). */
function firstEndingAfter(spans: readonly ClassSpan[], pos: number): number {
  return overlapRun(spans, pos, pos)[0];
}

/** The span covering token `i`, if any. */
function spanCovering(spans: readonly ClassSpan[], i: number): ClassSpan | undefined {
  const s = spans[firstEndingAfter(spans, i)];
  return s && s.start <= i ? s : undefined;
}

/** The span ending exactly at `i`, if any. */
function spanEndingAt(spans: readonly ClassSpan[], i: number): ClassSpan | undefined {
  const s = spans[firstEndingAfter(spans, i - 1)];
  return s && s.end === i ? s : undefined;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'al']);

function initials(words: readonly string[], start: number, end: number, skipAcronyms = false): string {
  let s = '';
  for (let i = start; i < end; i++) {
    if (CONNECTORS.has(words[i].toLowerCase()) || (skipAcronyms && /^[A-Z]{2,}$/.test(words[i]))) continue;
    for (const part of words[i].split('-')) if (part) s += part[0].toUpperCase();
  }
  return s;
}

/**
 * Where the longest capitalised name (connectors between, up to 12 words) ending before "(" at i starts whose initials
 * spell `acr`, an acronym inside it left out ("Office of the UN High Commissioner for Human Rights": OHCHR); or -1.
 */
function nameSpelling(words: readonly string[], i: number, acr: string): number {
  let found = -1;
  for (let st = i - 1; st >= 0 && i - st <= 12; st--) {
    const w = words[st];
    if (!isCapitalized(w) && !CONNECTORS.has(w.toLowerCase())) break;
    if (isCapitalized(w) && (initials(words, st, i) === acr || initials(words, st, i, true) === acr)) found = st;
  }
  return found;
}

/**
 * "Supreme National Security Council (SNSC)": the acronym gets the type of the name before it (or the name
 * gets the acronym's), and every other mention of the acronym in the document gets that type too.
 */
export function applyAcronyms(words: readonly string[], spans: ClassSpan[], ids?: Int32Array): ClassSpan[] {
  const acronymType = new Map<string, number>();
  /** Word-type id of each acronym (with `ids`: the last loop then compares integers, not strings). */
  const acronymId = new Map<string, number>();
  for (const i of tokensEqualTo(words, ids, '(')) {
    if (i < 1 || i + 2 >= words.length) continue;
    if (words[i + 2] !== ')') continue;
    const acr = words[i + 1];
    if (!/^[A-Z][A-Za-z]*[A-Z]$/.test(acr) || acr.length > 8) continue;
    const before = spanEndingAt(spans, i);
    const covering = spanCovering(spans, i + 1);
    const inside = covering && covering.start === i + 1 && covering.end === i + 2 ? covering : undefined;
    if (before) {
      const ini = initials(words, before.start, before.end);
      let cls = before.cls;
      if (ini[0] !== acr[0] || !ini.includes(acr[acr.length - 1])) {
        // "the UN Office for the Coordination of Humanitarian Affairs (OCHA)": the tagger cut the name in pieces.
        const st = nameSpelling(words, i, acr);
        if (st < 0) continue;
        spans = forceSpan(spans, st, i, CLS_ORG);
        cls = CLS_ORG;
      }
      acronymType.set(acr, cls);
      if (ids) acronymId.set(acr, ids[i + 1]);
      spans = forceSpan(spans, i + 1, i + 2, cls);
    } else if (inside) {
      // Find the capitalised name before "(" whose initials are the acronym.
      for (let st = i - 1; st >= 0 && i - st <= 8; st--) {
        const w = words[st];
        if (!isCapitalized(w) && !CONNECTORS.has(w.toLowerCase())) break;
        if (isCapitalized(w) && initials(words, st, i) === acr.toUpperCase()) {
          spans = forceSpan(spans, st, i, inside.cls);
          acronymType.set(acr, inside.cls);
          if (ids) acronymId.set(acr, ids[i + 1]);
          break;
        }
      }
    }
  }
  if (acronymType.size === 0) return spans;
  // With ids: class + 1 per word type (0: not an acronym), one typed-array read per token.
  const byId = new Int8Array(ids ? typeCount(ids) : 0);
  for (const [acr, id] of acronymId) byId[id] = (acronymType.get(acr) as number) + 1;
  for (let i = 0; i < words.length; i++) {
    const cls = ids ? byId[ids[i]] - 1 : acronymType.get(words[i]) ?? -1;
    if (cls < 0) continue;
    const cur = spanCovering(spans, i);
    if (!cur || (cur.start === i && cur.end === i + 1 && cur.cls !== cls)) spans = forceSpan(spans, i, i + 1, cls);
  }
  return spans;
}
