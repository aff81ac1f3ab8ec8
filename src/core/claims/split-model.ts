// The split decision for a nested attribution: an accepted cue inside an open claim's content ("blamed | the media
// for making an issue out of Donald Trump’s claim that …", "pledged | to enact …, and he, once again, pledged …")
// either stays inside the outer content or cuts it there and makes a claim of its own. PolNeAR gives each token to at
// most one attribution, so when gold marks the inner attribution the outer content stops before it; most nested cues
// it leaves inside. The rules cut at separable cues (a participle, a coordinated verb, a separator before the cue's
// source) and nowhere else; the model overrules them either way only when it is sure: it cuts at a cue the rules
// leave inside when its score exceeds `threshold`, and leaves a separable cue inside when its score is at most
// `keep`. Binary averaged perceptron over hashed features of both cues (their classifier scores, phrases), the
// region before the inner cue, its source and how the rules separate it, trained by scripts/train-claims-split.ts on
// held-out folds of PolNeAR train (the cue scores it learns from are those of unseen text, as at run time); weights
// in models/claims-split-model.json.
import MODEL from '../../../models/claims-split-model.json';
import type { DocContext } from './context';
import { isOpenQuoteMark } from './context';
import { cls, hashString, mix, wordHash } from './cue-model';
import { NOT_JUDGED } from './cues';
import type { TokenRange } from './source';
import { WeightTable } from './weight-table';
import type { PackedWeights } from './weight-table';

export interface SplitModel {
  readonly weights: WeightTable;
  readonly bias: number;
  /** A cue the rules leave inside cuts the outer content when its score exceeds this. */
  readonly threshold: number;
  /** A cue the rules separate stays inside the outer content when its score is at most this. */
  readonly keep: number;
}

export interface SplitModelFile {
  readonly bias: number; readonly threshold: number; readonly keep: number; readonly weights: Record<string, number> | PackedWeights;
}

export function loadSplitModel(m: SplitModelFile): SplitModel {
  return { bias: m.bias, threshold: m.threshold, keep: m.keep, weights: WeightTable.from(m.weights) };
}

let shipped: SplitModel | null = null;

export function shippedSplitModel(): SplitModel {
  if (!shipped) shipped = loadSplitModel(MODEL as unknown as SplitModelFile);
  return shipped;
}

/** How the rules separate a nested cue (Nesting.kind): not at all, or as a participle, coordinated, after a separator. */
export const INSIDE = 0, PARTICIPLE = 1, COORDINATED = 2, SEPARATED = 3;

/** What the decision reads: the open (outer) claim and the nested cue, with their cue classifier scores. */
export interface Nesting {
  /** The outer claim's content start and its cue's start. */
  readonly contentStart: number;
  readonly outerCueStart: number;
  /** hashInt of the outer and inner cue phrases. */
  readonly outerKey: number;
  readonly innerKey: number;
  /** Cue classifier scores (findCues' scores; NOT_JUDGED for "said"-like phrases). */
  readonly outerScore: number;
  readonly innerScore: number;
  readonly cue: TokenRange;
  /** The subject right before the inner cue (leftSource), or null. */
  readonly src: TokenRange | null;
  /** The separator before the inner region, or −1. */
  readonly sep: number;
  /** How the rules separate it: INSIDE (not), PARTICIPLE, COORDINATED, SEPARATED (a separator before its source). */
  readonly kind: number;
}

export const SPLIT_FEATURES = 24;
const BUF = new Int32Array(SPLIT_FEATURES);
const CONTENT_START = hashString('<content start>') | 0;
const NO_SOURCE = hashString('<no source>') | 0;
const COMMA = hashString(',') | 0;

/** Score bins of width 3 from −12 to 24; NOT_JUDGED apart. */
const scoreBin = (s: number): number => (s >= NOT_JUDGED ? 99 : Math.max(-4, Math.min(8, Math.floor(s / 3))));
const diffBin = (x: number, y: number): number => (x >= NOT_JUDGED || y >= NOT_JUDGED ? 99 + (x >= NOT_JUDGED ? 1 : 0) + (y >= NOT_JUDGED ? 2 : 0)
  : Math.max(-4, Math.min(4, Math.floor((x - y) / 5))));
const distanceBucket = (d: number): number => (d <= 0 ? 0 : d <= 2 ? 1 : d <= 4 ? 2 : d <= 8 ? 3 : d <= 15 ? 4 : d <= 25 ? 5 : 6);

/** Hashed features of nesting n in sentence [a, b), in a buffer reused between calls (the trainer copies them). */
export function splitFeatures(ctx: DocContext, n: Nesting, a: number, b: number): Int32Array {
  const r = n.src ? n.src.start : n.cue.start; // where the inner region starts
  const atStart = r <= n.contentStart;
  const wordBefore = atStart ? CONTENT_START : wordHash(ctx, r - 1, a, b);
  const classBefore = atStart ? CONTENT_START : cls(ctx, r - 1, a, b);
  const srcKind = n.src ? cls(ctx, n.src.end - 1, a, b) : NO_SOURCE;
  const srcLen = n.src ? Math.min(4, n.src.end - n.src.start) : 0;
  let commas = 0;
  for (let k = n.contentStart; k < r && commas < 3; k++) if (wordHash(ctx, k, a, b) === COMMA) commas++;
  const quoted = (ctx.quoteOf[n.cue.start] >= 0 ? 2 : 0) + (isOpenQuoteMark(ctx, n.contentStart) ? 1 : 0);
  const inner = scoreBin(n.innerScore);
  const f = BUF;
  f[0] = mix(301, inner);
  f[1] = mix(302, scoreBin(n.outerScore));
  f[2] = mix(mix(303, inner), scoreBin(n.outerScore));
  f[3] = mix(304, n.innerKey);
  f[4] = mix(305, n.outerKey);
  f[5] = mix(306, wordBefore);
  f[6] = mix(307, classBefore);
  f[7] = mix(308, srcKind);
  f[8] = mix(309, srcLen);
  f[9] = mix(310, distanceBucket(r - n.contentStart));
  f[10] = mix(311, distanceBucket(b - n.cue.end));
  f[11] = mix(312, quoted);
  f[12] = mix(313, commas);
  f[13] = mix(314, n.sep >= 0 ? wordHash(ctx, n.sep, a, b) : 0);
  f[14] = mix(315, wordHash(ctx, n.cue.end, a, b));
  f[15] = mix(316, cls(ctx, n.cue.end, a, b));
  f[16] = mix(mix(317, inner), classBefore);
  f[17] = mix(mix(318, srcKind), classBefore);
  f[18] = mix(mix(319, n.innerKey), classBefore);
  f[19] = mix(320, n.outerCueStart < n.contentStart ? 1 : 0);
  f[20] = mix(321, diffBin(n.innerScore, n.outerScore));
  f[21] = mix(322, n.kind);
  f[22] = mix(mix(323, n.kind), inner);
  f[23] = mix(mix(324, n.kind), classBefore);
  return f;
}

/** Whether the nested cue cuts the outer content and makes a claim of its own. */
export function splitsOff(ctx: DocContext, model: SplitModel, n: Nesting, a: number, b: number): boolean {
  return model.weights.score(model.bias, splitFeatures(ctx, n, a, b)) > (n.kind === INSIDE ? model.threshold : model.keep);
}
