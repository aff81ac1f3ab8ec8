// One string per distinct word of a document. A 5 MB article has about a million word tokens but only ~40k
// distinct words: handing out the same string for every occurrence saves the allocations (and the GC work of a
// million short-lived-then-promoted strings), and later Map/Set lookups and comparisons of tokens hit strings
// whose hash V8 has already computed (equal strings are then often the same object).

export const FNV_START = 0x811c9dc5 | 0;

export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function sameChars(text: string, start: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(start + k) !== w.charCodeAt(k)) return false;
  return true;
}

export class WordInterner {
  /** Per slot: the hash (0 = empty) and the type id, side by side (one cache line per probe). */
  private slots = new Int32Array(2 << 12);
  /** The string of each used slot. */
  private strs: string[] = new Array<string>(1 << 12).fill('');
  /** Every distinct string, by type id (dense from 0, in order of first occurrence). */
  readonly strings: string[] = [];
  /** Type id of the string the last get() returned. */
  lastId = 0;

  /** text.slice(start, end), shared with earlier equal slices. */
  get(text: string, start: number, end: number): string {
    let h = FNV_START;
    for (let i = start; i < end; i++) h = fnvStep(h, text.charCodeAt(i));
    return this.getHashed(text, start, end, h);
  }

  /** get() when the caller has hashed the characters already (h = fnvStep over them from FNV_START). */
  getHashed(text: string, start: number, end: number, h: number): string {
    h = h | 0 || 1;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let i = h & mask;
    for (;;) {
      const k = slots[2 * i];
      if (k === 0) break;
      if (k === h) {
        const w = this.strs[i];
        if (w.length === end - start && sameChars(text, start, w)) {
          this.lastId = slots[2 * i + 1];
          return w;
        }
      }
      i = (i + 1) & mask;
    }
    const w = text.slice(start, end);
    slots[2 * i] = h;
    this.strs[i] = w;
    this.lastId = slots[2 * i + 1] = this.strings.length;
    this.strings.push(w);
    if (this.strings.length * 4 > slots.length) this.grow();
    return w;
  }

  private grow(): void {
    const slots = this.slots, strs = this.strs;
    const cap = slots.length; // twice the old capacity
    this.slots = new Int32Array(cap * 2);
    this.strs = new Array<string>(cap).fill('');
    const mask = cap - 1;
    for (let j = 0; j < strs.length; j++) {
      const h = slots[2 * j];
      if (h === 0) continue;
      let i = h & mask;
      while (this.slots[2 * i] !== 0) i = (i + 1) & mask;
      this.slots[2 * i] = h;
      this.slots[2 * i + 1] = slots[2 * j + 1];
      this.strs[i] = strs[j];
    }
  }
}
