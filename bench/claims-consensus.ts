// Claims errors that PolNeAR's annotators' consensus does not share, on the articles that 5–6 annotators each
// annotated (bench/claims-agreement.ts scores them pair by pair). Each annotator's pieces are matched to our claims
// exactly as the benchmark matches them (bench/claims-score.ts, one-to-one by overlap); then:
// - MISS: a place where at least `--min` annotators have a content piece that none of our claims matched;
// - SPUR: our claims that no annotator's piece matched;
// - SRC: our claims matched by at least `--min` annotators whose sources agree among themselves (the largest group
//   of overlapping sources, or of "no source", holds `--min`) while our speaker span is not in that group.
// Grouped by cue (gold's majority cue for MISS, ours otherwise) so that classes show, with examples to read.
// Use it to find classes only (16 train articles); decide by the nested CV. Run:
//   node out/bench/claims-consensus.js [--split train|dev|both] [--min 4] [--show 40]
import { extractClaims } from '../src/core/claims';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { Claim } from '../src/core/types';
import type { GoldSpan, MultiDoc } from './claims-data';
import { loadMultiAnnotated } from './claims-data';
import { emptyCounts, scoreDoc } from './claims-score';

interface Unit { start: number; end: number; sources: GoldSpan[]; cues: GoldSpan[] }
interface Annotated { units: Unit[]; unitOfClaim: Map<number, number>; matchedUnits: Set<number> }
export interface ConsensusError { kind: 'MISS' | 'SPUR' | 'SRC'; doc: string; group: string; line: string }

const overlaps = (x: GoldSpan, y: GoldSpan): boolean => Math.min(x.end, y.end) > Math.max(x.start, y.start);
const quote = (text: string, s: GoldSpan, max = 160): string => JSON.stringify(text.slice(s.start, s.end).slice(0, max));
const spansText = (text: string, spans: readonly GoldSpan[]): string => spans.map((s) => text.slice(s.start, s.end)).join(' … ');

function annotate(d: MultiDoc, claims: readonly Claim[]): Annotated[] {
  return d.annotations.map((a) => {
    const res = scoreDoc({ name: d.name, text: d.text, attributions: a.attributions }, claims, emptyCounts());
    return {
      units: res.units,
      unitOfClaim: new Map(res.matches.map((m) => [m.pred, m.gold])),
      matchedUnits: new Set(res.matches.map((m) => m.gold)),
    };
  });
}

/** Clusters of overlapping spans (transitively), each with the set of owners that contributed one. */
function clusters<T extends GoldSpan & { owner: number }>(items: T[]): T[][] {
  const sorted = [...items].sort((x, y) => x.start - y.start);
  const out: T[][] = [];
  let end = -1;
  for (const it of sorted) {
    if (out.length && it.start < end) {
      out[out.length - 1].push(it);
      end = Math.max(end, it.end);
    } else {
      out.push([it]);
      end = it.end;
    }
  }
  return out;
}

const mostCommon = (xs: readonly string[]): string => {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
};

/**
 * MISS lines start with where it went wrong: "cue found" when one of our claims has a cue overlapping one of the
 * annotators' cues there (its content went elsewhere), else "no cue" (never a candidate, or rejected, or filtered).
 */
function missed(d: MultiDoc, ann: Annotated[], claims: readonly Claim[], min: number): ConsensusError[] {
  const items = ann.flatMap((a, owner) => a.units.filter((_, i) => !a.matchedUnits.has(i)).map((u) => ({ ...u, owner })));
  return clusters(items).filter((c) => new Set(c.map((u) => u.owner)).size >= min).map((c) => {
    const span = { start: Math.min(...c.map((u) => u.start)), end: Math.max(...c.map((u) => u.end)) };
    const cue = mostCommon(c.map((u) => spansText(d.text, u.cues).toLowerCase()));
    const src = mostCommon(c.map((u) => spansText(d.text, u.sources)));
    const owners = new Set(c.map((u) => u.owner)).size;
    const cueFound = claims.some((p) => p.cue && c.some((u) => u.cues.some((g) => overlaps(g, p.cue!))));
    return { kind: 'MISS', doc: d.name, group: cue, line: `${cueFound ? 'cue found' : 'no cue'} ${owners}/${ann.length} src=${JSON.stringify(src)} cue=${JSON.stringify(cue)} ${quote(d.text, span, 240)}` };
  });
}

function spurious(d: MultiDoc, ann: Annotated[], claims: readonly Claim[]): ConsensusError[] {
  return claims.flatMap((c, i) => (ann.some((a) => a.unitOfClaim.has(i)) ? [] : [{
    kind: 'SPUR' as const, doc: d.name, group: c.cue?.text.toLowerCase() ?? '(no cue)',
    line: `src=${c.speakerSpan ? quote(d.text, c.speakerSpan) : 'null'} cue=${JSON.stringify(c.cue?.text ?? null)} ${quote(d.text, c, 240)}`,
  }]));
}

/** The largest group of annotators whose sources overlap one another (or who all give none), as owner indices. */
function majoritySource(sources: { owner: number; spans: GoldSpan[] }[]): { owners: number[]; spans: GoldSpan[] } {
  const none = sources.filter((s) => s.spans.length === 0);
  let best = { owners: none.map((s) => s.owner), spans: [] as GoldSpan[] };
  for (const s of sources) {
    if (!s.spans.length) continue;
    const group = sources.filter((o) => o.spans.some((x) => s.spans.some((y) => overlaps(x, y))));
    if (group.length > best.owners.length) best = { owners: group.map((o) => o.owner), spans: s.spans };
  }
  return best;
}

function wrongSource(d: MultiDoc, ann: Annotated[], claims: readonly Claim[], min: number): ConsensusError[] {
  return claims.flatMap((c, i) => {
    const sources = ann.flatMap((a, owner) => { const u = a.unitOfClaim.get(i); return u === undefined ? [] : [{ owner, spans: a.units[u].sources }]; });
    if (sources.length < min) return [];
    const major = majoritySource(sources);
    if (major.owners.length < min) return [];
    const sp = c.speakerSpan;
    const agrees = sp ? major.spans.some((s) => overlaps(s, sp)) : major.spans.length === 0;
    if (agrees) return [];
    const ours = sp ? d.text.slice(sp.start, sp.end) : 'null';
    const theirs = major.spans.length ? spansText(d.text, major.spans) : 'null';
    const group = `${sp ? 'ours' : 'ours null'} / ${major.spans.length ? 'theirs' : 'theirs null'}`;
    const ctx = { start: Math.max(0, Math.min(c.start, ...(sp ? [sp.start] : []), ...major.spans.map((s) => s.start)) - 30), end: c.end };
    return [{ kind: 'SRC' as const, doc: d.name, group, line: `${major.owners.length}/${sources.length} ours=${JSON.stringify(ours)} theirs=${JSON.stringify(theirs)} cue=${JSON.stringify(c.cue?.text ?? null)} ${quote(d.text, ctx, 300)}` }];
  });
}

/**
 * How the errors spread over the annotators: missed pieces (annotator, piece) by how many annotators miss a piece at
 * that place, and our claims by how many annotators matched them; keys "k/n".
 */
export interface Spread { missedBySupport: Map<string, number>; claimsByMatches: Map<string, number> }

const bump = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };

export function consensusErrors(docs: readonly MultiDoc[], min: number, spread?: Spread): ConsensusError[] {
  return docs.flatMap((d) => {
    const tokens = tokenize(d.text);
    const claims = extractClaims(d.text, tokens, splitSentences(d.text, tokens));
    const ann = annotate(d, claims);
    if (spread) {
      const n = ann.length;
      const items = ann.flatMap((a, owner) => a.units.filter((_, i) => !a.matchedUnits.has(i)).map((u) => ({ ...u, owner })));
      for (const c of clusters(items)) for (let k = 0; k < c.length; k++) bump(spread.missedBySupport, `${new Set(c.map((u) => u.owner)).size}/${n}`);
      claims.forEach((_, i) => bump(spread.claimsByMatches, `${ann.filter((a) => a.unitOfClaim.has(i)).length}/${n}`));
    }
    return [...missed(d, ann, claims, min), ...spurious(d, ann, claims), ...wrongSource(d, ann, claims, min)];
  });
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

if (require.main === module) {
  const split = arg('--split', 'train');
  const min = Number(arg('--min', '4'));
  const show = Number(arg('--show', '40'));
  const docs = (split === 'both' ? ['train', 'dev'] as const : [split as 'train' | 'dev']).flatMap((s) => loadMultiAnnotated(s));
  const spread: Spread = { missedBySupport: new Map(), claimsByMatches: new Map() };
  const errors = consensusErrors(docs, min, spread);
  const sorted = (m: Map<string, number>): string => [...m].sort((x, y) => x[0].localeCompare(y[0])).map(([k, v]) => `${k}: ${v}`).join(', ');
  console.log(`missed (annotator, piece) pairs by how many annotators miss a piece there: ${sorted(spread.missedBySupport)}`);
  console.log(`our claims by how many annotators' pieces they match: ${sorted(spread.claimsByMatches)}`);
  for (const kind of ['MISS', 'SPUR', 'SRC'] as const) {
    const mine = errors.filter((e) => e.kind === kind);
    const groups = new Map<string, number>();
    for (const e of mine) groups.set(e.group, (groups.get(e.group) ?? 0) + 1);
    console.log(`\n## ${kind}: ${mine.length} (${docs.length} articles, min ${min})`);
    console.log([...groups].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([g, n]) => `${n} ${JSON.stringify(g)}`).join(', '));
    for (const e of mine.slice(0, show)) console.log(`${kind} ${e.doc.slice(0, 12)} ${e.line}`);
  }
}
