// Prints missed and spurious claims of one document for error analysis (bench/claims.ts --errors N).
import type { GoldDoc } from './claims-data';
import type { Match, PredClaim } from './claims-score';

let printed = 0;

const show = (t: string, s: number, e: number): string => JSON.stringify(t.slice(s, e).slice(0, 160));
const showLong = (t: string, s: number, e: number): string => JSON.stringify(t.slice(s, e).slice(0, 400));

export function printErrors(doc: GoldDoc, preds: readonly PredClaim[], res: { units: { start: number; end: number; sources: { start: number; end: number }[]; cues: { start: number; end: number }[] }[]; matches: Match[] }, max: number): void {
  if (printed >= max) return;
  const mp = new Set(res.matches.map((m) => m.pred));
  const mg = new Set(res.matches.map((m) => m.gold));
  for (const m of res.matches) {
    const p = preds[m.pred];
    const g = res.units[m.gold];
    const sp = p.speakerSpan;
    const okSrc = (!sp && g.sources.length === 0) || (sp && g.sources.some((x) => Math.min(x.end, sp.end) > Math.max(x.start, sp.start)));
    if (!okSrc) {
      console.log(`SRC    pred ${sp ? show(doc.text, sp.start, sp.end) : 'null'} gold ${g.sources.map((x) => show(doc.text, x.start, x.end)).join('|') || 'null'} :: ${showLong(doc.text, Math.max(0, Math.min(p.start, g.start) - 60), Math.max(p.end, g.end) + 10)}`);
      printed++;
    }
    if (p.start !== g.start || p.end !== g.end) {
      console.log(`BOUND  pred ${show(doc.text, p.start, p.end)}\n       gold ${show(doc.text, g.start, g.end)}`);
      printed++;
    }
  }
  const cueHit = (g: { cues: { start: number; end: number }[] }): string => (preds.some((p) => {
    const c = (p as { cue?: { start: number; end: number } | null }).cue;
    return c && g.cues.some((x) => Math.min(x.end, c.end) > Math.max(x.start, c.start));
  }) ? 'CUEOK' : 'CUENO');
  res.units.forEach((g, i) => { if (!mg.has(i)) { console.log(`MISS   ${cueHit(g)} ${show(doc.text, g.start, g.end)} src=${g.sources.map((s) => doc.text.slice(s.start, s.end)).join('|')} cue=${g.cues.map((s) => doc.text.slice(s.start, s.end)).join('|')}`); printed++; } });
  preds.forEach((p, i) => { if (!mp.has(i)) { console.log(`SPUR   ${show(doc.text, p.start, p.end)}`); printed++; } });
}
