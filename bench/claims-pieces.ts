// Second pieces of discontinuous gold contents that no claim matched: PolNeAR splits one attribution's content
// around its source and cue, an intro clause, a relative pronoun, or a quote continued after "he said". For every
// unmatched gold piece whose attribution has another piece we did match, and whose cue is the cue of one of our
// claims, prints the piece, the matched sibling, our claim, cue and source, and counts the pieces by pattern: where
// the piece lies relative to the cue and the sibling, its shape, and what separates the two (tokens mapped to
// S = gold source, C = gold cue, w = other words, Q = quote mark, punctuation as is).
// Run: node out/bench/claims-pieces.js [--split train|dev] [--examples N] [--pattern SUBSTRING] [--no-filter] (shipped models,
// in-sample on train).
import { extractClaims } from '../src/core/claims/extract';
import { buildContext, isCloseQuoteMark, isOpenQuoteMark } from '../src/core/claims/context';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { GoldSpan } from './claims-data';
import { loadSplit } from './claims-data';
import { emptyCounts, scoreDoc } from './claims-score';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i < 0 ? undefined : process.argv[i + 1]; };
const inside = (i: number, e: number, ys: readonly GoldSpan[]): boolean => ys.some((y) => i < y.end && e > y.start);
const overlaps = (x: GoldSpan, ys: readonly GoldSpan[]): boolean => ys.some((y) => Math.min(x.end, y.end) > Math.max(x.start, y.start));
const show = (text: string, s: GoldSpan | null | undefined): string => (s ? JSON.stringify(text.slice(s.start, s.end).replace(/\s+/g, ' ')) : '-');

function main(): void {
  const split = (arg('--split') ?? 'train') as 'train' | 'dev';
  const examples = Number(arg('--examples') ?? 0);
  const only = arg('--pattern');
  const docs = loadSplit(split);
  const patterns = new Map<string, number>();
  let total = 0;
  let shown = 0;
  for (const d of docs) {
    const t = tokenize(d.text);
    const sentences = splitSentences(d.text, t);
    const claims = extractClaims(d.text, t, sentences, { claimFilter: process.argv.includes('--no-filter') ? false : undefined });
    const res = scoreDoc(d, claims, emptyCounts());
    const ctx = buildContext(d.text, t, sentences);
    const attOf: number[] = [];
    d.attributions.forEach((a, ai) => { for (let k = 0; k < a.content.length; k++) attOf.push(ai); });
    const predOf = new Map(res.matches.map((m) => [m.gold, m.pred]));
    const claimCues = claims.flatMap((c) => (c.cue ? [c.cue] : []));
    res.units.forEach((g, gi) => {
      if (predOf.has(gi) || g.cues.length === 0 || !g.cues.some((c) => overlaps(c, claimCues))) return;
      const siblings = res.units.map((u, ui) => ({ u, ui })).filter(({ ui }) => ui !== gi && attOf[ui] === attOf[gi] && predOf.has(ui));
      if (siblings.length === 0) return;
      // The matched sibling nearest to the piece.
      const dist = (u: GoldSpan): number => (u.start >= g.end ? u.start - g.end : g.start - u.end);
      const sib = siblings.sort((x, y) => dist(x.u) - dist(y.u))[0];
      const claim = claims[predOf.get(sib.ui)!];
      const after = g.start >= sib.u.end;
      const cueStart = Math.min(...g.cues.map((c) => c.start));
      const gapFrom = after ? sib.u.end : g.end;
      const gapTo = after ? g.start : sib.u.start;
      let gap = '';
      for (let i = 0; i < t.length; i++) {
        const tk = t.get(i);
        if (tk.end <= gapFrom || tk.start >= gapTo) continue;
        const sym = inside(tk.start, tk.end, g.cues) ? 'C' : inside(tk.start, tk.end, g.sources) ? 'S'
          : isOpenQuoteMark(ctx, i) || isCloseQuoteMark(ctx, i) ? 'Q' : tk.kind === 'word' || tk.kind === 'number' ? 'w' : tk.text;
        if (sym !== gap[gap.length - 1]) gap += sym;
      }
      if (gap.length > 14) gap = gap.slice(0, 6) + '…' + gap.slice(-6);
      const words = d.text.slice(g.start, g.end).trim().split(/\s+/);
      const shape = words.length === 1 && /^[a-z]+$/i.test(words[0]) ? `word:${words[0].toLowerCase()}`
        : /^["“`']/.test(words[0]) ? 'quote' : words.length <= 3 ? 'short' : 'clause';
      // Covered by the sibling's claim (it spans both pieces), by another claim (matched to some other piece), or free.
      const other = claims.find((c) => c !== claim && c.start < g.end && c.end > g.start);
      const covered = claim.start < g.end && claim.end > g.start ? ' covered' : other ? ' in-other' : '';
      const key = `${after ? 'after' : 'before'} sibling, ${g.start > cueStart ? 'after' : 'before'} cue, ${shape}${covered}, gap ${gap}`;
      patterns.set(key, (patterns.get(key) ?? 0) + 1);
      total++;
      if (shown < examples && (!only || key.includes(only))) {
        shown++;
        console.log(`--- ${d.name} [${key}]`);
        console.log(`  piece:   ${show(d.text, g)}`);
        console.log(`  sibling: ${show(d.text, sib.u)}`);
        console.log(`  cue ${g.cues.map((c) => show(d.text, c)).join(' ')}  source ${g.sources.map((c) => show(d.text, c)).join(' ') || '-'}`);
        console.log(`  ours:    ${show(d.text, claim)} cue ${show(d.text, claim.cue)} source ${show(d.text, claim.speakerSpan)}`);
        if (other) console.log(`  other:   ${show(d.text, other)} cue ${show(d.text, other.cue)} source ${show(d.text, other.speakerSpan)}`);
        const ctxFrom = Math.max(0, Math.min(g.start, sib.u.start) - 40);
        const ctxTo = Math.min(d.text.length, Math.max(g.end, sib.u.end) + 20);
        console.log(`  text:    ${JSON.stringify(d.text.slice(ctxFrom, ctxTo).replace(/\s+/g, ' '))}`);
      }
    });
  }
  console.log(`${split}: ${total} unmatched second pieces (cue of one of our claims, a sibling piece matched)`);
  const rows = [...patterns].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  for (const [k, n] of rows.slice(0, Number(arg('--top') ?? 40))) console.log(`${String(n).padStart(5)}  ${k}`);
}

main();
