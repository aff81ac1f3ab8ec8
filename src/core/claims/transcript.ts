// Transcripts and interviews: "TAPPER: Do you think …" / "FALLIN: I think …" / "Chris Matthews: Seriously …".
// A document whose lines open with the same speaker label at least twice is a transcript; there every line that
// opens with a label (possibly after an opening quote mark) is one turn: the label is the source, the colon the
// cue and the whole line (all its sentences) the content, as PolNeAR marks such turns.
import type { Sentence } from '../text/token';
import type { DocContext } from './context';
import { isCapitalized, isOpenQuoteMark, isWord } from './context';
import { trimEnd } from './content';
import type { RawClaim } from './extract';

const MAX_LABEL = 4;
/** Fewest tokens in a turn's content: "Clinton: 2,316." in a delegate table is no turn. */
const MIN_CONTENT = 3;

/** The turns of a transcript document, in text order (empty for most documents). */
export function transcriptTurns(ctx: DocContext, sentences: readonly Sentence[]): RawClaim[] {
  let turns: RawClaim[] | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (!startsLine(ctx, s.firstToken)) continue;
    const t = labelTurn(ctx, s.firstToken);
    if (t) (turns ??= []).push(t);
  }
  if (!turns || !isDialogue(ctx, turns)) return [];
  return turns;
}

/** The turn of a line starting at token a ("LABEL: text …" up to the line break), or null. */
function labelTurn(ctx: DocContext, a: number): RawClaim | null {
  const n = ctx.tokens.length;
  if (a < n && isOpenQuoteMark(ctx, a)) a++;
  let k = a;
  let words = 0;
  for (; k < n && k < a + MAX_LABEL + 2; k++) {
    const t = ctx.tokens[k].text;
    if (t === ':') break;
    if (isWord(ctx, k)) {
      if (!isCapitalized(ctx, k)) return null;
      words++;
    } else if (t !== '.' && t !== '’' && t !== "'" && t !== '-') return null;
    if (k > a && lineBreakBefore(ctx, k)) return null;
  }
  if (k >= n || ctx.tokens[k].text !== ':' || words === 0 || words > MAX_LABEL) return null;
  // "Q:" / "A:" name nobody; PolNeAR marks the answers' own cues ("I think") as often as the labels.
  if (k === a + 1 && ctx.tokens[a].text.length === 1) return null;
  let e = k + 1;
  while (e < n && !lineBreakBefore(ctx, e)) e++;
  e = trimEnd(ctx, k + 1, e);
  if (e - (k + 1) < MIN_CONTENT) return null;
  return { contentStart: k + 1, contentEnd: e, cue: { start: k, end: k + 1 }, source: { start: a, end: k } };
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
    const key = ctx.tokens[src.end - 1].text.toLowerCase();
    if (!seen.has(key)) seen.add(key);
    else if (first === '') first = key;
    else if (key !== first) return true;
  }
  return false;
}

function startsLine(ctx: DocContext, i: number): boolean {
  const p = ctx.tokens[i].start;
  return p === 0 || ctx.text.charCodeAt(p - 1) === 10;
}

function lineBreakBefore(ctx: DocContext, i: number): boolean {
  const from = ctx.tokens[i - 1].end;
  const to = ctx.tokens[i].start;
  for (let p = from; p < to; p++) if (ctx.text.charCodeAt(p) === 10) return true;
  return false;
}
