// Deterministic 32-bit hashing of strings and feature ids (the FNV-1a step is the text layer's). Feature ids are
// never stored as strings: a feature is hash(template, value), so training and tagging agree without a vocabulary.

import { FNV_START, fnvStep } from '../text/intern';

/** FNV-1a over UTF-16 code units, then a final avalanche so low bits are well mixed. */
export function hashString(s: string): number {
  let h = FNV_START;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return fmix(h);
}

/** Murmur3 finaliser: spreads every input bit over the whole word. Returns a signed 32-bit integer
 *  (hashes stay small integers in V8, which keeps arrays of them unboxed). */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines a template id with a value hash into a feature id (signed 32-bit). */
export function featureId(template: number, value: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ value);
}

/** Combines two value hashes (for conjunction features such as word bigrams). */
export function combine(a: number, b: number): number {
  return fmix(Math.imul(a, 31) ^ (b + 0x7f4a7c15));
}
