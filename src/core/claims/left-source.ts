// The source found left of a cue, with session 7's corrections to leftNP and appositiveNP (source.ts). Kept out of
// extract.ts's processSentence, which is long enough already.
import type { DocContext } from './context';
import { isCapitalized, nm } from './context';
import type { TokenRange } from './source';
import { appositiveNP, asideSubject, leftNP, subjectNP } from './source';
import { PREPOSITIONS } from './words';

/**
 * The noun phrase right before the cue, unless it is a lower-case time or place adjunct after a comma ("Speaker Paul
 * D. Ryan, the nation's highest-ranking Republican, on Tuesday called"): then the subject before that aside, or the
 * apposition before the comma.
 */
export function leftSource(ctx: DocContext, a: number, cueStart: number, floor: number): TokenRange | null {
  const src = leftNP(ctx, cueStart, floor);
  if (src && src.start - 1 > floor && ctx.tokens.text(src.start - 1) === ',' && !isCapitalized(ctx, src.start)
    && PREPOSITIONS.has(nm(ctx, src.start))) {
    return asideSubject(ctx, a, src.start, floor) ?? appositiveNP(ctx, src.start, floor) ?? src;
  }
  return src ? withCoordinated(ctx, a, src, floor) : src;
}

/**
 * "Mr. Autor and Mr. Hanson emphasize …", "On Sunday, Mr. Rubio and Senator Ted Cruz urged …": the noun phrase before
 * the cue is the last conjunct of the clause's subject, and the whole coordination is the source (PolNeAR marks it
 * so). Only when the clause's subject, walked from its start, runs through the "and" right up to that phrase: "a
 * woman asked for a photo and Clinton | said" keeps "Clinton".
 */
function withCoordinated(ctx: DocContext, a: number, src: TokenRange, floor: number): TokenRange {
  const k = src.start - 1;
  if (k <= floor || (nm(ctx, k) !== 'and' && nm(ctx, k) !== 'or') || isCapitalized(ctx, k)) return src;
  const subject = subjectNP(ctx, a, src.end);
  return subject && subject.start >= floor && subject.start < k && subject.end === src.end ? subject : src;
}

/**
 * "X, a …, said": the apposition before the cue; but when the aside has commas of its own ("Clinton, during a
 * meeting in Columbus, Ohio, said") and the apposition found starts lower-case, the clause subject before the aside.
 */
export function appositionSource(ctx: DocContext, a: number, cueStart: number, floor: number): TokenRange | null {
  const src = appositiveNP(ctx, cueStart, floor);
  const aside = asideSubject(ctx, a, cueStart, floor);
  return aside && (!src || (src.start > aside.start && !isCapitalized(ctx, src.start))) ? aside : src;
}
