// The content-start model: where reported content begins after its cue ("claimed responsibility for | the attack",
// "spoke to voters | about health care", "expressed doubt … on | the value of"). The hand-written rule
// (content.ts contentStartAfter) proposes a start; a binary averaged perceptron scores every word within a few
// tokens after the cue, and the best one wins when it beats the rule's choice by a margin. Trained by
// scripts/train-claims-starts.ts on PolNeAR train; weights in models/claims-start-model.json.
import MODEL from '../../../models/claims-start-model.json';
import type { DocContext } from './context';
import { isCapitalized, isOpenQuoteMark, isWord, nm } from './context';
import type { PackedWeights } from './weight-table';
import { cls, mix, smallWeightsCache, TypeWeights, wordHash } from './cue-model';
import { WeightTable } from './weight-table';

export interface StartModel {
  readonly weights: WeightTable;
  readonly bias: number;
  /** How much the best candidate must outscore the rule's start to replace it. */
  readonly margin: number;
}

interface ModelFile { readonly bias: number; readonly margin: number; readonly weights: Record<string, number> | PackedWeights }

let shipped: StartModel | null = null;

export function loadStartModel(m: ModelFile): StartModel {
  return { bias: m.bias, margin: m.margin, weights: WeightTable.from(m.weights) };
}

export function shippedStartModel(): StartModel {
  if (!shipped) shipped = loadStartModel(MODEL as unknown as ModelFile);
  return shipped;
}

/** How far after the cue a content may start. */
const WINDOW = 10;
const CLAUSE_ENDS = new Set(['.', ';', '?', '!']);

export const START_FEATURES = 14;
const BUF = new Int32Array(START_FEATURES);

/**
 * Calls `visit` with each start candidate in [j, hi) after a cue ending at j (words and opening quote marks
 * outside quotes, up to the first opening quote or clause end) and its features in a reused buffer.
 * `key` is the hashed cue phrase, `rule` the rule's start.
 */
export function scanStarts(ctx: DocContext, key: number, j: number, hi: number, rule: number,
  visit: (k: number, feats: Int32Array) => void): void {
  // "said that …", "said “…": a complement right after the cue starts the content (the model moved 1 of 2,000 on
  // train), so the scan is skipped there.
  if (rule === j && (isOpenQuoteMark(ctx, j) || nm(ctx, j) === 'that')) return;
  const keyF = mix(7, key);
  const n = startCandidates(ctx, key, j, hi, rule);
  for (let c = 0; c < n; c++) {
    const k = CAND[c];
    const w0 = wordHash(ctx, k, j, hi);
    const wp = wordHash(ctx, k - 1, j, hi);
    const d = DIST[c];
    const r = PLACE[c];
    const f = BUF;
    f[0] = mix(1, w0);
    f[1] = mix(2, wp);
    f[2] = mix(3, wordHash(ctx, k + 1, j, hi));
    f[3] = mix(mix(6, wp), w0);
    f[4] = keyF;
    f[5] = mix(mix(8, key), w0);
    f[6] = mix(mix(9, key), wp);
    f[7] = mix(10, d);
    f[8] = mix(11, r);
    f[9] = mix(mix(12, r), w0);
    f[10] = mix(mix(13, SEEN[c]), w0);
    f[11] = mix(mix(14, key), d);
    // Word classes generalise the word features to words seen rarely after a cue: the class pair at the candidate
    // ("note about | the", "praised | Breitbart") and the cue × the candidate's class.
    f[12] = mix(mix(15, cls(ctx, k - 1, j, hi)), cls(ctx, k, j, hi));
    f[13] = mix(mix(16, key), cls(ctx, k, j, hi));
    visit(k, f);
  }
}

// The start model's one-word features, as TypeWeights prefixes: the candidate word (template 1), the word before
// (2), the word after (3), the candidate × its place against the rule's start (12 × r, r = 1…3) and × "that" seen
// (13 × 0/1).
const W0 = 0, R1 = 1, SEEN0 = 4, WP = 6, WN = 7;
const PREFIXES = Int32Array.of(1, mix(12, 1), mix(12, 2), mix(12, 3), mix(13, 0), mix(13, 1), 2, 3);

/**
 * The content start after a cue ending at j: the rule's start unless a candidate beats it by the margin. The same
 * candidates and scores as scanStarts' features summed by the model's table (feature order kept, so every score is
 * the same double), but the one-word features come from the document's TypeWeights and the per-cue ones are
 * looked up once: 6 table lookups per candidate instead of 14, and those of all candidates in one gather (their
 * cache misses overlap).
 */
/** "said in a statement | to Pixel Ledger | that …": the rules' start at "that" after a named listener stands. */
function listenerThenThat(ctx: DocContext, j: number, rule: number): boolean {
  if (nm(ctx, j) !== 'to' || nm(ctx, rule) !== 'that' || rule - j > 5) return false;
  for (let k = j + 1; k < rule; k++) if (!isCapitalized(ctx, k) && nm(ctx, k) !== 'the') return false;
  return rule > j + 1;
}

export function modelContentStart(ctx: DocContext, model: StartModel, key: number, j: number, hi: number, rule: number): number {
  if (rule === j && (isOpenQuoteMark(ctx, j) || nm(ctx, j) === 'that')) return rule;
  if (rule > j && listenerThenThat(ctx, j, rule)) return rule;
  const table = model.weights;
  const n = startCandidates(ctx, key, j, hi, rule);
  KEYS[PER * n] = mix(7, key);
  table.gather(KEYS, PER * n + 1, WEIGHTS);
  const keyW = WEIGHTS[PER * n];
  const tw = TypeWeights.of(ctx, table, PREFIXES);
  const sm = smallWeights(table);
  let best = rule;
  let bestScore = -Infinity;
  let ruleScore = -Infinity;
  for (let c = 0; c < n; c++) {
    const k = CAND[c];
    const d = DIST[c];
    const r = PLACE[c];
    // In scanStarts' feature order.
    const acc = START_ACC;
    acc[0] = model.bias;
    tw.add(acc, ctx, W0, k, j, hi);
    tw.add(acc, ctx, WP, k - 1, j, hi);
    tw.add(acc, ctx, WN, k + 1, j, hi);
    acc[0] += WEIGHTS[PER * c];
    acc[0] += keyW;
    acc[0] += WEIGHTS[PER * c + 1];
    acc[0] += WEIGHTS[PER * c + 2];
    acc[0] += sm[16 * 10 + d];
    acc[0] += sm[16 * 11 + r];
    tw.add(acc, ctx, R1 + r - 1, k, j, hi);
    tw.add(acc, ctx, SEEN0 + SEEN[c], k, j, hi);
    acc[0] += WEIGHTS[PER * c + 3];
    acc[0] += WEIGHTS[PER * c + 4];
    acc[0] += WEIGHTS[PER * c + 5];
    const s = acc[0];
    if (k === rule) ruleScore = s;
    if (s > bestScore) { bestScore = s; best = k; }
  }
  if (best === rule || ruleScore === -Infinity) return rule;
  return bestScore - ruleScore > model.margin ? best : rule;
}

// One call's candidates (scanStarts' order): token, distance and place buckets, "that" seen; and the keys of their
// six table features (word pair, cue × word, cue × word before, cue × distance, class pair, cue × class), then the
// cue's own feature.
const PER = 6;
const CAND = new Int32Array(WINDOW);
const DIST = new Int32Array(WINDOW);
const PLACE = new Int32Array(WINDOW);
const SEEN = new Int32Array(WINDOW);
const KEYS = new Int32Array(PER * WINDOW + 1);
const WEIGHTS = new Float64Array(PER * WINDOW + 1);

/** Fills CAND … KEYS with scanStarts' candidates after a cue ending at j; returns how many there are. */
function startCandidates(ctx: DocContext, key: number, j: number, hi: number, rule: number): number {
  const k8 = mix(8, key);
  const k9 = mix(9, key);
  const k14 = mix(14, key);
  const k16 = mix(16, key);
  let n = 0;
  let seen = 0;
  const classes = ctx.classHashes;
  let prevK = -2; // the last candidate and its class: most candidates follow one, whose class is the pair's first
  let prevC = 0;
  const end = Math.min(hi, j + WINDOW);
  for (let k = j; k < end; k++) {
    const open = isOpenQuoteMark(ctx, k);
    if (!open && (ctx.quoteOf[k] >= 0 || !isWord(ctx, k))) {
      if (CLAUSE_ENDS.has(ctx.tokens.text(k))) break;
      continue;
    }
    const w0 = wordHash(ctx, k, j, hi);
    const wp = wordHash(ctx, k - 1, j, hi);
    const d = k - j < 4 ? k - j : k - j < 7 ? 4 : 5;
    CAND[n] = k;
    DIST[n] = d;
    PLACE[n] = k === rule ? 1 : k < rule ? 2 : 3;
    SEEN[n] = seen;
    // cls(ctx, k, j, hi), read from its per-token cache when it is filled (k is in [j, hi) here).
    let c0 = classes[k];
    if (c0 === 0) c0 = cls(ctx, k, j, hi);
    const cp = prevK === k - 1 ? prevC : cls(ctx, k - 1, j, hi);
    prevK = k;
    prevC = c0;
    KEYS[PER * n] = mix(mix(6, wp), w0);
    KEYS[PER * n + 1] = mix(k8, w0);
    KEYS[PER * n + 2] = mix(k9, wp);
    KEYS[PER * n + 3] = mix(k14, d);
    KEYS[PER * n + 4] = mix(mix(15, cp), c0);
    KEYS[PER * n + 5] = mix(k16, c0);
    n++;
    if (open) break;
    if (nm(ctx, k) === 'that') seen = 1;
  }
  return n;
}

const START_ACC = new Float64Array(1);

/** The distance (template 10) and place (11) buckets' weights, per table. */
const smallWeights = smallWeightsCache([10, 11]);
