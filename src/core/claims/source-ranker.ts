// The source ranker: for each claim with a cue, scores the candidate source spans (source-candidates.ts) and "no
// source" with a linear model and keeps the best one, unless it beats the rules' choice by no more than a margin.
// Averaged multiclass perceptron over hashed features of each candidate and its relation to the cue, trained by
// scripts/train-claims-sources.ts on PolNeAR train; weights in models/claims-source-ranker.json.
import MODEL from '../../../models/claims-source-ranker.json';
import type { DocContext } from './context';
import { isCapitalized, nm } from './context';
import { cls, hashInt, mix, wordHash } from './cue-model';
import { WeightTable } from './weight-table';
import type { RawClaim } from './extract';
import type { TokenRange } from './source';
import type { CandidateBuffer } from './source-candidates';
import { KIND_RULE, MAX_CANDIDATES, newCandidateBuffer, sourceCandidates } from './source-candidates';
import { startsNP } from './source';
import { PREPOSITIONS, PRONOUNS, SUBJECT_PRONOUNS } from './words';

export interface SourceRanker {
  readonly weights: WeightTable;
  /** Another candidate replaces the rules' choice only when it outscores it by more than this. */
  readonly margin: number;
}

interface ModelFile { readonly margin: number; readonly weights: Record<string, number> }

let shipped: SourceRanker | null = null;

export function loadSourceRanker(m: ModelFile): SourceRanker {
  return { margin: m.margin, weights: WeightTable.from(m.weights) };
}

export function shippedSourceRanker(): SourceRanker {
  if (!shipped) shipped = loadSourceRanker(MODEL as unknown as ModelFile);
  return shipped;
}

export const RANK_FEATURES = 20;

/** Per-document scratch space: candidates, their features (the null candidate last) and a content mask. */
export interface RankScratch {
  readonly cands: CandidateBuffer;
  readonly feats: Int32Array;
  /** 1 for tokens inside some claim's content. */
  readonly inContent: Uint8Array;
}

/** Scratch space for one document; `inContent` is context.ts contentMask of its claims. */
export function newRankScratch(inContent: Uint8Array): RankScratch {
  return { cands: newCandidateBuffer(), feats: new Int32Array((MAX_CANDIDATES + 1) * RANK_FEATURES), inContent };
}

const lenBucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 9 ? 5 : 6);
const distBucket = (d: number): number => (d <= 2 ? d : d <= 5 ? 3 : d <= 12 ? 4 : 5);
const NULL_TEMPLATE = 1000;

/**
 * Candidates and features for a claim with cue [cue) (phrase `key`) whose content is [cs, ce); the rules
 * chose `rule`, and `prev` before it. Returns the number of candidates; the null candidate is the last one.
 */
export function rankFeatures(ctx: DocContext, sc: RankScratch, key: string, cue: TokenRange, rule: TokenRange | null, prev: TokenRange | null, cs: number, ce: number): number {
  const cands = sc.cands;
  sourceCandidates(ctx, cue, ce, rule, prev, cands);
  const n = ctx.tokens.length;
  const k = hashInt(key);
  const si = ctx.sentOf[cue.start];
  const a = ctx.sentences[si].firstToken;
  const f = sc.feats;
  const sp = cands.spans;
  const csClass = cls(ctx, cs, 0, n);
  for (let c = 0; c < cands.count; c++) {
    const s = sp[3 * c];
    const e = sp[3 * c + 1];
    const kinds = sp[3 * c + 2];
    const w1 = wordHash(ctx, s, 0, n);
    const c1 = cls(ctx, s, 0, n);
    const sameSent = ctx.sentOf[s] === si;
    const dir = !sameSent ? 2 : e <= cue.start ? 0 : 1;
    const dist = distBucket(dir === 1 ? s - cue.end : dir === 0 ? cue.start - e : 0);
    const len = lenBucket(e - s);
    const shp = shape(ctx, s, e);
    let between = 0; // commas (up to 3) and a quote mark (4) between the candidate and the cue
    if (dir === 0) {
      for (let i = e; i < cue.start && i < e + 30; i++) {
        const t = ctx.tokens.text(i);
        if (t === ',' && (between & 3) < 3) between++;
        else if (ctx.quoteOf[i] >= 0) between |= 4;
      }
    }
    const o = c * RANK_FEATURES;
    f[o] = mix(1, kinds);
    f[o + 1] = mix(mix(2, kinds), k);
    f[o + 2] = mix(3, w1);
    f[o + 3] = mix(4, wordHash(ctx, e - 1, 0, n));
    f[o + 4] = mix(5, c1);
    f[o + 5] = mix(6, cls(ctx, e - 1, 0, n));
    f[o + 6] = mix(7, cls(ctx, s - 1, 0, n));
    f[o + 7] = mix(8, wordHash(ctx, s - 1, 0, n));
    f[o + 8] = mix(9, len);
    f[o + 9] = mix(10, dir * 16 + dist);
    f[o + 10] = mix(mix(11, dir), between);
    f[o + 11] = mix(mix(12, k), dir);
    f[o + 12] = mix(mix(13, c1), len);
    f[o + 13] = mix(14, shp);
    f[o + 14] = mix(mix(15, kinds), c1);
    f[o + 15] = mix(16, (s === a ? 1 : 0) + (sc.inContent[s] ? 2 : 0));
    f[o + 16] = mix(mix(17, kinds), shp);
    f[o + 17] = mix(mix(18, k), w1);
    f[o + 18] = mix(mix(19, kinds), dir * 16 + dist);
    f[o + 19] = mix(mix(20, kinds & KIND_RULE), csClass);
  }
  // "No source": the cue and the rules' choice, so that a rule's source PolNeAR leaves empty can lose to it.
  const o = cands.count * RANK_FEATURES;
  const rw = rule ? wordHash(ctx, rule.start, 0, n) : 0;
  const rc = rule ? cls(ctx, rule.start, 0, n) : 0;
  const rl = rule ? lenBucket(rule.end - rule.start) : 0;
  const csc = cs >= 0 && cs < n ? cls(ctx, cs, 0, n) : 0;
  f[o] = mix(NULL_TEMPLATE, 0);
  f[o + 1] = mix(NULL_TEMPLATE + 1, k);
  f[o + 2] = mix(NULL_TEMPLATE + 2, rw);
  f[o + 3] = mix(NULL_TEMPLATE + 3, rule ? wordHash(ctx, rule.end - 1, 0, n) : 0);
  f[o + 4] = mix(NULL_TEMPLATE + 4, rc);
  f[o + 5] = mix(NULL_TEMPLATE + 5, rl);
  f[o + 6] = mix(NULL_TEMPLATE + 6, cls(ctx, cue.start - 1, 0, n));
  f[o + 7] = mix(NULL_TEMPLATE + 7, wordHash(ctx, cue.start - 1, 0, n));
  f[o + 8] = mix(NULL_TEMPLATE + 8, wordHash(ctx, cue.end, 0, n));
  f[o + 9] = mix(NULL_TEMPLATE + 9, csc);
  f[o + 10] = mix(mix(NULL_TEMPLATE + 10, k), csc);
  f[o + 11] = mix(mix(NULL_TEMPLATE + 11, k), rc);
  f[o + 12] = mix(mix(NULL_TEMPLATE + 12, k), rl);
  f[o + 13] = mix(NULL_TEMPLATE + 13, isCapitalized(ctx, cue.start) ? 1 : 0);
  f[o + 14] = mix(mix(NULL_TEMPLATE + 14, rc), rl);
  f[o + 15] = mix(NULL_TEMPLATE + 15, rule ? shape(ctx, rule.start, rule.end) : 8);
  f[o + 16] = mix(NULL_TEMPLATE + 16, rule ? cls(ctx, rule.end - 1, 0, n) : 0);
  f[o + 17] = mix(mix(NULL_TEMPLATE + 17, k), rule ? (rule.end <= cue.start ? 1 : 2) : 0);
  f[o + 18] = mix(mix(NULL_TEMPLATE + 18, rw), cands.count);
  f[o + 19] = mix(NULL_TEMPLATE + 19, cue.start === a ? 1 : 0);
  return cands.count + 1;
}

/**
 * Bits: 1 a comma inside, 2 a lower-case -ed/-ing word (a clause rather than a name), 4 a one-word pronoun,
 * 8 a lower-case first word that opens no noun phrase ("rushing to TV"), 16 a preposition last ("… on Syria by"),
 * 32 an all-capitals first word (a dateline or label: "LOS ANGELES (AP) —").
 */
function shape(ctx: DocContext, s: number, e: number): number {
  let v = e - s === 1 && PRONOUNS.has(nm(ctx, s)) ? 4 : 0;
  for (let i = s; i < e; i++) {
    const t = ctx.tokens.text(i);
    if (t === ',') v |= 1;
    else if (t.length > 4 && isVerbForm(t) && !isCapitalized(ctx, i)) v |= 2;
  }
  if (!isCapitalized(ctx, s) && !startsNP(ctx, s)) v |= 8;
  if (e - s > 1 && !isCapitalized(ctx, e - 1) && PREPOSITIONS.has(nm(ctx, e - 1))) v |= 16;
  if (ctx.tokens.text(s).length > 1 && isCapitalized(ctx, s) && allCaps(ctx.tokens.text(s))) v |= 32;
  return v;
}

/** No lower-case letter (ASCII checked by char code; other scripts by case mapping). */
function allCaps(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return t === t.toUpperCase();
  }
  return true;
}

/** Ends in -ed or -ing (char codes: no substring or regex per token). */
function isVerbForm(t: string): boolean {
  const n = t.length;
  const c1 = t.charCodeAt(n - 1);
  const c2 = t.charCodeAt(n - 2);
  return (c1 === 100 && c2 === 101) || (c1 === 103 && c2 === 110 && t.charCodeAt(n - 3) === 105);
}

/** Score of candidate c (features from rankFeatures). */
export function candidateScore(model: SourceRanker, sc: RankScratch, c: number): number {
  return model.weights.score(0, sc.feats, c * RANK_FEATURES, (c + 1) * RANK_FEATURES);
}

/** candidateScore from the candidates' gathered weights: summed from 0 in feature order, so the same double. */
function gatheredScore(weights: Float64Array, c: number): number {
  const acc = GATHERED_SUM;
  acc[0] = 0;
  for (let f = c * RANK_FEATURES; f < (c + 1) * RANK_FEATURES; f++) acc[0] += weights[f];
  return acc[0];
}

const GATHERED_SUM = new Float64Array(1);

/**
 * Whether the ranker looks at a claim: not when the rules found a name or subject pronoun right next to the cue
 * ("Clinton said", "said Mr. Ryan"), which it overrules 2 % of the time on train; that skips 60 % of the claims.
 */
export function isRanked(ctx: DocContext, cue: TokenRange, rule: TokenRange | null): boolean {
  if (!rule || (rule.end !== cue.start && rule.start !== cue.end)) return true;
  return !isCapitalized(ctx, rule.start) && !SUBJECT_PRONOUNS.has(nm(ctx, rule.start));
}

/**
 * Replaces each claim's source by the ranker's choice. `keyOf` gives a cue's learned phrase. Candidates see the
 * rules' sources (the previous claim's source is the rules' one), so the choice does not depend on earlier choices.
 */
export function rankSources(ctx: DocContext, model: SourceRanker, raw: RawClaim[], keyOf: (cue: TokenRange) => string,
  inContent: Uint8Array): void {
  const sc = newRankScratch(inContent);
  const weights = new Float64Array(sc.feats.length);
  let prev: TokenRange | null = null;
  // The loop's body is a function of its own: V8 compiles a long-running loop on the main thread, with the code it
  // inlines; a function alone is compiled on a background thread.
  for (let ri = 0; ri < raw.length; ri++) {
    const rule = raw[ri].source;
    rankClaim(ctx, model, raw[ri], keyOf, sc, weights, prev);
    if (rule) prev = rule;
  }
}

/** Claim r's source by the ranker (rankSources); `prev` is the rules' source of the claim before. */
function rankClaim(ctx: DocContext, model: SourceRanker, r: RawClaim, keyOf: (cue: TokenRange) => string, sc: RankScratch,
  weights: Float64Array, prev: TokenRange | null): void {
  const rule = r.source;
  if (!r.cue || !isRanked(ctx, r.cue, rule)) return;
  const count = rankFeatures(ctx, sc, keyOf(r.cue), r.cue, rule, prev, r.contentStart, r.contentEnd);
  // Every candidate's weights in one gather (their cache misses overlap), each score summed as candidateScore's.
  model.weights.gather(sc.feats, count * RANK_FEATURES, weights);
  const ruleIdx = rule ? 0 : count - 1;
  const ruleScore = gatheredScore(weights, ruleIdx);
  let best = ruleIdx;
  let bestScore = ruleScore + model.margin;
  for (let c = 0; c < count; c++) {
    if (c === ruleIdx) continue;
    const s = gatheredScore(weights, c);
    if (s > bestScore) { best = c; bestScore = s; }
  }
  if (best !== ruleIdx) {
    const sp = sc.cands.spans;
    r.source = best === count - 1 ? null : { start: sp[3 * best], end: sp[3 * best + 1] };
  }
}
