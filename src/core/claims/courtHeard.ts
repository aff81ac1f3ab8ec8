// "The court heard that Kettleby poured petrol …", "The jury heard the defendant had fled", "An inquest in Caernarfon
// heard that …": British court reporting's frame for what was said in a hearing. The clause after "heard" is one claim
// whose speaker the sentence does not name (the court only heard it, as "The court was told …" has its that-clause
// alone: passive-source.ts), the cues inside it part of what was said.
import { rawClaim } from './raw-claim';
import type { Sentence } from '../text/token';
import type { DocContext } from './context';
import { isCapitalized, nm } from './context';
import { trimEnd } from './content';
import { ARTICLES } from './words';
import type { RawClaim } from './extract';

const APOSTROPHES = new Set(["'", '’']);
const HEARERS = new Set(['court', 'jury', 'inquest', 'hearing', 'tribunal', 'inquiry', 'trial', 'sentencing']);
/** Fewest tokens of what was heard. */
const MIN_CONTENT = 3;

/** The claim of a sentence that opens "The court (in X) heard (that) …" or ends "…, a jury has heard.", or null. */
export function courtHeardClaim(ctx: DocContext, s: Sentence): RawClaim | null {
  const a = s.firstToken;
  const b = s.endToken;
  if (a + 3 >= b || !ARTICLES.has(nm(ctx, a)) || !HEARERS.has(nm(ctx, a + 1))) return finalHeardClaim(ctx, a, b);
  let k = a + 2;
  for (; k < b && k < a + 8 && nm(ctx, k) !== 'heard'; k++) {
    if (ctx.quoteOf[k] >= 0 || nm(ctx, k) === ',') return null;
  }
  if (k >= b || nm(ctx, k) !== 'heard') return null;
  const e = trimEnd(ctx, k + 1, b);
  return e - (k + 1) < MIN_CONTENT ? null : rawClaim(k + 1, e, { start: k, end: k + 1 }, null);
}

/** "The owner ignored repeated warnings, a jury has heard.": what comes before ", the court (has) heard" at the end, or
 * ", Sheffield Crown Court heard". */
function finalHeardClaim(ctx: DocContext, a: number, b: number): RawClaim | null {
  let e = b;
  while (e > a && !/\w/.test(ctx.tokens.text(e - 1))) e--; // the full stop
  if (e - a < MIN_CONTENT + 4 || nm(ctx, e - 1) !== 'heard') return null;
  let k = e - 2;
  if (nm(ctx, k) === 'has' || nm(ctx, k) === 'had') k--;
  if (!HEARERS.has(nm(ctx, k)) && nm(ctx, k) !== 'bailey') return null;
  // "…, the court heard.", "…, Sheffield Crown Court heard.", "…, Westminster Magistrates' Court heard.": the court's name.
  let j = k - 1;
  while (j > a && k - j <= 4 && (isCapitalized(ctx, j) || APOSTROPHES.has(ctx.tokens.text(j))) && !ARTICLES.has(nm(ctx, j))) j--;
  if (ARTICLES.has(nm(ctx, j))) j--;
  if (j === k - 1 || nm(ctx, j) !== ',') return null;
  const end = trimEnd(ctx, a, j);
  return end - a < MIN_CONTENT ? null : rawClaim(a, end, { start: e - 1, end: e }, null);
}
