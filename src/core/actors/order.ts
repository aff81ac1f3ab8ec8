// Stable sort of indices by a numeric key without a comparator: (key, index) packed in one double and sorted
// natively. A comparator sort of tens of thousands of items makes hundreds of thousands of calls, mostly in code
// that is not optimised yet on a cold run.

/** Indices 0 … keys.length - 1 by ascending key, ties in index order (what a stable comparator sort gives). */
export function stableOrder(keys: ArrayLike<number>): number[] {
  const n = keys.length;
  let bits = 1;
  while (2 ** bits < n) bits++;
  const scale = 2 ** bits;
  let ok = true;
  for (let i = 0; i < n && ok; i++) {
    const k = keys[i];
    // Exact only for non-negative integers that fit, with the index, in 2^53.
    ok = Number.isInteger(k) && k >= 0 && k * scale + scale <= Number.MAX_SAFE_INTEGER;
  }
  if (!ok) return comparatorOrder(keys);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = keys[i] * scale + i;
  packed.sort();
  // Sized once: pushing grows the array through several copies.
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = packed[k] % scale;
  return out;
}

function comparatorOrder(keys: ArrayLike<number>): number[] {
  const idx: number[] = [];
  for (let i = 0; i < keys.length; i++) idx.push(i);
  return idx.sort((a, b) => keys[a] - keys[b] || a - b);
}
