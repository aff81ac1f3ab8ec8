// Where missed gold content goes wrong at the cue, on held-out folds of PolNeAR train: per fold the lexicon
// statistics and cue classifier are learned on the other four (as in `train-claims-cues.js --cv`; start, end,
// source and filter models are the shipped ones), the fold is extracted, and every gold content piece no claim
// overlaps is put in one class: its cue was never a lexicon candidate, a candidate the classifier rejected, accepted
// but no claim kept that cue (claim filter, absorbed by an outer attribution), or the cue of a claim whose content
// lies elsewhere. Run: node out/bench/claims-cue-misses.js [--folds 0,1,2,3,4] [--top N] (N most frequent cue
// texts per class). --examples K prints K seeded examples of the class "cue of a claim, content elsewhere": the gold
// content and our claim's content at that cue; with --class NAME (e.g. "never a candidate"), of that class: the
// cue marked [[…]] in its sentence, and the gold content. --bins prints, per score bin of the fold classifiers
// (complement candidates less their margin), how many candidates overlap a gold cue: what a lower threshold would
// add. Each class also counts its pieces that a claim overlaps but the one-to-one matching gave to another gold piece.
import { buildContext } from '../src/core/claims/context';
import type { CueModel } from '../src/core/claims/cue-model';
import { scoreCue } from '../src/core/claims/cue-model';
import { WeightTable } from '../src/core/claims/weight-table';
import { COMPLEMENT_MARGIN, findCues } from '../src/core/claims/cues';
import { extractClaims } from '../src/core/claims/extract';
import { buildLexicon } from '../src/core/claims/lexicon';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { CANDIDATE_LEXICON, trainCueModel } from '../scripts/train-claims-cues';
import { computeStats } from '../scripts/train-claims-lexicon';
import type { GoldSpan } from './claims-data';
import { loadSplit } from './claims-data';
import { emptyCounts, scoreDoc } from './claims-score';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i < 0 ? undefined : process.argv[i + 1]; };
const overlaps = (x: GoldSpan, ys: readonly GoldSpan[]): boolean => ys.some((y) => Math.min(x.end, y.end) > Math.max(x.start, y.start));

function main(): void {
  const folds = (arg('--folds') ?? '0,1,2,3,4').split(',').map(Number);
  const top = Number(arg('--top') ?? 20);
  const docs = loadSplit('train');
  const tokens = docs.map((d) => tokenize(d.text));
  const classes = new Map<string, Map<string, number>>();
  const add = (k: string, cue: string): void => {
    const m = classes.get(k) ?? new Map<string, number>();
    m.set(cue, (m.get(cue) ?? 0) + 1);
    classes.set(k, m);
  };
  const counts = emptyCounts();
  const examples: string[] = [];
  const exampleClass = arg('--class') ?? 'cue of a claim, content elsewhere';
  const coveredElsewhere = new Map<string, number>();
  const bins = process.argv.includes('--bins') ? new Map<string, [number, number]>() : null;
  for (const f of folds) {
    const trainIdx = docs.map((_d, i) => i).filter((i) => i % 5 !== f);
    const stats = computeStats(trainIdx.map((i) => docs[i]), trainIdx.map((i) => tokens[i]));
    const { bias, weights } = trainCueModel([{ docs: trainIdx.map((i) => docs[i]), stats }], false);
    const model: CueModel = { bias, weights: WeightTable.from(weights), threshold: -5 };
    const lex = buildLexicon(stats, CANDIDATE_LEXICON);
    for (let i = f; i < docs.length; i += 5) {
      const d = docs[i];
      const t = tokens[i];
      const sentences = splitSentences(d.text, t);
      const claims = extractClaims(d.text, t, sentences, { cueModel: model, cueLexicon: lex });
      const res = scoreDoc(d, claims, counts);
      const ctx = buildContext(d.text, t, sentences);
      const candidates: GoldSpan[] = [];
      const cueSpans = d.attributions.flatMap((a) => a.cue);
      const accepted: GoldSpan[] = [];
      for (const s of sentences) {
        findCues(ctx, lex, s.firstToken, s.endToken, undefined, (m, feats, complement) => {
          const span = { start: t.start(m.start), end: t.end(m.end - 1) };
          candidates.push(span);
          if (bins) {
            const score = scoreCue(model, feats) - (complement ? COMPLEMENT_MARGIN : 0);
            const k = `${complement ? 'complement' : 'lexicon'} ${Math.max(-22, Math.min(10, 2 * Math.floor(score / 2)))}`;
            const v = bins.get(k) ?? [0, 0];
            v[overlaps(span, cueSpans) ? 0 : 1]++;
            bins.set(k, v);
          }
        });
        for (const m of findCues(ctx, lex, s.firstToken, s.endToken, model)) accepted.push({ start: t.start(m.start), end: t.end(m.end - 1) });
      }
      const claimCues = claims.flatMap((c) => (c.cue ? [c.cue] : []));
      const matched = new Set(res.matches.map((m) => m.gold));
      res.units.forEach((g, gi) => {
        if (matched.has(gi)) return;
        const cue = g.cues.map((c) => d.text.slice(c.start, c.end)).join(' … ').toLowerCase().replace(/\s+/g, ' ');
        const k = g.cues.length === 0 ? 'no gold cue'
          : g.cues.some((c) => overlaps(c, claimCues)) ? 'cue of a claim, content elsewhere'
            : g.cues.some((c) => overlaps(c, accepted)) ? 'cue accepted, no claim kept it'
              : g.cues.some((c) => overlaps(c, candidates)) ? 'candidate rejected by the classifier'
                : 'never a candidate';
        add(k, cue);
        // Overlapped all the same: the one-to-one matching gave the claim to another gold piece (one claim over
        // two pieces of gold, e.g. a quote of several sentences that gold splits by sentence).
        if (overlaps(g, claims)) coveredElsewhere.set(k, (coveredElsewhere.get(k) ?? 0) + 1);
        if (k === exampleClass && k !== 'cue of a claim, content elsewhere') {
          const c0 = g.cues[0];
          const s0 = sentences.find((s) => t.start(s.firstToken) <= c0.start && c0.start < t.end(s.endToken - 1));
          const from = s0 ? t.start(s0.firstToken) : c0.start;
          const to = s0 ? t.end(s0.endToken - 1) : c0.end;
          const mark = (x: number, y: number): string => d.text.slice(x, y).replace(/\s+/g, ' ');
          examples.push(`cue ${JSON.stringify(cue)}: ${mark(from, c0.start)}[[${mark(c0.start, c0.end)}]]${mark(c0.end, to)}\n  gold ${JSON.stringify(mark(g.start, g.end).slice(0, 160))}`);
        }
        if (k === exampleClass && k === 'cue of a claim, content elsewhere') {
          const ours = claims.filter((c) => c.cue && g.cues.some((gc) => overlaps(gc, [c.cue!])));
          const show = (x: GoldSpan): string => JSON.stringify(d.text.slice(x.start, x.end).replace(/\s+/g, ' ').slice(0, 200));
          examples.push(`cue ${JSON.stringify(cue)}\n  gold ${show(g)}\n  ours ${ours.map((c) => show(c)).join(' | ')}`);
        }
      });
    }
  }
  console.log(`folds ${folds.join(',')}: ${counts.gold} gold pieces, ${counts.overlap} overlapped by a claim`);
  for (const [k, m] of [...classes].sort((x, y) => sum(y[1]) - sum(x[1]))) {
    const byCount = [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    console.log(`${k}: ${sum(m)} (${m.size} distinct cues; ${coveredElsewhere.get(k) ?? 0} overlapped by a claim matched to another gold piece)`);
    if (top > 0) console.log('  ' + byCount.slice(0, top).map(([c, n]) => `${n} ${JSON.stringify(c)}`).join(', '));
  }
  printExamples(examples, Number(arg('--examples') ?? 0));
  if (bins) printBins(bins);
}

/** Candidates per kind and score bin [x, x + 2) (ends open): overlapping a gold cue / not / the share that does. */
function printBins(bins: Map<string, [number, number]>): void {
  const order = (k: string): number => (k.startsWith('complement') ? 1000 : 0) + Number(k.split(' ')[1]);
  console.log('candidates by classifier score (threshold −5; complement scores less their margin): bin gold / not / share');
  for (const k of [...bins.keys()].sort((x, y) => order(x) - order(y))) {
    const [p, n] = bins.get(k)!;
    console.log(`  ${k}: ${p} / ${n} / ${(p / (p + n)).toFixed(2)}`);
  }
}

function printExamples(examples: readonly string[], n: number): void {
  let seed = 7;
  const picked = new Set<number>();
  while (picked.size < Math.min(n, examples.length)) { seed = (seed * 1103515245 + 12345) % 2147483648; picked.add(seed % examples.length); }
  for (const i of [...picked].sort((a, b) => a - b)) console.log(examples[i]);
}

const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

main();
