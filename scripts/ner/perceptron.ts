// Structured averaged perceptron over BILOU labels with first-order Viterbi, trained document by document
// so that the prediction-history features see the model's own earlier predictions (Ratinov & Roth 2009).

import { DocFeatures } from '../../src/core/entities/docFeatures';
import { OFFSETS, SLOT_INITIAL, SLOT_NONINITIAL, WINDOW, type FeatureOptions, type WordFeaturizer } from '../../src/core/entities/features';
import { NUM_LABELS, spansFromLabels, type LabeledSpan } from '../../src/core/entities/labels';
import { TRANSITION_SIZE, viterbi } from '../../src/core/entities/viterbi';
import type { ConllDoc } from './conll';

const L = NUM_LABELS;

interface PreparedDoc {
  readonly doc: ConllDoc;
  readonly feats: DocFeatures;
  /** Static feature rows per token: rows[offsets[i]..offsets[i+1]). */
  readonly rows: Int32Array;
  readonly offsets: Int32Array;
}

export class Perceptron {
  readonly index = new Map<number, number>();
  w = new Float32Array(0);
  u = new Float64Array(0);
  trans = new Float32Array(TRANSITION_SIZE);
  transU = new Float64Array(TRANSITION_SIZE);
  private c = 1;
  private em = new Float32Array(0);
  private pred = new Uint8Array(0);

  constructor(readonly fz: WordFeaturizer, readonly opts: FeatureOptions) {
    for (const id of DocFeatures.dynamicIds()) this.row(id, true);
  }

  /** Row of a feature id; registers it when `grow` (training), else -1 for unknown features. */
  row(id: number, grow: boolean): number {
    let r = this.index.get(id);
    if (r !== undefined) return r;
    if (!grow) return -1;
    r = this.index.size;
    this.index.set(id, r);
    if ((r + 1) * L > this.w.length) {
      const cap = Math.max(1 << 16, this.w.length / L * 2) * L;
      const w = new Float32Array(cap);
      w.set(this.w);
      const u = new Float64Array(cap);
      u.set(this.u);
      this.w = w;
      this.u = u;
    }
    return r;
  }

  prepare(doc: ConllDoc, grow: boolean): PreparedDoc {
    const feats = new DocFeatures(this.fz, doc.tokens, doc.sentStarts, this.opts);
    const rows: number[] = [];
    const offsets = new Int32Array(doc.tokens.length + 1);
    const ctx: number[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      const s = feats.sent[i];
      const a = doc.sentStarts[s];
      const b = feats.sentenceEnd(i);
      for (let k = -WINDOW; k <= WINDOW; k++) {
        const j = i + k;
        if (j < a || j >= b) continue;
        for (const id of feats.words[j].byOffset[k + WINDOW]) rows.push(this.row(id, grow));
      }
      for (const id of feats.words[i].byOffset[feats.initial[i] ? SLOT_INITIAL : SLOT_NONINITIAL]) {
        rows.push(this.row(id, grow));
      }
      ctx.length = 0;
      feats.contextual(i, ctx);
      for (const id of ctx) rows.push(this.row(id, grow));
      offsets[i + 1] = rows.length;
    }
    return { doc, feats, rows: Int32Array.from(rows), offsets };
  }

  /** Tags one prepared document with weights `w`/`trans`; updates when `gold` is given. */
  private run(p: PreparedDoc, w: Float32Array, trans: Float32Array, update: boolean): Uint8Array {
    const { doc, feats } = p;
    const n = doc.tokens.length;
    const out = new Uint8Array(n);
    feats.clearHistory();
    const dyn: number[] = [];
    for (let s = 0; s < doc.sentStarts.length; s++) {
      const a = doc.sentStarts[s];
      const b = s + 1 < doc.sentStarts.length ? doc.sentStarts[s + 1] : n;
      const len = b - a;
      if (this.em.length < len * L) this.em = new Float32Array(len * L * 2);
      const em = this.em;
      em.fill(0, 0, len * L);
      const dynRows: number[][] = [];
      for (let i = a; i < b; i++) {
        const base = (i - a) * L;
        for (let q = p.offsets[i]; q < p.offsets[i + 1]; q++) {
          const r = p.rows[q];
          if (r < 0) continue;
          const o = r * L;
          for (let y = 0; y < L; y++) em[base + y] += w[o + y];
        }
        // Features that depend on predictions made so far (history) are computed now.
        dyn.length = 0;
        feats.contextualDynamic(i, dyn);
        const rs: number[] = [];
        for (const id of dyn) {
          const r = this.row(id, false);
          if (r < 0) continue;
          rs.push(r);
          const o = r * L;
          for (let y = 0; y < L; y++) em[base + y] += w[o + y];
        }
        dynRows.push(rs);
      }
      viterbi(em, len, trans, out, a);
      if (update) this.update(p, a, b, out, dynRows);
      // As at tagging: a title-case first line's guesses are no evidence for the rest of the document.
      if (b > feats.titleLineEnd) for (const sp of spansFromLabels(out, a, b)) feats.remember(sp.start, sp.end, sp.cls);
    }
    return out;
  }

  private update(p: PreparedDoc, a: number, b: number, pred: Uint8Array, dynRows: number[][]): void {
    const gold = p.doc.labels;
    let wrong = false;
    for (let i = a; i < b; i++) if (gold[i] !== pred[i]) wrong = true;
    if (wrong) {
      const { w, u, c } = this;
      for (let i = a; i < b; i++) {
        const g = gold[i];
        const y = pred[i];
        if (g !== y) {
          const bump = (r: number): void => {
            const o = r * L;
            w[o + g] += 1;
            u[o + g] += c;
            w[o + y] -= 1;
            u[o + y] -= c;
          };
          for (let q = p.offsets[i]; q < p.offsets[i + 1]; q++) if (p.rows[q] >= 0) bump(p.rows[q]);
          for (const r of dynRows[i - a]) bump(r);
        }
        const gp = i === a ? L : gold[i - 1];
        const yp = i === a ? L : pred[i - 1];
        if (gp !== yp || g !== y) {
          this.trans[gp * L + g] += 1;
          this.transU[gp * L + g] += c;
          this.trans[yp * L + y] -= 1;
          this.transU[yp * L + y] -= c;
        }
      }
    }
    this.c++;
  }

  trainEpoch(docs: PreparedDoc[], order: number[]): void {
    for (const d of order) this.run(docs[d], this.w, this.trans, true);
  }

  /** Averaged weights (w - u/c) for evaluation and export. */
  averaged(): { w: Float32Array; trans: Float32Array } {
    const n = this.index.size * L;
    const w = new Float32Array(n);
    for (let i = 0; i < n; i++) w[i] = this.w[i] - this.u[i] / this.c;
    const trans = new Float32Array(TRANSITION_SIZE);
    for (let i = 0; i < TRANSITION_SIZE; i++) trans[i] = this.trans[i] - this.transU[i] / this.c;
    return { w, trans };
  }

  predict(p: PreparedDoc, avg: { w: Float32Array; trans: Float32Array }): LabeledSpan[] {
    const out = this.run(p, avg.w, avg.trans, false);
    return spansFromLabels(out);
  }
}

export { OFFSETS };
export type { PreparedDoc };
