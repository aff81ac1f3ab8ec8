// Learns the cue-phrase lexicon for src/core/claims from PolNeAR train (attribution cues).
// For every token sequence (1–6 tokens) that occurs inside a gold cue, counts how often it occurs in the train
// texts at all, how often all its tokens lie inside one gold cue, and how often it is exactly a whole cue.
// Writes models/claims-lexicon.json (deterministic: sorted keys), then trains the cue classifier
// (scripts/train-claims-cues.ts), the content-start model (scripts/train-claims-starts.ts), the content-end model
// (scripts/train-claims-ends.ts), the split decision for nested cues (scripts/train-claims-split.ts), the source
// ranker (scripts/train-claims-sources.ts) and the claim filter
// (scripts/train-claims-filter.ts). The later models learn
// from the extractor's output with the ones trained before them in the same run. Rerun after the tokenizer changes: npx tsc -p . && node out/scripts/train-claims.js
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSplit } from '../bench/claims-data';
import { tokenize } from '../src/core/text/tokenize';
import { computeStats } from './train-claims-lexicon';
import { trainCueModel, writeCueModel } from './train-claims-cues';
import { trainEndModel, writeEndModel } from './train-claims-ends';
import { trainSourceRanker, writeSourceRanker } from './train-claims-sources';
import { trainStartModel, writeStartModel } from './train-claims-starts';
import { loadStartModel } from '../src/core/claims/start-model';
import { loadEndModel } from '../src/core/claims/end-model';
import { loadSourceRanker } from '../src/core/claims/source-ranker';
import { trainClaimFilter, trainSplitModel, writeClaimFilter } from './train-claims-filter';
import { SPLIT_KEEP, SPLIT_THRESHOLD, writeSplitModel } from './train-claims-split';
import { loadSplitModel } from '../src/core/claims/split-model';

function main(): void {
  const docs = loadSplit('train');
  const docTokens = docs.map((d) => tokenize(d.text));
  const phrases = computeStats(docs, docTokens);
  const keys = Object.keys(phrases).sort();
  const lines = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(phrases[k])}`);
  const out = [
    '{',
    '  "about": "Cue phrases learned by scripts/train-claims.ts from PolNeAR v1.0 train (840 articles, first annotator). phrase -> [occurrences, inside a gold cue, exactly a whole gold cue]. See models/claims.md.",',
    '  "phrases": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
  const target = path.resolve(__dirname, '../../models/claims-lexicon.json');
  fs.writeFileSync(target, out);
  console.log(`wrote ${keys.length} phrases to ${target}`);
  // Tried: two folds, each learning from lexicon statistics of the other half (so they are not inflated on their
  // own text) — worse on dev (78.6/53.2/63.4 against 79.1/53.9/63.9); the classifier uses the full statistics.
  writeCueModel(trainCueModel([{ docs, stats: phrases }]));
  // The start and end models and the source ranker learn from the extractor's output with the models trained before them in
  // this run, and with the lexicon and cue model compiled into out/: after changing those, run `npx tsc -p .` and
  // this script again.
  const start = trainStartModel(docs);
  writeStartModel(start);
  const end = trainEndModel(docs, true, loadStartModel(start));
  writeEndModel(end);
  const bounds = { startModel: loadStartModel(start), endModel: loadEndModel(end) };
  const split = trainSplitModel(docs, bounds);
  writeSplitModel(split);
  const splitModel = loadSplitModel({ ...split, threshold: SPLIT_THRESHOLD, keep: SPLIT_KEEP });
  const ranker = trainSourceRanker(docs, true, { ...bounds, splitModel });
  writeSourceRanker(ranker);
  writeClaimFilter(trainClaimFilter(docs, { ...bounds, splitModel, sourceModel: loadSourceRanker(ranker) }));
}

main();
