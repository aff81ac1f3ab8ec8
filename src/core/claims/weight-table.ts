// A linear model's weights: an open-addressing hash table from 30-bit feature ids to float32 weights, with the
// lookups the scorers need (one at a time, a gathered batch, a feature slice's sum).

const SUM = new Float64Array(1);
const TOUCHED = new Int32Array(1);

/** A weights object as parallel arrays: feature ids and their weights. */
export interface PackedWeights { readonly ids: readonly number[]; readonly values: readonly number[] }

const isPacked = (w: object): w is PackedWeights => Array.isArray((w as Partial<PackedWeights>).ids);

/** Open-addressing hash table from 30-bit feature ids to weights (0 when absent). */
export class WeightTable {
  /**
   * The table of a model file's weights: feature hash -> weight as the trainers write them, or the parallel arrays
   * the bundler turns that into (esbuild-models.mjs), which load without a string per weight.
   */
  static from(weights: Readonly<Record<string, number>> | PackedWeights): WeightTable {
    if (isPacked(weights)) {
      const { ids, values } = weights;
      const table = new WeightTable(ids.length);
      for (let i = 0; i < ids.length; i++) table.set(ids[i], values[i]);
      return table;
    }
    const keys = Object.keys(weights);
    const table = new WeightTable(keys.length);
    // Indexed: this runs once per model, unoptimised, where for-of made an iterator result per weight.
    // Read by the number, not the key string: the object's integer keys are elements, and a string key is parsed
    // back to an index on every read.
    for (let i = 0; i < keys.length; i++) { const id = Number(keys[i]); table.set(id, weights[id]); }
    return table;
  }

  /**
   * Slot i holds its key at 2i and its weight's float32 bits at 2i + 1 (read through `vals`, a view of the same
   * buffer): a hit reads one cache line, where separate key and weight arrays missed twice in the extractor's loops.
   */
  private readonly keys: Int32Array;
  private readonly vals: Float32Array;
  private readonly mask: number;

  constructor(size: number) {
    let cap = 1024;
    while (cap < size * 2) cap <<= 1;
    this.keys = new Int32Array(2 * cap).fill(-1);
    this.vals = new Float32Array(this.keys.buffer);
    this.mask = cap - 1;
  }

  set(key: number, value: number): void {
    let i = key & this.mask;
    while (this.keys[2 * i] !== -1 && this.keys[2 * i] !== key) i = (i + 1) & this.mask;
    this.keys[2 * i] = key;
    this.vals[2 * i + 1] = value;
  }

  get(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[2 * i];
      if (k === key) return this.vals[2 * i + 1];
      if (k === -1) return 0;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * The weights of keys[0…n) into out[0…n) (0 when absent), in one tight loop. The tables miss the CPU caches on most
   * lookups; here the probes are independent loads that the CPU overlaps, where one `add` call per feature waited
   * for each miss in turn (~120 ns per lookup on the 5 MB corpus, ~20 ns in `score`'s loop). Callers sum `out` in
   * their feature order, so scores stay the same doubles.
   */
  gather(keys: Int32Array, n: number, out: Float64Array): void {
    let t = 0;
    for (let f = 0; f < n; f++) t ^= this.keys[2 * (keys[f] & this.mask)];
    TOUCHED[0] = t;
    for (let f = 0; f < n; f++) out[f] = this.get(keys[f]);
  }

  /**
   * A linear model's score: bias plus the weight of each feature, summed in feature order (in doubles, as `sum +=`
   * would). The sum lives in a Float64Array: as a local variable, V8 boxed it into a new heap number per feature
   * in the extractor's hot loops (tens of MB of garbage on a 5 MB text). `from`/`to`: a slice of `feats` (one
   * candidate's features in a shared buffer).
   */
  score(bias: number, feats: ArrayLike<number>, from = 0, to = feats.length): number {
    const acc = SUM;
    acc[0] = bias;
    for (let f = from; f < to; f++) acc[0] += this.get(feats[f]);
    return acc[0];
  }
}
