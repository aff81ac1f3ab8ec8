// An open-addressing hash table from uint32 keys to uint32 values, backed by typed arrays so a model
// loads without building millions of JS objects. Key 0 is reserved as "empty"; callers remap it.

export class U32Map {
  readonly keys: Uint32Array;
  readonly values: Uint32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number, keys?: Uint32Array, values?: Uint32Array) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = keys ?? new Uint32Array(cap);
    this.values = values ?? new Uint32Array(cap);
    this.mask = this.keys.length - 1;
    if (keys) for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.size++;
  }

  static fixKey(key: number): number {
    return key === 0 ? 1 : key >>> 0;
  }

  set(key: number, value: number): void {
    key = U32Map.fixKey(key);
    let i = key & this.mask;
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
      i = (i + 1) & this.mask;
    }
  }

  /** The value for `key`, or -1 when absent. */
  get(key: number): number {
    key = key === 0 ? 1 : key >>> 0;
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
