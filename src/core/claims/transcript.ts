// Transcripts and interviews: "TAPPER: Do you think …" / "FALLIN: I think …" / "Chris Matthews: Seriously …".
// A document where two speaker labels each open two lines is a transcript; there every line that opens with a
// label (possibly after an opening quote mark) is one turn: the label is the source, the colon the cue and the
// whole line (all its sentences) the content, as PolNeAR marks such turns. A line right after a turn that opens
// with a quote mark and no label (transcripts quoted paragraph by paragraph: "\"PENCE: …" then "\"But the truth
// …") is that speaker going on. The label test runs in the extractor's own sentence loop (the tokens are at hand
// there); only a dialogue pays for placing the turns.
import { rawClaim } from './raw-claim';
import type { Sentence } from '../text/token';
import type { DocContext } from './context';
import { isOpenQuoteMark } from './context';
import { trimEnd } from './content';
import { FORM_FIELDS, labelColon, lineBreakBefore, startsLine } from './lines';
import type { RawClaim } from './extract';

const MAX_LABEL = 4;
/** Fewest tokens in a turn's content: "Clinton: 2,316." in a delegate table is no turn. */
const MIN_CONTENT = 3;

/** The turn a line starting with sentence s opens ("LABEL: …"), or null; a dialogue test needs all of them. */
export function lineTurn(ctx: DocContext, s: Sentence): RawClaim | null {
  if (!startsLine(ctx, s.firstToken)) return null;
  const t = colonNear(ctx, s.firstToken, s.endToken) ? labelTurn(ctx, s.firstToken) : null;
  return t ?? quotedLine(ctx, s.firstToken);
}

/**
 * The claims with the turns in place of the claims inside them (raw and turns in text order), when the turns
 * read as a dialogue; else raw unchanged.
 */
// The turns of dialogues: a rule about the document's form decided them, so the claim filter leaves them alone.
const TURNS = new WeakSet<RawClaim>();

/** Whether r is a turn of a dialogue (withTurns kept it). */
export function isTurn(r: RawClaim): boolean {
  return TURNS.has(r);
}

export function withTurns(ctx: DocContext, raw: RawClaim[], allLines: readonly RawClaim[]): RawClaim[] {
  const lines = allLines.filter((t) => !isDateline(ctx, t, allLines));
  const labelled = lines.filter((t) => t.source !== null);
  if (!isDialogue(ctx, labelled) && !isInterview(ctx, labelled) && !isExchange(ctx, labelled)) return raw;
  const turns = withContinuations(ctx, lines);
  for (let i = 0; i < turns.length; i++) TURNS.add(turns[i]);
  const out: RawClaim[] = [];
  let ti = 0;
  // Indexed: a for-of made an iterator result per claim while this ran unoptimised.
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const at = r.cue ? Math.min(r.cue.start, r.contentStart) : r.contentStart;
    while (ti < turns.length && turns[ti].contentEnd <= at) out.push(turns[ti++]);
    const t = ti < turns.length ? turns[ti] : null;
    if (t && at >= lineStart(ctx, t)) continue; // a cue inside the turn: part of what the speaker said
    // A cue before the dialogue ("Partial transcript as follows:") whose content is a turn's line: the turn owns it.
    if (t && r.contentStart >= lineStart(ctx, t) && r.contentStart < t.contentEnd) continue;
    out.push(r);
  }
  while (ti < turns.length) out.push(turns[ti++]);
  return out;
}

/** First token of a turn's line: its label, or the opening quote mark before it. */
function lineStart(ctx: DocContext, t: RawClaim): number {
  let a = t.contentStart;
  while (a > 0 && !startsLine(ctx, a)) a--;
  return a;
}

/**
 * The labelled turns, each followed by the quote-opened lines that go on from it (no other line between), which
 * take its speaker and cue; a quote-opened line anywhere else is left to the other rules.
 */
function withContinuations(ctx: DocContext, lines: readonly RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  for (const t of lines) {
    const prev = out.length > 0 ? out[out.length - 1] : null;
    if (t.source) out.push(t);
    else if (prev && nextLine(ctx, prev.contentEnd) === lineStart(ctx, t)) out.push(rawClaim(t.contentStart, t.contentEnd, prev.cue, prev.source));
  }
  return out;
}

/**
 * "KARACHI: Sindh Minister … defended …" (Dawn's dateline): a one-word label in capitals opening one of the story's
 * first sentences, used once and written nowhere else as a name, is where the story was filed, no speaker.
 */
function isDateline(ctx: DocContext, t: RawClaim, lines: readonly RawClaim[]): boolean {
  const src = t.source;
  if (src === null || src.end !== src.start + 1 || ctx.sentOf[src.start] > 2) return false;
  const label = ctx.tokens.text(src.start);
  if (label.length < 3 || label !== label.toUpperCase() || namedElsewhere(ctx.text, label)) return false; // "BRENNAN:" is a name
  return !lines.some((o) => o !== t && o.source !== null && ctx.tokens.text(o.source.start) === label);
}

/** The first token after i that starts a line (the token after a turn's content, past any trimmed tail). */
function nextLine(ctx: DocContext, i: number): number {
  while (i < ctx.tokens.length && !startsLine(ctx, i)) i++;
  return i;
}

/** A line that opens with a quote mark and no label: a turn's continuation if one comes right before it. */
function quotedLine(ctx: DocContext, a: number): RawClaim | null {
  if (!isOpenQuoteMark(ctx, a)) return null;
  const e = lineEnd(ctx, a + 1);
  return e - (a + 1) < MIN_CONTENT ? null : rawClaim(a + 1, e, null, null);
}

/** End of the line that token a is on, its trailing punctuation trimmed. */
function lineEnd(ctx: DocContext, a: number): number {
  let e = a;
  while (e < ctx.tokens.length && !lineBreakBefore(ctx, e)) e++;
  return trimEnd(ctx, a, e);
}

/** Whether a colon follows within a label's reach of token a (a cheap test before reading the label). */
function colonNear(ctx: DocContext, a: number, b: number): boolean {
  const e = Math.min(b, a + MAX_LABEL + 3);
  for (let k = a + 1; k < e; k++) if (ctx.tokens.text(k) === ':') return true;
  return false;
}

/** The turn of a line starting at token a ("LABEL: text …" up to the line break), or null. */
function labelTurn(ctx: DocContext, a: number): RawClaim | null {
  const n = ctx.tokens.length;
  if (a < n && isOpenQuoteMark(ctx, a)) a++;
  const k = labelColon(ctx, a, n, MAX_LABEL, true);
  if (k < 0) return null;
  // "Q:" / "A:" name nobody; PolNeAR marks the answers' own cues ("I think") as often as the labels. Nor do a form's
  // fields ("Claim:", "Status:"), repeated in a checklist as a dialogue's labels are.
  if (k === a + 1 && (ctx.tokens.text(a).length === 1 || FORM_FIELDS.has(ctx.tokens.text(a).toLowerCase()))) return null;
  const e = lineEnd(ctx, k + 1);
  if (e - (k + 1) < MIN_CONTENT) return null;
  return rawClaim(k + 1, e, { start: k, end: k + 1 }, { start: a, end: k });
}

/**
 * Whether the turns read as a dialogue: two speakers (a label's last word, case-folded, so "JAKE TAPPER" and
 * "TAPPER" are one) that each open two turns. One repeated label is a form field ("Name:") or a headline echoed
 * in a link list.
 */
function isDialogue(ctx: DocContext, turns: readonly RawClaim[]): boolean {
  const seen = new Set<string>();
  let first = '';
  for (const t of turns) {
    const src = t.source!;
    const key = ctx.tokens.text(src.end - 1).toLowerCase();
    if (!seen.has(key)) seen.add(key);
    else if (first === '') first = key;
    else if (key !== first) return true;
  }
  return false;
}

/**
 * Whether the turns are one exchange quoted in a story ("BRENNAN: … What do you say to them?" / "VASQUEZ-LOWE: I'd
 * say …"): two labels in capitals on consecutive lines, each a name the story writes elsewhere in title case
 * ("Margaret Brennan"), so not a form's "UPDATE:" or "WATCH:".
 */
function isExchange(ctx: DocContext, turns: readonly RawClaim[]): boolean {
  if (turns.length < 2) return false;
  const keys = new Set<string>();
  for (let i = 0; i < turns.length; i++) {
    const src = turns[i].source!;
    const label = ctx.text.slice(ctx.tokens.start(src.start), ctx.tokens.end(src.end - 1));
    if (label !== label.toUpperCase() || !namedElsewhere(ctx.text, label)) return false;
    if (i > 0 && nextLine(ctx, turns[i - 1].contentEnd) !== lineStart(ctx, turns[i])) return false;
    keys.add(label);
  }
  return keys.size === 2;
}

/** Whether a label in capitals ("VASQUEZ-LOWE") is written in title case somewhere in the text ("Vasquez-Lowe"). */
function namedElsewhere(text: string, label: string): boolean {
  const title = label.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (m) => m.toUpperCase());
  return title !== label && text.includes(title);
}

/**
 * Whether the turns are one person's answers to "Q:" lines ("Q: Is the government ready …?" / "Werthein: We are ready
 * tomorrow. The question is …"): turns of one label, each right after a question line.
 */
function isInterview(ctx: DocContext, turns: readonly RawClaim[]): boolean {
  for (const t of turns) if (!afterQuestion(ctx, lineStart(ctx, t))) return false;
  return turns.length > 0 && new Set(turns.map((t) => ctx.tokens.text(t.source!.end - 1).toLowerCase())).size === 1;
}

/** Whether the line before the one starting at token a opens with "Q:" (blank lines between allowed). */
function afterQuestion(ctx: DocContext, a: number): boolean {
  let k = a - 1;
  while (k > 0 && !startsLine(ctx, k)) k--;
  return k >= 0 && k + 1 < a && ctx.tokens.text(k) === 'Q' && ctx.tokens.text(k + 1) === ':';
}
