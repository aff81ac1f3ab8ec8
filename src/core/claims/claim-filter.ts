// The claim filter: the last word on each finished claim. The cue classifier judges a cue in its context; this
// judges the whole claim (the cue, how long the content is, its first and last words, whether it is quoted, the
// source found and where it lies) and drops claims whose shape is no attribution ("discussed | September", "said
// | the court", a relative "whom"). Binary averaged perceptron over hashed features, trained by
// scripts/train-claims-filter.ts on claims extracted from held-out folds of PolNeAR train; weights in
// models/claims-filter-model.json.
import MODEL from '../../../models/claims-filter-model.json';
import type { DocContext } from './context';
import { nm } from './context';
import type { PackedWeights } from './weight-table';
import { cls, hashInt, hashString, mix, smallWeightsCache, TypeWeights, wordHash } from './cue-model';
import { WeightTable } from './weight-table';
import type { RawClaim } from './extract';
import type { TokenRange } from './source';
import { isTurn } from './transcript';
import { isIntroducedQuote } from './introduced-quote';
import { isBlockQuote } from './block-quote';

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

// What the features of a claim are made of (claimValues), by index in a reused buffer.
const K = 0, LEN = 1, FC = 2, FW = 3, LC = 4, DIRECT = 5, SPC = 6, DIR = 7, AUX = 8, SRC_LEN = 9, SRC_WORD = 10,
  SRC_IN = 11, SRC_DIST = 12, LW = 13, QUOTED = 14, COMMAS = 15, OPENS = 16;
const VALUES = new Int32Array(17);

/**
 * The values claim r's features combine (see filterFeatures), in VALUES; `key` is its cue phrase's hash (ignored
 * without a cue). SRC_WORD is the source's token index when the source is one token, else -1.
 */
function claimValues(ctx: DocContext, r: RawClaim, key: number): Int32Array {
  const n = ctx.tokens.length;
  const cs = r.contentStart;
  const ce = r.contentEnd;
  let aux = 0;
  let quoted = 0;
  let commas = 0;
  for (let i = cs; i < ce && i < cs + SCAN; i++) {
    if (ctx.quoteOf[i] >= 0) quoted = 1;
    const w = wordHash(ctx, i, cs, ce);
    if (w === COMMA) { if (commas < 3) commas++; } else if (aux === 0 && AUXILIARIES.has(w)) aux = 1;
  }
  const src = r.source;
  const v = VALUES;
  v[K] = r.cue ? key : NO_CUE;
  v[LEN] = lengthBucket(ce - cs);
  v[FC] = cls(ctx, cs, 0, n);
  v[FW] = cs;
  v[LC] = cls(ctx, ce - 1, 0, n);
  v[DIRECT] = ctx.quoteOf[cs] >= 0 && ctx.quoteOf[ce - 1] >= 0 ? 1 : 0;
  v[SPC] = src ? cls(ctx, src.start, 0, n) : NO_SOURCE;
  v[DIR] = !r.cue ? 0 : cs >= r.cue.end ? 1 : 2;
  v[AUX] = aux;
  v[SRC_LEN] = src ? sourceLengthBucket(src.end - src.start) : 5;
  v[SRC_WORD] = src && src.end - src.start === 1 ? src.start : -1;
  v[SRC_IN] = src ? (src.start >= cs && src.end <= ce ? 1 : 0) : 2;
  v[SRC_DIST] = src && r.cue ? distanceBucket(Math.abs(src.start - r.cue.start)) : 6;
  v[LW] = ce - 1;
  v[QUOTED] = quoted;
  v[COMMAS] = commas;
  // "According to X, Y." opens its sentence with the cue; "Y according to X" and "Y, according to X" do not.
  v[OPENS] = r.cue && ctx.sentences[ctx.sentOf[r.cue.start]].firstToken === r.cue.start ? 1 : 0;
  return v;
}

/**
 * Hashed features of claim r (token indices, its source final) whose cue phrase hashes to `key` (ignored without a
 * cue), in a buffer reused between calls. The trainer uses these; filterScore sums the same features' weights.
 */
export function filterFeatures(ctx: DocContext, r: RawClaim, key: number): Int32Array {
  const n = ctx.tokens.length;
  const v = claimValues(ctx, r, key);
  const k = v[K];
  const f = BUF;
  f[0] = mix(1, k);
  f[1] = mix(2, v[LEN]);
  f[2] = mix(3, v[FC]);
  f[3] = mix(4, wordHash(ctx, v[FW], 0, n));
  f[4] = mix(5, v[LC]);
  f[5] = mix(6, v[DIRECT]);
  f[6] = mix(7, v[SPC]);
  f[7] = mix(8, v[DIR]);
  f[8] = mix(9, v[AUX]);
  f[9] = mix(mix(10, k), v[LEN]);
  f[10] = mix(mix(11, k), v[FC]);
  f[11] = mix(mix(12, k), v[SPC]);
  f[12] = mix(mix(13, k), v[DIR]);
  f[13] = mix(16, v[SRC_LEN]);
  f[14] = mix(mix(18, k), v[AUX]);
  f[15] = mix(20, v[SRC_WORD] >= 0 ? wordHash(ctx, v[SRC_WORD], 0, n) : 0);
  f[16] = mix(21, v[SRC_IN]);
  f[17] = mix(22, v[SRC_DIST]);
  f[18] = mix(23, wordHash(ctx, v[LW], 0, n));
  f[19] = mix(25, v[QUOTED]);
  f[20] = mix(26, v[COMMAS]);
  f[21] = mix(27, v[DIR] * 2 + v[OPENS]);
  f[22] = mix(mix(28, k), v[DIR] * 2 + v[OPENS]);
  return f;
}

// filterScore's one-word features as TypeWeights prefixes: the content's first word, the one-word source, the
// content's last word.
const FIRST_WORD = 0, SOURCE_WORD = 1, LAST_WORD = 2;
const WORD_PREFIXES = Int32Array.of(4, 20, 23);

const smallWeights = smallWeightsCache([2, 6, 8, 9, 16, 20, 21, 22, 25, 26, 27]);

/**
 * The filter's score of claim r: filterFeatures' weights summed in their order (the same double), with the
 * small-valued and one-word features read from caches instead of the table (10 lookups instead of 23).
 */
export function filterScore(ctx: DocContext, model: ClaimFilter, r: RawClaim, key: number): number {
  const table = model.weights;
  const n = ctx.tokens.length;
  const v = claimValues(ctx, r, key);
  const k = v[K];
  const sm = smallWeights(table);
  const tw = TypeWeights.of(ctx, table, WORD_PREFIXES);
  const opens = v[DIR] * 2 + v[OPENS];
  // The table features first, in one gather (their cache misses overlap), then every weight in filterFeatures' order.
  const keys = FILTER_KEYS;
  keys[0] = mix(1, k);
  keys[1] = mix(3, v[FC]);
  keys[2] = mix(5, v[LC]);
  keys[3] = mix(7, v[SPC]);
  keys[4] = mix(mix(10, k), v[LEN]);
  keys[5] = mix(mix(11, k), v[FC]);
  keys[6] = mix(mix(12, k), v[SPC]);
  keys[7] = mix(mix(13, k), v[DIR]);
  keys[8] = mix(mix(18, k), v[AUX]);
  keys[9] = mix(mix(28, k), opens);
  const w = FILTER_WEIGHTS;
  table.gather(keys, 10, w);
  const acc = FILTER_ACC;
  acc[0] = model.bias;
  acc[0] += w[0];
  acc[0] += sm[16 * 2 + v[LEN]];
  acc[0] += w[1];
  tw.add(acc, ctx, FIRST_WORD, v[FW], 0, n);
  acc[0] += w[2];
  acc[0] += sm[16 * 6 + v[DIRECT]];
  acc[0] += w[3];
  acc[0] += sm[16 * 8 + v[DIR]];
  acc[0] += sm[16 * 9 + v[AUX]];
  acc[0] += w[4];
  acc[0] += w[5];
  acc[0] += w[6];
  acc[0] += w[7];
  acc[0] += sm[16 * 16 + v[SRC_LEN]];
  acc[0] += w[8];
  if (v[SRC_WORD] >= 0) tw.add(acc, ctx, SOURCE_WORD, v[SRC_WORD], 0, n); else acc[0] += sm[16 * 20];
  acc[0] += sm[16 * 21 + v[SRC_IN]];
  acc[0] += sm[16 * 22 + v[SRC_DIST]];
  tw.add(acc, ctx, LAST_WORD, v[LW], 0, n);
  acc[0] += sm[16 * 25 + v[QUOTED]];
  acc[0] += sm[16 * 26 + v[COMMAS]];
  acc[0] += sm[16 * 27 + opens];
  acc[0] += w[9];
  return acc[0];
}

const FILTER_KEYS = new Int32Array(10);
const FILTER_WEIGHTS = new Float64Array(10);
const FILTER_ACC = new Float64Array(1);

/** The claims the filter keeps, in order. `keyOf` gives a cue's learned phrase. */
export function filterClaims(ctx: DocContext, model: ClaimFilter, raw: readonly RawClaim[],
  keyOf: (cue: TokenRange) => string): RawClaim[] {
  const kept: RawClaim[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    // Dialogue turns are claims by the document's form (transcript.ts), not by a cue's context; so are quotes a
    // colon or comma introduces (introduced-quote.ts).
    if (r.contentEnd <= r.contentStart || isTurn(r) || isIntroducedQuote(r) || isBlockQuote(r) || leadingAccording(ctx, r)) { kept.push(r); continue; }
    const key = r.cue ? hashInt(keyOf(r.cue)) : 0;
    if (filterScore(ctx, model, r, key) > model.threshold) kept.push(r);
  }
  return kept;
}

/**
 * "According to police, a neighbor said she heard shouting.": a sentence opened by "according to" and its source, the
 * clause after the comma its content, is an attribution by its form whatever the words (the filter had dropped it).
 */
function leadingAccording(ctx: DocContext, r: RawClaim): boolean {
  const cue = r.cue;
  if (!cue || !r.source || nm(ctx, cue.start) !== 'according' || cue.start !== ctx.sentences[ctx.sentOf[cue.start]].firstToken) return false;
  return r.source.start === cue.end && r.contentStart === r.source.end + 1 && ctx.tokens.text(r.source.end) === ',';
}
