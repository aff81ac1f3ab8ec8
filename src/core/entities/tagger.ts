// The runtime tagger: scores tokens with the shipped weights and decodes each sentence with Viterbi.
// Per word type, the summed weights of its intrinsic features at each window offset are cached, so a
// token costs five vector additions plus a handful of contextual feature lookups.

import { DocFeatures, OFFSETS, SLOTS, SLOT_INITIAL, SLOT_NONINITIAL, WINDOW, WordFeaturizer, type FeatureOptions, type WordInfo } from './features';
import { NUM_LABELS, spansFromLabels } from './labels';
import type { ModelParts } from './model-format';
import { Resources } from './resources';
import { U32Map } from './u32map';
import { TRANSITION_SIZE, viterbi } from './viterbi';

const L = NUM_LABELS;

function mapOf(keys: Uint32Array, values: Uint32Array): U32Map {
  const m = new U32Map(keys.length);
  for (let i = 0; i < keys.length; i++) m.set(keys[i], values[i]);
  return m;
}

export class NerTagger {
  private readonly index: U32Map;
  private readonly trans: Float32Array;
  private readonly fz: WordFeaturizer;
  private readonly opts: FeatureOptions;
  private em = new Float32Array(256 * L);
  private readonly ctx: number[] = [];

  constructor(private readonly parts: ModelParts) {
    const rows = new Uint32Array(parts.featureKeys.length);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    this.index = mapOf(parts.featureKeys, rows);
    this.trans = Float32Array.from(parts.transitions);
    if (this.trans.length !== TRANSITION_SIZE) throw new Error('NER model has the wrong label set');
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

  private addRow(id: number, em: Float32Array, base: number): void {
    const r = this.index.get(id);
    if (r < 0) return;
    const w = this.parts.weights;
    const o = r * L;
    for (let y = 0; y < L; y++) em[base + y] += w[o + y];
  }

  /** Adds the weight rows of `ids` to em[base..base+L): the hot path, with the table probe inlined. */
  private addRows(ids: number[], em: Float32Array, base: number): void {
    const keys = this.index.keys;
    const vals = this.index.values;
    const mask = keys.length - 1;
    const w = this.parts.weights;
    for (let q = 0; q < ids.length; q++) {
      const key = ids[q] | 0 || 1;
      let h = key & mask;
      let r = -1;
      for (;;) {
        const k = keys[h];
        if (k === key) {
          r = vals[h];
          break;
        }
        if (k === 0) break;
        h = (h + 1) & mask;
      }
      if (r < 0) continue;
      const o = r * L;
      for (let y = 0; y < L; y++) em[base + y] += w[o + y];
    }
  }

  private wordScores(info: WordInfo): Float32Array {
    let s = info.scores;
    if (s) return s;
    s = new Float32Array(SLOTS * L);
    for (let k = 0; k < SLOTS; k++) for (const id of info.byOffset[k]) this.addRow(id, s, k * L);
    info.scores = s;
    return s;
  }

  /** BILOU label per token; `sentStarts` are ascending token indices, the first 0. */
  tag(tokens: readonly string[], sentStarts: readonly number[]): Uint8Array {
    const n = tokens.length;
    const out = new Uint8Array(n);
    if (n === 0) return out;
    const doc = new DocFeatures(this.fz, tokens, sentStarts, this.opts);
    const scores: Float32Array[] = doc.words.map((w) => this.wordScores(w));
    const ctx = this.ctx;
    for (let s = 0; s < sentStarts.length; s++) {
      const a = sentStarts[s];
      const b = s + 1 < sentStarts.length ? sentStarts[s + 1] : n;
      const len = b - a;
      if (len <= 0) continue;
      if (this.em.length < len * L) this.em = new Float32Array(len * L * 2);
      const em = this.em;
      // Intrinsic scores, scattered from each word to the tokens whose window holds it (reads each word's
      // cached vector once, contiguously).
      em.fill(0, 0, len * L);
      for (let j = a; j < b; j++) {
        const v = scores[j];
        const extra = (doc.initial[j] ? SLOT_INITIAL : SLOT_NONINITIAL) * L;
        let base = (j - a) * L;
        for (let y = 0; y < L; y++) em[base + y] += v[extra + y];
        for (let slot = 0; slot < OFFSETS; slot++) {
          const i = j - slot + WINDOW;
          if (i < a || i >= b) continue;
          base = (i - a) * L;
          const o = slot * L;
          for (let y = 0; y < L; y++) em[base + y] += v[o + y];
        }
      }
      for (let i = a; i < b; i++) {
        ctx.length = 0;
        doc.contextual(i, ctx);
        doc.contextualDynamic(i, ctx);
        this.addRows(ctx, em, (i - a) * L);
      }
      viterbi(em, len, this.trans, out, a);
      if (this.opts.history) for (const sp of spansFromLabels(out, a, b)) doc.remember(sp.start, sp.end, sp.cls);
    }
    return out;
  }
}
