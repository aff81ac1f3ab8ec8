// Scratch analysis: accepted cues inside an open claim's content that the rules skip (the outer claim keeps the
// content). Gold verdict: the inner cue owns the content after it (split), the outer one keeps it, or neither.
import { loadSplit } from './claims-data';
import type { GoldSpan } from './claims-data';
import { extractClaims } from '../src/core/claims';
import { cueKey } from '../src/core/claims/extract';
import { isCapitalized, nm } from '../src/core/claims/context';
import { prepare } from '../scripts/train-claims-filter';

const ov = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end;
const PRON = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const docs = prepare(loadSplit('train'));
const counts = new Map<string, [number, number, number]>();
const ex = new Map<string, string[]>();
const nEx = Number(process.argv[2] ?? 0);
const which = Number(process.argv[3] ?? 0);
const add = (k: string, label: number, e: string): void => {
  const c = counts.get(k) ?? [0, 0, 0];
  c[label]++;
  counts.set(k, c);
  const l = ex.get(k) ?? [];
  if (l.length < nEx && label === which) { l.push(e); ex.set(k, l); }
};
for (const d of docs) {
  const t = d.gold.text;
  const ch = (s: number, e: number): GoldSpan => ({ start: d.tokens[s].start, end: d.tokens[e - 1].end });
  extractClaims(t, d.tokens, d.sentences, {
    claimFilter: false,
    onInner: (ctx, open, cue, src, sep, a, b) => {
      if (!open.cue) return;
      const oCue = ch(open.cue.start, open.cue.end);
      const iCue = ch(cue.start, cue.end);
      const after = cue.end < b ? ch(cue.end, b) : iCue;
      const gIn = d.gold.attributions.some((g) => g.cue.some((c) => ov(c, iCue)) && g.content.some((c) => ov(c, after)));
      const gOut = d.gold.attributions.some((g) => g.cue.some((c) => ov(c, oCue)) && g.content.some((c) => ov(c, iCue) || ov(c, after)));
      const label = gIn ? 0 : gOut ? 1 : 2;
      const r = src ? src.start : cue.start;
      const prev = r > a ? nm(ctx, r - 1) : '^';
      const srcK = !src ? 'nosrc' : src.end - src.start === 1 && PRON.has(nm(ctx, src.start)) ? 'pron' : isCapitalized(ctx, src.start) ? 'cap' : 'np';
      const rel = ['who', 'which', 'that', 'whom', 'what'].includes(prev) ? 'rel' : prev === ',' ? 'comma' : 'other';
      const e = `   ${cueKey(ctx, open.cue)} > ${cueKey(ctx, cue)} :: ${JSON.stringify(t.slice(d.tokens[open.cue.start].start, d.tokens[Math.min(b, cue.end + 8) - 1].end).slice(0, 240))}`;
      add("ALL", label, ""); return undefined;
      add(`src=${srcK} prev=${rel}`, label, e);
      add(`key=${cueKey(ctx, cue)}`, label, e);
      add(`sep=${sep >= 0 ? nm(ctx, sep) : 'none'} src=${srcK}`, label, e);
    },
  });
}
console.log('inner owns / outer keeps / neither');
for (const [k, c] of [...counts].sort((x, y) => (y[1][0] + y[1][1]) - (x[1][0] + x[1][1])).slice(0, 70)) {
  console.log(`${c.join(' / ')}  ${k}`);
  for (const e of ex.get(k) ?? []) console.log(e);
}
