// Content ownership errors on PolNeAR train: claims whose content the benchmark matches to a gold piece while their
// cue is not that attribution's cue. Classes by how the two cues sit: ours inside the gold content (PolNeAR gives
// the clause to an outer cue: "Sanders said he would win, aides said"), gold's cue inside our content (the inner
// cue owns it in gold), or side by side. With --folds the lexicon and cue classifier of each fifth are learned on
// the other four (as in the nested filter CV); otherwise the shipped models run (in-sample).
// Run: node out/bench/claims-ownership.js [--folds] [--examples N] [--class PREFIX]
import { loadSplit } from './claims-data';
import type { GoldDoc, GoldSpan } from './claims-data';
import { emptyCounts, scoreDoc } from './claims-score';
import { extractClaims } from '../src/core/claims';
import type { ExtractOptions } from '../src/core/claims';
import { foldCues, prepare } from '../scripts/train-claims-filter';
import { buildContext } from '../src/core/claims/context';
import { findCues } from '../src/core/claims/cues';
import { shippedCueModel } from '../src/core/claims/cue-model';
import { CANDIDATE_LEXICON_OPTIONS, cueLexicon } from '../src/core/claims/lexicon';
import type { Doc } from '../scripts/train-claims-filter';

/** Character spans of every cue the classifier accepts in the document (used by a claim or not). */
function acceptedCues(d: Doc, opts: ExtractOptions): GoldSpan[] {
  const ctx = buildContext(d.gold.text, d.tokens, d.sentences);
  const lex = opts.cueLexicon ?? cueLexicon(CANDIDATE_LEXICON_OPTIONS);
  const model = typeof opts.cueModel === 'object' ? opts.cueModel : shippedCueModel();
  const out: GoldSpan[] = [];
  for (const s of d.sentences) {
    for (const m of findCues(ctx, lex, s.firstToken, s.endToken, model)) out.push({ start: d.tokens.start(m.start), end: d.tokens.end(m.end - 1) });
  }
  return out;
}

const ov = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end;
const inside = (a: GoldSpan, b: GoldSpan): boolean => a.start >= b.start && a.end <= b.end;

interface Pred { start: number; end: number; speakerSpan: GoldSpan | null; cue: (GoldSpan & { text: string }) | null }

/** Whether char position pos lies inside a quotation (an odd number of straight or curly marks before it in its paragraph). */
function inQuote(t: string, pos: number): boolean {
  const para = t.lastIndexOf('\n', pos) + 1;
  let open = false;
  for (let i = para; i < pos; i++) {
    const c = t[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

const head = (s: string): string => {
  const w = s.toLowerCase().replace(/[“”"]/g, '').trim();
  if (w.startsWith('according to')) return 'according-to';
  const words = w.split(/\s+/).filter((x) => !/^(has|have|had|is|was|were|are|be|been|also|would|will|did|does|do|not|n't|later|then|further)$/.test(x));
  return words[0] ?? w;
};
const cueClass = (s: string): string => {
  const h = head(s);
  if (h === 'according-to') return h;
  if (/^(said|says|say|saying|told|tells|tell|added|adds|noted|wrote|writes|explained|continued|asked|stated)$/.test(h)) return 'say';
  if (/^(reported|reports|report)$/.test(h)) return 'report';
  return 'other';
};

function classify(doc: GoldDoc, p: Pred, g: { start: number; end: number; cues: GoldSpan[] }, preds: readonly Pred[], gAll: GoldSpan[], accepted: readonly GoldSpan[]): string {
  const t = doc.text;
  const pc = p.cue as GoldSpan & { text: string };
  const gc = g.cues[0];
  const gcText = t.slice(gc.start, gc.end);
  const found = preds.some((q) => q.cue && ov(q.cue, gc)) ? 'gold-cue-has-claim'
    : accepted.some((c) => ov(c, gc)) ? 'gold-cue-accepted-unused' : 'gold-cue-not-accepted';
  if (gAll.some((x) => inside(pc, x))) {
    // Ours is the inner cue; gold gives the clause to an outer one.
    const where = gc.start >= pc.end ? 'outer-after' : 'outer-before';
    const q = inQuote(t, pc.start) ? 'ours-in-quote' : 'ours-unquoted';
    return `inner-took:${where}:${cueClass(gcText)}:${q}:${found}`;
  }
  if (inside(gc, p)) {
    const q = inQuote(t, gc.start) ? 'gold-in-quote' : 'gold-unquoted';
    const where = gc.start >= pc.end ? 'inner-after' : 'inner-before';
    return `outer-took:${where}:${cueClass(pc.text)}>${cueClass(gcText)}:${q}:${found}`;
  }
  return `side:${gc.start >= pc.end ? 'gold-after' : 'gold-before'}:${found}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const nEx = args.includes('--examples') ? Number(args[args.indexOf('--examples') + 1]) : 0;
  const only = args.includes('--class') ? args[args.indexOf('--class') + 1] : '';
  const docs = prepare(loadSplit('train'));
  const counts = new Map<string, { n: number; srcWrong: number }>();
  const examples = new Map<string, string[]>();
  const acc = emptyCounts();
  let wrongCue = 0;
  for (let f = 0; f < 5; f++) {
    const opts: ExtractOptions = args.includes('--folds') ? { ...foldCues(docs, f) } : {};
    for (let i = f; i < docs.length; i += 5) {
      const d = docs[i];
      const doc = d.gold;
      const preds = extractClaims(doc.text, d.tokens, d.sentences, opts) as unknown as Pred[];
      const res = scoreDoc(doc, preds, acc);
      const accepted = acceptedCues(d, opts);
      for (const m of res.matches) {
        const p = preds[m.pred];
        const g = res.units[m.gold];
        if (!p.cue || g.cues.length === 0 || g.cues.some((c) => ov(c, p.cue as GoldSpan))) continue;
        wrongCue++;
        const attr = doc.attributions.find((a) => a.cue === g.cues);
        const gAll = attr ? attr.content : [g];
        const c = classify(doc, p, g, preds, gAll, accepted);
        const sp = p.speakerSpan;
        const srcOk = sp ? g.sources.some((x) => ov(x, sp)) : g.sources.length === 0;
        const e = counts.get(c) ?? { n: 0, srcWrong: 0 };
        e.n++;
        if (!srcOk) e.srcWrong++;
        counts.set(c, e);
        const list = examples.get(c) ?? [];
        if (list.length < nEx && (!only || c.startsWith(only))) {
          const t = doc.text;
          const s0 = Math.max(0, Math.min(p.start, g.start, p.cue.start, ...g.cues.map((x) => x.start)) - 40);
          const e0 = Math.max(p.end, g.end, p.cue.end, ...g.cues.map((x) => x.end)) + 20;
          list.push(`  ${doc.name}: ours cue ${JSON.stringify(p.cue.text)} content ${JSON.stringify(t.slice(p.start, p.end).slice(0, 120))}\n     gold cue ${JSON.stringify(t.slice(g.cues[0].start, g.cues[0].end))} content ${JSON.stringify(t.slice(g.start, g.end).slice(0, 120))}\n     :: ${JSON.stringify(t.slice(s0, e0).slice(0, 400))}`);
          examples.set(c, list);
        }
      }
    }
    console.error(`fold ${f} done`);
  }
  console.log(`matched claims ${acc.overlap}, attribution right ${acc.attribution}, matched with another cue than gold's ${wrongCue}`);
  const byTop = new Map<string, { n: number; srcWrong: number }>();
  for (const [c, v] of counts) {
    const top = c.split(':').slice(0, 2).join(':');
    const e = byTop.get(top) ?? { n: 0, srcWrong: 0 };
    e.n += v.n; e.srcWrong += v.srcWrong;
    byTop.set(top, e);
  }
  console.log('by class (matched / of which source wrong):');
  for (const [c, v] of [...byTop].sort((x, y) => y[1].n - x[1].n)) console.log(`${String(v.n).padStart(5)} ${String(v.srcWrong).padStart(5)}  ${c}`);
  console.log('detail:');
  for (const [c, v] of [...counts].sort((x, y) => y[1].n - x[1].n)) {
    console.log(`${String(v.n).padStart(5)} ${String(v.srcWrong).padStart(5)}  ${c}`);
    for (const ex of examples.get(c) ?? []) console.log(ex);
  }
}

main();
