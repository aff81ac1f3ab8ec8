// A cue inside an open claim's content ("X said …, Y said …", "Barkley, who said he votes Democratic, said …"):
// where the earlier content ends, whose source holds it, and whether the inner cue makes a claim of its own.
import { modelKey } from './model-key';
import type { DocContext } from './context';
import { isCloseQuoteMark, nm } from './context';
import { trimEnd } from './content';
import type { CueMatch } from './cues';
import { phrase } from './cues';
import { hashInt } from './cue-model';
import type { TokenRange } from './source';
import { appositiveNP } from './source';
import { CONTRAST_LINKS, FINITE, SAYING_VERBS } from './words';
import { firstComma } from './clause';
import type { Env } from './env';
import type { RawClaim } from './extract';
import type { Nesting } from './split-model';
import { COORDINATED, INSIDE, PARTICIPLE, SEPARATED, splitFeatures, splitsOff } from './split-model';

export const SEPARATORS = new Set([',', '—', '–', '-', ';', '(']);

/** The learned phrase of a claim's cue (the cue span's words when it was no lexicon match, e.g. a dash). */
export function cueKey(ctx: DocContext, cue: TokenRange): string {
  const k = (cue as Partial<CueMatch>).key;
  return modelKey(k ?? phrase(ctx, cue.start, cue.end));
}

export const CLAUSE_LINKS = new Set(['but', 'while', 'though', 'although', 'whereas', 'yet', 'and']);

/**
 * "Sen. X, who has endorsed Clinton, said …", "Salceda, citing data from …, said": an earlier claim in the apposition
 * moved the floor past the name; the source is the name before the apposition's first comma. Else null.
 */
export function nameBeforeAside(ctx: DocContext, a: number, cueStart: number, floor: number): TokenRange | null {
  const wide = appositiveNP(ctx, cueStart, a);
  return wide && wide.start < floor ? { start: wide.start, end: firstComma(ctx, wide.start, wide.end) } : null;
}

/** Index of the separator before the source/cue that ends a preceding content, or -1. */
export function separatorBefore(ctx: DocContext, at: number, lo: number): number {
  const j = at - 1;
  if (j <= lo && !(j === lo && isCloseQuoteMark(ctx, j))) return -1;
  if (SEPARATORS.has(nm(ctx, j)) || isCloseQuoteMark(ctx, j)) return j;
  // "…, but aides said …": a comma and a coordinating or contrasting conjunction also close the earlier content.
  if (CLAUSE_LINKS.has(nm(ctx, j)) && j - 1 > lo && nm(ctx, j - 1) === ',') return j - 1;
  // … and so does a partial quote's closing mark after its comma ("… “a shared vision,” while X said …").
  if (CLAUSE_LINKS.has(nm(ctx, j)) && j - 2 > lo && isCloseQuoteMark(ctx, j - 1) && nm(ctx, j - 2) === ',') return j - 1;
  return -1;
}

/**
 * "Barkley, who said he votes Democratic, said …": when the open claim sits in this cue's source `src`, ends that
 * claim's content before the cue and returns the source up to its first comma; else null. Called for every cue,
 * not inside a rare branch of processSentence: a branch first taken after TurboFan compiled processSentence had no
 * type feedback, deoptimised it, and processSentence (the largest function) was compiled a second time.
 */
export function sourceHoldingOpen(ctx: DocContext, open: RawClaim | null, cue: CueMatch, src: TokenRange | null): TokenRange | null {
  if (!open || cue.start >= open.contentEnd || !src || !open.cue || src.start > open.cue.start || src.end < open.cue.end) return null;
  open.contentEnd = trimEnd(ctx, open.contentStart, cue.start); // the comma before the cue, if any, is trimmed
  let e = src.start;
  while (e < src.end && ctx.tokens.text(e) !== ',') e++;
  return { start: src.start, end: e };
}

/**
 * Whether the cue `cue` (classifier score `score`) inside the open claim's content cuts that content and makes a claim
 * of its own: the split model's decision (split-model.ts), else the rules' (`kind`: how they separate it, or INSIDE).
 */
export function splitOff(ctx: DocContext, env: Env, open: RawClaim, openScore: number, cue: CueMatch, score: number,
  src: TokenRange | null, sep: number, a: number, b: number, kind: number): boolean {
  if (!env.split && !env.onNested) return kind !== INSIDE;
  const n: Nesting = {
    contentStart: open.contentStart, outerCueStart: open.cue ? open.cue.start : open.contentStart,
    outerKey: open.cue ? hashInt(cueKey(ctx, open.cue)) : 0, innerKey: hashInt(modelKey(cue.key)), outerScore: openScore, innerScore: score,
    cue, src, sep, kind,
  };
  if (env.onNested) env.onNested(ctx, open, n, splitFeatures(ctx, n, a, b));
  // "…, adding that …", "…, noting that …": PolNeAR marks such a participle a cue of its own 27 times in 28 ("adding
  // that"), 18 in 18 ("noting that"); the model, trained on few of them, once left one inside.
  if (kind === PARTICIPLE && cue.start - 1 > a && ctx.tokens.text(cue.start - 1) === ',' && cue.end < b && nm(ctx, cue.end) === 'that') return true;
  // "X reported that …, while ESPN sources said …": a contrasting clause with its own speaker saying is a claim beside
  // it (not a poll's "…, while Republicans favored Trump", "while 37 percent of Americans say …": the poll's finding).
  if (kind === SEPARATED && src && nm(ctx, sep) === ',' && CONTRAST_LINKS.has(nm(ctx, sep + 1)) && SAYING_VERBS.has(nm(ctx, cue.start)) && !/^\d/.test(nm(ctx, src.start))) return true;
  // "X said the history troubled her and asked whether …", "… and added that …": a second verb of saying that opens
  // its own complement is a claim of its own, as it is after a comma (not inside a relative clause: "a video in which
  // Trump called himself … and admitted that …" is Trump's verb, not the outer speaker's).
  if (kind === COORDINATED && COORDINATED_SAYING.has(nm(ctx, cue.start)) && cue.end < b && opensComplement(ctx, cue.end, b)
    && !relativeBetween(ctx, open.contentStart, cue.start)) return true;
  return env.split ? splitsOff(ctx, env.split, n, a, b) : kind !== INSIDE;
}

const COORDINATED_SAYING = new Set(['added', 'asked', 'denied', 'insisted', 'argued', 'warned', 'noted', 'said', 'stressed',
  'acknowledged', 'admitted', 'claimed', 'maintained', 'predicted', 'explained', 'suggested', 'wondered', 'questioned']);
const COMPLEMENT_OPENERS = new Set(['that', 'whether', 'if']);
/** Words that open a complement clause's subject without "that" ("but insisted the line was holding"). */
const BARE_SUBJECTS = new Set(['the', 'his', 'her', 'their', 'its', 'he', 'she', 'they', 'it', 'we', 'i', 'there', 'this']);

/** "… that/whether/if …", or a bare clause: a subject word and a finite verb within the next four words. */
function opensComplement(ctx: DocContext, i: number, b: number): boolean {
  const w = nm(ctx, i);
  if (COMPLEMENT_OPENERS.has(w)) return true;
  if (!BARE_SUBJECTS.has(w)) return false;
  for (let k = i + 1; k < b && k <= i + 4; k++) if (FINITE.has(nm(ctx, k))) return true;
  return false;
}

/** Whether a relative pronoun ("which", "who") stands in [s, e). */
function relativeBetween(ctx: DocContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (nm(ctx, k) === 'which' || nm(ctx, k) === 'who') return true;
  return false;
}
