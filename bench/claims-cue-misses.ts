// Where missed gold content goes wrong at the cue, on held-out folds of PolNeAR train: per fold the lexicon
// statistics and cue classifier are learned on the other four (as in `train-claims-cues.js --cv`; start, end,
// source and filter models are the shipped ones), the fold is extracted, and every gold content piece no claim
// overlaps is put in one class: its cue was never a lexicon candidate, a candidate the classifier rejected, accepted
// but no claim kept that cue (claim filter, absorbed by an outer attribution), or the cue of a claim whose content
// lies elsewhere. Run: node out/bench/claims-cue-misses.js [--folds 0,1,2,3,4] [--top N] (N most frequent cue
// texts per class). --examples K prints K seeded examples of the class "cue of a claim, content elsewhere": the gold
// content and our claim's content at that cue.
import { buildContext } from '../src/core/claims/context';
import type { CueModel } from '../src/core/claims/cue-model';
import { WeightTable } from '../src/core/claims/weight-table';
import { findCues } from '../src/core/claims/cues';
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
      const accepted: GoldSpan[] = [];
      for (const s of sentences) {
        findCues(ctx, lex, s.firstToken, s.endToken, undefined, (m) => candidates.push({ start: t.start(m.start), end: t.end(m.end - 1) }));
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
        if (k === 'cue of a claim, content elsewhere') {
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
    console.log(`${k}: ${sum(m)} (${m.size} distinct cues)`);
    if (top > 0) console.log('  ' + byCount.slice(0, top).map(([c, n]) => `${n} ${JSON.stringify(c)}`).join(', '));
  }
  printExamples(examples, Number(arg('--examples') ?? 0));
}

function printExamples(examples: readonly string[], n: number): void {
  let seed = 7;
  const picked = new Set<number>();
  while (picked.size < Math.min(n, examples.length)) { seed = (seed * 1103515245 + 12345) % 2147483648; picked.add(seed % examples.length); }
  for (const i of [...picked].sort((a, b) => a - b)) console.log(examples[i]);
}

const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

main();
