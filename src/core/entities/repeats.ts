// A repeat of a tagged multi-word name takes the name's type. Each loop is a function of its own: the rule runs
// once per document, so V8 compiles its loops on the fly (OSR), and code after a loop compiled that way had no type
// feedback yet and deoptimised (five times per fresh process on the 5 MB corpus, when it was one function).

import type { EntityType } from '../types';
import type { Span } from './names';
import { PhraseTable } from './phraseTable';
import { mergeByStart, sortedByStart } from './spanRuns';
import { internWords, typeCount } from './typeIds';

/**
 * Marks mentions identical to a tagged multi-word name with that name's type: untagged ones, and ones the tagger cut
 * short or split ("Hashd al-Sha’abi … Hashd | al-Sha’abi forces"), whose spans all lie inside the mention. `ids`:
 * word-type ids of `words` (see typeIds.ts), compared instead of the strings; `types`: how many ids there are.
 */
export function fillRepeats(words: readonly string[], spans: Span[], ids: Int32Array = internWords(words),
  types = typeCount(ids)): Span[] {
  const typeOf: EntityType[] = [];
  const names = taggedNames(spans, ids, typeOf);
  if (names.size === 0) return spans;
  const positions = namePositions(ids, names, types);
  const spanAt = spanIndexAt(spans, ids.length);
  const replaced = new Uint8Array(spans.length);
  const added: Span[] = [];
  for (let p = 0; p < names.size; p++) {
    const at = names.at[p];
    const starts = positions.get(ids[at] * types + ids[at + 1]);
    if (starts) addRepeats(spans, ids, spanAt, at, names.len[p], typeOf[p], starts, replaced, added);
  }
  if (added.length === 0) return spans;
  return withRepeats(spans, replaced, added);
}

/**
 * Each multi-word name (DATE left out) as a phrase: the token where it was first tagged (its words' ids are read
 * there) and its length; `typeOf` gets the type of its last mention.
 */
function taggedNames(spans: readonly Span[], ids: Int32Array, typeOf: EntityType[]): PhraseTable {
  const names = new PhraseTable(ids);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.end - s.start < 2 || s.type === 'DATE') continue;
    typeOf[names.intern(s.start, s.end)] = s.type;
  }
  return names;
}

/**
 * Linear in the document: the positions of each name's first two words, keyed first id * types + second id (a
 * first word alone such as "The" or "New" starts hundreds of names and occurs thousands of times: quadratic on long
 * documents). A token is looked up only when its word starts a name and the next word is some name's second word.
 */
function namePositions(ids: Int32Array, names: PhraseTable, types: number): Map<number, number[]> {
  const isFirst = new Uint8Array(types);
  const isSecond = new Uint8Array(types);
  const pairs = new Set<number>();
  for (let k = 0; k < names.at.length; k++) {
    const at = names.at[k];
    isFirst[ids[at]] = 1;
    isSecond[ids[at + 1]] = 1;
    pairs.add(ids[at] * types + ids[at + 1]);
  }
  const positions = new Map<number, number[]>();
  for (let i = 0; i + 1 < ids.length; i++) {
    if (isFirst[ids[i]] === 0 || isSecond[ids[i + 1]] === 0) continue;
    const pair = ids[i] * types + ids[i + 1];
    if (!pairs.has(pair)) continue;
    const list = positions.get(pair);
    if (list) list.push(i);
    else positions.set(pair, [i]);
  }
  return positions;
}

/** The span covering each word (index into spans), −1 for none (an addition will write −2). */
function spanIndexAt(spans: readonly Span[], n: number): Int32Array {
  const spanAt = new Int32Array(n).fill(-1);
  for (let k = 0; k < spans.length; k++) spanAt.fill(k, spans[k].start, spans[k].end);
  return spanAt;
}

/**
 * Adds the repeats of the name at token `at` (`len` words, `type`) among `starts` (where its first two words
 * occur): where no span, nor an earlier addition, covers any of its words except spans inside it of its type,
 * which are marked `replaced`.
 */
function addRepeats(spans: readonly Span[], ids: Int32Array, spanAt: Int32Array, at: number, len: number,
  type: EntityType, starts: readonly number[], replaced: Uint8Array, added: Span[]): void {
  for (let j = 0; j < starts.length; j++) {
    const i = starts[j];
    if (i + len > ids.length) break;
    // The name's own mentions, most of the positions, are whole spans already: that test goes first.
    if (wholeSpan(spans, spanAt, i, i + len)) continue;
    let ok = true;
    for (let k = 1; k < len && ok; k++) ok = ids[i + k] === ids[at + k];
    if (!ok || !onlyInside(spans, spanAt, i, i + len, type)) continue;
    for (let k = i; k < i + len; k++) if (spanAt[k] >= 0) replaced[spanAt[k]] = 1;
    added.push({ start: i, end: i + len, type });
    spanAt.fill(-2, i, i + len);
  }
}

/** Whether every span touching words [a, b) lies inside them with the name's type (none an addition already made). */
function onlyInside(spans: readonly Span[], spanAt: Int32Array, a: number, b: number, type: EntityType): boolean {
  for (let k = a; k < b; k++) {
    const j = spanAt[k];
    if (j === -2 || (j >= 0 && (spans[j].start < a || spans[j].end > b || spans[j].type !== type))) return false;
  }
  return true;
}

/** Whether words [a, b) are exactly one tagged span already (the name itself: nothing to do). */
function wholeSpan(spans: readonly Span[], spanAt: Int32Array, a: number, b: number): boolean {
  const j = spanAt[a];
  return j >= 0 && spans[j].start === a && spans[j].end === b;
}

/** The spans not replaced, with the additions, sorted by start (stably: as [...kept, ...added] sorted). */
function withRepeats(spans: readonly Span[], replaced: Uint8Array, added: Span[]): Span[] {
  const kept = spans.filter((_, k) => replaced[k] === 0);
  added.sort((a, b) => a.start - b.start);
  // Merging two sorted lists is their stable sort, in one pass.
  return sortedByStart(kept) ? mergeByStart(kept, added) : [...kept, ...added].sort((a, b) => a.start - b.start);
}
