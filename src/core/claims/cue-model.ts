// The cue classifier: decides whether a lexicon candidate ("think", "called", "support", …) is an attribution cue
// in its context. A binary averaged perceptron over hashed sparse features (no strings are built at run time),
// trained by scripts/train-claims-cues.ts on PolNeAR train; weights in models/claims-cue-model.json.
import MODEL from '../../../models/claims-cue-model.json';
import type { DocContext } from './context';
import { isCapitalized, isCloseQuoteMark, isOpenQuoteMark, nm } from './context';
import { SUBJECT_PRONOUNS } from './words';
import { FNV_START, fnvStep } from '../text/intern';
import type { PackedWeights } from './weight-table';
import { WeightTable } from './weight-table';

export interface CueModel {
  /** Feature id -> weight; ids are 30-bit hashes. */
  readonly weights: WeightTable;
  readonly bias: number;
  /** A candidate is a cue when its score exceeds this. */
  readonly threshold: number;
}

interface ModelFile { readonly bias: number; readonly threshold?: number; readonly weights: Record<string, number> | PackedWeights }

let shipped: CueModel | null = null;

export function shippedCueModel(): CueModel {
  if (!shipped) {
    const m = MODEL as unknown as ModelFile;
    shipped = { bias: m.bias, threshold: m.threshold ?? 0, weights: WeightTable.from(m.weights) };
  }
  return shipped;
}

/** hashString as a signed 32-bit integer (what mix reads): a small integer, where an unsigned hash ≥ 2³¹ was a new heap number per call. */
export function hashInt(s: string): number {
  let h = FNV_START;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

/** FNV-1a over a string, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  return hashInt(s) >>> 0;
}

/**
 * Combines a feature template (or a partial feature) with a value into a 30-bit feature id. h is scrambled before
 * the value goes in: with a bare fnvStep(h, v) = (h ^ v) * prime, small templates and values collided whenever
 * h ^ v agreed (mix(2, 2) = mix(3, 3) = 0, mix(14, 1) = mix(15, 0)).
 */
export function mix(h: number, v: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = fnvStep(h ^ (h >>> 13), v);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & 0x3fffffff; // small integers (SMIs) make fast Map keys
}

// Word and class hashes are handed around as signed 32-bit integers: mix() reads its value as one anyway (the same
// feature ids as from the unsigned hash), and V8 keeps them small integers, where an unsigned hash of 2^31 or more
// became a new heap number on every return.
const SENT_START = hashString('<S>') | 0;
const SENT_END = hashString('</S>') | 0;
const CLASS_HASH = new Map<string, number>();
const classHash = (c: string): number => {
  let h = CLASS_HASH.get(c);
  if (h === undefined) { h = hashString(c) | 0; CLASS_HASH.set(c, h); }
  return h;
};

/** Hash of the normalised token k, or a sentence-boundary marker outside [a, b) (cached per word type), as int32. */
export function wordHash(ctx: DocContext, k: number, a: number, b: number): number {
  if (k < a) return SENT_START;
  if (k >= b) return SENT_END;
  const cache = ctx.wordHashes;
  const id = ctx.typeOf[k];
  let h = cache[id];
  if (h === 0) { h = (hashString(nm(ctx, k)) | 0) || 1; cache[id] = h; }
  return h;
}

/** Hash of a coarse word class of token i (quote marks, punctuation, pronoun, capitalised, suffix), as int32. */
export function cls(ctx: DocContext, i: number, a: number, b: number): number {
  if (i < a) return SENT_START;
  if (i >= b) return SENT_END;
  const cache = ctx.classHashes;
  let h = cache[i];
  if (h === 0) { h = wordClass(ctx, i) || tokenClass(ctx, i) || 1; cache[i] = h; }
  return h;
}

/** The class of a word outside quotes depends on its text alone: computed once per word type (0: not such a word). */
function wordClass(ctx: DocContext, i: number): number {
  if (ctx.quoteOf[i] >= 0 || ctx.tokens.kind(i) !== 'word') return 0;
  const id = ctx.typeOf[i];
  let h = ctx.wordClasses[id];
  if (h === 0) { h = tokenClass(ctx, i) || 1; ctx.wordClasses[id] = h; }
  return h;
}

function tokenClass(ctx: DocContext, i: number): number {
  const kind = ctx.tokens.kind(i);
  if (isOpenQuoteMark(ctx, i)) return classHash('Q(');
  if (isCloseQuoteMark(ctx, i)) return classHash('Q)');
  if (kind === 'punct' || kind === 'symbol') return classHash(ctx.tokens.text(i));
  const n = nm(ctx, i);
  if (SUBJECT_PRONOUNS.has(n)) return classHash('PRON');
  if (n === 'that' || n === 'to' || n === 'the' || n === 'a' || n === 'of') return classHash(n);
  if (kind === 'number') return classHash('NUM');
  if (isCapitalized(ctx, i)) return classHash('Cap');
  return classHash(/(ed|ing|ly|s)$/.test(n) ? 'low-' + n.slice(-2) : 'low');
}

/** 1 when "that", a quote or a colon opens within three tokens after the candidate, else 0. */
function thatAhead(ctx: DocContext, e: number, b: number): number {
  for (let k = e; k < b && k < e + 3; k++) {
    if (nm(ctx, k) === 'that' || nm(ctx, k) === ':' || isOpenQuoteMark(ctx, k)) return 1;
  }
  return 0;
}

const bucket = (p: number): number => Math.min(9, Math.floor(p * 10));

/**
 * Hashed features of a candidate cue: phrase tokens [i, e) of a match widened to [s, e), in sentence [a, b), whose
 * key has lexicon probabilities `pr` (CueLexicon.prob); `coord`: how it follows the sentence's last likely cue
 * (cues.ts coordination, 0…3). Each feature is mix(template number, value hash); the
 * trainer and the extractor share this function.
 */
export function cueFeatures(ctx: DocContext, pr: readonly [number, number], key: string, s: number, i: number, e: number, a: number, b: number, viaStem = false, coord = 0): Int32Array {
  const p = pr[0];
  const px = pr[1];
  const k = hashString(key);
  const c1 = cls(ctx, s - 1, a, b);
  const n1 = cls(ctx, e, a, b);
  const wn1 = wordHash(ctx, e, a, b);
  const pos = s === a ? 0 : e >= b - 1 ? 1 : 2;
  const ahead = thatAhead(ctx, e, b);
  const f = CUE_BUF; // reused: the caller scores it (or copies it, in training) before the next candidate
  f[0] = mix(1, k);
  f[1] = mix(2, bucket(p));
  f[2] = mix(3, bucket(px));
  f[3] = mix(4, wordHash(ctx, s - 1, a, b));
  f[4] = mix(5, wordHash(ctx, s - 2, a, b));
  f[5] = mix(6, wn1);
  f[6] = mix(7, wordHash(ctx, e + 1, a, b));
  f[7] = mix(8, c1);
  f[8] = mix(9, n1);
  f[9] = mix(mix(10, c1), n1);
  f[10] = mix(mix(11, k), n1);
  f[11] = mix(mix(12, k), c1);
  f[12] = mix(mix(13, k), wn1);
  f[13] = mix(14, isCapitalized(ctx, i) ? 1 : 0);
  f[14] = mix(15, s < i ? 1 : 0);
  f[15] = mix(16, pos);
  f[16] = mix(17, Math.min(3, e - i));
  f[17] = mix(18, ahead);
  f[18] = mix(mix(19, k), pos);
  f[19] = mix(mix(20, k), ahead);
  f[20] = mix(mix(21, k), viaStem ? 1 : 0); // another form of a cue word (lexicon stems)
  // A second cue coordinated with a likely one ("told ABC …, and predicted …", "said …, adding …"): gold gives it
  // its own claim, where the classifier alone, seeing "and"/"," before a word such as "predicted", rejected it.
  f[21] = mix(22, coord);
  f[22] = mix(mix(23, k), coord);
  return f;
}

const CUE_BUF = new Int32Array(23);

/**
 * One document's weights of a model's one-word features — mix(prefix, word hash) for a few prefixes — per word
 * type, looked up once per type. Slot p of type t is at t * prefixes + p (the weights of one word side by side);
 * NaN = not looked up yet. Weight-table lookups miss the CPU caches on most calls; a type's row of a frequent word
 * stays cached. The weights are the table's, so scores are the same to the bit.
 */
export class TypeWeights {
  private readonly w: Float32Array;
  private readonly n: number;
  /** The weights for the sentence-boundary markers (tokens outside the window), per prefix: start, then end. */
  private readonly edge: Float32Array;

  constructor(private readonly table: WeightTable, private readonly prefixes: Int32Array, types: number) {
    this.n = prefixes.length;
    this.w = new Float32Array(types * this.n).fill(NaN);
    this.edge = new Float32Array(2 * this.n);
    for (let p = 0; p < this.n; p++) {
      this.edge[p] = table.get(mix(prefixes[p], SENT_START));
      this.edge[this.n + p] = table.get(mix(prefixes[p], SENT_END));
    }
  }

  /**
   * Adds the weight of mix(prefixes[p], wordHash(ctx, k, a, b)) to acc[0]. Into an array, not returned: with the
   * CLI's small inlining budget this is a call, and a returned double would be a new heap number each time.
   */
  add(acc: Float64Array, ctx: DocContext, p: number, k: number, a: number, b: number): void {
    if (k < a) { acc[0] += this.edge[p]; return; }
    if (k >= b) { acc[0] += this.edge[this.n + p]; return; }
    const i = ctx.typeOf[k] * this.n + p;
    const v = this.w[i];
    if (v === v) { acc[0] += v; return; }
    this.w[i] = this.table.get(mix(this.prefixes[p], wordHash(ctx, k, a, b)));
    acc[0] += this.w[i];
  }

  /** The document's cache for a model table and its prefixes (made on first use). */
  static of(ctx: DocContext, table: WeightTable, prefixes: Int32Array): TypeWeights {
    let c = ctx.typeWeights.get(table) as TypeWeights | undefined;
    if (c === undefined) { c = new TypeWeights(table, prefixes, ctx.norm.length); ctx.typeWeights.set(table, c); }
    return c;
  }
}

// cueScore's one-word features as TypeWeights prefixes: the two words before the candidate (templates 4, 5) and the
// two after it (6, 7).
const B1 = 0, B2 = 1, A1 = 2, A2 = 3;
const CUE_PREFIXES = Int32Array.of(4, 5, 6, 7);

/**
 * A per-table cache of the weights of mix(t, v) for the given templates t < 32 whose values v are small (< 16), by
 * 16 * t + v: those features are read without a table lookup.
 */
export function smallWeightsCache(templates: readonly number[]): (table: WeightTable) => Float32Array {
  const cache = new WeakMap<WeightTable, Float32Array>();
  return (table) => {
    let c = cache.get(table);
    if (c === undefined) {
      c = new Float32Array(32 * 16);
      for (const t of templates) for (let x = 0; x < 16; x++) c[16 * t + x] = table.get(mix(t, x));
      cache.set(table, c);
    }
    return c;
  };
}

const smallWeights = smallWeightsCache([2, 3, 14, 15, 16, 17, 18, 22]);

/**
 * The classifier's score of a candidate (arguments as cueFeatures): cueFeatures' weights summed in their order (the
 * same double), with the small-valued features' weights cached per table and the one-word ones per word type (10
 * table lookups instead of 21).
 */
export function cueScore(ctx: DocContext, model: CueModel, pr: readonly [number, number], key: string, s: number, i: number, e: number, a: number, b: number, viaStem = false, coord = 0): number {
  const table = model.weights;
  const sm = smallWeights(table);
  const tw = TypeWeights.of(ctx, table, CUE_PREFIXES);
  const k = hashInt(key);
  const c1 = cls(ctx, s - 1, a, b);
  const n1 = cls(ctx, e, a, b);
  const wn1 = wordHash(ctx, e, a, b);
  const pos = s === a ? 0 : e >= b - 1 ? 1 : 2;
  const ahead = thatAhead(ctx, e, b);
  // The table features first, in one gather (their cache misses overlap), then every weight summed in cueFeatures' order.
  const keys = CUE_KEYS;
  keys[0] = mix(1, k);
  keys[1] = mix(8, c1);
  keys[2] = mix(9, n1);
  keys[3] = mix(mix(10, c1), n1);
  keys[4] = mix(mix(11, k), n1);
  keys[5] = mix(mix(12, k), c1);
  keys[6] = mix(mix(13, k), wn1);
  keys[7] = mix(mix(19, k), pos);
  keys[8] = mix(mix(20, k), ahead);
  keys[9] = mix(mix(21, k), viaStem ? 1 : 0);
  keys[10] = mix(mix(23, k), coord);
  const w = CUE_WEIGHTS;
  table.gather(keys, 11, w);
  const acc = CUE_ACC;
  acc[0] = model.bias;
  acc[0] += w[0];
  acc[0] += sm[16 * 2 + bucket(pr[0])];
  acc[0] += sm[16 * 3 + bucket(pr[1])];
  tw.add(acc, ctx, B1, s - 1, a, b);
  tw.add(acc, ctx, B2, s - 2, a, b);
  tw.add(acc, ctx, A1, e, a, b);
  tw.add(acc, ctx, A2, e + 1, a, b);
  acc[0] += w[1];
  acc[0] += w[2];
  acc[0] += w[3];
  acc[0] += w[4];
  acc[0] += w[5];
  acc[0] += w[6];
  acc[0] += sm[16 * 14 + (isCapitalized(ctx, i) ? 1 : 0)];
  acc[0] += sm[16 * 15 + (s < i ? 1 : 0)];
  acc[0] += sm[16 * 16 + pos];
  acc[0] += sm[16 * 17 + Math.min(3, e - i)];
  acc[0] += sm[16 * 18 + ahead];
  acc[0] += w[7];
  acc[0] += w[8];
  acc[0] += w[9];
  acc[0] += sm[16 * 22 + coord];
  acc[0] += w[10];
  return acc[0];
}

const CUE_KEYS = new Int32Array(11);
const CUE_WEIGHTS = new Float64Array(11);
const CUE_ACC = new Float64Array(1);

export function scoreCue(model: CueModel, feats: ArrayLike<number>): number {
  return model.weights.score(model.bias, feats);
}
