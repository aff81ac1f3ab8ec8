// A surname used alone, left untagged, after the person was named in full. Each loop of the rule is a function
// of its own: the rule runs once per document, so V8 compiles its loops on the fly (OSR), and a loop inside one
// long function was compiled before the code after it had run and deoptimised there (six times per fresh process
// on the 5 MB corpus).

import { skeleton, translitEqual } from '../actors/fold';
import { surnameKeyOf, type Span } from './names';
import { mergeByStart } from './spanRuns';
import { coveredTokens } from './tokenPhases';
import { internWords } from './typeIds';
import { isCapitalized } from './word';

/**
 * "Faleh al-Fayyad ... Fayyad, for his part": an untagged capitalised word that is the surname of a person named in
 * full in the document (two or more words, "al-" and the like ignored), or a spelling variant of it ("Volodymyr
 * Zelenskiy … Zelensky says"), is that person, when the document gives the
 * word no other reading: never in lower case (`seenLower`: "Young", "Rice"), never inside a name of another type
 * ("Twitter" after a mis-tagged "... Twitter" PERSON), not a month or weekday (`isDateWord`).
 */
export function fillSurnames(words: readonly string[], spans: Span[], seenLower: (w: string) => boolean,
  isDateWord: (w: string) => boolean, ids: Int32Array = internWords(words),
  typeTexts: readonly string[] = textsOfTypes(words, ids)): Span[] {
  const inOtherName = new Uint8Array(typeTexts.length);
  const surnames = surnamesAndOtherNames(words, spans, ids, inOtherName);
  if (surnames.size === 0) return spans;
  const kind = new Uint8Array(typeTexts.length);
  if (!surnameKinds(typeTexts, surnames, inOtherName, seenLower, isDateWord, kind)) return spans;
  const added = loneSurnames(ids, kind, coveredTokens(spans, words.length));
  return added.length ? mergeByStart(spans, added) : spans;
}

/**
 * The surname keys of the people named with two or more words; marks in `inOtherName` the word types inside
 * names of other types. (A surname's key is found once per word type.)
 */
function surnamesAndOtherNames(words: readonly string[], spans: readonly Span[], ids: Int32Array,
  inOtherName: Uint8Array): Set<string> {
  const surnames = new Set<string>();
  const keyed = new Uint8Array(inOtherName.length);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type === 'PERSON') {
      const t = ids[s.end - 1];
      if (s.end - s.start < 2 || keyed[t]) continue;
      keyed[t] = 1;
      surnames.add(surnameKeyOf(words[s.end - 1]));
    } else {
      for (let i = s.start; i < s.end; i++) inOtherName[ids[i]] = 1;
    }
  }
  return surnames;
}

/**
 * Per word type (a long document repeats its words) into `kind`: 1 capitalised, 3 a surname to fill. Returns
 * whether any type is one to fill.
 */
function surnameKinds(typeTexts: readonly string[], surnames: ReadonlySet<string>, inOtherName: Uint8Array,
  seenLower: (w: string) => boolean, isDateWord: (w: string) => boolean, kind: Uint8Array): boolean {
  let any = false;
  const variants = bySkeleton(surnames);
  for (let t = 0; t < typeTexts.length; t++) {
    const w = typeTexts[t];
    if (!isCapitalized(w)) continue;
    const lower = w.toLowerCase();
    // "Al-Hakim's office" after "Sayyed Ammar al-Hakim": the article, capitalised at a sentence start, is no part of the key.
    const fill = w.length >= 3 && (surnames.has(lower) || variantOf(variants, lower) || (lower.indexOf('-') > 0 && surnames.has(surnameKeyOf(w)))) &&
      w !== w.toUpperCase() && !inOtherName[t] &&
      !seenLower(w) && !isDateWord(w);
    kind[t] = fill ? 3 : 1;
    any ||= fill;
  }
  return any;
}

/** Surnames of TRANSLIT_MIN letters or more by consonant skeleton, for spelling variants ("Zelenskiy" … "Zelensky"). */
const TRANSLIT_MIN = 5;

function bySkeleton(surnames: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of surnames) {
    if (s.length < TRANSLIT_MIN) continue;
    const k = skeleton(s);
    const list = out.get(k);
    if (list) list.push(s);
    else out.set(k, [s]);
  }
  return out;
}

/** Whether a lower-cased word is a transliteration variant of one of the surnames (actors/fold.ts translitEqual). */
function variantOf(variants: ReadonlyMap<string, readonly string[]>, lower: string): boolean {
  if (variants.size === 0 || lower.length < TRANSLIT_MIN) return false;
  const list = variants.get(skeleton(lower));
  return list !== undefined && list.some((s) => translitEqual(s, lower, TRANSLIT_MIN));
}

/** The uncovered tokens of a surname to fill, not next to another capitalised word ("Fayyad Street"; "President
 *  Fayyad" is left to the tagger), as one-word PERSON spans. */
function loneSurnames(ids: Int32Array, kind: Uint8Array, covered: Uint8Array): Span[] {
  const added: Span[] = [];
  const n = ids.length;
  for (let i = 0; i < n; i++) {
    if (kind[ids[i]] !== 3 || covered[i]) continue;
    if ((i > 0 && kind[ids[i - 1]] !== 0) || (i + 1 < n && kind[ids[i + 1]] !== 0)) continue;
    added.push({ start: i, end: i + 1, type: 'PERSON' });
  }
  return added;
}

/** The text of each word type of `ids` (ids numbered by first occurrence, as internWords does). */
function textsOfTypes(words: readonly string[], ids: Int32Array): string[] {
  const texts: string[] = [];
  for (let i = 0; i < ids.length; i++) if (ids[i] === texts.length) texts.push(words[i]);
  return texts;
}
