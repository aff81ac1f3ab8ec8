// Content ownership between nested cues: an accepted cue inside an open claim's content that the rules cannot
// separate ("a wall Trump's claim that Mexico will pay for", "Republicans who have praised him warned that …",
// "Even so, he made the decision not to …") either stays part of the outer content (the rules' default) or owns
// the content after it, the outer claim being cut before it. PolNeAR is univocal: each token has one attribution,
// so only one of the two can keep it. A binary averaged perceptron over hashed features decides; it is trained by
// scripts/train-claims-own.ts on PolNeAR train (weights in models/claims-own-model.json).
import MODEL from '../../../models/claims-own-model.json';
import type { DocContext } from './context';
import { cls, mix, WeightTable, wordHash } from './cue-model';
import type { PackedWeights } from './cue-model';
import { isCapitalized, isOpenQuoteMark, nm } from './context';
import type { TokenRange } from './source';
import { SUBJECT_PRONOUNS } from './words';

export interface OwnModel {
  readonly weights: WeightTable;
  readonly bias: number;
  /** The inner cue takes the content when its score exceeds this. */
  readonly threshold: number;
}

interface ModelFile { readonly bias: number; readonly threshold: number; readonly weights: Record<string, number> | PackedWeights }

let shipped: OwnModel | null = null;

export function loadOwnModel(m: ModelFile): OwnModel {
  return { bias: m.bias, threshold: m.threshold, weights: WeightTable.from(m.weights) };
}

export function shippedOwnModel(): OwnModel {
  if (!shipped) shipped = loadOwnModel(MODEL as unknown as ModelFile);
  return shipped;
}

export const OWN_FEATURES = 18;
const BUF = new Int32Array(OWN_FEATURES);

const bucket = (n: number): number => (n < 4 ? n : n < 8 ? 4 : n < 16 ? 5 : 6);

/** 0 no source, 1 a subject pronoun, 2 a capitalised mention, 3 another noun phrase. */
function sourceShape(ctx: DocContext, src: TokenRange | null): number {
  if (!src) return 0;
  if (src.end - src.start === 1 && SUBJECT_PRONOUNS.has(nm(ctx, src.start))) return 1;
  return isCapitalized(ctx, src.start) ? 2 : 3;
}

/**
 * Features of an inner cue [cueStart, cueEnd) (hashed phrase `inner`) with the source the rules found for it
 * (`src`, or null) and separator `sep` (or -1), inside the content [cs, ce) of a claim whose cue (hashed phrase
 * `outer`) starts at outerStart; sentence [a, b). The buffer is reused.
 */
export function ownFeatures(ctx: DocContext, outer: number, outerStart: number, cs: number, inner: number, cueStart: number,
  cueEnd: number, src: TokenRange | null, sep: number, a: number, b: number): Int32Array {
  const region = src && src.start < cueStart ? src.start : cueStart;
  const shape = sourceShape(ctx, src);
  const prev = wordHash(ctx, region - 1, a, b);
  const next = wordHash(ctx, cueEnd, a, b);
  let that = 0; // "that" or an opening quote between the outer content's start and the inner cue's region
  for (let k = cs; k < region; k++) if (nm(ctx, k) === 'that' || isOpenQuoteMark(ctx, k)) { that = 1; break; }
  const f = BUF;
  f[0] = mix(1, inner);
  f[1] = mix(2, outer);
  f[2] = mix(mix(3, outer), inner);
  f[3] = mix(4, shape);
  f[4] = mix(mix(5, shape), inner);
  f[5] = mix(6, prev);
  f[6] = mix(mix(7, prev), shape);
  f[7] = mix(8, sep >= 0 ? wordHash(ctx, sep, a, b) : 0);
  f[8] = mix(9, next);
  f[9] = mix(mix(10, next), inner);
  f[10] = mix(11, cls(ctx, cueEnd, a, b));
  f[11] = mix(12, bucket(region - cs));
  f[12] = mix(13, bucket(b - cueEnd));
  f[13] = mix(mix(14, that), shape);
  f[14] = mix(15, wordHash(ctx, cueStart - 1, a, b));
  f[15] = mix(mix(16, cls(ctx, region - 1, a, b)), cls(ctx, cueEnd, a, b));
  f[16] = mix(17, bucket(cs - outerStart));
  f[17] = mix(mix(18, region === cs ? 1 : 0), inner);
  return f;
}

/** Whether the inner cue takes the content after it from the outer claim. */
export function innerOwns(model: OwnModel, feats: Int32Array): boolean {
  return model.weights.score(model.bias, feats) > model.threshold;
}
