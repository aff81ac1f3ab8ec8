// An open-addressing hash table from 32-bit keys to 32-bit values, backed by typed arrays so a model
// loads without building millions of JS objects. Keys are stored as signed int32 (what the hashes return);
// key 0 is reserved as "empty" and stored as 1 (a collision we accept). Values must be >= 0.

export class U32Map {
  readonly keys: Int32Array;
  readonly values: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  set(key: number, value: number): void {
    key = key | 0 || 1;
    const mask = this.mask;
    let i = key & mask;
    for (;;) {
      const k = this.keys[i];
      if (k === 0) {
        this.keys[i] = key;
        this.values[i] = value;
        this.size++;
        return;
      }
      if (k === key) {
        this.values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** The value for `key`, or -1 when absent. */
  get(key: number): number {
    key = key | 0 || 1;
    const keys = this.keys;
    const mask = this.mask;
    let i = key & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.values[i];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }
}
