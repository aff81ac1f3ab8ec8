// Trains the cue classifier (src/core/claims/cue-model.ts) on PolNeAR train: every candidate the lax lexicon
// proposes is an example, positive when it overlaps a gold cue. Binary averaged perceptron, fixed epoch count and
// document order, so the output is deterministic. Writes models/claims-cue-model.json.
import * as path from 'node:path';
import type { GoldDoc } from '../bench/claims-data';
import { buildContext } from '../src/core/claims/context';
import { findCues } from '../src/core/claims/cues';
import type { CueStats } from '../src/core/claims/lexicon';
import { buildLexicon, CANDIDATE_LEXICON_OPTIONS } from '../src/core/claims/lexicon';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { BinaryExample } from './binaryPerceptron';
import { trainAveragedPerceptron, writeModelJson } from './binaryPerceptron';

const CANDIDATE_LEXICON = CANDIDATE_LEXICON_OPTIONS;
const EPOCHS = 6;
const MIN_ABS_WEIGHT = 0.05;
/** Decision threshold: below 0 trades precision for recall (swept on dev, see bench/claims-experiments.md). */
const THRESHOLD = -5;

type Example = BinaryExample & { feats: number[] };

export function collectExamples(docs: readonly GoldDoc[], stats: CueStats): Example[] {
  const lex = buildLexicon(stats, CANDIDATE_LEXICON);
  const out: Example[] = [];
  for (const d of docs) {
    const tokens = tokenize(d.text);
    const sentences = splitSentences(d.text, tokens);
    const ctx = buildContext(d.text, tokens, sentences);
    const cues = d.attributions.flatMap((a) => a.cue);
    for (const s of sentences) {
      findCues(ctx, lex, s.firstToken, s.endToken, undefined, (m, feats) => {
        const cs = tokens[m.start].start;
        const ce = tokens[m.end - 1].end;
        const y = cues.some((c) => c.start < ce && cs < c.end) ? 1 : -1;
        out.push({ feats, y });
      });
    }
  }
  return out;
}

/** Trains on the candidates of each fold, with that fold's lexicon statistics. */
export function trainCueModel(folds: readonly { docs: readonly GoldDoc[]; stats: CueStats }[]): void {
  const examples = folds.flatMap((f) => collectExamples(f.docs, f.stats));
  const { bias, weights } = trainAveragedPerceptron(examples, EPOCHS, MIN_ABS_WEIGHT, (epoch, errors) => {
    console.log(`epoch ${epoch}: ${errors} errors on ${examples.length} candidates`);
  });
  const model = {
    about: 'Cue classifier (binary averaged perceptron) trained by scripts/train-claims-cues.ts on PolNeAR v1.0 train. See models/claims.md.',
    epochs: EPOCHS,
    candidateLexicon: CANDIDATE_LEXICON,
    threshold: THRESHOLD,
    bias,
    weights,
  };
  writeModelJson(path.resolve(__dirname, '../../models/claims-cue-model.json'), model);
}
