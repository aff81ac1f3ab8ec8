// Quotes that no cue claimed: a quoted sentence or paragraph on its own is speech continued from (or leading
// into) a nearby attribution, so it becomes a direct claim with that attribution's cue and speaker.
import { rawClaim } from './raw-claim';
import type { DocContext } from './context';
import type { RawClaim } from './extract';
import { firstTokenAt, isCapitalized, isWord } from './context';
import type { QuoteSpan } from './types';
import { introducedQuote } from './introduced-quote';

const MIN_WORDS = 4;
const NEAR_SENTENCES = 3;
/** A quoted attribution may be further away: a run of quoted paragraphs (train: 4/6/8/10 alike after 6). */
const QUOTED_NEAR_SENTENCES = 6;
/** Sentences added to the distance of an attribution whose content holds no quote (train: 0.25–1 alike). */
const UNQUOTED_PENALTY = 0.5;

/** `covered`: context.ts contentMask of `raw`. */
export function addStandaloneQuotes(ctx: DocContext, raw: RawClaim[], covered: Uint8Array): void {
  // One function per loop: a running loop is compiled with its whole function, and code after it that has not
  // run yet then deoptimises it.
  const byStart = [...raw].sort((x, y) => x.contentStart - y.contentStart);
  const added = quoteClaims(ctx, covered, byStart);
  for (let i = 0; i < added.length; i++) raw.push(added[i]);
}

/** A claim for each quote of enough words that no claim covers and that stands alone. */
function quoteClaims(ctx: DocContext, covered: Uint8Array, byStart: readonly RawClaim[]): RawClaim[] {
  const added: RawClaim[] = [];
  // The loop's body is a function of its own: V8 compiles a long-running loop on the main thread, with the whole
  // function, and recompiled it there for every rare branch first taken afterwards (three times per 5 MB).
  let last: RawClaim | null = null; // the claim made for the quote before, if any
  for (let qi = 0; qi < ctx.quotes.length; qi++) {
    const c = quoteClaim(ctx, covered, byStart, ctx.quotes[qi], qi > 0 ? ctx.quotes[qi - 1] : null, last);
    if (c !== null) added.push(c);
    last = c;
  }
  return added;
}

/** The claim of quote q, or null (see quoteClaims). */
function quoteClaim(ctx: DocContext, covered: Uint8Array, byStart: readonly RawClaim[], q: QuoteSpan, prev: QuoteSpan | null,
  prevClaim: RawClaim | null): RawClaim | null {
  const ti = firstTokenAt(ctx.tokens, q.start); // binary search: walking every token between quotes cost more
  let e = ti;
  let words = 0;
  let hit = false;
  while (e < ctx.tokens.length && ctx.tokens.end(e) <= q.end) {
    if (covered[e]) hit = true;
    if (ctx.tokens.kind(e) === 'word') words++;
    e++;
  }
  if (hit || words === 0 || e <= ti) return null;
  if (!standsAlone(ctx, ti, e)) {
    // "“…”― Pamela Padilla": a signature glued to the quote's mark leaves it in the quote's sentence.
    const signedLine = endsItsLine(ctx, signedClaim(ctx, ti, e));
    if (signedLine) return signedLine;
    return words >= MIN_WORDS ? introducedQuote(ctx, ti, e) : null;
  }
  const signed = signedClaim(ctx, ti, e);
  const near = signed ? null : continuedFrom(ctx, byStart, q, prev, prevClaim) ?? nearest(ctx, byStart, ti);
  if (words < MIN_WORDS && !continuesQuote(ctx, near, ti)) return null;
  return signed ?? rawClaim(ti, e, near?.cue ?? null, near?.source ?? null);
}

const DASHES = new Set(['―', '—', '–', '-', '--', '---']); // "---": Pandoc's em dash
/** A capitalised word of a name. */
const CAP = String.raw`\p{Lu}[\p{L}.'’-]*`;

/**
 * "“…” ― Krystal Correa": a dash and a capitalised name right after the quote [s, e) sign it (cue = the dash); the
 * claim, or null. It makes the claim itself: quoteClaim reading a signature's fields, first done after quoteClaim was
 * compiled (signatures are rare), deoptimised it and had it compiled again.
 */
function signedClaim(ctx: DocContext, s: number, e: number): RawClaim | null {
  if (e + 1 >= ctx.tokens.length || !DASHES.has(ctx.tokens.text(e))) return null;
  const described = describedSignatureEnd(ctx, e + 1);
  if (!isCapitalized(ctx, e + 1) && described < 0) return null;
  if (ctx.sentOf[e + 1] !== ctx.sentOf[e] && ctx.text.slice(ctx.tokens.end(e), ctx.tokens.start(e + 1)).includes('\n')) return null;
  let k = e + 1;
  while (k < ctx.tokens.length && k < e + 7 && (isCapitalized(ctx, k) || ctx.tokens.text(k) === '.') && !/\n/.test(ctx.text.slice(ctx.tokens.end(k - 1), ctx.tokens.start(k)))) k++;
  while (k > e + 1 && ctx.tokens.text(k - 1) === '.') k--;
  k = Math.max(k, described);
  // On a line of its own a signature ends there or goes on after a comma ("-President Obama, tweeting after …");
  // "- Sequoia partner Alfred Lin said …" is a bulleted line.
  const ownLine = ctx.text.slice(ctx.tokens.end(e - 1), ctx.tokens.start(e)).includes('\n');
  if (ownLine && k < ctx.tokens.length && isWord(ctx, k) && !isCapitalized(ctx, k)) return null;
  return rawClaim(s, e, { start: e, end: e + 1 }, { start: e + 1, end: k });
}

/** The signed claim when nothing but a full stop follows its signature on the line, else null. */
function endsItsLine(ctx: DocContext, signed: RawClaim | null): RawClaim | null {
  if (!signed?.source) return null;
  const from = ctx.tokens.end(signed.source.end - 1);
  const nl = ctx.text.indexOf('\n', from);
  return /^[\s.]*$/.test(ctx.text.slice(from, nl < 0 ? ctx.text.length : nl)) ? signed : null;
}

/** A signature that describes its signer: a title before the name ("— Grocery analyst Tom Reddy", "— analyst Tom
 *  Reddy"), or a body's document ("— Election Commission statement, 4 April"). */
const DESCRIBED_SIGNATURE_RE = new RegExp(`^(?:(?:${CAP}\\s+){0,2}(?:\\p{Ll}+\\s+){1,2}${CAP}(?:\\s+${CAP}){0,3}` +
  `|${CAP}(?:\\s+${CAP}){0,4}\\s+(?:statement|post|tweet|memo|letter|report|release|notice))(?=\\s*(?:[,(]|$))`, 'u');

/** The token after a described signature starting at token `from` (up to its line's end, a comma or a bracket), else -1. */
function describedSignatureEnd(ctx: DocContext, from: number): number {
  const start = ctx.tokens.start(from);
  const nl = ctx.text.indexOf('\n', start);
  const m = DESCRIBED_SIGNATURE_RE.exec(ctx.text.slice(start, nl < 0 ? Math.min(ctx.text.length, start + 200) : nl));
  return m ? firstTokenAt(ctx.tokens, start + m[0].length) : -1;
}

/** The quote fills its sentence(s): only punctuation or nothing around it. */
function standsAlone(ctx: DocContext, s: number, e: number): boolean {
  const sb = ctx.sentences[ctx.sentOf[s]];
  const se = ctx.sentences[ctx.sentOf[e - 1]];
  if (!sb || !se) return false;
  for (let i = sb.firstToken; i < s; i++) if (ctx.tokens.kind(i) === 'word') return false;
  for (let i = e; i < se.endToken; i++) if (ctx.tokens.kind(i) === 'word') return false;
  return true;
}

/**
 * A short quote ("“Don’t believe it.”", fewer than MIN_WORDS words) stands alone as a claim only right after the
 * quoted claim of the sentence before ("“…,” Clinton said."), whose speech it continues.
 */
function continuesQuote(ctx: DocContext, near: RawClaim | null, ti: number): boolean {
  return near !== null && quoted(ctx, near) && ctx.sentOf[near.contentEnd - 1] === ctx.sentOf[ti] - 1;
}

/** Whether the claim's content holds a quote. */
function quoted(ctx: DocContext, r: RawClaim): boolean {
  for (let i = r.contentStart; i < r.contentEnd; i++) if (ctx.quoteOf[i] >= 0) return true;
  return false;
}

/**
 * "“This is not a perfect deal,” Wong said. “But it is a good deal. ¶ “It protects our interests …”": a paragraph
 * opening with a quote right after one left open at the end of the last (the multi-paragraph convention) goes on
 * with that quote's speaker, however near another attribution is. The claim holding the open quote (a claim of
 * the rules, or `prevClaim`, the one just made for it), or null.
 */
function continuedFrom(ctx: DocContext, byStart: readonly RawClaim[], q: QuoteSpan, prev: QuoteSpan | null,
  prevClaim: RawClaim | null): RawClaim | null {
  if (prev === null || prev.closed || !/^\s*\n\s*$/.test(ctx.text.slice(prev.end, q.start))) return null;
  const at = firstTokenAt(ctx.tokens, prev.start);
  if (prevClaim !== null && prevClaim.contentStart <= at && at < prevClaim.contentEnd) return prevClaim.source ? prevClaim : null;
  // Only claims starting at or before the open quote can hold it: the walk back starts at the last of them.
  for (let i = firstStartingFrom(byStart, at + 1) - 1; i >= 0; i--) {
    const r = byStart[i];
    if (at < r.contentEnd) return r.source ? r : null;
  }
  return null;
}

/** Index of the first claim of `byStart` whose content starts at or after token `at` (binary search). */
function firstStartingFrom(byStart: readonly RawClaim[], at: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].contentStart < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first token of a claim: its source, cue or content, whichever comes first. */
function firstOf(r: RawClaim): number {
  return Math.min(r.contentStart, r.cue ? r.cue.start : r.contentStart, r.source ? r.source.start : r.contentStart);
}

/** Whether a blank line lies between tokens i and j (i < j). */
function paragraphBetween(ctx: DocContext, i: number, j: number): boolean {
  return j > i && /\n[ \t]*\r?\n/.test(ctx.text.slice(ctx.tokens.start(i), ctx.tokens.start(j)));
}

function nearest(ctx: DocContext, byStart: readonly RawClaim[], at: number): RawClaim | null {
  const sent = ctx.sentOf[at];
  // The first claim starting at or after `at`, then a few claims either side.
  const lo = firstStartingFrom(byStart, at);
  let best: RawClaim | null = null;
  let bestDist = Infinity;
  const consider = (r: RawClaim): void => {
    if (!r.source) return;
    const d = sent - ctx.sentOf[r.contentStart];
    const dist = d > 0 ? d : -d + 0.5; // prefer the attribution before the quote
    const q = quoted(ctx, r);
    if (dist > (q ? QUOTED_NEAR_SENTENCES : NEAR_SENTENCES)) return;
    // A paraphrase in a later paragraph ("“…” ¶ The judge also ordered …") opens something new: it leads into no quote.
    if (d < 0 && !q && paragraphBetween(ctx, at, firstOf(r))) return;
    // A quote continues quoted speech more often than a paraphrase ("…,” Viguerie notes. He sees … ¶ “…”").
    const rank = q ? dist : dist + UNQUOTED_PENALTY;
    if (rank < bestDist) { best = r; bestDist = rank; }
  };
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) consider(byStart[i]);
  for (let i = lo; i < byStart.length && i < lo + 8; i++) consider(byStart[i]);
  return best;
}
