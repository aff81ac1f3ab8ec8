// Names as word-type id sequences: the same words in the same order get the same phrase index. A rule that
// groups a long article's tens of thousands of mentions by text finds each one's index from a hash of its ids and
// one comparison, instead of joining its words into a new string and hashing that (ids are equal exactly when
// the words are, and tokens hold no spaces, so this is grouping by the joined text).

import { fmix } from './hash';

export class PhraseTable {
  /** Token where each phrase was first interned, and its length in words. */
  readonly at: number[] = [];
  readonly len: number[] = [];
  /** First phrase of each hash (kept a small integer), and the next phrase with the same hash (-1: none). */
  private readonly firstWithHash = new Map<number, number>();
  private readonly nextWithHash: number[] = [];

  constructor(private readonly ids: Int32Array) {}

  get size(): number {
    return this.at.length;
  }

  /** The index of the phrase ids[start..end), added when it is new (indices in order of first intern). */
  intern(start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) h = fmix(Math.imul(h, 31) ^ this.ids[i]);
    h &= 0x3fffffff;
    const first = this.firstWithHash.get(h);
    if (first === undefined) {
      this.firstWithHash.set(h, this.at.length);
      return this.add(start, end);
    }
    for (let p = first; ;) {
      if (this.equals(p, start, end)) return p;
      const next = this.nextWithHash[p];
      if (next < 0) {
        this.nextWithHash[p] = this.at.length;
        return this.add(start, end);
      }
      p = next;
    }
  }

  private add(start: number, end: number): number {
    this.at.push(start);
    this.len.push(end - start);
    this.nextWithHash.push(-1);
    return this.at.length - 1;
  }

  private equals(p: number, start: number, end: number): boolean {
    if (this.len[p] !== end - start) return false;
    const a = this.at[p];
    for (let k = 0; k < end - start; k++) if (this.ids[a + k] !== this.ids[start + k]) return false;
    return true;
  }
}
