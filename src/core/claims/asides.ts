// Asides inside a reported clause: an attribution between commas after which the clause carries on ("…, which, he
// said, could …"), and a relative clause between commas after which a cut content resumes ("the talks, which started
// a decade ago, remained …").
import { rawClaim } from './raw-claim';
import type { DocContext } from './context';
import { nm } from './context';
import { continuesClause } from './clause';
import { trimEnd } from './content';
import type { CueMatch } from './cues';
import { tailEnd, type Env } from './env';
import type { RawClaim } from './extract';
import type { TokenRange } from './source';
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
 * "Mr. Kerry said the annual talks, which started a decade ago, remained …": a content cut at a relative clause between
 * commas resumes after it when the clause carries on there; PolNeAR leaves the aside out and marks the rest as another
 * piece (appositions too, "that CNN, a Turner asset, has done …", lost 0.04 in train CV). `t` is where the content was
 * cut. The piece goes to `out` and `opened` (it runs on to the sentence end); false when there is no such aside.
 */
export function afterAside(ctx: DocContext, env: Env, cue: CueMatch, t: number, hi: number, nextCue: number, source: TokenRange | null,
  out: RawClaim[], opened: { claim: RawClaim | null }): boolean {
  if (t + 2 >= hi || nm(ctx, t) !== ',' || ctx.quoteOf[t] >= 0) return false;
  if (!ASIDE_OPENERS.has(nm(ctx, t + 1))) return false;
  for (let k = t + 2; k < hi && k < t + 30; k++) {
    if (ctx.quoteOf[k] >= 0 || k >= nextCue) return false;
    const n = nm(ctx, k);
    if (n === ';' || n === ':' || n === '(' || n === '—' || n === '–') return false;
    if (n !== ',') continue;
    // The clause carries on with its predicate ("…, remained", "…, has done"), not a new subject ("…, he said").
    if (k + 1 >= hi || !continuesClause(ctx, k + 1) || PRONOUNS.has(nm(ctx, k + 1)) || DETERMINERS.has(nm(ctx, k + 1))) return false;
    const e = trimEnd(ctx, k + 1, tailEnd(ctx, env, cue.key, k + 1, hi));
    if (e <= k + 1) return false;
    opened.claim = rawClaim(k + 1, e, cue, source);
    out.push(opened.claim);
    return true;
  }
  return false;
}
