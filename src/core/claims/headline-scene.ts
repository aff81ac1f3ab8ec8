// "Zelensky says Ukraine will not cede Zaporizhzhia, as Russia intensifies attacks", "Housing body warns of shortfall
// as Minister defends targets": in a headline an "as" clause after the claim is the news it happened in, another
// actor's doing, not part of what was said: a lower-case "as" (in title case, "As Exports Rise" could be either, so
// it stays) opening a subject and a present-tense verb ("as exports rise" has a lower-case subject and may be said).
import type { DocContext } from './context';
import { isCapitalized, nm } from './context';
import { trimEnd } from './content';
import type { RawClaim } from './extract';
import { ARTICLES } from './words';

/** Whether [i, e) opens with a subject (a capitalised name or an article and a noun) and a headline's present-tense
 * verb within four words ("Russia intensifies", "the Burdekin River approaches"); not "as his new chief of staff",
 * "as U.S. President from 1992". */
function sceneClause(ctx: DocContext, i: number, e: number): boolean {
  if (i >= e || !(isCapitalized(ctx, i) || ARTICLES.has(ctx.tokens.text(i)))) return false;
  for (let k = i + 1; k < e && k <= i + 4; k++) {
    const t = ctx.tokens.text(k);
    if (/^[a-z]+[^s]s$/.test(t) && k + 1 < e) return true;
    if (!/^\p{L}/u.test(t)) return false;
  }
  return false;
}

/** Cuts the contents of raw[n…] (a headline's claims) before such an "as" clause. */
export function cutHeadlineScene(ctx: DocContext, raw: RawClaim[], n: number): void {
  for (let i = n; i < raw.length; i++) {
    const c = raw[i];
    for (let k = c.contentStart + 2; k < c.contentEnd - 1; k++) {
      if (ctx.tokens.text(k) !== 'as' || ctx.quoteOf[k] >= 0) continue;
      if (!sceneClause(ctx, k + 1, c.contentEnd)) continue;
      const comma = nm(ctx, k - 1) === ',';
      c.contentEnd = trimEnd(ctx, c.contentStart, comma ? k - 1 : k);
      break;
    }
  }
}
