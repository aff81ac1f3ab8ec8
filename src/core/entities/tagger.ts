// The runtime tagger: scores tokens with the shipped weights and decodes each sentence with Viterbi.
// Per word type, the summed weights of its intrinsic features at each window offset are cached, so a
// token costs five vector additions plus a handful of contextual feature lookups.

import { DocFeatures, F_DIGIT, F_UPPER, type DocTypes } from './docFeatures';
import { OFFSETS, SLOTS, SLOT_INITIAL, WINDOW, WordFeaturizer, type FeatureOptions, type WordInfo } from './features';
import { NUM_LABELS, spansFromLabels } from './labels';
import type { ModelParts } from './model-format';
import { Resources } from './resources';
import { U32Map } from './u32map';
import { IdBuffer } from './idSink';
import { O_ROW, START_ROW, TRANSITION_SIZE, transitionsByPrev, viterbi } from './viterbi';

const L = NUM_LABELS;
if (WINDOW !== 2) throw new Error('decodeRun spells out a window of five rows');
/** The score pool starts with OFFSETS x L zeros: the window rows of a position outside the sentence. */
const ZERO_AT = 0;
/** Run length (tokens) the decoding scratch arrays hold without growing. */
const MAX_RUN = 512;

function mapOf(keys: Uint32Array, values: Uint32Array): U32Map {
  const m = new U32Map(keys.length);
  for (let i = 0; i < keys.length; i++) m.set(keys[i], values[i]);
  return m;
}

/** Bytes per slot of the weight table: key (int32), scale (float32), the row's int8 values, padding. */
const SLOT_BYTES = 32;
if (8 + L > SLOT_BYTES) throw new Error('NER weight table slot too small for the label set');

/** log2 of the bits in the weight table's filter: 2^20 bits = 128 KB, stays in L2; ~5 % false positives at 52 k rows. */
const FILTER_BITS = 20;
const FILTER_SHIFT = 32 - FILTER_BITS;

/**
 * Open-addressing table of feature id -> weight row, with the row's scale and int8 values inside the slot: a
 * probe that hits reads one cache line, not three (key table, scales, rows). Scoring is bound by these misses.
 */
class WeightTable {
  readonly keys: Int32Array;
  readonly scales: Float32Array;
  readonly values: Int8Array;
  readonly mask: number;
  /** One bit per value of a key's top FILTER_BITS bits, set for every key in the table: most probes that miss (a
   *  word's lower-case form or a word bigram with no weights, 40 % of contextual probes) stop at this bit, an L2
   *  hit, instead of reading a slot of the 4 MB table (an L3 or memory access). */
  readonly filter = new Int32Array(1 << (FILTER_BITS - 5));

  constructor(featureKeys: Uint32Array, q: Int8Array, scales: Float32Array) {
    let cap = 16;
    while (cap < featureKeys.length * 2) cap *= 2;
    const buf = new ArrayBuffer(cap * SLOT_BYTES);
    this.keys = new Int32Array(buf);
    this.scales = new Float32Array(buf);
    this.values = new Int8Array(buf);
    this.mask = cap - 1;
    const w = SLOT_BYTES >> 2;
    for (let r = 0; r < featureKeys.length; r++) {
      const key = featureKeys[r] | 0 || 1;
      let h = key & this.mask;
      while (this.keys[h * w] !== 0 && this.keys[h * w] !== key) h = (h + 1) & this.mask;
      this.keys[h * w] = key;
      const b = key >>> FILTER_SHIFT;
      this.filter[b >>> 5] |= 1 << (b & 31);
      this.scales[h * w + 1] = scales[r];
      for (let y = 0, o = h * SLOT_BYTES + 8; y < L; y++) this.values[o + y] = q[r * L + y];
    }
  }
}

export class NerTagger {
  private readonly weights: WeightTable;
  private readonly trans: Float32Array;
  private readonly transByPrev: Float64Array;
  private readonly fz: WordFeaturizer;
  private readonly opts: FeatureOptions;
  // Scratch sized for runs of up to MAX_RUN tokens up front: growing one after decodeRun was optimised
  // deoptimised it (on the 5 MB corpus, in every fresh process: a run longer than any before it came late).
  private em = new Float32Array(MAX_RUN * L);
  private readonly ctx = new IdBuffer();
  /** Window scores of every word type scored (OFFSETS x L floats each, found by WordInfo.scoreAt): one
   *  contiguous array instead of a small typed array per word (locality, and nothing for the GC to trace). */
  private pool = new Float32Array(4096 * OFFSETS * L);
  private poolUsed = ZERO_AT + OFFSETS * L;
  /** Scores of the sentence-initial and non-initial slots per word shape (a few hundred shapes). */
  private shapePool = new Float32Array(256 * 2 * L);
  private shapeUsed = 0;
  private readonly shapeAt = new Map<number, number>();
  private poolGeneration = 0;
  private readonly ids = new IdBuffer();
  private readonly ends = new Int32Array(SLOTS);
  private runAt = new Int32Array(MAX_RUN + 2 * WINDOW);
  /** Per type id of the document being tagged, its wordScores offset (-1: not asked yet). */
  private scoreOf = new Int32Array(1024);
  /** Per type id, its shape-slot offset (WordInfo.shapeAt), set with scoreOf. */
  private shapeOf = new Int32Array(1024);
  /** Per type id, 1 once its centre slot is known to be in its window scores (see centerScores). */
  private centerOf = new Uint8Array(1024);

  constructor(private readonly parts: ModelParts) {
    this.weights = new WeightTable(parts.featureKeys, parts.quantized.values, parts.quantized.scales);
    this.trans = Float32Array.from(parts.transitions);
    if (this.trans.length !== TRANSITION_SIZE) throw new Error('NER model has the wrong label set');
    this.transByPrev = transitionsByPrev(this.trans);
    const res = new Resources(
      mapOf(parts.clusterKeys, parts.clusterValues),
      mapOf(parts.casingKeys, parts.casingValues),
      mapOf(parts.gazKeys, parts.gazValues),
      parts.header.clusterBits,
    );
    this.fz = new WordFeaturizer(res);
    this.opts = parts.header.options;
  }

  get resources(): Resources {
    return this.fz.res;
  }

  get info(): Record<string, unknown> {
    return this.parts.header.info;
  }

  /**
   * Adds the weight rows of ids[from..to) to em[base..base+L): the hot path, with the table probe inlined. Rows
   * stay int8 in memory; fround(value * scale) is exactly the float32 weight a dequantised table would hold.
   */
  private addRows(ids: Int32Array, from: number, to: number, em: Float32Array, base: number): void {
    const { keys, scales, values, mask, filter } = this.weights;
    const w = SLOT_BYTES >> 2;
    for (let i = from; i < to; i++) {
      const key = ids[i] | 0 || 1;
      const b = key >>> FILTER_SHIFT;
      if ((filter[b >>> 5] & (1 << (b & 31))) === 0) continue;
      let h = key & mask;
      for (;;) {
        const k = keys[h * w];
        if (k === key || k === 0) break;
        h = (h + 1) & mask;
      }
      if (keys[h * w] === 0) continue;
      const s = scales[h * w + 1];
      const o = h * SLOT_BYTES + 8;
      for (let y = 0; y < L; y++) em[base + y] += Math.fround(values[o + y] * s);
    }
  }

  /**
   * Where the word's cached window scores start in the pool (computed on first use): OFFSETS x L floats. Its
   * sentence-position slots depend on its shape alone (see Word.intrinsicIds) and are kept once per shape.
   */
  private wordScores(info: WordInfo): number {
    if (info.scoreAt >= 0) return info.scoreAt;
    const at = this.poolUsed;
    if (at + OFFSETS * L > this.pool.length) this.reservePool(1); // not reached from tagWords, which reserved
    this.poolUsed += OFFSETS * L;
    const buf = this.ids;
    buf.clear();
    // The centre slot (offset 0) is left for centerScores: a word type is scored when it is within WINDOW of a
    // candidate, and most such types (lower-case words) are never candidates themselves. The centre slot holds
    // 17 of a type's ~29 ids (affixes, exact word, casing): on the 5 MB corpus 190 k of 770 k probes are saved.
    info.intrinsicIds(buf, this.ends, false);
    const ids = buf.ids;
    // Zeroed first: after a cache reset the pool is reused. A loop, not pool.fill(0, at, end): the builtin's call
    // cost per type was ~40 ms of a fresh process's first pass on the 5 MB corpus (27 k types scored).
    const pool = this.pool;
    for (let q = at, end = at + OFFSETS * L; q < end; q++) pool[q] = 0;
    for (let k = 0; k < OFFSETS; k++) this.addRows(ids, k > 0 ? this.ends[k - 1] : 0, this.ends[k], pool, at + k * L);
    let shapeAt = this.shapeAt.get(info.shape);
    if (shapeAt === undefined) {
      const s = this.shapeUsed;
      if (s + 2 * L > this.shapePool.length) {
        const grown = new Float32Array(this.shapePool.length * 2);
        grown.set(this.shapePool);
        this.shapePool = grown;
      }
      this.shapeUsed += 2 * L;
      for (let k = SLOT_INITIAL; k < SLOTS; k++) {
        this.addRows(ids, this.ends[k - 1], this.ends[k], this.shapePool, s + (k - SLOT_INITIAL) * L);
      }
      this.shapeAt.set(info.shape, (shapeAt = s));
    }
    info.shapeAt = shapeAt;
    info.scoreAt = at;
    return at;
  }

  /** Adds the centre slot's rows to the word's window scores (wordScores has run for it). */
  private centerScores(info: WordInfo): void {
    if (info.centerDone) return;
    const buf = this.ids;
    buf.clear();
    info.centerIds(buf);
    this.addRows(buf.ids, 0, buf.length, this.pool, info.scoreAt + WINDOW * L);
    info.centerDone = true;
  }

  /**
   * Room in the score pool for `types` more word types. tagWords reserves for every type of the document up
   * front: growing it mid-document deoptimised wordScores (and decodeRun, which inlines it) on the first
   * growth of a fresh process, and copied the pool at each doubling.
   */
  private reservePool(types: number): void {
    const need = this.poolUsed + types * OFFSETS * L;
    if (need <= this.pool.length) return;
    const grown = new Float32Array(Math.max(need, this.pool.length * 2));
    grown.set(this.pool.subarray(0, this.poolUsed));
    this.pool = grown;
  }

  /**
   * Room in the decoding scratch for runs of `len` tokens (a run is within a sentence). Growing it inside decodeRun
   * deoptimised decodeRun in some fresh processes: the corpus has runs longer than MAX_RUN, met after decodeRun was
   * optimised or before, depending on the compiler thread's timing.
   */
  private reserveRuns(len: number): void {
    if (this.em.length < len * L) this.em = new Float32Array(len * L);
    if (this.runAt.length < len + 2 * WINDOW) this.runAt = new Int32Array(len + 2 * WINDOW);
  }

  /** Starts a document: its word types are looked up (and maybe scored) after this. */
  private startDocument(): void {
    if (this.poolGeneration !== this.fz.generation) {
      // The word cache was dropped (and with it every scoreAt): start the pool over. Never mid-document: word
      // types looked up before a drop keep valid scores, the pool only grows until the next document.
      this.poolGeneration = this.fz.generation;
      this.poolUsed = ZERO_AT + OFFSETS * L;

    }
  }

  /** The cached word type of each string (a document's distinct tokens): starts a document for tagWords. */
  lookup(strings: readonly string[]): WordInfo[] {
    this.startDocument();
    const out: WordInfo[] = [];
    for (let t = 0; t < strings.length; t++) out.push(this.fz.info(strings[t]));
    return out;
  }

  /** The cached word type of one more string of the document started by lookup. */
  wordInfo(word: string): WordInfo {
    return this.fz.info(word);
  }

  /** BILOU label per token; `sentStarts` are ascending token indices, the first 0. */
  tag(tokens: readonly string[], sentStarts: readonly number[]): Uint8Array {
    this.startDocument();
    return this.tagWords(tokens, tokens.map((t) => this.fz.info(t)), sentStarts);
  }

  /**
   * tag() with each token's word type given (words[i] = info(tokens[i]), from lookup and info), and optionally
   * the type ids of `words` (else they are found by identity). With `docTypes`, `words` may be null: a
   * per-token array of a million word types is then never built.
   */
  tagWords(tokens: readonly string[], words: readonly WordInfo[] | null, sentStarts: readonly number[],
    docTypes?: DocTypes): Uint8Array {
    const n = tokens.length;
    const out = new Uint8Array(n);
    if (n === 0) return out;
    const doc = new DocFeatures(this.fz, tokens, sentStarts, this.opts, words, docTypes);
    const cand = candidates(doc);
    // Pool offset of each type's window scores, -1 until the type is first scored in this document.
    if (this.scoreOf.length < doc.types.length) {
      this.scoreOf = new Int32Array(doc.types.length * 2);
      this.shapeOf = new Int32Array(doc.types.length * 2);
    }
    this.scoreOf.fill(-1, 0, doc.types.length);
    if (this.centerOf.length < doc.types.length) this.centerOf = new Uint8Array(this.scoreOf.length);
    this.centerOf.fill(0, 0, doc.types.length);
    this.reservePool(doc.types.length);
    this.reserveRuns(longestSentence(sentStarts, n));
    for (let s = 0; s < sentStarts.length; s++) {
      const a = sentStarts[s];
      const b = s + 1 < sentStarts.length ? sentStarts[s + 1] : n;
      // Tokens that cannot be in a name (no capital letter, not between two that have one) are O; the
      // sentence falls apart into independent runs of candidates, each decoded on its own (exactly: the O
      // before and after a run contributes its transition score).
      let from = -1, to = -1;
      for (let i = a; i < b; ) {
        if (!cand[i]) {
          i++;
          continue;
        }
        let j = i;
        while (j < b && cand[j]) j++;
        this.decodeRun(doc, i, j, a, b, out);
        if (from < 0) from = i;
        to = j;
        i = j;
      }
      // Outside [from, to) every label is O: the spans of the sentence are the spans there. A title-case headline's
      // guesses are no evidence for the rest of the article ("Donald Trump Rampages to …").
      if (this.opts.history && from >= 0 && b > doc.titleLineEnd) {
        for (const sp of spansFromLabels(out, from, to)) doc.remember(sp.start, sp.end, sp.cls);
      }
    }
    return out;
  }

  /** Scores tokens [i, j) of the sentence [a, b) and decodes them into out. */
  private decodeRun(doc: DocFeatures, i: number, j: number, a: number, b: number, out: Uint8Array): void {
    const len = j - i;
    if (this.em.length < len * L) this.em = new Float32Array(len * L * 2);
    const em = this.em;
    const ctx = this.ctx;
    // Pool offsets of the run's window words, read once per token here rather than once per window it is in
    // (each read is a Word object, then a pool line: scoring is bound by such misses). Positions outside the
    // sentence point at the pool's zero block (ZERO_AT), so every token sums a full window of OFFSETS rows.
    const first = i - WINDOW;
    const last = j - 1 + WINDOW;
    if (this.runAt.length <= last - first) this.runAt = new Int32Array((last - first + 1) * 2);
    const at = this.runAt;
    const typeIds = doc.typeIds;
    const scoreOf = this.scoreOf;
    const shapeOf = this.shapeOf;
    for (let k = first; k <= last; k++) {
      if (k < a || k >= b) {
        at[k - first] = ZERO_AT;
        continue;
      }
      const id = typeIds[k];
      if (scoreOf[id] < 0) {
        const w = doc.types[id];
        scoreOf[id] = this.wordScores(w);
        shapeOf[id] = w.shapeAt;
      }
      at[k - first] = scoreOf[id];
    }
    const centerOf = this.centerOf;
    for (let k = i; k < j; k++) {
      const id = typeIds[k];
      if (centerOf[id] === 0) {
        this.centerScores(doc.types[id]);
        centerOf[id] = 1;
      }
    }
    const pool = this.pool;
    const shapes = this.shapePool;
    const initial = doc.initial;
    for (let t = i; t < j; t++) {
      const base = (t - i) * L;
      const own = shapeOf[typeIds[t]] + (initial[t] ? 0 : L);
      // Label by label, the window rows summed in a register: the same float32 additions in the same order as
      // adding row after row into em, without storing and reloading em[base + y] after each row. A missing
      // neighbour adds the zero block's +0, which leaves every sum as it was (up to the sign of a zero).
      const w0 = at[t - 2 - first], w1 = at[t - 1 - first] + L, w2 = at[t - first] + 2 * L;
      const w3 = at[t + 1 - first] + 3 * L, w4 = at[t + 2 - first] + 4 * L;
      for (let y = 0; y < L; y++) {
        em[base + y] = Math.fround(Math.fround(Math.fround(Math.fround(Math.fround(shapes[own + y] + pool[w0 + y])
          + pool[w1 + y]) + pool[w2 + y]) + pool[w3 + y]) + pool[w4 + y]);
      }
      ctx.clear();
      doc.contextual(t, ctx);
      doc.contextualDynamic(t, ctx);
      this.addRows(ctx.ids, 0, ctx.length, em, base);
    }
    viterbi(em, len, this.trans, out, i, i === a ? START_ROW : O_ROW, j < b, this.transByPrev);
  }
}

/** The token count of the longest sentence. */
function longestSentence(sentStarts: readonly number[], n: number): number {
  let longest = 0;
  for (let s = 0; s < sentStarts.length; s++) {
    const len = (s + 1 < sentStarts.length ? sentStarts[s + 1] : n) - sentStarts[s];
    if (len > longest) longest = len;
  }
  return longest;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'di',
  'da', 'do', 'dos', 'del', 'y', 'e', 'al', 'el', 'bin', 'ibn', 'for', 'on', 'in', 'at', '&', "'s", '-', '.', "'",
  ',', '(', ')', '/', ':', 'et', 'a', 'to']);

/**
 * Tokens the tagger must look at: those with an upper-case letter, plus a digit or connector word ("of",
 * "de", "&") next to one. Everything else is O in CoNLL-style news (checked on eng.train: see MODEL_CARD).
 */
function candidates(doc: DocFeatures): Uint8Array {
  return candidateMarks(doc.flags, doc.typeIds, connectorTypes(doc.types));
}

/** Per type, 1 when its word is a connector. */
function connectorTypes(types: readonly WordInfo[]): Uint8Array {
  const connector = new Uint8Array(types.length);
  for (let t = 0; t < types.length; t++) connector[t] = CONNECTORS.has(types[t].text) ? 1 : 0;
  return connector;
}

/**
 * The candidate marks in one pass: 1 on a token with an upper-case letter, 2 on a digit next to one and on a short
 * run of connectors between two. (Whether a neighbour is marked 1 is its F_UPPER bit, so nothing needs marking first;
 * a 2 written twice is the same 2, and a token with the bit is never marked 2.)
 */
function candidateMarks(flags: Uint8Array, typeIds: Int32Array, connector: Uint8Array): Uint8Array {
  const n = flags.length;
  const c = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!(flags[i] & F_UPPER)) continue;
    c[i] = 1;
    // A digit next to a capitalised word ("1860 Munich"), and short runs of connectors between two
    // capitalised words ("Rafael van der Vaart", "Bank of England"; a connector has no capital: text is lower case).
    if (i > 0 && !(flags[i - 1] & F_UPPER) && flags[i - 1] & F_DIGIT) c[i - 1] = 2;
    if (i + 1 < n && !(flags[i + 1] & F_UPPER) && flags[i + 1] & F_DIGIT) c[i + 1] = 2;
    let j = i + 1;
    while (j < n && j - i <= 3 && !(flags[j] & F_UPPER) && connector[typeIds[j]]) j++;
    if (j > i + 1 && j < n && flags[j] & F_UPPER) for (let k = i + 1; k < j; k++) c[k] = 2;
  }
  return c;
}
