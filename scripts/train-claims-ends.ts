// Trains the content-end model (src/core/claims/end-model.ts) on PolNeAR train. The extractor runs with the
// hand-written tail rules and reports every content that runs on after its cue; when a gold content piece starts
// there and ends at one of the boundary candidates (or at the clause end), the candidates before it are negatives
// and it is the positive. Binary averaged perceptron, fixed epochs and document order: deterministic.
// Writes models/claims-end-model.json. Cross-validation on train: node out/scripts/train-claims-ends.js --cv
import * as path from 'node:path';
import type { GoldDoc } from '../bench/claims-data';
import { loadSplit } from '../bench/claims-data';
import { trimEnd } from '../src/core/claims/content';
import { hashString } from '../src/core/claims/cue-model';
import { loadEndModel, scanEnds } from '../src/core/claims/end-model';
import type { StartModel } from '../src/core/claims/start-model';
import { extractClaims } from '../src/core/claims/extract';
import type { Cues } from './train-claims-starts';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { BinaryExample } from './binaryPerceptron';
import { trainAveragedPerceptron, writeModelJson } from './binaryPerceptron';
import { contentScores, crossValidate } from './claimsCrossValidation';

const EPOCHS = 6;
const MIN_ABS_WEIGHT = 0.05;
const THRESHOLD = 1;

type Example = BinaryExample & { feats: number[] };

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** `startModel`: the content-start model to extract with (default the shipped one; train-claims passes the fresh one). */
export function collectEndExamples(docs: readonly GoldDoc[], startModel?: StartModel, cues: Cues = {}): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    const pieces = d.attributions.flatMap((a) => a.content).map((p) => ({ start: p.start, end: trimmedEnd(d.text, p.start, p.end) }));
    const tokens = tokenize(d.text);
    const sentences = splitSentences(d.text, tokens);
    extractClaims(d.text, tokens, sentences, {
      ...cues,
      endModel: false,
      startModel,
      sourceModel: false,
      splitModel: false, // trained after this model, from its contents
      onTail: (ctx, key, s, hi, rule) => {
        const t0 = ctx.tokens.start(s);
        const t2 = ctx.tokens.start(Math.min(s + 2, hi - 1));
        const g = pieces.find((p) => p.start >= t0 && p.start <= t2 && p.end <= ctx.tokens.end(hi - 1));
        if (!g) return;
        const endsAt = (k: number): boolean => { const e = trimEnd(ctx, s, k); return e > s && ctx.tokens.end(e - 1) === g.end; };
        const feats: number[][] = [];
        let hit = false;
        scanEnds(ctx, hashString(key), s, hi, rule, (k, f) => { feats.push([...f]); hit = endsAt(k); return hit; });
        if (!hit && !endsAt(hi)) return;
        feats.forEach((f, i) => out.push({ feats: f, y: hit && i === feats.length - 1 ? 1 : -1 }));
      },
    });
  }
  return out;
}

interface ModelJson { about: string; epochs: number; threshold: number; bias: number; weights: Record<string, number> }

export function trainEndModel(docs: readonly GoldDoc[], log = true, startModel?: StartModel, cues: Cues = {}): ModelJson {
  const examples = collectEndExamples(docs, startModel, cues);
  const { bias, weights } = trainAveragedPerceptron(examples, EPOCHS, MIN_ABS_WEIGHT, (epoch, errors) => {
    if (log) console.log(`end model epoch ${epoch}: ${errors} errors on ${examples.length} candidates`);
  });
  return {
    about: 'Content-end model (binary averaged perceptron) trained by scripts/train-claims-ends.ts on PolNeAR v1.0 train. See models/claims.md.',
    epochs: EPOCHS,
    threshold: THRESHOLD,
    bias,
    weights,
  };
}

export function writeEndModel(model: ModelJson): void {
  writeModelJson(path.resolve(__dirname, '../../models/claims-end-model.json'), model);
}

/** Five-fold cross-validation on train: content overlap / exact / attribution F1 with the model vs the rules. */
function crossValidateThresholds(thresholds: number[]): void {
  crossValidate(
    (docs) => trainEndModel(docs, false),
    { name: 'rules', options: { endModel: false } },
    (json) => thresholds.map((t) => ({ name: `model, threshold ${t}`, options: { endModel: loadEndModel({ ...json, threshold: t }) } })),
    contentScores(2),
  );
}

if (require.main === module) {
  if (process.argv.includes('--cv')) crossValidateThresholds([-2, -1, 0, 1, 2]);
  else writeEndModel(trainEndModel(loadSplit('train')));
}
