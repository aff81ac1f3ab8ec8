// The source-drop model: decides whether the source the rules found for a claim is really its speaker or whether
// the claim has none ("criticism of X", "there's no consensus on", "X seemed to …": PolNeAR leaves the source
// empty, the rules pick up whatever noun phrase precedes the cue). A binary averaged perceptron over hashed
// features of the cue, the source span and their relation; trained by scripts/train-claims-sources.ts on PolNeAR
// train; weights in models/claims-source-model.json.
import MODEL from '../../../models/claims-source-model.json';
import type { DocContext } from './context';
import { isCapitalized } from './context';
import { cls, hashString, mix, WeightTable, wordHash } from './cue-model';
import type { TokenRange } from './source';

export interface SourceModel {
  readonly weights: WeightTable;
  readonly bias: number;
  /** The source is dropped when the score exceeds this. */
  readonly threshold: number;
}

interface ModelFile { readonly bias: number; readonly threshold: number; readonly weights: Record<string, number> }

let shipped: SourceModel | null = null;

export function loadSourceModel(m: ModelFile): SourceModel {
  return { bias: m.bias, threshold: m.threshold, weights: WeightTable.from(m.weights) };
}

export function shippedSourceModel(): SourceModel {
  if (!shipped) shipped = loadSourceModel(MODEL as unknown as ModelFile);
  return shipped;
}

const lenBucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 9 ? 5 : 6);
const gapBucket = (d: number): number => (d < 0 ? -1 : d <= 2 ? d : d <= 5 ? 3 : d <= 12 ? 4 : 5);

export const SOURCE_FEATURES = 20;
const BUF = new Int32Array(SOURCE_FEATURES);

/**
 * Features of keeping source `src` for a claim with cue [cue) (phrase `key`) whose content starts at token cs,
 * in a document; written into a reused buffer that the caller scores (or copies) before the next call.
 */
export function sourceFeatures(ctx: DocContext, key: string, cue: TokenRange, src: TokenRange, cs: number): Int32Array {
  const n = ctx.tokens.length;
  const k = hashString(key);
  const f1 = wordHash(ctx, src.start, 0, n);
  const c1 = cls(ctx, src.start, 0, n);
  const before = src.end <= cue.start;
  const gap = before ? cue.start - src.end : -1;
  const len = lenBucket(src.end - src.start);
  const f = BUF;
  f[0] = mix(1, k);
  f[1] = mix(2, f1);
  f[2] = mix(3, wordHash(ctx, src.end - 1, 0, n));
  f[3] = mix(4, len);
  f[4] = mix(5, gapBucket(gap));
  f[5] = mix(6, c1);
  f[6] = mix(7, cls(ctx, src.start - 1, 0, n));
  f[7] = mix(8, wordHash(ctx, cue.end, 0, n));
  f[8] = mix(mix(9, k), gapBucket(gap));
  f[9] = mix(mix(10, k), c1);
  f[10] = mix(mix(11, k), len);
  f[11] = mix(12, cls(ctx, cs, 0, n));
  f[12] = mix(mix(13, k), cls(ctx, cs, 0, n));
  f[13] = mix(14, isCapitalized(ctx, cue.start) ? 1 : 0);
  f[14] = mix(mix(15, c1), len);
  f[15] = mix(16, wordHash(ctx, cue.start - 1, 0, n));
  f[16] = mix(17, cls(ctx, src.end - 1, 0, n));
  f[17] = mix(18, verbish(ctx, src));
  f[18] = mix(mix(19, k), wordHash(ctx, cs, 0, n));
  f[19] = mix(mix(20, f1), gapBucket(gap));
  return f;
}

/** 1 when the span holds a comma, 2 a lower-case -ed/-ing word (a clause rather than a name), 3 both, else 0. */
function verbish(ctx: DocContext, src: TokenRange): number {
  let v = 0;
  for (let i = src.start; i < src.end; i++) {
    const t = ctx.tokens[i].text;
    if (t === ',') v |= 1;
    else if (t.length > 4 && !isCapitalized(ctx, i) && /(?:ed|ing)$/.test(t)) v |= 2;
  }
  return v;
}

export function keepsSource(ctx: DocContext, model: SourceModel, key: string, cue: TokenRange, src: TokenRange, cs: number): boolean {
  const f = sourceFeatures(ctx, key, cue, src, cs);
  return model.weights.score(model.bias, f) <= model.threshold;
}
