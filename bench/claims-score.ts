// Scoring predicted claims against PolNeAR gold attributions.
//
// Units: every contiguous gold content piece is one gold unit, carrying its attribution's source spans (a quote
// continued after "he said" is two units of one attribution). Every predicted claim is one predicted unit.
// - content exact: predicted span equals a gold piece (whitespace-trimmed), one-to-one.
// - content overlap: one-to-one greedy matching, largest character overlap first; any overlap counts.
// - attribution overlap: a content-overlap match whose predicted speaker span overlaps one of the gold source
//   spans, or where both have no source.
import type { GoldDoc, GoldSpan } from './claims-data';

export interface PredClaim { readonly start: number; readonly end: number; readonly speakerSpan: GoldSpan | null }

export interface Counts { pred: number; gold: number; exact: number; overlap: number; attribution: number; sourceExact: number }

export const emptyCounts = (): Counts => ({ pred: 0, gold: 0, exact: 0, overlap: 0, attribution: 0, sourceExact: 0 });

interface GoldUnit { start: number; end: number; sources: GoldSpan[]; cues: GoldSpan[] }

function trim(text: string, s: GoldSpan): GoldSpan {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return { start: a, end: b };
}

const overlapLen = (x: GoldSpan, y: GoldSpan): number => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

export interface Match { pred: number; gold: number }

export function scoreDoc(doc: GoldDoc, preds: readonly PredClaim[], acc: Counts): { units: GoldUnit[]; matches: Match[] } {
  const units: GoldUnit[] = [];
  for (const a of doc.attributions) for (const c of a.content) units.push({ ...trim(doc.text, c), sources: a.source, cues: a.cue });
  const ps = preds.map((p) => ({ ...trim(doc.text, p), speakerSpan: p.speakerSpan }));
  acc.pred += ps.length;
  acc.gold += units.length;
  const exactKeys = new Set(units.map((u) => `${u.start}:${u.end}`));
  for (const p of ps) if (exactKeys.delete(`${p.start}:${p.end}`)) acc.exact++;
  const pairs: { p: number; g: number; len: number }[] = [];
  ps.forEach((p, pi) => units.forEach((u, gi) => {
    const len = overlapLen(p, u);
    if (len > 0) pairs.push({ p: pi, g: gi, len });
  }));
  pairs.sort((x, y) => y.len - x.len || x.p - y.p || x.g - y.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matches: Match[] = [];
  for (const pr of pairs) {
    if (usedP.has(pr.p) || usedG.has(pr.g)) continue;
    usedP.add(pr.p);
    usedG.add(pr.g);
    matches.push({ pred: pr.p, gold: pr.g });
    acc.overlap++;
    const sp = ps[pr.p].speakerSpan;
    const srcs = units[pr.g].sources;
    if ((!sp && srcs.length === 0) || (sp && srcs.some((s) => overlapLen(sp, s) > 0))) acc.attribution++;
    if ((!sp && srcs.length === 0) || (sp && srcs.some((s) => { const t = trim(doc.text, s); return t.start === sp.start && t.end === sp.end; }))) acc.sourceExact++;
  }
  return { units, matches };
}

export function prf(correct: number, pred: number, gold: number): { p: number; r: number; f: number } {
  const p = pred ? correct / pred : 0;
  const r = gold ? correct / gold : 0;
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
}
