// First-order Viterbi over BILOU labels with hard constraints (no I after O, etc.).

import { NUM_LABELS, allowedFinal, allowedTransition } from './labels';

const L = NUM_LABELS;
const NEG = -1e30;

/** Row `L` (index L*L..) holds start scores; rows 0..L-1 hold transition scores prev -> next. */
export const TRANSITION_SIZE = (L + 1) * L;

const ALLOWED = new Uint8Array(TRANSITION_SIZE);
const FINAL = new Uint8Array(L);
for (let p = -1; p < L; p++) {
  for (let n = 0; n < L; n++) ALLOWED[(p < 0 ? L : p) * L + n] = allowedTransition(p, n) ? 1 : 0;
}
for (let n = 0; n < L; n++) FINAL[n] = allowedFinal(n) ? 1 : 0;

/** For each label, the labels allowed before it (row-major, PREV_COUNT[y] entries from y*L). */
const PREV = new Int32Array(L * L);
const PREV_COUNT = new Int32Array(L);
for (let y = 0; y < L; y++) for (let p = 0; p < L; p++) if (ALLOWED[p * L + y]) PREV[y * L + PREV_COUNT[y]++] = p;

/**
 * The transition scores of `trans` in PREV's order: byPrev[q] = trans[PREV[q] * L + y] for q in y's list, so the
 * inner loop of viterbi reads them in sequence (as float64: the same values, the same sums).
 */
export function transitionsByPrev(trans: Float32Array): Float64Array {
  const byPrev = new Float64Array(L * L);
  for (let y = 0; y < L; y++) for (let q = y * L; q < y * L + PREV_COUNT[y]; q++) byPrev[q] = trans[PREV[q] * L + y];
  return byPrev;
}

// Sized for 512 tokens up front: growing them after viterbi was optimised deoptimised it.
let delta = new Float64Array(512 * L);
let back = new Int32Array(512 * L);

/** Transition row of the label before the first token: the sentence start, or an O. */
export const START_ROW = L;
export const O_ROW = 0;

/**
 * Best label sequence for `n` tokens given emission scores `em` (n*L, token-major) and transition
 * scores `trans` (TRANSITION_SIZE). Writes labels into out[offset..offset+n). `startRow` is the label before
 * the first token (START_ROW at a sentence start, O_ROW inside one); with `endsBeforeO` the sequence is
 * followed by an O, whose transition score counts. `byPrev`: transitionsByPrev(trans), for a caller that decodes
 * many runs with the same transitions.
 */
export function viterbi(em: Float32Array, n: number, trans: Float32Array, out: Uint8Array, offset = 0,
  startRow = START_ROW, endsBeforeO = false, byPrev: Float64Array = transitionsByPrev(trans)): void {
  if (n === 0) return;
  if (delta.length < n * L) {
    delta = new Float64Array(n * L * 2);
    back = new Int32Array(n * L * 2);
  }
  const d = delta;
  const bk = back;
  const sr = startRow * L;
  for (let y = 0; y < L; y++) d[y] = ALLOWED[sr + y] ? em[y] + trans[sr + y] : NEG;
  for (let t = 1; t < n; t++) {
    const base = t * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = NEG;
      let arg = 0;
      const cnt = PREV_COUNT[y];
      for (let q = y * L, end = q + cnt; q < end; q++) {
        const p = PREV[q];
        const s = d[prevBase + p] + byPrev[q];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      d[base + y] = best + em[base + y];
      bk[base + y] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    const v = d[last + y] + (endsBeforeO ? trans[y * L] : 0);
    if (FINAL[y] && v > best) {
      best = v;
      arg = y;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[offset + t] = arg;
    arg = bk[t * L + arg];
  }
}
