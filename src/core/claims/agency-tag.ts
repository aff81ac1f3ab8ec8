// "…, Hikmet Hajiyev … told reporters, Trend reports.", "The FDFA said it was “deeply concerned” …, Keystone-SDA
// reports.": a wire's own tag after an attribution complete before it is the byline, not a claim that swallows the
// speaker's (PolNeAR's US copy has none: its "…, the Post reported." stays a final attribution).
import type { DocContext } from './context';
import { isCapitalized, nm } from './context';
import { INVERSION_CUES } from './words';

const TAGS = new Set(['reports', 'informs']);
const MAX_NAME = 3;

/** Where sentence [a, b) ends without such a tag: the comma before it, or b. */
export function untaggedEnd(ctx: DocContext, a: number, b: number): number {
  let e = b;
  if (e > a && nm(ctx, e - 1) === '.') e--;
  if (e - 2 <= a || !TAGS.has(nm(ctx, e - 1))) return b;
  let k = e - 2;
  while (k > a && k >= e - 1 - MAX_NAME && isCapitalized(ctx, k)) k--;
  if (k === e - 2 || nm(ctx, k) !== ',') return b;
  // A speech verb before it: the sentence attributes its words already.
  for (let j = a; j < k; j++) if (INVERSION_CUES.has(nm(ctx, j)) && !isCapitalized(ctx, j)) return k;
  return b;
}
