// Edits of a sorted list of non-overlapping spans in O(log n + k): the spans a range overlaps are one run.
// (Filtering and re-sorting the whole list per edit made rules quadratic on long documents.)

interface Range { readonly start: number; readonly end: number }

/** [lo, hi): the indices of the spans that overlap [start, end). */
export function overlapRun(spans: readonly Range[], start: number, end: number): [number, number] {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end > start) hi = mid; else lo = mid + 1;
  }
  let last = lo;
  while (last < spans.length && spans[last].start < end) last++;
  return [lo, last];
}

/** Removes the spans overlapping [start, end) and inserts `replacement` (if any) in their place. */
export function replaceRun<T extends Range>(spans: T[], start: number, end: number, replacement?: T): T[] {
  const [lo, hi] = overlapRun(spans, start, end);
  if (replacement) spans.splice(lo, hi - lo, replacement);
  else spans.splice(lo, hi - lo);
  return spans;
}

/**
 * Two lists each sorted by start, as one sorted list: on equal starts `a`'s span first (what a stable sort of
 * [...a, ...b] gives). Linear: a long document has tens of thousands of spans.
 */
export function mergeByStart<T extends Range>(a: readonly T[], b: readonly T[]): T[] {
  const out = new Array<T>(a.length + b.length);
  let i = 0, j = 0;
  for (let k = 0; k < out.length; k++) out[k] = j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++];
  return out;
}

/** Whether the spans are in ascending order of start. */
export function sortedByStart(spans: readonly Range[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return false;
  return true;
}
