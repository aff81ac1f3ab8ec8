// Scratch analysis: adjacent claim pairs A, B of one sentence where B's source/cue follows right after A's content
// (so PolNeAR could give B's whole clause to A's cue). Counts gold's verdict per shape.
import { loadSplit } from './claims-data';
import type { GoldSpan } from './claims-data';
import { extractClaims } from '../src/core/claims';
import { cueKey } from '../src/core/claims/extract';
import type { RawClaim } from '../src/core/claims/extract';
import { isCapitalized, isWord, nm } from '../src/core/claims/context';
import type { DocContext } from '../src/core/claims/context';
import { prepare } from '../scripts/train-claims-filter';

const ov = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end;
const PRON = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const docs = prepare(loadSplit('train'));
const counts = new Map<string, [number, number, number]>();
const ex = new Map<string, string[]>();
const nEx = Number(process.argv[2] ?? 0);
for (const d of docs) {
  const t = d.gold.text;
  extractClaims(t, d.tokens, d.sentences, {
    claimFilter: false,
    onClaims: (ctx: DocContext, raw: readonly RawClaim[]) => {
      const ch = (s: number, e: number): GoldSpan => ({ start: d.tokens[s].start, end: d.tokens[e - 1].end });
      for (let i = 0; i + 1 < raw.length; i++) {
        const A = raw[i];
        const B = raw[i + 1];
        if (!A.cue || !B.cue || A.contentStart < A.cue.end || B.contentStart < B.cue.end) continue;
        if (ctx.sentOf[A.cue.start] !== ctx.sentOf[B.cue.start]) continue;
        const r = B.source && B.source.start < B.cue.start ? B.source.start : B.cue.start;
        if (r < A.contentEnd) continue;
        let words = 0;
        let gap = '';
        for (let k = A.contentEnd; k < r; k++) { gap += nm(ctx, k) + ' '; if (isWord(ctx, k)) words++; }
        if (r - A.contentEnd > 3 || words > 1) continue;
        const aCue = ch(A.cue.start, A.cue.end);
        const bCue = ch(B.cue.start, B.cue.end);
        const bCont = ch(B.contentStart, B.contentEnd);
        const gB = d.gold.attributions.some((g) => g.cue.some((c) => ov(c, bCue)) && g.content.some((c) => ov(c, bCont)));
        const gA = d.gold.attributions.some((g) => g.cue.some((c) => ov(c, aCue)) && g.content.some((c) => ov(c, bCue) || ov(c, bCont)));
        const label = gB ? 0 : gA ? 1 : 2;
        const src = !B.source ? 'nosrc' : B.source.start > B.cue.start ? 'inv' : B.source.end - B.source.start === 1 && PRON.has(nm(ctx, B.source.start)) ? 'pron'
          : isCapitalized(ctx, B.source.start) ? 'cap' : 'np';
        const key = `gap[${gap.trim()}] src=${src} A=${cueKey(ctx, A.cue).split(' ')[0]} B=${cueKey(ctx, B.cue)}`;
        const shape = `gap[${gap.trim()}] src=${src}`;
        for (const k of [shape, 'Bcue ' + cueKey(ctx, B.cue) + ' ' + src]) {
          const c = counts.get(k) ?? [0, 0, 0];
          c[label]++;
          counts.set(k, c);
        }
        const l = ex.get(shape) ?? [];
        if (l.length < nEx && label === 1) { l.push(`   ${key} :: ${JSON.stringify(t.slice(d.tokens[A.cue.start].start, d.tokens[B.contentEnd - 1].end).slice(0, 250))}`); ex.set(shape, l); }
      }
    },
  });
}
console.log('keep(B gold) / merge(A gold) / neither');
for (const [k, c] of [...counts].sort((x, y) => y[1][1] - x[1][1]).slice(0, 60)) {
  console.log(`${c.join(' / ')}  ${k}`);
  for (const e of ex.get(k) ?? []) console.log(e);
}
