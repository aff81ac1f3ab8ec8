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
