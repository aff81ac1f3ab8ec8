// The claim filter: the last word on each finished claim. The cue classifier judges a cue in its context; this
// judges the whole claim (the cue, how long the content is, its first and last words, whether it is quoted, the
// source found and where it lies) and drops claims whose shape is no attribution ("discussed | September", "said
// | the court", a relative "whom"). Binary averaged perceptron over hashed features, trained by
// scripts/train-claims-filter.ts on claims extracted from held-out folds of PolNeAR train; weights in
// models/claims-filter-model.json.
import MODEL from '../../../models/claims-filter-model.json';
import type { DocContext } from './context';
import type { PackedWeights } from './cue-model';
import { cls, hashString, mix, WeightTable, wordHash } from './cue-model';
import type { RawClaim } from './extract';
import type { TokenRange } from './source';
import { isTurn } from './transcript';

export interface ClaimFilter {
  readonly weights: WeightTable;
  readonly bias: number;
  /** A claim is kept when its score exceeds this. */
  readonly threshold: number;
}

interface ModelFile { readonly bias: number; readonly threshold: number; readonly weights: Record<string, number> | PackedWeights }

let shipped: ClaimFilter | null = null;

export function loadClaimFilter(m: ModelFile): ClaimFilter {
  return { bias: m.bias, threshold: m.threshold, weights: WeightTable.from(m.weights) };
}

export function shippedClaimFilter(): ClaimFilter {
  if (!shipped) shipped = loadClaimFilter(MODEL as unknown as ModelFile);
  return shipped;
}

export const FILTER_FEATURES = 23;
const BUF = new Int32Array(FILTER_FEATURES);
const NO_CUE = hashString('<no cue>') | 0;
const NO_SOURCE = hashString('<no source>') | 0;

/**
 * Auxiliaries and modals: content with one reads as a clause ("… will improve …"), without as a noun phrase. Kept
 * as the words' hashes (wordHash is cached per word type), so the scan compares small integers, not strings.
 */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could',
  'should', 'must', 'do', 'does', 'did', 'be', 'been', 'may', 'might', "'s", "'re", "'ll", "'d"].map((w) => hashString(w) | 0 || 1));
const COMMA = hashString(',') | 0;

/** How far into the content the auxiliary, quote and comma scan looks. */
const SCAN = 16;

const lengthBucket = (n: number): number => (n <= 1 ? 0 : n <= 2 ? 1 : n <= 3 ? 2 : n <= 5 ? 3 : n <= 8 ? 4 : n <= 12 ? 5 : n <= 20 ? 6 : n <= 35 ? 7 : 8);
const sourceLengthBucket = (n: number): number => (n <= 1 ? 0 : n <= 2 ? 1 : n <= 4 ? 2 : n <= 8 ? 3 : 4);
const distanceBucket = (d: number): number => (d <= 0 ? 0 : d <= 3 ? 1 : d <= 6 ? 2 : d <= 12 ? 3 : d <= 25 ? 4 : 5);

/**
 * Hashed features of claim r (token indices, its source final) whose cue phrase hashes to `key` (ignored without a
 * cue), in a buffer reused between calls. The trainer and the extractor share this function.
 */
export function filterFeatures(ctx: DocContext, r: RawClaim, key: number): Int32Array {
  const n = ctx.tokens.length;
  const cs = r.contentStart;
  const ce = r.contentEnd;
  const k = r.cue ? key : NO_CUE;
  let aux = 0;
  let quoted = 0;
  let commas = 0;
  for (let i = cs; i < ce && i < cs + SCAN; i++) {
    if (ctx.quoteOf[i] >= 0) quoted = 1;
    const w = wordHash(ctx, i, cs, ce);
    if (w === COMMA) { if (commas < 3) commas++; } else if (aux === 0 && AUXILIARIES.has(w)) aux = 1;
  }
  const len = lengthBucket(ce - cs);
  const fc = cls(ctx, cs, 0, n);
  const fw = wordHash(ctx, cs, 0, n);
  const direct = ctx.quoteOf[cs] >= 0 && ctx.quoteOf[ce - 1] >= 0 ? 1 : 0;
  const src = r.source;
  const spc = src ? cls(ctx, src.start, 0, n) : NO_SOURCE;
  const dir = !r.cue ? 0 : cs >= r.cue.end ? 1 : 2;
  // "According to X, Y." opens its sentence with the cue; "Y according to X" and "Y, according to X" do not.
  const opens = r.cue && ctx.sentences[ctx.sentOf[r.cue.start]].firstToken === r.cue.start ? 1 : 0;
  const f = BUF;
  f[0] = mix(1, k);
  f[1] = mix(2, len);
  f[2] = mix(3, fc);
  f[3] = mix(4, fw);
  f[4] = mix(5, cls(ctx, ce - 1, 0, n));
  f[5] = mix(6, direct);
  f[6] = mix(7, spc);
  f[7] = mix(8, dir);
  f[8] = mix(9, aux);
  f[9] = mix(mix(10, k), len);
  f[10] = mix(mix(11, k), fc);
  f[11] = mix(mix(12, k), spc);
  f[12] = mix(mix(13, k), dir);
  f[13] = mix(16, src ? sourceLengthBucket(src.end - src.start) : 5);
  f[14] = mix(mix(18, k), aux);
  f[15] = mix(20, src && src.end - src.start === 1 ? wordHash(ctx, src.start, 0, n) : 0);
  f[16] = mix(21, src ? (src.start >= cs && src.end <= ce ? 1 : 0) : 2);
  f[17] = mix(22, src && r.cue ? distanceBucket(Math.abs(src.start - r.cue.start)) : 6);
  f[18] = mix(23, wordHash(ctx, ce - 1, 0, n));
  f[19] = mix(25, quoted);
  f[20] = mix(26, commas);
  f[21] = mix(27, dir * 2 + opens);
  f[22] = mix(mix(28, k), dir * 2 + opens);
  return f;
}

/** The claims the filter keeps, in order. `keyOf` gives a cue's learned phrase. */
export function filterClaims(ctx: DocContext, model: ClaimFilter, raw: readonly RawClaim[],
  keyOf: (cue: TokenRange) => string): RawClaim[] {
  const kept: RawClaim[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    // Dialogue turns are claims by the document's form (transcript.ts), not by a cue's context.
    if (r.contentEnd <= r.contentStart || isTurn(r)) { kept.push(r); continue; }
    const key = r.cue ? hashString(keyOf(r.cue)) | 0 : 0;
    if (model.weights.score(model.bias, filterFeatures(ctx, r, key)) > model.threshold) kept.push(r);
  }
  return kept;
}
