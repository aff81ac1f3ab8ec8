// Line structure for the claims that a line's form makes: "Name: text" headlines (headline.ts) and the turns of a
// transcript (transcript.ts).
import type { DocContext } from './context';
import { isCapitalized, isWord } from './context';

/** Whether token i opens a line. */
export function startsLine(ctx: DocContext, i: number): boolean {
  const p = ctx.tokens.start(i);
  return p === 0 || ctx.text.charCodeAt(p - 1) === 10;
}

/** Whether a line break lies between token i - 1 and token i. */
export function lineBreakBefore(ctx: DocContext, i: number): boolean {
  const from = ctx.tokens.end(i - 1);
  const to = ctx.tokens.start(i);
  for (let p = from; p < to; p++) if (ctx.text.charCodeAt(p) === 10) return true;
  return false;
}

/**
 * The colon closing a speaker label that starts at token a ("PENCE:", "Mr. Trump:"): 1 to maxWords capitalised
 * words (with . ’ ' - between them) and then ":" before `end`, on one line when `oneLine`; else -1.
 */
export function labelColon(ctx: DocContext, a: number, end: number, maxWords: number, oneLine: boolean): number {
  let words = 0;
  for (let k = a; k < end && k < a + maxWords + 2; k++) {
    const t = ctx.tokens.text(k);
    if (t === ':') return words > 0 && words <= maxWords ? k : -1;
    if (isWord(ctx, k)) {
      if (!isCapitalized(ctx, k)) return -1;
      words++;
    } else if (t !== '.' && t !== '’' && t !== "'" && t !== '-') return -1;
    if (oneLine && k > a && lineBreakBefore(ctx, k)) return -1;
  }
  return -1;
}
