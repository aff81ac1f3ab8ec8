// How far PolNeAR's own annotators agree, scored exactly as our claims are (bench/claims-score.ts): the ceiling the
// issue-4 targets should be read against. On every article that several annotators annotated (16 in train, 2 in
// dev), each annotator's attributions are scored as "predictions" against each other annotator's as gold (every
// ordered pair, micro-averaged); a human's speaker span is the first piece of the attribution's source. Our
// extractor is scored the same way against every annotator of the same articles (dev: held out; train: its models
// learned from the first annotator of each train article, so that row is partly in-sample).
// Run: node out/bench/claims-agreement.js [--per-doc]
import { extractClaims } from '../src/core/claims';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { GoldAttribution, GoldDoc, MultiDoc } from './claims-data';
import { loadMultiAnnotated } from './claims-data';
import type { Counts, PredClaim } from './claims-score';
import { emptyCounts, prf, scoreDoc } from './claims-score';

const asPredictions = (attributions: readonly GoldAttribution[]): PredClaim[] =>
  attributions.flatMap((a) => a.content.map((c) => ({ start: c.start, end: c.end, speakerSpan: a.source[0] ?? null })));

const add = (acc: Counts, c: Counts): void => { for (const k of Object.keys(acc) as (keyof Counts)[]) acc[k] += c[k]; };

function row(label: string, c: Counts): string {
  const f = (n: number): string => prf(n, c.pred, c.gold).f.toFixed(1);
  return `| ${label} | ${c.gold} | ${f(c.overlap)} | ${f(c.exact)} | ${f(c.attribution)} | ${f(c.sourceExact)} |`;
}

function humanPairs(docs: readonly MultiDoc[], perDoc: boolean): Counts {
  const all = emptyCounts();
  for (const d of docs) {
    const mine = emptyCounts();
    for (const gold of d.annotations) {
      const doc: GoldDoc = { name: d.name, text: d.text, attributions: gold.attributions };
      for (const other of d.annotations) if (other !== gold) scoreDoc(doc, asPredictions(other.attributions), mine);
    }
    if (perDoc) console.log(row(`humans: ${d.name} (${d.annotations.length} annotators)`, mine));
    add(all, mine);
  }
  return all;
}

function systemAgainstEach(docs: readonly MultiDoc[]): Counts {
  const all = emptyCounts();
  for (const d of docs) {
    const tokens = tokenize(d.text);
    const claims = extractClaims(d.text, tokens, splitSentences(d.text, tokens));
    for (const gold of d.annotations) scoreDoc({ name: d.name, text: d.text, attributions: gold.attributions }, claims, all);
  }
  return all;
}

if (require.main === module) {
  const perDoc = process.argv.includes('--per-doc');
  console.log('| scored | gold pieces | content overlap F1 | content exact F1 | attribution overlap F1 | attribution src-exact F1 |');
  console.log('|---|---|---|---|---|---|');
  const humans = emptyCounts();
  const ours = emptyCounts();
  for (const split of ['dev', 'train'] as const) {
    const docs = loadMultiAnnotated(split);
    const h = humanPairs(docs, perDoc);
    const o = systemAgainstEach(docs);
    console.log(row(`${split}: annotator against annotator (${docs.length} articles)`, h));
    console.log(row(`${split}: our claims against each annotator${split === 'train' ? ' (partly in-sample)' : ''}`, o));
    add(humans, h);
    add(ours, o);
  }
  console.log(row('both: annotator against annotator', humans));
  console.log(row('both: our claims against each annotator', ours));
}
