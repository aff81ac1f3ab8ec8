// Trains the claim filter (src/core/claims/claim-filter.ts) on PolNeAR train. Its examples must look like the claims
// it will judge on unseen text, so they come from held-out folds: for each fifth of train, the cue lexicon and cue
// classifier are learned on the other four fifths and the fifth is extracted with them (the content-start, -end and
// source models are the ones given, as in the other trainers). Every finished claim is an example, positive when its
// content overlaps a gold content piece. Binary averaged perceptron, fixed epochs and document order: deterministic.
// Writes models/claims-filter-model.json.
// Cross-validation on train (per threshold, each fold's claims judged by a filter trained on the other folds' claims):
// node out/scripts/train-claims-filter.js --cv
// The filter's examples get their sources from a ranker trained without their fold (foldRankerModels). With
// CLAIMS_CV_FOLD_RANKER=1 the cross-validation scores each fold with that ranker too (else with the shipped one, which
// saw every fold). CLAIMS_CV_FOLD_BOUNDS=1 holds out the content-start and -end models as well (foldBoundsModels: per
// fold trained on the other four fifths, start first, the end model with that start model, as train-claims does):
// each fold's extraction (the filter's examples, the fold ranker's training, the scored claims) uses them instead
// of the shipped ones, which saw every fold. Both flags together hold out every model the claims use
// (though the start, end and ranker trainers still extract with the shipped lexicon and cue classifier).
// The split decision for nested cues (split-model.ts) is always held out: per fold a split model trained on the other
// folds' nested cues (foldSplitModels), used for the fold's rankers, filter examples and scored claims;
// CLAIMS_CV_SPLIT=t / CLAIMS_CV_SPLIT_KEEP=k set its thresholds (tuning), CLAIMS_CV_SPLIT=rules uses the rules' cuts.
// CLAIMS_CUE_THRESHOLD=t runs the fold cue classifiers at threshold t instead of the shipped model's (for --cv; set
// while training, it changes the filter's examples).
import * as path from 'node:path';
import type { GoldDoc } from '../bench/claims-data';
import { loadSplit } from '../bench/claims-data';
import { emptyCounts, scoreDoc } from '../bench/claims-score';
import type { ClaimFilter } from '../src/core/claims/claim-filter';
import { filterFeatures } from '../src/core/claims/claim-filter';
import type { CueModel } from '../src/core/claims/cue-model';
import { hashString, shippedCueModel } from '../src/core/claims/cue-model';
import { WeightTable } from '../src/core/claims/weight-table';
import type { ExtractOptions } from '../src/core/claims/extract';
import { cueKey, extractClaims } from '../src/core/claims/extract';
import type { CueLexicon } from '../src/core/claims/lexicon';
import { buildLexicon } from '../src/core/claims/lexicon';
import type { Sentence } from '../src/core/text/token';
import type { Tokens } from '../src/core/text/tokens';
import { isTurn } from '../src/core/claims/transcript';
import { isIntroducedQuote } from '../src/core/claims/introduced-quote';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { AveragedWeights, BinaryExample } from './binaryPerceptron';
import { trainAveragedPerceptron, writeModelJson } from './binaryPerceptron';
import { contentScores } from './claimsCrossValidation';
import { CANDIDATE_LEXICON, trainCueModel } from './train-claims-cues';
import { computeStats } from './train-claims-lexicon';
import { trainSourceRanker } from './train-claims-sources';
import { trainStartModel } from './train-claims-starts';
import { trainEndModel } from './train-claims-ends';
import { SPLIT_KEEP, SPLIT_THRESHOLD, splitExamples, trainSplitWeights } from './train-claims-split';
import type { SplitModel } from '../src/core/claims/split-model';
import { loadSplitModel } from '../src/core/claims/split-model';
import { loadSourceRanker } from '../src/core/claims/source-ranker';
import { loadStartModel } from '../src/core/claims/start-model';
import { loadEndModel } from '../src/core/claims/end-model';

const FOLDS = 5;
const EPOCHS = 6;
/** The fold cue classifiers' threshold: the shipped one's, or CLAIMS_CUE_THRESHOLD (to recheck it with the filter after it). */
const CUE_THRESHOLD = process.env.CLAIMS_CUE_THRESHOLD ? Number(process.env.CLAIMS_CUE_THRESHOLD) : shippedCueModel().threshold;
const MIN_ABS_WEIGHT = 0.05;
/** Decision threshold, chosen by --cv on train (bench/claims-experiments.md). */
const THRESHOLD = -3;

type Models = Pick<ExtractOptions, 'startModel' | 'endModel' | 'sourceModel' | 'splitModel' | 'cueLexicon' | 'cueModel'>;
type Bounds = Pick<ExtractOptions, 'startModel' | 'endModel'>;

export interface Doc { readonly gold: GoldDoc; readonly tokens: Tokens; readonly sentences: Sentence[] }

/** The lexicon and cue classifier learned without fold f, as extractClaims takes them. */
export interface FoldCues { readonly cueLexicon: CueLexicon; readonly cueModel: CueModel }

export function prepare(docs: readonly GoldDoc[]): Doc[] {
  return docs.map((gold) => {
    const tokens = tokenize(gold.text);
    return { gold, tokens, sentences: splitSentences(gold.text, tokens) };
  });
}

export function foldCues(docs: readonly Doc[], f: number): FoldCues {
  const rest = docs.filter((_d, i) => i % FOLDS !== f);
  const stats = computeStats(rest.map((d) => d.gold), rest.map((d) => d.tokens));
  const { bias, weights } = trainCueModel([{ docs: rest.map((d) => d.gold), stats }], false);
  return {
    cueLexicon: buildLexicon(stats, CANDIDATE_LEXICON),
    cueModel: { bias, weights: WeightTable.from(weights), threshold: CUE_THRESHOLD }, // the folds decide as the shipped classifier does
  };
}

/** The examples of one document: its finished claims, extracted with the fold's cues, without a filter. */
function docExamples(d: Doc, cues: FoldCues, models: Models): BinaryExample[] {
  const out: BinaryExample[] = [];
  const units = d.gold.attributions.flatMap((a) => a.content);
  extractClaims(d.gold.text, d.tokens, d.sentences, {
    ...models, ...cues, claimFilter: false,
    onClaims: (ctx, raw) => {
      for (const r of raw) {
        if (r.contentEnd <= r.contentStart || isTurn(r) || isIntroducedQuote(r)) continue; // the filter leaves those alone
        const s = d.tokens.start(r.contentStart);
        const e = d.tokens.end(r.contentEnd - 1);
        const key = r.cue ? hashString(cueKey(ctx, r.cue)) | 0 : 0;
        const y = units.some((u) => u.start < e && s < u.end) ? 1 : -1;
        out.push({ feats: Array.from(filterFeatures(ctx, r, key)), y });
      }
    },
  });
  return out;
}

/** Held-out examples of every document (index-aligned with docs) and the fold cues that made them. */
function heldOutExamples(docs: readonly Doc[], models: Models | ((f: number) => Models), given?: readonly FoldCues[]): { examples: BinaryExample[][]; cues: FoldCues[] } {
  const examples: BinaryExample[][] = [];
  const cues: FoldCues[] = [];
  for (let f = 0; f < FOLDS; f++) {
    cues.push(given?.[f] ?? foldCues(docs, f));
    const m = typeof models === 'function' ? models(f) : models;
    for (let i = f; i < docs.length; i += FOLDS) examples[i] = docExamples(docs[i], cues[f], m);
    console.error(`claim filter: fold ${f} extracted`);
  }
  return { examples, cues };
}

/**
 * Per fold, the given models with a source ranker trained on the other four fifths: the filter's examples must not
 * carry sources from a ranker that saw their own documents (it is right far more often there than on new text).
 */
export function foldRankerModels(docs: readonly Doc[], models: Models | ((f: number) => Models)): Models[] {
  const out: Models[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const m = typeof models === 'function' ? models(f) : models;
    const rest = docs.filter((_d, i) => i % FOLDS !== f).map((d) => d.gold);
    const ranker = trainSourceRanker(rest, false, { startModel: m.startModel, endModel: m.endModel, splitModel: m.splitModel, cueLexicon: m.cueLexicon, cueModel: m.cueModel });
    out.push({ ...m, sourceModel: loadSourceRanker(ranker) });
  }
  return out;
}

/**
 * Per fold, content-start and -end models trained on the other four fifths, in train-claims' order
 * (CLAIMS_CV_FOLD_BOUNDS), extracting with that fold's cue lexicon and classifier, which never saw the fold either.
 */
export function foldBoundsModels(docs: readonly Doc[], cues: readonly FoldCues[]): Bounds[] {
  const out: Bounds[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const rest = docs.filter((_d, i) => i % FOLDS !== f).map((d) => d.gold);
    const startModel = loadStartModel(trainStartModel(rest, false, cues[f]));
    out.push({ startModel, endModel: loadEndModel(trainEndModel(rest, false, startModel, cues[f])) });
    console.error(`claim filter: fold ${f} start and end models trained`);
  }
  return out;
}

/** The split model's examples of every document (index-aligned with docs), each fold's extracted with its held-out cues. */
function foldSplitExamples(docs: readonly Doc[], cues: readonly FoldCues[], bounds: (f: number) => Bounds): BinaryExample[][] {
  const examples: BinaryExample[][] = [];
  for (let f = 0; f < FOLDS; f++) {
    for (let i = f; i < docs.length; i += FOLDS) examples[i] = splitExamples(docs[i], { ...cues[f], ...bounds(f) });
  }
  return examples;
}

/**
 * Per fold, a split model (split-model.ts) trained on the other folds' nested cues, each fold's extracted with its own
 * held-out cues and the fold's bounds models; prints how its decisions on the held-out fold match gold's.
 */
export function foldSplitModels(docs: readonly Doc[], cues: readonly FoldCues[], bounds: (f: number) => Bounds,
  threshold = SPLIT_THRESHOLD, keep = SPLIT_KEEP): SplitModel[] {
  const examples = foldSplitExamples(docs, cues, bounds);
  const out: SplitModel[] = [];
  const scored: [number, number][] = []; // held-out score, y
  for (let f = 0; f < FOLDS; f++) {
    const model = loadSplitModel({ ...trainSplitWeights(examples.filter((_e, i) => i % FOLDS !== f).flat()), threshold, keep });
    out.push(model);
    for (let i = f; i < docs.length; i += FOLDS) for (const e of examples[i]) scored.push([model.weights.score(model.bias, e.feats), e.y]);
  }
  const pos = scored.filter(([, y]) => y > 0).length;
  const above = (t: number): string => { const cut = scored.filter(([s]) => s > t); return `> ${t}: ${cut.length} (${cut.filter(([, y]) => y > 0).length} gold)`; };
  console.error(`split models: ${scored.length} nested cues, ${pos} gold splits; held-out scores ${[-5, -3, 0, 5, 10].map(above).join(', ')}`);
  return out;
}

/** The split model on all of train: its examples from held-out cues (as the filter's), the given bounds models. */
export function trainSplitModel(gold: readonly GoldDoc[], bounds: Bounds): AveragedWeights {
  const docs = prepare(gold);
  const cues = docs.length ? Array.from({ length: FOLDS }, (_x, f) => foldCues(docs, f)) : [];
  return trainSplitWeights(foldSplitExamples(docs, cues, () => bounds).flat());
}

export function trainClaimFilter(gold: readonly GoldDoc[], models: Models = {}): AveragedWeights {
  const docs = prepare(gold);
  const cues = Array.from({ length: FOLDS }, (_x, f) => foldCues(docs, f));
  // Split decisions, like sources, from a model trained without the example's fold.
  const splits = foldSplitModels(docs, cues, () => models);
  const perFold = foldRankerModels(docs, (f) => ({ ...models, splitModel: splits[f] }));
  const { examples } = heldOutExamples(docs, (f) => perFold[f], cues);
  return trainAveragedPerceptron(examples.flat(), EPOCHS, MIN_ABS_WEIGHT);
}

export function writeClaimFilter({ bias, weights }: AveragedWeights): void {
  const model = {
    about: 'Claim filter (binary averaged perceptron) trained by scripts/train-claims-filter.ts on claims extracted from held-out folds of PolNeAR v1.0 train. See models/claims.md.',
    epochs: EPOCHS,
    threshold: THRESHOLD,
    bias,
    weights,
  };
  writeModelJson(path.resolve(__dirname, '../../models/claims-filter-model.json'), model);
}

/**
 * Each fold's documents are extracted with that fold's cues and a filter trained on the other folds' examples,
 * per threshold; "no filter" is the same extraction without one (the cue classifier's own cross-validation).
 */
function crossValidateThresholds(thresholds: readonly number[]): void {
  const docs = prepare(loadSplit('train'));
  const given = Array.from({ length: FOLDS }, (_x, f) => foldCues(docs, f));
  // The shipped start and end models unless CLAIMS_CV_FOLD_BOUNDS=1; the fold rankers are trained with them, and in
  // that mode with the fold's cues too (else with the shipped cue lexicon and classifier, which saw every fold).
  const foldBounds = process.env.CLAIMS_CV_FOLD_BOUNDS === '1';
  const bounds = foldBounds ? foldBoundsModels(docs, given) : null;
  const split = process.env.CLAIMS_CV_SPLIT;
  const splits = split === 'rules' ? null : foldSplitModels(docs, given, (f) => bounds?.[f] ?? {},
    split ? Number(split) : undefined, process.env.CLAIMS_CV_SPLIT_KEEP ? Number(process.env.CLAIMS_CV_SPLIT_KEEP) : undefined);
  const base = (f: number): Models => ({ ...(foldBounds ? given[f] : {}), ...(bounds?.[f] ?? {}), splitModel: splits ? splits[f] : false });
  const perFold = foldRankerModels(docs, base);
  // The filter's examples as trainClaimFilter makes them; the scored claims' sources from the shipped ranker unless
  // CLAIMS_CV_FOLD_RANKER=1.
  const { examples, cues } = heldOutExamples(docs, (f) => perFold[f], given);
  const rankers = process.env.CLAIMS_CV_FOLD_RANKER === '1' ? perFold : perFold.map((_m, f) => base(f));
  const none = emptyCounts();
  const byT = thresholds.map(() => emptyCounts());
  for (let g = 0; g < FOLDS; g++) {
    const { bias, weights } = trainAveragedPerceptron(examples.filter((_e, i) => i % FOLDS !== g).flat(), EPOCHS, MIN_ABS_WEIGHT);
    const table = WeightTable.from(weights);
    for (let i = g; i < docs.length; i += FOLDS) {
      const d = docs[i];
      scoreDoc(d.gold, extractClaims(d.gold.text, d.tokens, d.sentences, { ...rankers[g], ...cues[g], claimFilter: false }), none);
      thresholds.forEach((t, ti) => {
        const filter: ClaimFilter = { bias, weights: table, threshold: t };
        scoreDoc(d.gold, extractClaims(d.gold.text, d.tokens, d.sentences, { ...rankers[g], ...cues[g], claimFilter: filter }), byT[ti]);
      });
    }
  }
  const report = contentScores(2);
  console.log(`no filter: ${report(none)}`);
  thresholds.forEach((t, ti) => console.log(`threshold ${t}: ${report(byT[ti])}`));
}

if (require.main === module && process.argv.includes('--cv')) crossValidateThresholds([-5, -4, -3, -2, -1, 0, 1]);
