// Shared by bench/speakers-sample.ts and bench/speakers-diff.ts: reads runs of `news-annotator analyze --format jsonl`
// (one JSON object per article), keys claims across two runs of the same articles, draws seeded samples and prints a
// speaker span in its context. Not a benchmark of its own.
import { readFileSync } from 'node:fs';

export interface RunActor { readonly id: string; readonly name: string; readonly type: string }
export interface RunClaim {
  readonly start: number; readonly end: number; readonly text: string;
  readonly cue?: { readonly start: number; readonly end: number; readonly text: string };
  readonly speaker: string | null;
  readonly speakerSpan?: { readonly start: number; readonly end: number } | null;
}
export interface RunArticle { readonly file: string; readonly actors: readonly RunActor[]; readonly claims: readonly RunClaim[] }

/** One claim of one article with the actor its speaker resolved to (undefined: no actor). */
export interface ClaimRef { readonly article: RunArticle; readonly claim: RunClaim; readonly actor: RunActor | undefined }

export function readRun(path: string): RunArticle[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as RunArticle);
}

/** A claim's identity within its article: its content, cue and speaker span (runs that change only speakers share it). */
export const claimKey = (c: RunClaim): string => `${c.start}:${c.end}:${c.cue?.start ?? -1}:${c.speakerSpan?.start ?? -1}:${c.speakerSpan?.end ?? -1}`;

/** Every claim of a run with its resolved actor, in article and claim order. */
export function claimRefs(run: readonly RunArticle[]): ClaimRef[] {
  const out: ClaimRef[] = [];
  for (const article of run) {
    const byId = new Map(article.actors.map((a) => [a.id, a]));
    for (const claim of article.claims) out.push({ article, claim, actor: claim.speaker === null ? undefined : byId.get(claim.speaker) });
  }
  return out;
}

/** Claims of `other` by file and claim key, for "does the other run resolve it differently". */
export function indexRun(other: readonly RunArticle[]): Map<string, ClaimRef> {
  const m = new Map<string, ClaimRef>();
  for (const r of claimRefs(other)) m.set(`${r.article.file}#${claimKey(r.claim)}`, r);
  return m;
}

export const refKey = (r: ClaimRef): string => `${r.article.file}#${claimKey(r.claim)}`;

/** A linear congruential generator (Numerical Recipes constants): the same seed draws the same sample anywhere. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}

/** n items drawn without replacement (a partial Fisher–Yates shuffle), returned in their original order. */
export function seededSample<T>(items: readonly T[], n: number, seed: number): T[] {
  const rnd = lcg(seed);
  const idx = items.map((_x, i) => i);
  const k = Math.min(n, idx.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k).sort((a, b) => a - b).map((i) => items[i]);
}

export const actorLabel = (a: RunActor | undefined): string => (a ? `${a.name} [${a.type}]` : '(nobody)');

const texts = new Map<string, string>();
function articleText(file: string): string {
  let t = texts.get(file);
  if (t === undefined) { t = readFileSync(file, 'utf8'); texts.set(file, t); }
  return t;
}

/** About `width` characters around the speaker span, the span in ⟦ ⟧ and the cue in ⟨ ⟩, on one line. */
export function context(r: ClaimRef, width = 500): string {
  const text = articleText(r.article.file);
  const sp = r.claim.speakerSpan;
  if (!sp) return '';
  const from = Math.max(0, sp.start - Math.round(width * 0.7));
  const to = Math.min(text.length, sp.end + Math.round(width * 0.3));
  const marks: [number, string][] = [[sp.start, '⟦'], [sp.end, '⟧']];
  const cue = r.claim.cue;
  if (cue && cue.start >= from && cue.end <= to && (cue.end <= sp.start || cue.start >= sp.end)) marks.push([cue.start, '⟨'], [cue.end, '⟩']);
  marks.sort((a, b) => b[0] - a[0]);
  let s = text.slice(from, to);
  for (const [at, m] of marks) s = s.slice(0, at - from) + m + s.slice(at - from);
  return s.replace(/\s+/g, ' ');
}

export function spanText(r: ClaimRef): string {
  const sp = r.claim.speakerSpan;
  return sp ? articleText(r.article.file).slice(sp.start, sp.end) : '';
}
