// "Said Ellis: “I don’t get the sense …”", "Said Comey, "The thought …"", "Added Dorothy Poynter, who grew up with
// Ali, “We were …”", "Said Ellis in an interview: “…”": an inverted cue opening its sentence, its subject right after it, then a colon or comma and a
// quote. The name is the source and the quote the content; the content start found after the cue had taken the
// name for the content's first words (and the source was lost).
import type { DocContext } from './context';
import { isCapitalized, isOpenQuoteMark, nm } from './context';
import type { CueMatch } from './cues';
import type { RawClaim } from './extract';
import { rawClaim } from './raw-claim';
import { rightNP } from './source';
import { INVERSION_CUES, PREPOSITIONS } from './words';

/**
 * The claim of sentence [a, b) when it opens with "<Cue> <Name>[, apposition | adjunct][:|,] “…”" (`cue` its first
 * cue, `next` where its next cue starts), else null. A cue before the quote makes "Said" a first name: "Said Jalili,
 * Iran's former negotiator, said: “…”".
 */
export function leadingCueClaim(ctx: DocContext, a: number, b: number, cue: CueMatch, next: number): RawClaim | null {
  if (cue.start !== a || cue.end !== a + 1 || !isCapitalized(ctx, a) || !INVERSION_CUES.has(nm(ctx, a))) return null;
  const src = rightNP(ctx, cue.end, b);
  if (!src || src.start !== cue.end || !isCapitalized(ctx, src.start)) return null;
  let k = src.end;
  while (k < b && !isOpenQuoteMark(ctx, k)) k++;
  if (k >= b || next < k) return null;
  const mark = ctx.tokens.text(k - 1);
  if (mark !== ':' && mark !== ',') return null;
  // Anything between the name and the quote is an apposition set off by a comma or an adjunct ("in an interview").
  if (k - 1 > src.end && ctx.tokens.text(src.end) !== ',' && !PREPOSITIONS.has(nm(ctx, src.end))) return null;
  const q = ctx.quotes[ctx.quoteOf[k]];
  let e = k;
  while (e < ctx.tokens.length && ctx.tokens.end(e) <= q.end) e++;
  return e > k + 1 ? rawClaim(k, e, cue, src) : null;
}
