// Lexical resources the features consult: word clusters, casing statistics and gazetteer phrases.
// All are keyed by 32-bit string hashes so they load as typed arrays.

import { combine, hashString } from './hash';
import { U32Map } from './u32map';
import { foldWord, isAllCaps, titleCase } from './word';

/** Gazetteer categories (bit positions in a phrase's mask). */
export const GAZ_CATEGORIES = [
  'country', 'city', 'region', 'nationality', 'firstname', 'surname', 'org', 'orgword', 'continent', 'misc',
] as const;
export const GAZ_PREFIX_BIT = 1 << 30;
export const GAZ_MAX_LEN = 6;

export class Resources {
  constructor(
    /** hashString(exact word) -> packed cluster ids (see clusterIds). */
    readonly clusters: U32Map,
    /** hashString(lower-case word) -> casing bucket 1..CASING_BUCKETS (how often capitalised mid-sentence). */
    readonly casing: U32Map,
    /** phrase hash (see phraseHash) -> category bits, plus GAZ_PREFIX_BIT when a longer phrase starts so. */
    readonly gazetteer: U32Map,
    /** Bits per cluster level, finest first, e.g. [10, 8, 6]. */
    readonly clusterBits: readonly number[],
  ) {}

  static empty(): Resources {
    return new Resources(new U32Map(1), new U32Map(1), new U32Map(1), []);
  }

  /** Packed cluster ids for a word; falls back to Title case for ALL-CAPS, then lower case. -1 if unknown. */
  clusterOf(word: string): number {
    let v = this.clusters.get(hashString(word));
    if (v >= 0) return v;
    if (isAllCaps(word)) {
      v = this.clusters.get(hashString(titleCase(word)));
      if (v >= 0) return v;
    }
    const lo = word.toLowerCase();
    if (lo !== word) v = this.clusters.get(hashString(lo));
    return v;
  }

  /** clusterOf(word) when the caller has its hashes: `exact` = hashString(word), `loHash` = hashString of its
   *  lower case, `upper` = the lower case differs from word. */
  clusterOfHashed(word: string, exact: number, allCaps: boolean, upper: boolean, loHash: number): number {
    let v = this.clusters.get(exact);
    if (v >= 0) return v;
    if (allCaps) {
      v = this.clusters.get(hashString(titleCase(word)));
      if (v >= 0) return v;
    }
    if (upper) v = this.clusters.get(loHash);
    return v;
  }

  casingOf(word: string): number {
    return this.casingByHash(hashString(word.toLowerCase()));
  }

  /** casingOf a word whose lower case hashes to `loHash`. */
  casingByHash(loHash: number): number {
    const v = this.casing.get(loHash);
    return v < 0 ? 0 : v;
  }
}

export const CASING_BUCKETS = 6;

/** Bucket for the share of mid-sentence occurrences that are capitalised (with a count floor). */
export function casingBucket(capitalised: number, total: number): number {
  if (total < 2) return 0;
  const r = capitalised / total;
  if (r < 0.05) return 1;
  if (r < 0.3) return 2;
  if (r < 0.7) return 3;
  if (r < 0.95) return 4;
  return total >= 10 ? 6 : 5;
}

/** Incremental hash of a lower-cased token sequence: phraseHash(a b) = phraseStep(phraseStep(0, a), b). */
export function phraseStep(h: number, token: string): number {
  return combine(h, hashString(foldWord(token)));
}

export function phraseHash(tokens: readonly string[]): number {
  let h = 0;
  for (const t of tokens) h = phraseStep(h, t);
  return h;
}

/**
 * The gazetteer matches of a document given by type ids that start at token i and end before `to` (the sentence's
 * end): push(k, code) for each token k a match covers, code = (category << 2 | part), part B=0, I=1, L=2, U=3; a
 * token's codes come in a fixed order (the features' sums depend on it: call it for ascending i). Per type: `keyOf`
 * its gazetteer key (WordInfo.gazKey); `first` is the table value of token i's key alone (see gazetteerFirst; most
 * words start no phrase, and that is decided once per type: call this only where it is >= 0).
 */
export function gazetteerMatchesAt(res: Resources, typeIds: Int32Array, keyOf: Int32Array, first: number,
  i: number, to: number, push: (i: number, code: number) => void): void {
  let h = 0;
  for (let j = i; j < to && j - i < GAZ_MAX_LEN; j++) {
    h = combine(h, keyOf[typeIds[j]]);
    const v = j === i ? first : res.gazetteer.get(h);
    if (v < 0) break;
    const cats = v & ~GAZ_PREFIX_BIT;
    if (cats !== 0) {
      for (let c = 0; c < GAZ_CATEGORIES.length; c++) {
        if ((cats & (1 << c)) === 0) continue;
        if (j === i) push(i, (c << 2) | 3);
        else {
          push(i, c << 2);
          for (let k = i + 1; k < j; k++) push(k, (c << 2) | 1);
          push(j, (c << 2) | 2);
        }
      }
    }
    if ((v & GAZ_PREFIX_BIT) === 0) break;
  }
}

/** Per type, the gazetteer value of its key alone (the first probe of a match starting at a token of that type). */
export function gazetteerFirst(res: Resources, keyOf: Int32Array): Int32Array {
  const first = new Int32Array(keyOf.length).fill(-1);
  if (res.gazetteer.size === 0) return first;
  for (let t = 0; t < keyOf.length; t++) first[t] = res.gazetteer.get(combine(0, keyOf[t]));
  return first;
}
