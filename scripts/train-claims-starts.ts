// Trains the content-start model (src/core/claims/start-model.ts) on PolNeAR train. The extractor runs without
// the model (and without the end and source models) and reports every content start after a cue; when a gold attribution whose cue overlaps ours has a
// content piece starting at one of the start candidates, that candidate is the positive and the others are
// negatives. Binary averaged perceptron, fixed epochs and document order: deterministic. Writes
// models/claims-start-model.json. Cross-validation on train: node out/scripts/train-claims-starts.js --cv
import * as path from 'node:path';
import type { GoldDoc } from '../bench/claims-data';
import { loadSplit } from '../bench/claims-data';
import { hashString } from '../src/core/claims/cue-model';
import { extractClaims } from '../src/core/claims/extract';
import type { ExtractOptions } from '../src/core/claims/extract';
import { loadStartModel, scanStarts } from '../src/core/claims/start-model';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { BinaryExample } from './binaryPerceptron';
import { trainAveragedPerceptron, writeModelJson } from './binaryPerceptron';
import { contentScores, crossValidate } from './claimsCrossValidation';

const EPOCHS = 6;
// Pruned harder than the other models: a smaller table is faster to look up, and CV on train is unchanged
// (exact 65.06 at 0.3 against 65.07 at 0.05).
const MIN_ABS_WEIGHT = 0.3;
// CV on train: margin 0 and 1 tie (exact 65.22 / 65.15, attribution 73.83 both); 1 is the more conservative.
const MARGIN = 1;

type Example = BinaryExample & { feats: number[] };

/** Cue lexicon and classifier to extract with instead of the shipped ones (the nested CV's held-out folds). */
export type Cues = Pick<ExtractOptions, 'cueLexicon' | 'cueModel'>;

export function collectStartExamples(docs: readonly GoldDoc[], cues: Cues = {}): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    const tokens = tokenize(d.text);
    const sentences = splitSentences(d.text, tokens);
    // The later models (end, split, source) are off: the examples depend only on this code and the cue model.
    extractClaims(d.text, tokens, sentences, {
      ...cues,
      startModel: false,
      endModel: false,
      sourceModel: false,
      splitModel: false,
      onStart: (ctx, key, j, hi, rule) => {
        if (j >= hi) return;
        const cueStart = tokens.start(Math.max(0, j - 1));
        const cueEnd = tokens.end(j - 1);
        const starts = new Set<number>();
        for (const a of d.attributions) {
          if (!a.cue.some((c) => c.start < cueEnd && cueStart < c.end)) continue;
          for (const p of a.content) starts.add(p.start);
        }
        if (!starts.size) return;
        const cands: { k: number; f: number[] }[] = [];
        scanStarts(ctx, hashString(key), j, hi, rule, (k, f) => { cands.push({ k, f: [...f] }); });
        if (!cands.some((c) => starts.has(tokens.start(c.k)))) return;
        for (const c of cands) out.push({ feats: c.f, y: starts.has(tokens.start(c.k)) ? 1 : -1 });
      },
    });
  }
  return out;
}

interface ModelJson { about: string; epochs: number; margin: number; bias: number; weights: Record<string, number> }

export function trainStartModel(docs: readonly GoldDoc[], log = true, cues: Cues = {}): ModelJson {
  const examples = collectStartExamples(docs, cues);
  const { bias, weights } = trainAveragedPerceptron(examples, EPOCHS, MIN_ABS_WEIGHT, (epoch, errors) => {
    if (log) console.log(`start model epoch ${epoch}: ${errors} errors on ${examples.length} candidates`);
  });
  return {
    about: 'Content-start model (binary averaged perceptron) trained by scripts/train-claims-starts.ts on PolNeAR v1.0 train. See models/claims.md.',
    epochs: EPOCHS,
    margin: MARGIN,
    bias,
    weights,
  };
}

export function writeStartModel(model: ModelJson): void {
  writeModelJson(path.resolve(__dirname, '../../models/claims-start-model.json'), model);
}

/** Five-fold cross-validation on train: overlap / exact / attribution F1 at each margin vs the rule's start. */
function crossValidateMargins(margins: number[]): void {
  crossValidate(
    (docs) => trainStartModel(docs, false),
    { name: 'rule', options: { startModel: false } },
    (json) => margins.map((m) => ({ name: `model, margin ${m}`, options: { startModel: loadStartModel({ ...json, margin: m }) } })),
    contentScores(2),
  );
}

if (require.main === module) {
  if (process.argv.includes('--cv')) crossValidateMargins([0, 1, 2, 4, 8]);
  else writeStartModel(trainStartModel(loadSplit('train')));
}
