// Asides inside a reported clause: an attribution between commas after which the clause carries on ("…, which, he
// said, could …"), and a relative clause between commas that a cut content runs on through ("the talks, which started
// a decade ago, remained …").
import type { DocContext } from './context';
import { nm } from './context';
import { continuesClause } from './clause';
import { trimEnd } from './content';
import type { CueMatch } from './cues';
import { tailEnd, type Env } from './env';
import type { RawClaim } from './extract';
import { DETERMINERS, PREPOSITIONS, PRONOUNS } from './words';

/**
 * "…, which, he said, could bring in …": after the comma that closes a parenthetical attribution the interrupted
 * clause carries on, so the attribution is not the sentence's final one.
 */
export function clauseResumes(ctx: DocContext, j: number, b: number): boolean {
  return j + 1 < b && nm(ctx, j) === ',' && continuesClause(ctx, j + 1) && !PREPOSITIONS.has(nm(ctx, j + 1));
}

const ASIDE_OPENERS = new Set(['who', 'which', 'whose']);

/**
 * "Mr. Kerry said the annual talks, which started a decade ago, remained …": a content `c` cut at a relative clause
 * between commas (at `t`) runs on through it when the clause carries on after it. PolNeAR keeps the relative clause in
 * the content three times in four; as a piece of its own after the aside, dev exact content was 0.1 lower and the
 * editor showed one statement as two. `c` then goes to `opened` (it runs on to the sentence end); false when there is
 * no such aside. (Appositions stay out: "that CNN, a Turner asset, has done …" lost 0.04 in train CV.)
 */
export function afterAside(ctx: DocContext, env: Env, cue: CueMatch, c: RawClaim, t: number, hi: number, nextCue: number,
  opened: { claim: RawClaim | null }): boolean {
  if (t + 2 >= hi || nm(ctx, t) !== ',' || ctx.quoteOf[t] >= 0) return false;
  if (!ASIDE_OPENERS.has(nm(ctx, t + 1))) return false;
  for (let k = t + 2; k < hi && k < t + 30; k++) {
    if (k >= nextCue) return false;
    // A scare-quoted term inside the aside ("prove they are 'tenancy ready',") is read through; a longer quote ends it.
    if (ctx.quoteOf[k] >= 0) { if (!shortQuote(ctx, ctx.quoteOf[k])) return false; continue; }
    const n = nm(ctx, k);
    if (n === ';' || n === ':' || n === '(' || n === '—' || n === '–') return false;
    if (n !== ',') continue;
    // The clause carries on with its predicate ("…, remained", "…, has done"), not a new subject ("…, he said").
    if (k + 1 >= hi || !continuesClause(ctx, k + 1) || PRONOUNS.has(nm(ctx, k + 1)) || DETERMINERS.has(nm(ctx, k + 1))) return false;
    const e = trimEnd(ctx, k + 1, tailEnd(ctx, env, cue.key, k + 1, hi));
    if (e <= k + 1) return false;
    c.contentEnd = e;
    opened.claim = c;
    return true;
  }
  return false;
}

/** Whether quote q is a term, not a statement: 40 characters at most. */
function shortQuote(ctx: DocContext, q: number): boolean {
  const quote = ctx.quotes[q];
  return quote.end - quote.start <= 40;
}
