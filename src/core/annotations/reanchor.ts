/**
 * Re-anchoring after the article changed outside the editor (git checkout, sed, another editor).
 *
 * 1. Old text known: a line-then-character diff of the normalised texts. An anchor whose quote, plus `margin`
 *    characters either side, lies in one unchanged run, deeper than another diff of equal cost could slide that
 *    run's edges, maps exactly; the quote is verified at the new place.
 * 2. Old text unknown: the stored position, shifted by the delta of the previous anchor, with the quote and the
 *    full context on both sides verified.
 * 3. Otherwise a quote search in the normalised new text. Attached automatically ONLY when exactly one place has
 *    the exact quote AND the full stored context on both sides. When the old text is known, places the diff shows
 *    were already there before (another "Biden" that did not move) are never candidates, except the anchor's own
 *    old place. Everything else: "review" (with candidates, when one scores ≥ reviewThreshold) or "orphan".
 * Comparison is on a normalised view (BOM, CRLF/CR → LF, NFC), so such re-saves change offsets but raise no alarm.
 */
import { isAttached } from './anchor';
import { DEFAULT_DIFF_LIMITS, diffTexts, runAtNew, runCovering, slack } from './diff';
import type { DiffLimits, Run } from './diff';
import { CONTEXT_LENGTH } from './model';
import type { Anchor } from './model';
import { normalizeString, normalizedView } from './normalize';
import type { NormalizedView } from './normalize';
import { anchorAt, isValidRange } from './anchor';

export type ReanchorStatus = 'unchanged' | 'moved' | 'review' | 'orphan';

export interface Candidate { start: number; end: number; score: number }

export interface ReanchorOutcome {
  status: ReanchorStatus;
  /** How an attached anchor was placed. */
  via?: 'diff' | 'position' | 'search';
  /** For "review": possible places, best first (offsets into the new text). */
  candidates?: Candidate[];
}

export interface ReanchorOptions {
  diff?: Partial<DiffLimits>;
  /** Unchanged characters required either side of a quote for a diff mapping (fewer at the document's ends). */
  margin?: number;
  /** Context agreement (0..1) from which a non-unique or partial match is offered for review. */
  reviewThreshold?: number;
  /** Occurrences of a quote examined at most when looking for review candidates. */
  maxOccurrences?: number;
  /** Without the old text: how far (UTF-16 units) around the expected place a full-context match is looked for. */
  window?: number;
}

export interface ReanchorResult {
  /** Same order as the input. */
  anchors: Anchor[];
  outcomes: ReanchorOutcome[];
  counts: Record<ReanchorStatus, number>;
  /** Whether a diff against the old text was used (false: unknown old text, or too different). */
  diffUsed: boolean;
}

interface Ctx {
  newText: string;
  nv: NormalizedView;
  ov?: NormalizedView;
  runs?: Run[];
  margin: number;
  reviewThreshold: number;
  maxOccurrences: number;
  window: number;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Context agreement of a normalised candidate [at, at + qLen). Full: the whole stored context agrees on both sides,
 * and where less than CONTEXT_LENGTH was stored (the document started or ended there) the candidate is at the same
 * document end too: a name at the start of an article is not the same as a name after a newline further down.
 */
function contextAgreement(c: Ctx, a: Anchor, at: number, qLen: number): { full: boolean; score: number } {
  const N = c.nv.text;
  const p = normalizeString(a.prefix), s = normalizeString(a.suffix);
  const left = commonSuffix(p, N.slice(Math.max(0, at - p.length), at));
  const right = commonPrefix(s, N.slice(at + qLen, at + qLen + s.length));
  const total = p.length + s.length;
  const atStart = a.prefix.length < CONTEXT_LENGTH, atEnd = a.suffix.length < CONTEXT_LENGTH;
  const full = left === p.length && right === s.length
    && (!atStart || at === p.length) && (!atEnd || at + qLen + s.length === N.length);
  return { full, score: total === 0 ? (full ? 1 : 0) : (left + right) / total };
}

/** The anchor attached at [start, end) of the new text, built field by field (no spread/delete: stays fast). */
function attach(c: Ctx, a: Anchor, start: number, end: number): Anchor {
  const fresh = anchorAt(c.newText, start, end);
  if (a.state === 'edited') { fresh.state = 'edited'; if (a.original !== undefined) fresh.original = a.original; }
  if (a.extra !== undefined) fresh.extra = a.extra;
  return fresh;
}

function rawFullMatch(text: string, a: Anchor, at: number): boolean {
  return at >= a.prefix.length && text.startsWith(a.exact, at)
    && text.startsWith(a.prefix, at - a.prefix.length) && text.startsWith(a.suffix, at + a.exact.length)
    && (a.prefix.length >= CONTEXT_LENGTH || at === a.prefix.length)
    && (a.suffix.length >= CONTEXT_LENGTH || at + a.exact.length + a.suffix.length === text.length);
}

function viaDiff(c: Ctx, a: Anchor): [number, number] | undefined {
  const { ov, runs, nv } = c;
  if (!ov || !runs) return undefined;
  const sn = ov.toNormalized(a.start, 'start'), en = ov.toNormalized(a.end, 'end');
  const lm = Math.min(c.margin, sn), rm = Math.min(c.margin, ov.text.length - en);
  const k = runCovering(runs, sn - lm, en + rm);
  if (k < 0) return undefined;
  const r = runs[k];
  // The quote must lie deeper inside the run than any equally good diff could move the run's edges.
  const left = sn - r.a, right = r.a + r.len - en;
  const { start, end } = slack(runs, k, ov.text, nv.text, Math.max(left, right) + 1);
  if (start > left || end > right) return undefined;
  const ns = r.b + left, ne = ns + (en - sn);
  const s2 = nv.toOriginal(ns, 'start'), e2 = nv.toOriginal(ne, 'end');
  if (e2 - s2 === a.exact.length && c.newText.startsWith(a.exact, s2)) return [s2, e2];
  return normalizeString(c.newText.slice(s2, e2)) === normalizeString(a.exact) ? [s2, e2] : undefined;
}

/** Whether a normalised candidate is text the diff shows was already there at another old place. */
function excluded(c: Ctx, at: number, len: number, own: number): boolean {
  if (!c.runs) return false;
  const r = runAtNew(c.runs, at);
  return r !== undefined && at + len <= r.b + r.len && r.a + (at - r.b) !== own;
}

/** Normalised needle prefix + quote + suffix and the document-end conditions of a full-context match. */
function fullNeedle(a: Anchor): { p: string; q: string; s: string; atStart: boolean; atEnd: boolean } {
  return {
    p: normalizeString(a.prefix), q: normalizeString(a.exact), s: normalizeString(a.suffix),
    atStart: a.prefix.length < CONTEXT_LENGTH, atEnd: a.suffix.length < CONTEXT_LENGTH,
  };
}

/** Full-context matches of the anchor in N[from, to) (normalised offsets of the quote), at most `limit`. */
function fullMatches(c: Ctx, a: Anchor, own: number, from: number, to: number, limit: number): number[] {
  const N = c.nv.text, { p, q, s, atStart, atEnd } = fullNeedle(a);
  const needle = p + q + s;
  if (q.length === 0) return [];
  // Search only the window's text (a bounded slice), not from `from` to the end of the document.
  const lo = Math.max(0, from - p.length), hi = Math.min(N.length, to + q.length + s.length);
  const hay = lo === 0 && hi === N.length ? N : N.slice(lo, hi);
  const out: number[] = [];
  for (let j = hay.indexOf(needle); j !== -1 && out.length < limit; j = hay.indexOf(needle, j + 1)) {
    const i = lo + j;
    if (atStart && i !== 0) continue;
    if (atEnd && i + needle.length !== N.length) continue;
    if (!excluded(c, i + p.length, q.length, own)) out.push(i + p.length);
  }
  return out;
}

const toPlace = (c: Ctx, at: number, len: number): [number, number] => [c.nv.toOriginal(at, 'start'), c.nv.toOriginal(at + len, 'end')];

/** Near the expected place (position hint), a full-context match is accepted without a global uniqueness scan. */
function nearby(c: Ctx, a: Anchor, hint: number): [number, number] | undefined {
  const at = c.nv.toNormalized(Math.max(0, Math.min(hint, c.newText.length)), 'start');
  const hits = fullMatches(c, a, -1, at - c.window, at + c.window + 1, 2);
  if (hits.length !== 1) return undefined;
  return toPlace(c, hits[0], normalizeString(a.exact).length);
}

function search(c: Ctx, a: Anchor): { place?: [number, number]; outcome: ReanchorOutcome } {
  const N = c.nv.text, q = normalizeString(a.exact);
  const own = c.ov && isAttached(a) ? c.ov.toNormalized(a.start, 'start') : -1;
  const full = fullMatches(c, a, own, 0, N.length, 5);
  if (full.length === 1) return { place: toPlace(c, full[0], q.length), outcome: { status: 'moved', via: 'search' } };
  const review: Candidate[] = full.map((at) => ({ ...rangeOf(c, at, q.length), score: 1 }));
  if (full.length === 0 && q.length > 0) {
    let seen = 0;
    for (let at = N.indexOf(q); at !== -1 && seen < c.maxOccurrences; at = N.indexOf(q, at + 1)) {
      seen++;
      if (excluded(c, at, q.length, own)) continue;
      const { score } = contextAgreement(c, a, at, q.length);
      if (score >= c.reviewThreshold) review.push({ ...rangeOf(c, at, q.length), score });
    }
  }
  review.sort((x, y) => y.score - x.score);
  return review.length > 0 ? { outcome: { status: 'review', candidates: review.slice(0, 5) } } : { outcome: { status: 'orphan' } };
}

function rangeOf(c: Ctx, at: number, len: number): { start: number; end: number } {
  const [start, end] = toPlace(c, at, len);
  return { start, end };
}

export function reanchor(oldText: string | undefined, newText: string, anchors: readonly Anchor[], options: ReanchorOptions = {}): ReanchorResult {
  const c: Ctx = {
    newText,
    nv: normalizedView(newText),
    margin: options.margin ?? 1,
    reviewThreshold: options.reviewThreshold ?? 0.5,
    maxOccurrences: options.maxOccurrences ?? 200,
    window: options.window ?? 512,
  };
  if (oldText !== undefined) {
    c.ov = normalizedView(oldText);
    c.runs = diffTexts(c.ov.text, c.nv.text, { ...DEFAULT_DIFF_LIMITS, ...options.diff });
  }
  const out = anchors.slice();
  const outcomes: ReanchorOutcome[] = new Array(anchors.length);
  const counts: Record<ReanchorStatus, number> = { unchanged: 0, moved: 0, review: 0, orphan: 0 };
  const order = anchors.map((_, i) => i).sort((x, y) => anchors[x].start - anchors[y].start);
  let lastDelta = 0;
  for (const i of order) {
    const a = anchors[i];
    let place: [number, number] | undefined;
    let outcome: ReanchorOutcome | undefined;
    if (isAttached(a)) {
      place = viaDiff(c, a);
      if (place) outcome = { status: 'moved', via: 'diff' };
      else if (!c.runs) {
        for (const d of lastDelta === 0 ? [0] : [lastDelta, 0]) {
          if (rawFullMatch(newText, a, a.start + d)) { place = [a.start + d, a.end + d]; outcome = { status: 'moved', via: 'position' }; break; }
        }
        if (!place) {
          place = nearby(c, a, a.start + lastDelta);
          if (place) outcome = { status: 'moved', via: 'position' };
        }
      }
    }
    if (!place) {
      const found = search(c, a);
      place = found.place;
      outcome = found.outcome;
    }
    // A mapped range that would split a surrogate pair (cannot happen for a valid quote; never trust it) → not placed.
    if (place && !isValidRange(newText, place[0], place[1])) { place = undefined; outcome = { status: 'orphan' }; }
    if (place) {
      const next = attach(c, a, place[0], place[1]);
      const same = isAttached(a) && next.start === a.start && next.end === a.end && next.exact === a.exact
        && next.prefix === a.prefix && next.suffix === a.suffix;
      out[i] = same ? a : next;
      outcome = { ...outcome!, status: same ? 'unchanged' : 'moved' };
      lastDelta = place[0] - a.start;
    } else {
      const state = outcome!.status === 'review' ? 'review' : 'orphan';
      out[i] = a.state === state ? a : { ...a, state };
    }
    outcomes[i] = outcome!;
    counts[outcome!.status]++;
  }
  return { anchors: out, outcomes, counts, diffUsed: c.runs !== undefined };
}
