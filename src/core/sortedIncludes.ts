// Membership in a sorted array by halves: for lists read far less often than a Set would cost to build.

/** Whether `sorted` (ascending, as `<` orders its values) holds `value`. */
export function sortedIncludes<T extends string | number>(sorted: readonly T[], value: T): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1; else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === value;
}
