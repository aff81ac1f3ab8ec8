// "In his words, border guards are working in an enhanced mode.", "In the words of the minister, …": the sentence
// after the frame is what the person said (Ukrinform, TASS and other agencies' way of paraphrasing); the cues inside
// it are part of what was said, as with a final attribution. ("In his view," is a belief, not speech: PolNeAR marks
// none of its five train sentences, so it stays out.)
import { rawClaim } from './raw-claim';
import type { Sentence } from '../text/token';
import type { DocContext } from './context';
import { nm } from './context';
import { trimEnd, trimStart } from './content';
import type { RawClaim } from './extract';

const OWNERS = new Set(['his', 'her', 'their', 'its']);
/** Fewest tokens of what was said. */
const MIN_CONTENT = 3;
/** Longest "of X" in "In the words of X,". */
const MAX_SOURCE = 10;

/** The claim of a sentence that opens "In his words," or "In the words of X,", else null. */
export function inWordsClaim(ctx: DocContext, s: Sentence): RawClaim | null {
  const a = s.firstToken;
  const b = s.endToken;
  if (a + 4 >= b || nm(ctx, a) !== 'in') return null;
  let source: { start: number; end: number };
  let comma: number;
  if (OWNERS.has(nm(ctx, a + 1)) && nm(ctx, a + 2) === 'words' && nm(ctx, a + 3) === ',') {
    source = { start: a + 1, end: a + 2 };
    comma = a + 3;
  } else if (nm(ctx, a + 1) === 'the' && nm(ctx, a + 2) === 'words' && nm(ctx, a + 3) === 'of') {
    comma = a + 4;
    while (comma < b && comma < a + 4 + MAX_SOURCE && nm(ctx, comma) !== ',' && ctx.quoteOf[comma] < 0) comma++;
    if (comma >= b || nm(ctx, comma) !== ',' || comma === a + 4) return null;
    source = { start: a + 4, end: comma };
  } else return null;
  const cs = trimStart(ctx, comma + 1, b);
  const e = trimEnd(ctx, cs, b);
  return e - cs < MIN_CONTENT ? null : rawClaim(cs, e, { start: a, end: a + 3 }, source);
}
