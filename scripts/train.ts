// `npm run train`: rebuilds the gazetteer and word clusters if needed, trains the tagger on CoNLL-2003
// eng.train, writes models/ner.bin and scores the written model on eng.testa; then rebuilds the first-name gender
// table with that tagger (scripts/build-name-genders.ts, models/name-genders.md) and retrains the claims models
// (scripts/train-claims.ts, models/claims.md) from PolNeAR train.
// Options: --epochs N (default 10), --min-weight X (pruning, default 0), --rebuild (clusters too),
// --out FILE (default models/ner.bin), --ner-only (skip the claims models).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { WordFeaturizer, DEFAULT_OPTIONS } from '../src/core/entities/features';
import { decodeModel } from '../src/core/entities/model-format';
import { NerTagger } from '../src/core/entities/tagger';
import { spansFromLabels } from '../src/core/entities/labels';
import { emptyReport, formatReport, prf, readConll, scoreSpans } from './ner/conll';
import { loadBuildResources } from './ner/build-resources';
import { exportModel } from './ner/export';
import { Perceptron } from './ner/perceptron';
import { BUILD_DIR, DATA_DIR, MODELS_DIR } from './ner/paths';
import { shuffled } from './ner/shuffle';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

function main(): void {
  const epochs = arg('--epochs', 10);
  const minWeight = arg('--min-weight', 0);
  const outArg = process.argv.indexOf('--out');
  const out = outArg >= 0 ? path.resolve(process.argv[outArg + 1]) : path.join(MODELS_DIR, 'ner.bin');
  const t0 = Date.now();
  const step = (m: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${m}`);
  execFileSync(process.execPath, [path.join(__dirname, 'build-gazetteer.js')], { stdio: 'inherit' });
  if (process.argv.includes('--rebuild') || !fs.existsSync(path.join(BUILD_DIR, 'clusters.tsv'))) {
    execFileSync(process.execPath, [path.join(__dirname, 'build-clusters.js')], { stdio: 'inherit' });
  }
  const res = loadBuildResources({ clusters: true, gazetteer: true });
  const model = new Perceptron(new WordFeaturizer(res), DEFAULT_OPTIONS);
  const train = readConll(path.join(DATA_DIR, 'conll2003/eng.train'));
  const prepared = train.map((d) => model.prepare(d, true));
  step(`prepared ${train.length} documents, ${model.index.size} features`);
  for (let e = 1; e <= epochs; e++) {
    model.trainEpoch(prepared, shuffled(prepared.length, e));
    step(`epoch ${e}`);
  }
  const avg = model.averaged();
  const { bytes, kept } = exportModel({
    index: model.index, w: avg.w, trans: avg.trans, res, opts: DEFAULT_OPTIONS, minWeight,
    info: { trainedOn: 'CoNLL-2003 eng.train', epochs, minWeight },
  });
  fs.writeFileSync(out, bytes);
  step(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${kept} of ${model.index.size} features kept`);
  const tagger = new NerTagger(decodeModel(fs.readFileSync(out)));
  const dev = readConll(path.join(DATA_DIR, 'conll2003/eng.testa'));
  const report = emptyReport();
  for (const d of dev) scoreSpans(report, d.spans, spansFromLabels(tagger.tag(d.tokens, d.sentStarts)));
  console.log(`shipped model on eng.testa: F1 ${prf(report.overall).f.toFixed(2)}\n${formatReport(report)}`);
  // The first-name gender table reads people as this tagger finds them (a few seconds; models/name-genders.md).
  if (out === path.join(MODELS_DIR, 'ner.bin')) {
    execFileSync(process.execPath, [path.join(__dirname, 'build-name-genders.js')], { stdio: 'inherit' });
  }
  if (!process.argv.includes('--ner-only')) {
    execFileSync(process.execPath, [path.join(__dirname, 'train-claims.js')], { stdio: 'inherit' });
    step('claims models written');
  }
}

main();
