// Error analysis of sources on PolNeAR train: among claims whose content overlaps a gold piece (as the benchmark
// matches them), why the source is not right. The source ranker is trained on four folds and runs on the fifth
// (the other models are the shipped ones, trained on all of train), so its in-sample fit hides nothing.
// Run: node out/bench/claims-source-errors.js [--examples N] [--class NAME] [--rules]
import { loadSplit } from './claims-data';
import type { GoldDoc, GoldSpan } from './claims-data';
import { emptyCounts, scoreDoc } from './claims-score';
import { extractClaims } from '../src/core/claims';
import type { ExtractOptions } from '../src/core/claims';
import { loadSourceRanker } from '../src/core/claims/source-ranker';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { Sentence } from '../src/core/text/token';
import { trainSourceRanker } from '../scripts/train-claims-sources';

const ov = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end;
const PRON = /^(he|she|they|we|i|you|it|who|which|that)$/i;

interface Pred { start: number; end: number; speakerSpan: GoldSpan | null; cue: GoldSpan | null }

function sentenceAt(sents: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if (sents[m].start <= pos) lo = m; else hi = m - 1;
  }
  return lo;
}

/** The error class of a matched claim with a wrong source. */
function classify(doc: GoldDoc, sents: readonly Sentence[], p: Pred, g: { start: number; end: number; sources: GoldSpan[]; cues: GoldSpan[] }): string {
  const t = doc.text;
  const sp = p.speakerSpan;
  const cueOk = p.cue !== null && g.cues.some((c) => ov(c, p.cue as GoldSpan));
  const prefix = p.cue === null ? 'nocue:' : cueOk ? '' : 'othercue:';
  if (sp && g.sources.length === 0) return prefix + 'source-but-gold-none';
  const gs = g.sources[0];
  const gSent = sentenceAt(sents, gs.start);
  const anchor = p.cue ?? p;
  const cSent = sentenceAt(sents, anchor.start);
  const gText = t.slice(gs.start, gs.end);
  const where = gSent < cSent ? 'prev-sentence' : gSent > cSent ? 'next-sentence' : gs.end <= anchor.start ? 'before' : 'after';
  if (!sp) return `${prefix}none-gold-${where}`;
  // Our source is right for another gold attribution whose content overlaps our content.
  const other = doc.attributions.some((a) => a.source.some((s) => ov(s, sp)) && a.content.some((c) => ov(c, p)));
  if (other) return prefix + 'source-of-other-overlapping-attribution';
  if (sp.start >= p.start && sp.end <= p.end) return prefix + 'pred-inside-content';
  if (gs.start >= g.start && gs.end <= g.end) return prefix + 'gold-inside-content';
  const pText = t.slice(sp.start, sp.end);
  if (PRON.test(gText.trim()) && !PRON.test(pText.trim())) return `${prefix}gold-pronoun-${where}`;
  if (!PRON.test(gText.trim()) && PRON.test(pText.trim())) return `${prefix}pred-pronoun-gold-${where}`;
  const pSent = sentenceAt(sents, sp.start);
  const pWhere = pSent < cSent ? 'prev' : sp.end <= anchor.start ? 'before' : 'after';
  return `${prefix}wrong-span pred-${pWhere} gold-${where}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const nEx = args.includes('--examples') ? Number(args[args.indexOf('--examples') + 1]) : 0;
  const only = args.includes('--class') ? args[args.indexOf('--class') + 1] : '';
  const docs = loadSplit('train');
  const counts = new Map<string, number>();
  const examples = new Map<string, string[]>();
  const acc = emptyCounts();
  for (let f = 0; f < 5; f++) {
    const opts: ExtractOptions = args.includes('--rules') ? { sourceModel: false }
      : { sourceModel: loadSourceRanker(trainSourceRanker(docs.filter((_d, i) => i % 5 !== f), false)) };
    for (const doc of docs.filter((_d, i) => i % 5 === f)) {
      const tokens = tokenize(doc.text);
      const sents = splitSentences(doc.text, tokens);
      const preds = extractClaims(doc.text, tokens, sents, opts) as unknown as Pred[];
      const res = scoreDoc(doc, preds, acc);
      for (const m of res.matches) {
        const p = preds[m.pred];
        const g = res.units[m.gold];
        const sp = p.speakerSpan;
        if ((!sp && g.sources.length === 0) || (sp && g.sources.some((x) => ov(x, sp)))) continue;
        const c = classify(doc, sents, p, g);
        counts.set(c, (counts.get(c) ?? 0) + 1);
        const list = examples.get(c) ?? [];
        if (list.length < nEx && (!only || c === only)) {
          const t = doc.text;
          const s = sentenceAt(sents, Math.min(p.start, g.start, ...g.sources.map((x) => x.start)));
          const e = Math.max(p.end, g.end);
          list.push(`  ${doc.name}: pred ${sp ? JSON.stringify(t.slice(sp.start, sp.end)) : 'null'} gold ${g.sources.map((x) => JSON.stringify(t.slice(x.start, x.end))).join('|') || 'null'} cue ${p.cue ? JSON.stringify(t.slice(p.cue.start, p.cue.end)) : 'null'} :: ${JSON.stringify(t.slice(sents[s].start, e + 5).slice(0, 400))}`);
          examples.set(c, list);
        }
      }
    }
  }
  const total = [...counts.values()].reduce((x, y) => x + y, 0);
  console.log(`matched claims ${acc.overlap}, attribution right ${acc.attribution}, wrong source ${total}`);
  for (const [c, n] of [...counts].sort((x, y) => y[1] - x[1])) {
    console.log(`${String(n).padStart(5)} ${(100 * n / total).toFixed(1).padStart(5)} %  ${c}`);
    for (const ex of examples.get(c) ?? []) console.log(ex);
  }
}

main();
