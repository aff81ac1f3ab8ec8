// Nested attributions on PolNeAR train: an accepted cue that lies inside another claim's content (same sentence) and
// is the cue of no claim — the extractor left it in the outer content ("pledged | to enact …, and he, once again,
// pledged a “political revolution”"). For each, where does gold's outer content end? Over the inner cue (gold keeps
// the nested attribution in the content), before it (at the inner attribution's gold source, at our source, at the
// cue, or earlier), or is the outer cue no gold cue at all. Counted per class, per cue-classifier score bin, per the
// word before the inner region (its source, else its cue: a coordinator, a subordinator or relative, a quote mark or
// punctuation, the content's start, other) and whether a subject precedes the inner cue (leftSource).
// Run: node out/bench/claims-nested.js [--heldout] [--examples K]. --heldout: per fold the lexicon and cue classifier
// learned on the other four folds (as claims-cue-misses), so the scores are those of unseen text; default the
// shipped ones (in-sample scores run high: session 15 split15 found the in-sample census misleading).
import { buildContext } from '../src/core/claims/context';
import type { DocContext } from '../src/core/claims/context';
import type { CueModel } from '../src/core/claims/cue-model';
import { scoreCue, shippedCueModel } from '../src/core/claims/cue-model';
import { findCues } from '../src/core/claims/cues';
import type { RawClaim } from '../src/core/claims/extract';
import { extractClaims } from '../src/core/claims/extract';
import { leftSource } from '../src/core/claims/left-source';
import type { CueLexicon } from '../src/core/claims/lexicon';
import { buildLexicon, CANDIDATE_LEXICON_OPTIONS, cueLexicon } from '../src/core/claims/lexicon';
import { WeightTable } from '../src/core/claims/weight-table';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { CANDIDATE_LEXICON, trainCueModel } from '../scripts/train-claims-cues';
import { computeStats } from '../scripts/train-claims-lexicon';
import type { GoldAttribution, GoldDoc, GoldSpan } from './claims-data';
import { loadSplit } from './claims-data';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i < 0 ? undefined : process.argv[i + 1]; };
const ov = (x: GoldSpan, y: GoldSpan): boolean => Math.min(x.end, y.end) > Math.max(x.start, y.start);

const COORDINATORS = new Set(['and', 'but', 'or']);
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'what', 'after', 'before', 'when', 'while', 'if', 'because', 'as', 'since', 'until', 'than', 'whether']);
const QUOTE_OR_PUNCT = new Set(["'", '”', '"', ',', ';', ':', '—', '–', '-', '--', '(']);
// What may lie between gold's outer content end and the inner attribution (dropped by trimEnd, or a linking word).
const GAP = /^[\s,;:—–\-()"“”'‘’]*(and|but|or|that|as|while|because)?[\s,;:—–\-()"“”'‘’]*$/i;

interface Nested { outer: RawClaim; cue: { start: number; end: number }; src: { start: number; end: number } | null; score: number }

/** Accepted cues inside another claim's content that are no claim's cue, with the classifier's score. */
function nestedCues(ctx: DocContext, lex: CueLexicon, model: CueModel, raw: readonly RawClaim[]): Nested[] {
  const out: Nested[] = [];
  const claimCues = new Set(raw.flatMap((r) => (r.cue ? [r.cue.start] : [])));
  for (const s of ctx.sentences) {
    const scores = new Map<number, number>();
    findCues(ctx, lex, s.firstToken, s.endToken, undefined, (m, feats) => scores.set(m.start, scoreCue(model, feats)));
    for (const m of findCues(ctx, lex, s.firstToken, s.endToken, model)) {
      if (claimCues.has(m.start)) continue;
      const outer = raw.find((r) => r.cue && r.cue.start < m.start && r.contentStart < m.start && m.start < r.contentEnd
        && r.contentStart >= s.firstToken && r.contentEnd <= s.endToken);
      if (!outer) continue;
      out.push({ outer, cue: m, src: leftSource(ctx, s.firstToken, m.start, outer.contentStart), score: scores.get(m.start) ?? NaN });
    }
  }
  return out;
}

function goldClass(d: GoldDoc, ctx: DocContext, n: Nested, gOut: GoldAttribution | undefined, gIn: GoldAttribution | undefined): string {
  const t = ctx.tokens;
  const span = (a: number, b: number): GoldSpan => ({ start: t.start(a), end: t.end(b - 1) });
  const outC = span(n.outer.contentStart, n.outer.contentEnd);
  const iCue = span(n.cue.start, n.cue.end);
  if (!gOut) return 'outer cue no gold cue';
  const pieces = gOut.content.filter((p) => ov(p, outC));
  if (pieces.some((p) => p.start < iCue.start && p.end > iCue.start)) return 'gold outer content runs over the inner cue';
  const before = pieces.filter((p) => p.end <= iCue.start);
  if (!before.length) return 'no gold outer piece before the inner cue';
  const e = Math.max(...before.map((p) => p.end));
  const upTo = (x: number): boolean => x >= e && GAP.test(d.text.slice(e, x));
  const gsrc = gIn ? gIn.source.filter((s) => s.start < iCue.start && s.start >= e - 2) : [];
  if (gsrc.length && upTo(Math.min(...gsrc.map((s) => s.start)))) return 'gold outer ends at the inner gold source';
  if (n.src && upTo(t.start(n.src.start))) return 'gold outer ends at our inner source';
  if (upTo(iCue.start)) return 'gold outer ends at the inner cue';
  return 'gold outer ends earlier';
}

function before(ctx: DocContext, n: Nested): string {
  const r = n.src ? n.src.start : n.cue.start;
  if (r <= n.outer.contentStart) return 'content start';
  const w = ctx.tokens.text(r - 1).toLowerCase();
  return COORDINATORS.has(w) ? 'coordinator' : SUBORDINATORS.has(w) ? 'subordinator' : QUOTE_OR_PUNCT.has(w) ? 'quote/punct' : 'other';
}

const bin = (s: number): string => (Number.isNaN(s) ? 'none' : s < 0 ? '<0' : s < 5 ? '0-5' : s < 10 ? '5-10' : '>=10');

function main(): void {
  const heldout = process.argv.includes('--heldout');
  const docs = loadSplit('train');
  const tokens = docs.map((d) => tokenize(d.text));
  const byClass = new Map<string, number>();
  const byShape = new Map<string, [number, number]>(); // [inner gold and gold outer stops before it, the rest]
  const examples: string[] = [];
  const bump = (k: string): void => { byClass.set(k, (byClass.get(k) ?? 0) + 1); };
  for (let f = 0; f < (heldout ? 5 : 1); f++) {
    let lex = cueLexicon(CANDIDATE_LEXICON_OPTIONS);
    let model = shippedCueModel();
    if (heldout) {
      const trainIdx = docs.map((_d, i) => i).filter((i) => i % 5 !== f);
      const stats = computeStats(trainIdx.map((i) => docs[i]), trainIdx.map((i) => tokens[i]));
      const { bias, weights } = trainCueModel([{ docs: trainIdx.map((i) => docs[i]), stats }], false);
      model = { bias, weights: WeightTable.from(weights), threshold: -5 };
      lex = buildLexicon(stats, CANDIDATE_LEXICON);
    }
    for (let i = heldout ? f : 0; i < docs.length; i += heldout ? 5 : 1) {
      const d = docs[i];
      const t = tokens[i];
      const sentences = splitSentences(d.text, t);
      let raw: readonly RawClaim[] = [];
      extractClaims(d.text, t, sentences, { cueModel: model, cueLexicon: lex, onRaw: (_c, r) => { raw = r.slice(); } });
      const ctx = buildContext(d.text, t, sentences);
      for (const n of nestedCues(ctx, lex, model, raw)) {
        const span = (a: number, b: number): GoldSpan => ({ start: t.start(a), end: t.end(b - 1) });
        const oc = n.outer.cue!;
        const gOut = d.attributions.find((g) => g.cue.some((c) => ov(c, span(oc.start, oc.end))));
        const gIn = d.attributions.find((g) => g !== gOut && g.cue.some((c) => ov(c, span(n.cue.start, n.cue.end))));
        const cls = goldClass(d, ctx, n, gOut, gIn);
        const inner = gIn ? 'inner cue gold' : 'inner cue no gold cue';
        bump(`${inner} | ${cls}`);
        const split = gIn !== undefined && cls !== 'gold outer content runs over the inner cue';
        const shape = `${before(ctx, n).padEnd(13)} ${n.src ? 'subject   ' : 'no subject'} score ${bin(n.score)}`;
        const v = byShape.get(shape) ?? [0, 0];
        v[split ? 0 : 1]++;
        byShape.set(shape, v);
        const s0 = sentences.find((s) => s.firstToken <= n.cue.start && n.cue.start < s.endToken)!;
        const show = (a: number, b: number): string => d.text.slice(a, b).replace(/\s+/g, ' ');
        const cs = t.start(n.cue.start);
        const ce = t.end(n.cue.end - 1);
        examples.push(`${inner} | ${cls} | score ${n.score.toFixed(1)}\n  ${show(t.start(s0.firstToken), cs)}[[${show(cs, ce)}]]${show(ce, t.end(s0.endToken - 1))}\n`
          + `  ours  ${JSON.stringify(show(t.start(n.outer.contentStart), t.end(n.outer.contentEnd - 1)))}\n`
          + `  gold outer ${gOut ? gOut.content.map((p) => JSON.stringify(show(p.start, p.end))).join(' … ') : '-'}`);
      }
    }
  }
  const total = [...byClass.values()].reduce((a, b) => a + b, 0);
  console.log(`${heldout ? 'held-out folds' : 'shipped lexicon and classifier (in-sample)'}: ${total} accepted cues inside another claim's content, no claim's cue`);
  for (const [k, n] of [...byClass].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(6)}  ${k}`);
  console.log('by the word before the inner region, subject, score: inner gold and gold outer stops before it / the rest / share');
  for (const [k, [p, q]] of [...byShape].sort((x, y) => (x[0] < y[0] ? -1 : 1))) console.log(`  ${k}: ${p} / ${q} / ${(p / (p + q)).toFixed(2)}`);
  const want = Number(arg('--examples') ?? 0);
  let seed = 7;
  const picked = new Set<number>();
  while (picked.size < Math.min(want, examples.length)) { seed = (seed * 1103515245 + 12345) % 2147483648; picked.add(seed % examples.length); }
  for (const i of [...picked].sort((a, b) => a - b)) console.log(examples[i]);
}

main();
