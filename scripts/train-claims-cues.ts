// Trains the cue classifier (src/core/claims/cue-model.ts) on PolNeAR train: every candidate the lax lexicon
// proposes is an example, positive when it overlaps a gold cue. Binary averaged perceptron, fixed epoch count and
// document order, so the output is deterministic. Writes models/claims-cue-model.json.
// Cross-validation on train (lexicon statistics and classifier learned on four folds, the fifth extracted, per
// threshold): node out/scripts/train-claims-cues.js --cv. Tuning switches for --cv: CLAIMS_CAND=minProb/minCount/minExact/stems(0-1)/complements(0-1)
// (candidate lexicon), CLAIMS_CUE_EPOCHS; unset, the shipped model is trained as written here.
import * as path from 'node:path';
import type { GoldDoc } from '../bench/claims-data';
import { loadSplit } from '../bench/claims-data';
import { emptyCounts, scoreDoc } from '../bench/claims-score';
import { buildContext } from '../src/core/claims/context';
import type { CueModel } from '../src/core/claims/cue-model';
import { COMPLEMENT_BIAS_FEATURE } from '../src/core/claims/complement-cues';
import { WeightTable } from '../src/core/claims/weight-table';
import { findCues } from '../src/core/claims/cues';
import { extractClaims } from '../src/core/claims/extract';
import type { CueStats } from '../src/core/claims/lexicon';
import { buildLexicon, CANDIDATE_LEXICON_OPTIONS, DEFAULT_LEXICON_OPTIONS } from '../src/core/claims/lexicon';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { AveragedWeights, BinaryExample } from './binaryPerceptron';
import { trainAveragedPerceptron, writeModelJson } from './binaryPerceptron';
import { contentScores } from './claimsCrossValidation';
import { computeStats } from './train-claims-lexicon';

const CAND_ENV = process.env.CLAIMS_CAND?.split('/').map(Number);
export const CANDIDATE_LEXICON = CAND_ENV ? { minProb: CAND_ENV[0], minCount: CAND_ENV[1], minExactProb: CAND_ENV[2], stems: CAND_ENV[3] === 1, complements: CAND_ENV[4] === 1 } : CANDIDATE_LEXICON_OPTIONS;
const EPOCHS = Number(process.env.CLAIMS_CUE_EPOCHS ?? 6);
const MIN_ABS_WEIGHT = 0.05;
/** Decision threshold: below 0 trades precision for recall (chosen by --cv on train, see bench/claims-experiments.md). */
const THRESHOLD = -5;

type Example = BinaryExample & { feats: number[] };

/** The candidates of some documents as examples: lexicon (and stem) candidates, and complement candidates. */
interface Examples { readonly lexicon: Example[]; readonly complement: Example[] }

export function collectExamples(docs: readonly GoldDoc[], stats: CueStats): Examples {
  const lex = buildLexicon(stats, CANDIDATE_LEXICON);
  const out: Examples = { lexicon: [], complement: [] };
  for (const d of docs) {
    const tokens = tokenize(d.text);
    const sentences = splitSentences(d.text, tokens);
    const ctx = buildContext(d.text, tokens, sentences);
    const cues = d.attributions.flatMap((a) => a.cue);
    for (const s of sentences) {
      findCues(ctx, lex, s.firstToken, s.endToken, undefined, (m, feats, complement) => {
        const cs = tokens.start(m.start);
        const ce = tokens.end(m.end - 1);
        const y = cues.some((c) => c.start < ce && cs < c.end) ? 1 : -1;
        (complement ? out.complement : out.lexicon).push({ feats, y });
      });
    }
  }
  return out;
}

/** Trains on the candidates of each fold, with that fold's lexicon statistics. */
export function trainCueModel(folds: readonly { docs: readonly GoldDoc[]; stats: CueStats }[], log = true): AveragedWeights {
  const sets = folds.map((f) => collectExamples(f.docs, f.stats));
  const train = (examples: Example[], what: string): AveragedWeights =>
    trainAveragedPerceptron(examples, EPOCHS, MIN_ABS_WEIGHT, (epoch, errors) => {
      if (log) console.log(`${what}, epoch ${epoch}: ${errors} errors on ${examples.length} candidates`);
    });
  const lexicon = train(sets.flatMap((x) => x.lexicon), 'lexicon candidates');
  const complement = sets.some((x) => x.complement.length) ? train(sets.flatMap((x) => x.complement), 'complement candidates') : null;
  return complement ? withComplementModel(lexicon, complement) : lexicon;
}

/**
 * One table for both classifiers. The complement candidates are learned apart, so that their mostly negative
 * examples move neither the bias nor the shared-looking weights of the lexicon candidates; their features have
 * templates of their own (complement-cues.ts), and their bias goes into the weight of the feature every complement
 * candidate has (COMPLEMENT_BIAS_FEATURE), less the table's bias, which the score adds to every candidate. Their ids
 * have bit 30 set, so no weight of one classifier can land on the other's.
 */
function withComplementModel(lexicon: AveragedWeights, complement: AveragedWeights): AveragedWeights {
  const weights: Record<string, number> = { ...lexicon.weights };
  for (const [id, v] of Object.entries(complement.weights)) weights[id] = v; // disjoint ids (complement-cues.ts)
  const own = String(COMPLEMENT_BIAS_FEATURE);
  weights[own] = Math.round(((complement.weights[own] ?? 0) + complement.bias - lexicon.bias) * 1000) / 1000;
  return { bias: lexicon.bias, weights };
}

export function writeCueModel({ bias, weights }: AveragedWeights): void {
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

/**
 * Five folds of train: lexicon statistics and classifier from four, the fifth extracted with them (the shipped
 * start, end and source models, which saw all of train, are the same in every setting), per threshold; and the
 * rules with the fold's lexicon alone.
 */
function crossValidateThresholds(thresholds: readonly number[]): void {
  const docs = loadSplit('train');
  const tokens = docs.map((d) => tokenize(d.text));
  const sentences = docs.map((d, i) => splitSentences(d.text, tokens[i]));
  const rules = emptyCounts();
  const byT = thresholds.map(() => emptyCounts());
  for (let f = 0; f < 5; f++) {
    const trainIdx = docs.map((_d, i) => i).filter((i) => i % 5 !== f);
    const trainDocs = trainIdx.map((i) => docs[i]);
    const stats = computeStats(trainDocs, trainIdx.map((i) => tokens[i]));
    const { bias, weights } = trainCueModel([{ docs: trainDocs, stats }], false);
    const table = WeightTable.from(weights);
    const candLex = buildLexicon(stats, CANDIDATE_LEXICON);
    const ruleLex = buildLexicon(stats, DEFAULT_LEXICON_OPTIONS);
    for (let i = f; i < docs.length; i += 5) {
      const d = docs[i];
      scoreDoc(d, extractClaims(d.text, tokens[i], sentences[i], { cueModel: false, cueLexicon: ruleLex }), rules);
      thresholds.forEach((t, ti) => {
        const model: CueModel = { bias, weights: table, threshold: t };
        scoreDoc(d, extractClaims(d.text, tokens[i], sentences[i], { cueModel: model, cueLexicon: candLex }), byT[ti]);
      });
    }
    console.error(`fold ${f} done`);
  }
  const report = contentScores(2);
  console.log(`rules (fold lexicon): ${report(rules)}`);
  thresholds.forEach((t, ti) => console.log(`threshold ${t}: ${report(byT[ti])}`));
}

if (require.main === module && process.argv.includes('--cv')) crossValidateThresholds([-9, -7, -5, -3, -1, 0]);
