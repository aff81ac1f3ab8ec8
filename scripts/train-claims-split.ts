// Trains the split decision for nested attributions (src/core/claims/split-model.ts) on PolNeAR train. Its examples
// are the accepted cues inside an open claim's content that the rules leave inside, found while extracting each fifth
// of train with the lexicon and cue classifier learned on the other four fifths (so the cue scores it learns from look
// like those of unseen text) and the given content-start and -end models, without a split model. An example is
// positive when the inner cue overlaps a gold cue (of another attribution than the outer cue's) and gold's outer
// content does not run over it: the cut split15's oracle made (bench/claims-experiments.md, session 15).
// Binary averaged perceptron, fixed epochs and document order: deterministic.
import type { GoldDoc } from '../bench/claims-data';
import type { ExtractOptions, RawClaim } from '../src/core/claims/extract';
import { extractClaims } from '../src/core/claims/extract';
import type { Nesting } from '../src/core/claims/split-model';
import type { Sentence } from '../src/core/text/token';
import type { Tokens } from '../src/core/text/tokens';
import type { AveragedWeights, BinaryExample } from './binaryPerceptron';
import { trainAveragedPerceptron } from './binaryPerceptron';

export const SPLIT_EPOCHS = 10;
const MIN_ABS_WEIGHT = 0.05;

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

/** The split examples of one document, extracted with `opts`. */
export function splitExamples(d: SplitDoc, opts: SplitOptions): BinaryExample[] {
  const out: BinaryExample[] = [];
  extractClaims(d.gold.text, d.tokens, d.sentences, {
    ...opts, splitModel: false, sourceModel: false, claimFilter: false,
    onNested: (_ctx, outer, n, feats) => { out.push({ feats: Array.from(feats), y: goldSplits(d, outer, n) ? 1 : -1 }); },
  });
  return out;
}

export function trainSplitModel(examples: readonly BinaryExample[]): AveragedWeights {
  return trainAveragedPerceptron(examples, SPLIT_EPOCHS, MIN_ABS_WEIGHT);
}
