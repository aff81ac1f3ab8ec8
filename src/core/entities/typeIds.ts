// Word-type ids per token: equal ids exactly when the token strings are equal. Rules that scan every token of a
// long document (repeated names, acronyms, dates) compare these small integers in one typed array instead of
// hashing or reading a million separate strings again (each a cache miss on a 5 MB article).

/** Interns `words` with a Map (the fallback when the tagger's word cache cannot give the ids). */
export function internWords(words: readonly string[]): Int32Array {
  const ids = new Int32Array(words.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let id = seen.get(w);
    if (id === undefined) seen.set(w, (id = seen.size));
    ids[i] = id;
  }
  return ids;
}

/** Number of distinct ids (ids are dense from 0). */
export function typeCount(ids: Int32Array): number {
  let max = -1;
  for (let i = 0; i < ids.length; i++) if (ids[i] > max) max = ids[i];
  return max + 1;
}

/**
 * Ascending indices of the tokens equal to `word`. With the type `ids` of these `words` (as above) it scans an
 * Int32Array instead of comparing a million strings, each of which may not be in cache.
 */
export function tokensEqualTo(words: readonly string[], ids: Int32Array | undefined, word: string): number[] {
  const out: number[] = [];
  // indexOf: the builtins' scans, not a million steps of a loop V8 compiles on the fly.
  const first = words.indexOf(word);
  if (first < 0) return out;
  if (!ids) {
    for (let i = first; i >= 0; i = words.indexOf(word, i + 1)) out.push(i);
    return out;
  }
  const id = ids[first];
  for (let i = first; i >= 0; i = ids.indexOf(id, i + 1)) out.push(i);
  return out;
}
