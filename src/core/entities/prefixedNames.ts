// "anti-Islamic Republic terrorists": a hyphenated prefix binds to a whole name, but the tokenizer keeps it on the
// name's first word, and the tagger then reads the rest ("Republic") as a name of its own.

import type { Span } from './names';
import { TYPE_CODE, indexSpans, type SpanIndex } from './spanIndex';
import { internWords, typeCount } from './typeIds';
import { isCapitalized } from './word';

/** An English prefix joined by a hyphen to a capitalised word ("anti-Islamic", "pro-Western"; not "al-Sadr"). */
const PREFIXED = /^(?:anti|pro|non|ex|neo|pan|post|pre|counter|ultra|un|mid|trans)-(\p{Lu}.*)$/iu;
/** At most this many words after the prefixed one. */
const MAX_TAIL = 4;
const MISC = TYPE_CODE.MISC;

/**
 * A one-word MISC span "anti-X" followed by capitalised words Y… such that "X Y…" opens a name of two or more words
 * tagged elsewhere in the document ("Islamic Republic of Iran") is one span "anti-X Y…" of the prefixed word's type;
 * spans inside Y… go. Spans must be sorted and non-overlapping (they stay so). `ids`/`typeTexts`: word-type ids of
 * `words` and the text of each type (see typeIds.ts): the pattern is tested once per word type; `index`: the spans
 * as columns.
 */
export function joinPrefixedNames(words: readonly string[], spans: Span[], ids: Int32Array = internWords(words),
  typeTexts?: readonly string[], index: SpanIndex = indexSpans(spans, ids)): Span[] {
  const types = typeTexts ? typeTexts.length : typeCount(ids);
  // Per word type of a one-word MISC span (the tagger's reading of such adjectives): 0 unseen, 1 no, 2 prefixed.
  const state = new Uint8Array(types);
  const rest = new Map<number, string>();
  const candidates: number[] = [];
  const { start, end, type, first, singleMisc } = index;
  for (let j = 0; j < singleMisc.length; j++) {
    const k = singleMisc[j];
    if (type[k] !== MISC) continue;
    const t = first[k];
    if (state[t] === 0) state[t] = prefixedRest(words[start[k]], t, rest) ? 2 : 1;
    if (state[t] === 2) candidates.push(k);
  }
  if (candidates.length === 0) return spans;
  const starts = nameStarts(words, index, new Set(rest.values()), types);
  let out: Span[] | null = null;
  // Backwards, so that a join's splice leaves the indices of the candidates before it valid.
  for (let c = candidates.length - 1; c >= 0; c--) {
    const k = candidates[c];
    const to = knownTail(words, end[k], starts.get(rest.get(first[k]) as string) ?? []);
    // Spans after it must lie wholly inside the extension.
    let next = k + 1;
    while (next < start.length && end[next] <= to) next++;
    if (to === end[k] || (next < start.length && start[next] < to)) continue;
    out ??= spans.slice();
    out.splice(k, next - k, { start: start[k], end: to, type: spans[k].type });
  }
  return out ?? spans;
}

/** Whether `w` is a prefixed name word; its name part is kept in `rest` under its type `t`. */
function prefixedRest(w: string, t: number, rest: Map<number, string>): boolean {
  if (w.indexOf('-') < 2) return false;
  const m = PREFIXED.exec(w);
  if (m) rest.set(t, m[1]);
  return m !== null;
}

/** The multi-word names whose first word is one of `firsts`, by that word: start and end token of each, in pairs. */
function nameStarts(words: readonly string[], index: SpanIndex, firsts: ReadonlySet<string>,
  types: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const { start, end, first, multi } = index;
  const wanted = new Uint8Array(types); // per first word's type: 0 unseen, 1 no, 2 one of `firsts`
  for (let j = 0; j < multi.length; j++) {
    const k = multi[j];
    const t = first[k];
    if (wanted[t] === 0) wanted[t] = firsts.has(words[start[k]]) ? 2 : 1;
    if (wanted[t] !== 2) continue;
    const w = words[start[k]];
    const list = out.get(w);
    if (list) list.push(start[k], end[k]);
    else out.set(w, [start[k], end[k]]);
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
