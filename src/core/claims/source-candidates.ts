// Candidate source spans for a claim, for the source ranker (source-ranker.ts): the rules' own choice, an apposition
// before the cue, the clause subject, the inverted subject after the cue, a "by" agent after it, the main-clause
// subject after an introductory clause that holds cue and content, and the previous claim's source. Written into a
// reused Int32Array as (start, end, kinds) triples; identical spans from several generators merge their kind bits.
// (Tried: the noun phrase left of the cue without the rules' floor, the previous sentence's subject: on held-out
// train folds the ranker did better without them.)
import type { DocContext } from './context';
import { isCapitalized, nm } from './context';
import type { TokenRange } from './source';
import { appositiveNP, rightNP, subjectNP, withAuthor } from './source';
import { passiveAgent } from './passive-source';

export const KIND_RULE = 1;
export const KIND_APPOS = 4;
export const KIND_SUBJ = 8;
export const KIND_RIGHT = 16;
export const KIND_PREV = 32;
export const KIND_MAIN_AFTER = 128;
export const KIND_BY = 256;

export const MAX_CANDIDATES = 8;

/** Candidate triples (start, end, kinds), MAX_CANDIDATES at most; `count` says how many are filled. */
export interface CandidateBuffer { readonly spans: Int32Array; count: number }

export const newCandidateBuffer = (): CandidateBuffer => ({ spans: new Int32Array(3 * MAX_CANDIDATES), count: 0 });

function add(buf: CandidateBuffer, r: TokenRange | null, kind: number): void {
  if (!r || r.end <= r.start) return;
  const s = buf.spans;
  for (let i = 0; i < buf.count; i++) {
    if (s[3 * i] === r.start && s[3 * i + 1] === r.end) { s[3 * i + 2] |= kind; return; }
  }
  if (buf.count >= MAX_CANDIDATES) return;
  s[3 * buf.count] = r.start;
  s[3 * buf.count + 1] = r.end;
  s[3 * buf.count + 2] = kind;
  buf.count++;
}

/**
 * Fills `buf` with the candidates for a claim with cue [cue) and content ending at token ce, whose rules chose
 * `rule`; `prev` is the source the rules chose for the claim before it (used when within the previous two sentences).
 */
export function sourceCandidates(ctx: DocContext, cue: TokenRange, ce: number, rule: TokenRange | null, prev: TokenRange | null, buf: CandidateBuffer): void {
  buf.count = 0;
  const si = ctx.sentOf[cue.start];
  const sent = ctx.sentences[si];
  const a = sent.firstToken;
  const b = sent.endToken;
  add(buf, rule, KIND_RULE);
  if (cue.start > a) {
    add(buf, apposition(ctx, cue.start, a), KIND_APPOS);
    add(buf, subjectNP(ctx, a, cue.start), KIND_SUBJ);
  }
  if (cue.end < b) {
    const right = rightNP(ctx, cue.end, b);
    add(buf, nm(ctx, cue.start) === 'according' ? withAuthor(ctx, right, b) : right, KIND_RIGHT);
    // "seen by some as …", "considered unclean by Muslims": an agent the rules only look for after passive cues.
    add(buf, passiveAgent(ctx, cue.end, b), KIND_BY);
  }
  // "Having announced that …, Judge Berman proceeded": a content ending at a comma before the main clause.
  if (ce > cue.end && ce + 1 < b && ctx.tokens.text(ce) === ',') add(buf, subjectNP(ctx, ce + 1, b), KIND_MAIN_AFTER);
  if (prev && prev.end <= cue.start && ctx.sentOf[prev.start] >= si - 2) add(buf, prev, KIND_PREV);
}

/**
 * The rules' apposition before the cue, unless its part after the first comma holds a lower-case -ed word: "For his
 * part, al-Araji described … as a delusion, stressing" is a clause there, not "X, a Y of Z," before the cue.
 */
function apposition(ctx: DocContext, cueStart: number, a: number): TokenRange | null {
  const r = appositiveNP(ctx, cueStart, a);
  if (!r) return r;
  let i = r.start;
  while (i < r.end && ctx.tokens.text(i) !== ',') i++;
  for (; i < r.end; i++) {
    const t = ctx.tokens.text(i);
    if (t.length > 4 && t.endsWith('ed') && !isCapitalized(ctx, i)) return null;
  }
  return r;
}
