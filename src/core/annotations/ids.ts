/**
 * Record ids: a kind letter, a dash and 10 base32 characters (50 bits), e.g. `c-k3v9q2m7xa`. Random-looking ids
 * sort records in no meaningful order, so two people adding records at the same time touch different lines and
 * git merges them; ids never depend on position. The random source is injectable for deterministic tests.
 */

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // 32 symbols, no l/o/0/1
/** Our generated ids (`c-…`) and the analysis's actor ids (`person:hussein-amir-abdollahian`, `gpe:iran`, with
 *  letters of any script) that user records refer to. No spaces, slashes or markup. */
export const ID_PATTERN = /^[\p{Ll}\p{Lo}\p{Lm}0-9][\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}0-9:._-]{1,79}$/u;

export type IdKind = 'a' | 'e' | 'c';
export type RandomSource = () => number; // uniform in [0, 1)
export type IdGenerator = (kind: IdKind, taken?: { has(id: string): boolean }) => string;

function defaultRandom(): RandomSource {
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint32Array): Uint32Array } }).crypto;
  if (c?.getRandomValues) {
    const buf = new Uint32Array(256); // one call per 256 values: getRandomValues is slow per call
    let i = buf.length;
    return () => {
      if (i === buf.length) { c.getRandomValues(buf); i = 0; }
      return buf[i++] / 0x100000000;
    };
  }
  return Math.random;
}

/** An id generator over a random source (default: crypto.getRandomValues). Retries on a taken id. */
export function createIdGenerator(random: RandomSource = defaultRandom()): IdGenerator {
  return (kind, taken) => {
    for (;;) {
      let id = `${kind}-`;
      for (let i = 0; i < 10; i++) id += ALPHABET[Math.floor(random() * 32) & 31];
      if (!taken?.has(id)) return id;
    }
  };
}

/** A small seeded PRNG (mulberry32), for tests and benchmarks. */
export function mulberry32(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
