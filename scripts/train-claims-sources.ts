// Trains the source-drop model (src/core/claims/source-model.ts) on PolNeAR train. The extractor runs without the
// model; every claim with a cue and a source whose content overlaps a gold piece of an attribution with an
// overlapping cue is an example: positive (drop) when that attribution has no source, negative (keep) when our
// source overlaps its source; claims with some other wrong source teach nothing about dropping and are skipped.
// Binary averaged perceptron, fixed epochs and document order: deterministic. Writes
// models/claims-source-model.json. Cross-validation on train: node out/scripts/train-claims-sources.js --cv
import * as path from 'node:path';
import type { GoldDoc, GoldSpan } from '../bench/claims-data';
import { loadSplit } from '../bench/claims-data';
import { prf } from '../bench/claims-score';
import type { ExtractOptions } from '../src/core/claims/extract';
import { cueKey, extractClaims } from '../src/core/claims/extract';
import { loadSourceModel, sourceFeatures } from '../src/core/claims/source-model';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { BinaryExample } from './binaryPerceptron';
import { trainAveragedPerceptron, writeModelJson } from './binaryPerceptron';
import { crossValidate } from './claimsCrossValidation';

const EPOCHS = 6;
const MIN_ABS_WEIGHT = 0.05;
const THRESHOLD = 0;

type Example = BinaryExample & { feats: number[] };

const overlaps = (a: GoldSpan, s: number, e: number): boolean => a.start < e && s < a.end;

/** `models`: the start and end models to extract with (default the shipped ones; train-claims passes fresh ones). */
export function collectSourceExamples(docs: readonly GoldDoc[], models: Pick<ExtractOptions, 'startModel' | 'endModel'> = {}): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    const tokens = tokenize(d.text);
    const sentences = splitSentences(d.text, tokens);
    extractClaims(d.text, tokens, sentences, {
      ...models,
      sourceModel: false,
      onRaw: (ctx, raw) => {
        for (const r of raw) {
          if (!r.cue || !r.source || r.contentEnd <= r.contentStart) continue;
          const cs = tokens[r.contentStart].start;
          const ce = tokens[r.contentEnd - 1].end;
          const qs = tokens[r.cue.start].start;
          const qe = tokens[r.cue.end - 1].end;
          const gold = d.attributions.find((a) => a.content.some((p) => overlaps(p, cs, ce)) && a.cue.some((c) => overlaps(c, qs, qe)));
          if (!gold) continue;
          const ss = tokens[r.source.start].start;
          const se = tokens[r.source.end - 1].end;
          let y: 1 | -1 | 0 = 0;
          if (gold.source.length === 0) y = 1;
          else if (gold.source.some((g) => overlaps(g, ss, se))) y = -1;
          if (y === 0) continue;
          out.push({ feats: [...sourceFeatures(ctx, cueKey(ctx, r.cue), r.cue, r.source, r.contentStart)], y });
        }
      },
    });
  }
  return out;
}

interface ModelJson { about: string; epochs: number; threshold: number; bias: number; weights: Record<string, number> }

export function trainSourceModel(docs: readonly GoldDoc[], log = true, models: Pick<ExtractOptions, 'startModel' | 'endModel'> = {}): ModelJson {
  const examples = collectSourceExamples(docs, models);
  const { bias, weights } = trainAveragedPerceptron(examples, EPOCHS, MIN_ABS_WEIGHT, (epoch, errors) => {
    if (log) console.log(`source model epoch ${epoch}: ${errors} errors on ${examples.length} claims`);
  });
  return {
    about: 'Source-drop model (binary averaged perceptron) trained by scripts/train-claims-sources.ts on PolNeAR v1.0 train. See models/claims.md.',
    epochs: EPOCHS,
    threshold: THRESHOLD,
    bias,
    weights,
  };
}

export function writeSourceModel(model: ModelJson): void {
  writeModelJson(path.resolve(__dirname, '../../models/claims-source-model.json'), model);
}

/** Five-fold cross-validation on train: attribution F1 with the model at each threshold vs keeping every source. */
function crossValidateThresholds(thresholds: number[]): void {
  crossValidate(
    (docs) => trainSourceModel(docs, false),
    { name: 'no model', options: { sourceModel: false } },
    (json) => thresholds.map((t) => ({ name: `model, threshold ${t}`, options: { sourceModel: loadSourceModel({ ...json, threshold: t }) } })),
    (a) => `attribution ${prf(a.attribution, a.pred, a.gold).f.toFixed(2)} source-exact ${prf(a.sourceExact, a.pred, a.gold).f.toFixed(2)}`,
  );
}

if (require.main === module) {
  if (process.argv.includes('--cv')) crossValidateThresholds([-2, -1, 0, 1, 2, 3]);
  else writeSourceModel(trainSourceModel(loadSplit('train')));
}
