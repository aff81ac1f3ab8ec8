// One training run: train on eng.train, report eng.testa after each epoch. Used for the experiment log.
// Usage: node out/scripts/ner/experiment.js [--epochs N] [--no-clusters] [--no-gaz] [--no-doc] [--no-hist]

import { WordFeaturizer } from '../../src/core/entities/features';
import { emptyReport, formatReport, prf, readConll, scoreSpans } from './conll';
import { Perceptron } from './perceptron';
import { loadBuildResources } from './build-resources';
import { DATA_DIR } from './paths';
import * as path from 'node:path';
import { shuffled } from './shuffle';

function main(): void {
  const args = process.argv.slice(2);
  const flag = (f: string): boolean => args.includes(f);
  const epochs = Number(args[args.indexOf('--epochs') + 1]) || 10;
  const res = loadBuildResources({ clusters: !flag('--no-clusters'), gazetteer: !flag('--no-gaz') });
  const opts = { docLevel: !flag('--no-doc'), history: !flag('--no-hist') };
  const fz = new WordFeaturizer(res);
  const t0 = Date.now();
  const train = readConll(path.join(DATA_DIR, 'conll2003/eng.train'));
  const dev = readConll(path.join(DATA_DIR, 'conll2003/eng.testa'));
  const model = new Perceptron(fz, opts);
  const trainP = train.map((d) => model.prepare(d, true));
  const devP = dev.map((d) => model.prepare(d, false));
  console.log(`features ${model.index.size}, prepared in ${Date.now() - t0} ms`);
  let best = 0;
  for (let e = 1; e <= epochs; e++) {
    model.trainEpoch(trainP, shuffled(trainP.length, e));
    const avg = model.averaged();
    const report = emptyReport();
    devP.forEach((p, i) => scoreSpans(report, dev[i].spans, model.predict(p, avg)));
    const f = prf(report.overall).f;
    best = Math.max(best, f);
    console.log(`epoch ${e} dev F1 ${f.toFixed(2)} (${Math.round((Date.now() - t0) / 1000)} s)`);
    if (e === epochs) console.log(formatReport(report));
  }
  console.log(`best ${best.toFixed(2)}`);
}

main();
