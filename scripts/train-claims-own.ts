// Trains the content ownership model (src/core/claims/ownership.ts) on PolNeAR train. The extractor runs with the
// rules' ownership (the outer claim keeps its content) and reports every accepted cue inside an open content that
// the rules skip; the example is positive when a gold attribution with that cue has content after it, negative
// otherwise (the outer attribution owns it, or neither does). Binary averaged perceptron, fixed epochs and document
// order: deterministic. Writes models/claims-own-model.json.
// Cross-validation on train (five folds, the other models the ones given or shipped):
// node out/scripts/train-claims-own.js --cv
import * as path from 'node:path';
import type { GoldDoc } from '../bench/claims-data';
import { loadSplit } from '../bench/claims-data';
import { emptyCounts, scoreDoc } from '../bench/claims-score';
import { hashString, WeightTable } from '../src/core/claims/cue-model';
import type { ExtractOptions } from '../src/core/claims/extract';
import { cueKey, extractClaims } from '../src/core/claims/extract';
import { ownFeatures } from '../src/core/claims/ownership';
import type { OwnModel } from '../src/core/claims/ownership';
import type { Sentence, Token } from '../src/core/text/token';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { AveragedWeights, BinaryExample } from './binaryPerceptron';
import { trainAveragedPerceptron, writeModelJson } from './binaryPerceptron';
import { contentScores } from './claimsCrossValidation';

const EPOCHS = 6;
const MIN_ABS_WEIGHT = 0.05;
/** Decision threshold, chosen by CV on train (bench/claims-experiments.md, session 9). */
export const OWN_THRESHOLD = 0;

type Models = Pick<ExtractOptions, 'startModel' | 'endModel' | 'sourceModel' | 'claimFilter' | 'cueLexicon' | 'cueModel'>;

interface Doc { readonly gold: GoldDoc; readonly tokens: Token[]; readonly sentences: Sentence[] }


/** The benchmark's verdict on one document's claims as one number: right attributions first, then exact contents. */
function docScore(gold: GoldDoc, preds: Parameters<typeof scoreDoc>[1]): number {
  const c = emptyCounts();
  scoreDoc(gold, preds, c);
  return 4 * c.attribution + 2 * c.exact + c.overlap - c.pred;
}

/**
 * The ownership examples of one document. Each skipped inner cue is labelled by what giving it the content does:
 * the document is extracted once with the rules and once per such cue with only that cue taking its content, and
 * the example is positive when the benchmark's score of the document rises (right attributions, then exact
 * contents), negative otherwise. (Labelling by the gold cue alone — positive when the inner cue has gold content
 * after it — taught splits that lost attribution even where the label was right: the outer claim loses the part
 * after the inner content, the inner one often gets no right source.)
 */
export function ownExamples(gold: GoldDoc, tokens: readonly Token[], sentences: readonly Sentence[], models: Models = {}): BinaryExample[] {
  const feats: number[][] = [];
  const opts: ExtractOptions = { ...models, ownModel: false };
  const base = docScore(gold, extractClaims(gold.text, tokens, sentences, {
    ...opts,
    onInner: (ctx, open, cue, src, sep, a, b) => {
      if (!open.cue) return false;
      feats.push(Array.from(ownFeatures(ctx, hashString(cueKey(ctx, open.cue)), open.cue.start, open.contentStart, hashString(cue.key), cue.start, cue.end, src, sep, a, b)));
      return false;
    },
  }));
  const out: BinaryExample[] = [];
  for (let k = 0; k < feats.length; k++) {
    let seen = 0;
    const s = docScore(gold, extractClaims(gold.text, tokens, sentences, {
      ...opts,
      onInner: (_ctx, open) => open.cue !== null && seen++ === k,
    }));
    out.push({ feats: feats[k], y: s > base ? 1 : -1 });
  }
  return out;
}

export function trainOwnWeights(examples: readonly BinaryExample[]): AveragedWeights {
  return trainAveragedPerceptron(examples, EPOCHS, MIN_ABS_WEIGHT);
}

/** The model file's content, trained on the given documents. */
export function trainOwnModel(docs: readonly GoldDoc[], models: Models = {}): { about: string; epochs: number; threshold: number } & AveragedWeights {
  const examples: BinaryExample[] = [];
  for (const d of docs) {
    const tokens = tokenize(d.text);
    examples.push(...ownExamples(d, tokens, splitSentences(d.text, tokens), models));
  }
  const { bias, weights } = trainOwnWeights(examples);
  return {
    about: 'Content ownership model (binary averaged perceptron) trained by scripts/train-claims-own.ts on PolNeAR v1.0 train. See models/claims.md.',
    epochs: EPOCHS,
    threshold: OWN_THRESHOLD,
    bias,
    weights,
  };
}

export function writeOwnModel(model: ReturnType<typeof trainOwnModel>): void {
  writeModelJson(path.resolve(__dirname, '../../models/claims-own-model.json'), model);
}

export const asOwnModel = (w: AveragedWeights, threshold = OWN_THRESHOLD): OwnModel => ({ bias: w.bias, threshold, weights: WeightTable.from(w.weights) });

/** Five folds: each fold extracted with a model trained on the other four, per threshold, against the rules. */
function crossValidateThresholds(thresholds: readonly number[]): void {
  const docs: Doc[] = loadSplit('train').map((gold) => {
    const tokens = tokenize(gold.text);
    return { gold, tokens, sentences: splitSentences(gold.text, tokens) };
  });
  const examples = docs.map((d) => ownExamples(d.gold, d.tokens, d.sentences));
  const rules = emptyCounts();
  const byT = thresholds.map(() => emptyCounts());
  const filterOff = process.argv.includes('--no-filter') ? { claimFilter: false as const } : {};
  for (let f = 0; f < 5; f++) {
    const w = trainOwnWeights(examples.filter((_e, i) => i % 5 !== f).flat());
    for (let i = f; i < docs.length; i += 5) {
      const d = docs[i];
      scoreDoc(d.gold, extractClaims(d.gold.text, d.tokens, d.sentences, { ...filterOff, ownModel: false }), rules);
      thresholds.forEach((t, ti) => scoreDoc(d.gold, extractClaims(d.gold.text, d.tokens, d.sentences, { ...filterOff, ownModel: asOwnModel(w, t) }), byT[ti]));
    }
  }
  const report = contentScores(2);
  console.log(`rules: ${report(rules)}`);
  thresholds.forEach((t, ti) => console.log(`threshold ${t}: ${report(byT[ti])}`));
}

if (require.main === module && process.argv.includes('--cv')) crossValidateThresholds([-2, -1, 0, 1, 2, 4]);
