// "the Republican National Committee ... the RNC": an acronym of an organisation the document names in full is that
// organisation, though no parentheses define it (applyAcronyms in rules.ts needs "Name (ACR)").

import type { Span } from './names';
import { TYPE_CODE, indexSpans, retype, type SpanIndex } from './spanIndex';
import { internWords, typeCount } from './typeIds';

/** Words an acronym skips ("Federal Bureau of Investigation": FBI); none is longer than three letters. */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'al']);
const ACRONYM = /^[A-Z]{2,6}$/;
const A = 65, Z = 90;
const LOC = TYPE_CODE.LOC, MISC = TYPE_CODE.MISC;

/**
 * Initials of a name whose every other word is capitalised, a letter for each part of a hyphenated word ("Black Lives
 * Matter": BLM, "Kite-Flying": KF); '' otherwise. Only called for names whose first letter opens some acronym.
 */
function initialsOf(words: readonly string[], start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const w = words[i];
    if (w.length <= 3 && CONNECTORS.has(w.toLowerCase())) continue;
    const c = w.charCodeAt(0);
    if (c < A || c > Z) return '';
    s += w[0];
    for (let h = w.indexOf('-'); h >= 0 && h + 1 < w.length; h = w.indexOf('-', h + 1)) s += w[h + 1].toUpperCase();
  }
  return s.length >= 2 ? s : '';
}

/**
 * One-word LOC or MISC spans that are the initials of an ORG name of two or more words in the document become
 * ORG. `ids`/`typeTexts`: word-type ids of `words` and the text of each type (see typeIds.ts); `index`: the spans
 * as columns (kept in step).
 */
export function spelledOutAcronyms(words: readonly string[], spans: Span[], ids: Int32Array = internWords(words),
  typeTexts?: readonly string[], index: SpanIndex = indexSpans(spans, ids)): void {
  const types = typeTexts ? typeTexts.length : typeCount(ids);
  // Per word type: 0 unseen, 1 not an acronym, 2 an acronym; the spans that may be one, and their first letters.
  const state = new Uint8Array(types);
  const candidates: number[] = [];
  let letters = 0;
  const { start, end, type, first, single, singleMisc, multiOrg } = index;
  const consider = (k: number): void => {
    if (type[k] !== LOC && type[k] !== MISC) return;
    const t = first[k];
    if (state[t] === 0) {
      const w = words[start[k]];
      const c = w.charCodeAt(0);
      state[t] = w.length <= 6 && c >= A && c <= Z && ACRONYM.test(w) ? 2 : 1;
      if (state[t] === 2) letters |= 1 << (c - A);
    }
    if (state[t] === 2) candidates.push(k);
  };
  for (let j = 0; j < single.length; j++) consider(single[j]);
  for (let j = 0; j < singleMisc.length; j++) consider(singleMisc[j]);
  if (candidates.length === 0) return;
  // The first letter of each word type, looked up once per type ("Republican" opens hundreds of names).
  const initial = new Int8Array(types).fill(-1);
  const names = new Set<string>();
  for (let j = 0; j < multiOrg.length; j++) {
    const k = multiOrg[j];
    const t = first[k];
    if (initial[t] < 0) {
      const c0 = words[start[k]].charCodeAt(0) - A;
      initial[t] = c0 >= 0 && c0 <= 25 ? c0 : 26;
    }
    const c = initial[t];
    if (c > 25 || (letters & (1 << c)) === 0) continue;
    const ini = initialsOf(words, start[k], end[k]);
    if (ini) names.add(ini);
  }
  for (const k of candidates) if (names.has(words[start[k]])) retype(spans, index, k, 'ORG');
}

/**
 * "by the WHO and UNICEF", "WHO warns of …": an untagged all-caps word spelling out an organisation the document names
 * in full ("World Health Organization") is that organisation where a lower-case word stands next to it (an all-caps
 * headline's "WHO" stays the pronoun). Returns `spans` with the new ORG spans, sorted by start.
 */
export function untaggedSpelledAcronyms(words: readonly string[], spans: Span[], ids: Int32Array = internWords(words),
  typeTexts?: readonly string[]): Span[] {
  // Candidates first (most documents have none): all-capital words of 2–6 letters next to a lower-case word, the
  // shape decided once per word type.
  const types = typeTexts ? typeTexts.length : typeCount(ids);
  const shape = new Uint8Array(types); // 0 unseen, 1 no acronym, 2 an acronym's shape
  const cands: number[] = [];
  let letters = 0;
  for (let i = 0; i < words.length; i++) {
    const t = ids[i];
    if (shape[t] === 0) shape[t] = words[i].length >= 2 && words[i].length <= 6 && allCapitals(words[i]) ? 2 : 1;
    if (shape[t] === 1) continue;
    const w = words[i];
    if (!lowerWordNear(words, i, -1) && !lowerWordNear(words, i, 1)) continue;
    cands.push(i);
    letters |= 1 << (w.charCodeAt(0) - A);
  }
  if (cands.length === 0) return spans;
  const names = new Set<string>();
  for (let k = 0; k < spans.length; k++) { // indexed: see agedPersons.ts
    const s = spans[k];
    if (s.type !== 'ORG' || s.end - s.start < 2) continue;
    const c = words[s.start].charCodeAt(0) - A;
    if (c < 0 || c > 25 || (letters & (1 << c)) === 0) continue;
    const ini = initialsOf(words, s.start, s.end);
    if (ini) names.add(ini);
  }
  if (names.size === 0) return spans;
  const covered = new Uint8Array(words.length);
  for (let k = 0; k < spans.length; k++) covered.fill(1, spans[k].start, spans[k].end);
  const added: Span[] = [];
  for (const i of cands) if (!covered[i] && names.has(words[i])) added.push({ start: i, end: i + 1, type: 'ORG' });
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** Whether every character of w is a capital A–Z. */
function allCapitals(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < A || c > Z) return false;
  }
  return true;
}

const SENTENCE_MARKS = new Set(['.', ';', ':', '!', '?']);

/** Whether the nearest word on one side (within two tokens of the same sentence, punctuation skipped) starts with a lower-case letter. */
function lowerWordNear(words: readonly string[], i: number, step: number): boolean {
  for (let k = i + step, n = 0; k >= 0 && k < words.length && n < 2; k += step, n++) {
    const c = words[k].charCodeAt(0);
    if (c >= 97 && c <= 122) return true;
    if ((c >= A && c <= Z) || (c >= 48 && c <= 57) || SENTENCE_MARKS.has(words[k])) return false;
  }
  return false;
}
