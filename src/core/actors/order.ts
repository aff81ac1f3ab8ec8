// Stable sort of indices by a numeric key without a comparator: (key, index) packed in one double and sorted
// natively. A comparator sort of tens of thousands of items makes hundreds of thousands of calls, mostly in code
// that is not optimised yet on a cold run.
import type { Claim } from '../types';

/** Indices 0 … keys.length - 1 by ascending key, ties in index order (what a stable comparator sort gives). */
export function stableOrder(keys: ArrayLike<number>): number[] {
  const n = keys.length;
  let bits = 1;
  while (2 ** bits < n) bits++;
  const scale = 2 ** bits;
  // One function per loop: V8 compiles a long loop while it runs (on-stack replacement), and the code after it, not
  // run yet, deoptimised that compile of the whole function on the way out (stableOrder was compiled three times).
  if (!packable(keys, scale)) return comparatorOrder(keys);
  const packed = packedKeys(keys, scale);
  packed.sort();
  return unpacked(packed, scale);
}

/** Whether every key is a non-negative integer that fits, with the index, in 2^53 (the packing is exact then). */
function packable(keys: ArrayLike<number>, scale: number): boolean {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!(Number.isInteger(k) && k >= 0 && k * scale + scale <= Number.MAX_SAFE_INTEGER)) return false;
  }
  return true;
}

/** (key, index) packed in one double each. */
function packedKeys(keys: ArrayLike<number>, scale: number): Float64Array {
  const packed = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) packed[i] = keys[i] * scale + i;
  return packed;
}

/** The indices of sorted packed keys. */
function unpacked(packed: Float64Array, scale: number): number[] {
  // Sized once: pushing grows the array through several copies.
  const out = new Array<number>(packed.length);
  for (let k = 0; k < packed.length; k++) out[k] = packed[k] % scale;
  return out;
}

function comparatorOrder(keys: ArrayLike<number>): number[] {
  const idx: number[] = [];
  for (let i = 0; i < keys.length; i++) idx.push(i);
  return idx.sort((a, b) => keys[a] - keys[b] || a - b);
}

/** The order claims are resolved in: by where each claim's speaker is (its start when it has no speaker span). */
export function speakerOrder(candidates: readonly Claim[]): number[] {
  return stableOrder(speakerKeys(candidates));
}

/** Each claim's key for speakerOrder. A loop of its own (see buildProfiles in context.ts): resolveSpeakers' code after it
 * had not run when the loop was compiled. */
function speakerKeys(candidates: readonly Claim[]): Float64Array {
  const keys = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) keys[i] = candidates[i].speakerSpan?.start ?? candidates[i].start;
  return keys;
}
