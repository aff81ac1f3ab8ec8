// Trains the split decision for nested attributions (src/core/claims/split-model.ts) on PolNeAR train. Its examples
// are the accepted cues inside an open claim's content that the rules leave inside, found while extracting each fifth
// of train with the lexicon and cue classifier learned on the other four fifths (so the cue scores it learns from look
// like those of unseen text) and the given content-start and -end models, without a split model. An example is
// positive when the inner cue overlaps a gold cue (of another attribution than the outer cue's) and gold's outer
// content does not run over it: the cut split15's oracle made (bench/claims-experiments.md, session 15).
// Binary averaged perceptron, fixed epochs and document order: deterministic. The folds' extraction and the training
// on all of train (trainSplitModel, foldSplitModels) are in train-claims-filter.ts, with the other fold helpers.
// Writes models/claims-split-model.json.
import * as path from 'node:path';
import type { GoldDoc } from '../bench/claims-data';
import type { ExtractOptions, RawClaim } from '../src/core/claims/extract';
import { extractClaims } from '../src/core/claims/extract';
import type { Nesting } from '../src/core/claims/split-model';
import type { Sentence } from '../src/core/text/token';
import type { Tokens } from '../src/core/text/tokens';
import type { AveragedWeights, BinaryExample } from './binaryPerceptron';
import { trainAveragedPerceptron, writeModelJson } from './binaryPerceptron';

export const SPLIT_EPOCHS = 10;
const MIN_ABS_WEIGHT = 0.05;
/**
 * The decision thresholds, chosen by the honest nested CV on train (bench/claims-experiments.md, session 16): cut at
 * a cue the rules leave inside above SPLIT_THRESHOLD, leave a separable one inside at SPLIT_KEEP or below.
 */
export const SPLIT_THRESHOLD = 5;
export const SPLIT_KEEP = -3;

interface SplitDoc { readonly gold: GoldDoc; readonly tokens: Tokens; readonly sentences: Sentence[] }

/** What one document's extraction runs with: the fold's cues and the bounds models (no split model). */
type SplitOptions = Pick<ExtractOptions, 'cueLexicon' | 'cueModel' | 'startModel' | 'endModel'>;

/** Whether gold cuts the outer content before the nested cue and makes the inner attribution a claim of its own. */
export function goldSplits(d: SplitDoc, outer: RawClaim, n: Nesting): boolean {
  const t = d.tokens;
  const ov = (s: { start: number; end: number }, a: number, e: number): boolean => s.start < t.end(e - 1) && t.start(a) < s.end;
  const oc = outer.cue;
  const gOut = oc ? d.gold.attributions.find((g) => g.cue.some((c) => ov(c, oc.start, oc.end))) : undefined;
  const gIn = d.gold.attributions.find((g) => g !== gOut && g.cue.some((c) => ov(c, n.cue.start, n.cue.end)));
  if (!gIn) return false;
  const at = t.start(n.cue.start);
  return !gOut || !gOut.content.some((p) => p.start < at && p.end > at);
}

/** The split examples of one document, extracted with `opts` and the rules' split decisions. */
export function splitExamples(d: SplitDoc, opts: SplitOptions): BinaryExample[] {
  const out: BinaryExample[] = [];
  extractClaims(d.gold.text, d.tokens, d.sentences, {
    ...opts, splitModel: false, sourceModel: false, claimFilter: false,
    onNested: (_ctx, outer, n, feats) => { out.push({ feats: Array.from(feats), y: goldSplits(d, outer, n) ? 1 : -1 }); },
  });
  return out;
}

export function trainSplitWeights(examples: readonly BinaryExample[]): AveragedWeights {
  return trainAveragedPerceptron(examples, SPLIT_EPOCHS, MIN_ABS_WEIGHT);
}

export function writeSplitModel({ bias, weights }: AveragedWeights): void {
  const model = {
    about: 'Split decision for nested attributions (binary averaged perceptron) trained by scripts/train-claims-split.ts on held-out folds of PolNeAR v1.0 train. See models/claims.md.',
    epochs: SPLIT_EPOCHS,
    threshold: SPLIT_THRESHOLD,
    keep: SPLIT_KEEP,
    bias,
    weights,
  };
  writeModelJson(path.resolve(__dirname, '../../models/claims-split-model.json'), model);
}
