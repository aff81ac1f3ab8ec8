// Raw claims (token indices) to the claim candidates of the analysis: character spans, direct or indirect, the cue
// and speaker spans; overlapping claims reduced to the first.
import type { DocContext } from './context';
import { nm } from './context';
import { charSpan } from './content';
import type { RawClaim } from './extract';
import { speakerChars } from './speaker-span';
import { isTurn } from './transcript';
import type { ClaimCandidate } from './types';

// A content that opens and closes with a quote mark is direct speech (char codes: no regex per claim).
const OPENS_DIRECT = new Set([...'"“`\'‘«»„「『—'].map((c) => c.charCodeAt(0)));
const CLOSES_DIRECT = new Set([...'"”\'’»«“」』—'].map((c) => c.charCodeAt(0)));

/** "“But it is a good deal. ¶": a quote left open at its paragraph's end (the multi-paragraph convention) that the
 * content runs to the end of is direct speech too. */
function leftOpen(ctx: DocContext, first: number, end: number): boolean {
  const q = ctx.quoteOf[first];
  return q >= 0 && !ctx.quotes[q].closed && ctx.quotes[q].end === end;
}

/** Whether [start, end) is exactly the quote its first token is in (a dialogue line's speech after the aside: "—…
 *  —said the minister—. The quota is …", which no mark opens). */
function wholeQuote(ctx: DocContext, first: number, start: number, end: number): boolean {
  const q = first < ctx.quoteOf.length ? ctx.quoteOf[first] : -1;
  return q >= 0 && ctx.quotes[q].start === start && ctx.quotes[q].end === end;
}

function toCandidate(ctx: DocContext, r: RawClaim): ClaimCandidate {
  const span = charSpan(ctx, r.contentStart, r.contentEnd);
  // A turn's content starts after its label, also when a quote mark opens the line ("\"WALLACE: Let’s …"). Not
  // written into the span: one write to a {start, end} field made V8 drop the optimised code of every function
  // reading such objects (the sources' token ranges share their shape).
  const start = isTurn(r) ? ctx.tokens.start(r.contentStart) : span.start;
  const text = ctx.text.slice(start, span.end);
  // A transcript's turn ("MR MILLER: Good afternoon …") is the speaker's own words, as a quote is.
  const direct = isTurn(r) || (text.length > 0 && OPENS_DIRECT.has(text.charCodeAt(0)) &&
    (CLOSES_DIRECT.has(text.charCodeAt(text.length - 1)) || leftOpen(ctx, r.contentStart, span.end))) || wholeQuote(ctx, r.contentStart, start, span.end);
  let cue: ClaimCandidate['cue'] = null;
  if (r.cue) {
    const cs = ctx.tokens.start(r.cue.start);
    const ce = ctx.tokens.end(expressedEnd(ctx, r.cue.end, r.contentStart) - 1);
    cue = { start: cs, end: ce, text: ctx.text.slice(cs, ce) };
  }
  const found = r.source ? speakerChars(ctx, r.source, r.cue, r.contentStart, r.contentEnd) : null;
  const sp = found && ((cue && receivesCue(ctx.text, found.start, cue)) || endsInPreposition(ctx.text, found)) ? null : found;
  return {
    start,
    end: span.end,
    text,
    kind: direct ? 'direct' : 'indirect',
    cue,
    speaker: null,
    speakerSpan: sp,
  };
}

/**
 * "Expressing gratitude for | the efforts …", "expressed hope | that …": the cue ends after the feeling expressed (and
 * its preposition), where the content starts; `end` otherwise (the cue token end, exclusive).
 */
function expressedEnd(ctx: DocContext, end: number, contentStart: number): number {
  if (contentStart <= end || contentStart - end > 3 || !nm(ctx, end - 1).startsWith('express')) return end;
  for (let k = end; k < contentStart; k++) if (ctx.tokens.kind(k) !== 'word') return end;
  return contentStart;
}

/**
 * The claims as candidates in text order; of claims that overlap (widening to quotes can do that), the first. A claim
 * whose content lies inside its own speaker span says nothing ("offered by Trump" → Trump claims "Trump"), nor one
 * whose speaker is no one at all (noSpeaker): dropped.
 */
export function candidates(ctx: DocContext, raw: readonly RawClaim[]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = toCandidate(ctx, raw[i]);
    const sp = c.speakerSpan;
    const speaks = !sp || ((c.start < sp.start || c.end > sp.end) && !noSpeaker(ctx.text, c));
    if (speaks && !placeOfCue(ctx.text, c) && !noStatement(c)) out.push(c);
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  const kept: ClaimCandidate[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

// "Hillary Clinton came under heavy | criticism", "Cruz faced | criticism for", "The statement quickly drew sharp |
// criticism from": who receives criticism is its target, not its source (PolNeAR makes the subject a content piece and
// the source the "from" phrase, if any).
const RECEIVING_RE = /\b(?:came|comes|come|coming|drew|draws|draw|drawing|faced|faces|face|facing|received|receives|receive|receiving|attracted|attracts|endured|weathered)\s+(?:under\s+)?(?:[\p{Ll}-]+\s+)?$/u;
const CRITICISM_RE = /^(?:criticisms?|fire|scrutiny|backlash|condemnation|questions|accusations|complaints|rebukes?|ridicule|flak)\b/i;

/** Whether the speaker found at `start` only receives the cue's criticism. */
function receivesCue(text: string, start: number, cue: { start: number; text: string }): boolean {
  return cue.start > start && cue.start - start < 120 && CRITICISM_RE.test(cue.text) && RECEIVING_RE.test(text.slice(start, cue.start));
}

// "In | a report Wednesday, envoy X said", "In response to | a question about …": a preposition, alone or after one
// word, cut off before its object is no speaker (PolNeAR: 9 of 18,370 sources end in a preposition). Longer spans
// that do ("… went on Twitter to | applaud") keep their clause's subject in them: nulling those cost honest CV 0.2
// attribution F1 (row 25-10).
const PREPOSITION_END_RE = /^(?:\S+\s+)?(?:[Ii]n|[Oo]n|[Aa]t|[Tt]o|[Ff]or|[Oo]f|[Bb]y|[Ww]ith|[Ff]rom|[Aa]bout|[Ii]nto|[Oo]ver)$/;

function endsInPreposition(text: string, sp: { start: number; end: number }): boolean {
  return sp.end - sp.start <= 24 && PREPOSITION_END_RE.test(text.slice(sp.start, sp.end));
}

const LONE_ARTICLE_RE = /^(?:[Tt]he|[Aa]n?)$/;

/** A speaker span that is a lone article ("The blast occurred …", "The warning came …": a noun read as a cue after
 * it), or "That" in the discourse marker "That said, …". */
/** "In a statement posted on X, the group said": one capitalised word after the cue's preposition is where, not what. */
function placeOfCue(text: string, c: ClaimCandidate): boolean {
  return c.cue !== null && c.start >= c.cue.end && ONE_NAME_RE.test(c.text) && PLACE_PREPOSITION_RE.test(text.slice(c.cue.end, c.start));
}
const ONE_NAME_RE = /^\p{Lu}[\p{L}.-]*$/u;
// Contents that say when or where, never what was said: "ATLANTA (AP)" before a noun read as a cue, "traded sharp
// attacks on | Tuesday", "the martial law he had declared | just six hours earlier".
const DATELINE_RE = /^\p{Lu}[\p{Lu} .,'’-]+\(\p{Lu}+\)$/u;
const WHEN_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:just |only |some |about )?[\w-]+ (?:minutes?|hours?|days?|weeks?|months?|years?) (?:earlier|ago|later|before))$/;

/** Whether the content is no statement: a dateline, or after the cue a weekday or a time ago alone (before the cue a
 * time may be the first piece of an interrupted content: "Six months ago, the senator said, the media …"). */
function noStatement(c: ClaimCandidate): boolean {
  return DATELINE_RE.test(c.text) || (c.cue !== null && c.start >= c.cue.end && (WHEN_RE.test(c.text) || DATE_ONLY_RE.test(c.text)));
}

// A byline's "Posted: Jun 03, 2024 4:00 AM CDT", "Updated: 12/03/2024 09:15 GMT": a date and time after the cue.
const DATE_ONLY_RE = /^(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?|\d{1,4}|[,:./-]|[AaPp]\.?[Mm]\.?|[A-Z]{1,4}T|UTC|GMT|ET|PT|\s)+$/;
const PLACE_PREPOSITION_RE = /^\s+(?:on|in|at|via)\s+$/;

function noSpeaker(text: string, c: ClaimCandidate): boolean {
  const sp = c.speakerSpan as { start: number; end: number };
  if (sp.end - sp.start > 4) return false;
  const s = text.slice(sp.start, sp.end);
  return LONE_ARTICLE_RE.test(s) || (s === 'That' && c.cue !== null && c.cue.text === 'said' && text.charCodeAt(c.cue.end) === 44);
}
