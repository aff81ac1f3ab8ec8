// Salience: which actor a pronoun or a generic description ("he", "they", "the country") most likely means,
// from the mentions just before it. Score = position (subject 2, other 1, object 0) − 1.5 per sentence back,
// − 2.5 for a mention inside a claim's content (people talked about rather than talking); a previous claim's
// speaker counts as a subject mention plus 0.5 for continuity ("X said … He said …"). Ties go to the most recent.
import { stableOrder } from './order';
import type { ActorGrouping, MentionTable } from './types';

/** A class, not an object literal: marks live through the stage (see SpanText in resolve.ts). */
export class SpeakerMark {
  constructor(
    readonly start: number,
    readonly sentence: number,
    readonly actor: number,
    /** The last sentence of the claim (a quote after its speaker runs on), and where the claim ends: the speaker is
     * as recent as that sentence until someone else of the kind sought is named after the claim. */
    readonly lastSentence: number,
    readonly claimEnd: number,
    /** Where the speaker span ends (its last word is the head of a description: "The Italian Foreign Ministry"). */
    readonly end: number,
  ) {}
}

/** How many sentences a claim may run past its speaker and still keep the speaker recent (marks are sorted by
 * speaker position, so the scan back stops this far before the window). */
const CLAIM_RUN = 6;

export interface SalienceQuery {
  readonly pos: number;
  readonly sentence: number;
  /** Sentences to look back (0 = only the current sentence). */
  readonly window: number;
  readonly accept: (actor: number) => boolean;
  /** Extra score for an actor (a generic noun found in its name). */
  readonly bonus?: (actor: number) => number;
  /** Whether mention k (a row of the mention table) may stand for its actor here; every mention when absent. */
  readonly mention?: (k: number) => boolean;
}

/** Score of a position code (SUBJECT, OBJECT, OTHER): subject 2, object 0, other 1. */
const POSITION_SCORE = [2, 0, 1];
const SUBJECT_SCORE = 2;
const MAX_MENTIONS = 400;

/** A mention index at or before the first mention that ends after `pos` (mentions are sorted by start). */
export function firstEndingAfter(mentions: MentionTable, pos: number): number {
  let lo = 0;
  let hi = mentions.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions.end[mid] <= pos) lo = mid + 1; else hi = mid;
  }
  return Math.max(0, lo - 4);
}

/** Index of the last mention that starts before pos, or -1. */
export function lastMentionBefore(mentions: MentionTable, pos: number): number {
  let lo = 0;
  let hi = mentions.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions.start[mid] < pos) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

/** Index of the actor's last mention that starts before pos, or -1. */
export function lastMentionOf(mentions: MentionTable, actor: number, pos: number): number {
  for (let k = lastMentionBefore(mentions, pos); k >= 0; k--) if (mentions.actor[k] === actor) return k;
  return -1;
}

export class ClaimCover {
  // Typed columns: no growing arrays of boxed numbers per claim.
  private readonly starts: Float64Array;
  private readonly maxEnd: Float64Array;
  /** The direct quotes alone, when built with them. */
  readonly quotes: ClaimCover | undefined;
  constructor(spans: readonly { start: number; end: number }[], quotes?: readonly { start: number; end: number }[]) {
    this.quotes = quotes && new ClaimCover(quotes);
    const n = spans.length;
    // The loops are functions of their own (see stableOrder): the constructor was compiled twice.
    const order = stableOrder(startsOf(spans));
    this.starts = new Float64Array(n);
    this.maxEnd = new Float64Array(n);
    coverColumns(spans, order, this.starts, this.maxEnd);
  }

  /** Whether some claim's content covers pos. */
  covers(pos: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= pos) lo = mid + 1; else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1] > pos;
  }
}

function startsOf(spans: readonly { start: number; end: number }[]): Float64Array {
  const starts = new Float64Array(spans.length);
  for (let i = 0; i < spans.length; i++) starts[i] = spans[i].start;
  return starts;
}

/** Starts in order, and the furthest end of the spans up to each. */
function coverColumns(spans: readonly { start: number; end: number }[], order: readonly number[], starts: Float64Array, maxEnd: Float64Array): void {
  let m = -1;
  for (let k = 0; k < order.length; k++) {
    const s = spans[order[k]];
    m = Math.max(m, s.end);
    starts[k] = s.start;
    maxEnd[k] = m;
  }
}

export function mostSalient(g: ActorGrouping, q: SalienceQuery, cover: ClaimCover, speakers: readonly SpeakerMark[]): number | null {
  let best = -1;
  let bestScore = -Infinity;
  let bestPos = -1;
  // Only accepted actors are scored: the actor test comes first, so a rejected mention costs no cover search.
  // The comparison is written out in both loops (no closure allocated per query).
  const minSentence = q.sentence - q.window;
  const t = g.mentions;
  let latest = -1; // start of the latest accepted mention before pos, and its actor
  let latestActor = -1;
  for (let k = lastMentionBefore(t, q.pos), n = 0; k >= 0 && n < MAX_MENTIONS; k--, n++) {
    if (t.sentence[k] < minSentence) break;
    const actor = t.actor[k];
    if (!q.accept(actor) || (q.mention !== undefined && !q.mention(k))) continue;
    const pos = t.start[k];
    const covered = cover.covers(pos);
    // A name inside a quote does not interrupt the speaker before it ("… George W. Bush got fewer votes," he points
    // out: still the previous speaker).
    if (latest < 0 && !(covered && cover.quotes?.covers(pos))) { latest = pos; latestActor = actor; }
    const d = q.sentence - t.sentence[k];
    const score = POSITION_SCORE[t.position[k]] - 1.5 * d - (covered ? 2.5 : 0) + (q.bonus?.(actor) ?? 0);
    if (score > bestScore || (score === bestScore && pos > bestPos)) { best = actor; bestScore = score; bestPos = pos; }
  }
  for (let k = speakers.length - 1; k >= 0; k--) {
    const s = speakers[k];
    if (s.start >= q.pos) continue;
    if (s.sentence < minSentence - CLAIM_RUN) break;
    const namedSince = latest > s.claimEnd && latestActor !== s.actor;
    const last = namedSince ? s.sentence : Math.min(s.lastSentence, q.sentence);
    if (last < minSentence || !q.accept(s.actor)) continue;
    // Continuity bonus only at the speaker's own sentence: a subject named after a long quote still wins a tie.
    const bonus = last > s.sentence ? 0 : 0.5;
    const score = SUBJECT_SCORE + bonus - 1.5 * (q.sentence - last) + (q.bonus?.(s.actor) ?? 0);
    if (score > bestScore || (score === bestScore && s.start > bestPos)) { best = s.actor; bestScore = score; bestPos = s.start; }
  }
  return best >= 0 ? best : null;
}

/** Distinct actors mentioned before pos within `window` sentences, most recent first. */
export function recentActors(g: ActorGrouping, pos: number, sentence: number, window: number, speakers: readonly SpeakerMark[]): number[] {
  const seen = new Set<number>();
  // Both walks go backwards, so each list is already most recent first: merged, not sorted (a stable sort by
  // position put a mention before a speaker mark at the same position, as the merge does).
  const mentionActors: number[] = [];
  const mentionPos: number[] = [];
  const t = g.mentions;
  for (let k = lastMentionBefore(t, pos), n = 0; k >= 0 && n < MAX_MENTIONS; k--, n++) {
    if (t.sentence[k] < sentence - window) break;
    const actor = t.actor[k];
    if (!seen.has(actor)) { seen.add(actor); mentionActors.push(actor); mentionPos.push(t.start[k]); }
  }
  const out: number[] = [];
  let m = 0;
  for (let k = speakers.length - 1; k >= 0; k--) {
    const s = speakers[k];
    if (s.start >= pos) continue;
    if (s.sentence < sentence - window) break;
    if (seen.has(s.actor)) continue;
    seen.add(s.actor);
    while (m < mentionActors.length && mentionPos[m] >= s.start) out.push(mentionActors[m++]);
    out.push(s.actor);
  }
  while (m < mentionActors.length) out.push(mentionActors[m++]);
  return out;
}

/**
 * The latest previous speaker of the kind sought, within `far` sentences, when no other actor of that kind is named
 * between it and pos: "“…,” Clinton said. [four sentences of quote] “…,” she said." — the sentence splitter cuts a
 * long quote into sentences, which the pronoun window counts. Asked only when the window found nobody; the speaker
 * must pass `sure` too, any actor `q.accept`s named since blocks it.
 */
export function continuingSpeaker(g: ActorGrouping, q: SalienceQuery, far: number, speakers: readonly SpeakerMark[], sure: (actor: number) => boolean): number | null {
  let s: SpeakerMark | undefined;
  for (let k = speakers.length - 1; k >= 0; k--) {
    const m = speakers[k];
    if (m.start >= q.pos) continue;
    if (m.sentence < q.sentence - far) return null;
    if (q.accept(m.actor)) { s = m; break; }
  }
  // Far back, only a speaker known to fit (a "he" of its own): an unknown gender was as often a wrong one.
  if (!s || !sure(s.actor)) return null;
  const t = g.mentions;
  for (let k = lastMentionBefore(t, q.pos), n = 0; k >= 0 && n < MAX_MENTIONS && t.start[k] > s.start; k--, n++) {
    if (t.actor[k] !== s.actor && q.accept(t.actor[k])) return null;
  }
  return s.actor;
}

/** "A and B", "A, B and C" between two mentions: the text between two neighbouring people. */
const PAIR_GAP_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?$/;

/**
 * Whether two people named together ("Mr. VandeHei and Mr. Allen") come after the last mention of `actor` before
 * pos, in the window: "they" then more likely means the pair than the organisation or country found.
 */
export function pairNamedSince(g: ActorGrouping, text: string, actor: number, pos: number, minSentence: number): boolean {
  const t = g.mentions;
  for (let k = lastMentionBefore(t, pos), n = 0; k > 0 && n < MAX_MENTIONS && t.sentence[k] >= minSentence; k--, n++) {
    if (t.actor[k] === actor) return false;
    const prev = k - 1;
    if (g.actors[t.actor[k]].type === 'PERSON' && g.actors[t.actor[prev]].type === 'PERSON' && t.actor[prev] !== t.actor[k] &&
      t.end[prev] <= t.start[k] && t.start[k] - t.end[prev] < 12 && PAIR_GAP_RE.test(text.slice(t.end[prev], t.start[k]))) return true;
  }
  return false;
}
