// "anti-Islamic Republic terrorists": a hyphenated prefix binds to a whole name, but the tokenizer keeps it on the
// name's first word, and the tagger then reads the rest ("Republic") as a name of its own.

import type { Span } from './names';
import { internWords, typeCount } from './typeIds';
import { isCapitalized } from './word';

/** An English prefix joined by a hyphen to a capitalised word ("anti-Islamic", "pro-Western"; not "al-Sadr"). */
const PREFIXED = /^(?:anti|pro|non|ex|neo|pan|post|pre|counter|ultra|un|mid|trans)-(\p{Lu}.*)$/iu;
/** At most this many words after the prefixed one. */
const MAX_TAIL = 4;

/**
 * A one-word span "anti-X" followed by capitalised words Y… such that "X Y…" opens a name of two or more words
 * tagged elsewhere in the document ("Islamic Republic of Iran") is one span "anti-X Y…" of the prefixed word's type;
 * spans inside Y… go. Spans must be sorted and non-overlapping (they stay so). `ids`/`typeTexts`: word-type ids of
 * `words` and the text of each type (see typeIds.ts): the pattern is tested once per word type.
 */
export function joinPrefixedNames(words: readonly string[], spans: Span[], ids: Int32Array = internWords(words),
  typeTexts?: readonly string[]): Span[] {
  const types = typeTexts ? typeTexts.length : typeCount(ids);
  // The name part ("Islamic") of each prefixed word type, tested only on hyphenated words.
  const rest: (string | undefined)[] = new Array(types);
  let anyType = false;
  if (typeTexts) {
    for (let t = 0; t < types; t++) anyType = tryPrefixed(typeTexts[t], t, rest) || anyType;
  } else {
    for (let i = 0; i < words.length; i++) anyType = tryPrefixed(words[i], ids[i], rest) || anyType;
  }
  if (!anyType) return spans;
  let out: Span[] | null = null;
  let starts: Map<string, number[]> | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const x = s.end - s.start === 1 && s.type !== 'DATE' ? rest[ids[s.start]] : undefined;
    let end = s.end;
    let next = k + 1;
    if (x !== undefined) {
      starts ??= nameStarts(words, spans);
      end = knownTail(words, s.end, starts.get(x) ?? []);
      // Spans after it must lie wholly inside the extension.
      while (next < spans.length && spans[next].end <= end) next++;
      if (next < spans.length && spans[next].start < end) end = s.end;
    }
    if (end === s.end) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    out.push({ start: s.start, end, type: s.type });
    k = next - 1;
  }
  return out ?? spans;
}

function tryPrefixed(w: string, t: number, rest: (string | undefined)[]): boolean {
  if (rest[t] !== undefined || w.indexOf('-') < 2) return false;
  const m = PREFIXED.exec(w);
  if (m) rest[t] = m[1];
  return m !== null;
}

/** The multi-word names by their first word: start and end token of each, in pairs. */
function nameStarts(words: readonly string[], spans: readonly Span[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of spans) {
    if (s.end - s.start < 2 || s.type === 'DATE') continue;
    const list = out.get(words[s.start]);
    if (list) list.push(s.start, s.end);
    else out.set(words[s.start], [s.start, s.end]);
  }
  return out;
}

/**
 * The end of the longest run of capitalised words from `from` (at most MAX_TAIL) that repeats the words after the
 * first of one of `names` (start/end pairs); `from` when none does.
 */
function knownTail(words: readonly string[], from: number, names: readonly number[]): number {
  let best = from;
  for (let n = 0; n < names.length; n += 2) {
    const a = names[n] + 1;
    const len = Math.min(MAX_TAIL, names[n + 1] - a, words.length - from);
    let j = 0;
    while (j < len && words[a + j] === words[from + j] && isCapitalized(words[from + j])) j++;
    if (from + j > best) best = from + j;
  }
  return best;
}
