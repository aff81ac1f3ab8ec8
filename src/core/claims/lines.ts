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

/** Field names of a form, a checklist or a feed item ("Claim:", "Speaker:", "Status:", "Link:"): a one-word label of
 *  these names nobody, in a transcript or a headline. */
export const FORM_FIELDS = new Set(['claim', 'speaker', 'status', 'source', 'sources', 'link', 'url', 'verdict', 'rating',
  'outlet', 'quote', 'context', 'location', 'time', 'caption', 'category', 'tags', 'date', 'contact', 'author', 'byline', 'notes', 'note',
  'summary', 'topic', 'platform', 'reach', 'views', 'shares', 'evidence', 'result', 'assigned', 'deadline', 'priority']);

/** Section labels of newsletter-style copy (Axios, Politico Playbook …): "Why it matters: …", "What they're saying: …". */
const SECTION_LABELS = new Set(['why it matters', 'driving the news', 'the big picture', 'between the lines', 'zoom out',
  'zoom in', "what's next", "what they're saying", 'go deeper', 'yes, but', 'the bottom line', 'bottom line', 'reality check',
  'state of play', 'catch up quick', 'by the numbers', 'flashback', 'the backstory', 'background', 'context', 'details',
  'the intrigue', 'what to watch', "what we're watching", "what we're hearing", 'the other side', 'the fine print', 'scoop',
  'be smart', 'key quote', 'how it works', 'the stakes', "what's happening", "what's new", 'go further', 'the latest']);

/** After a section label that opens the line at token a (the token past its colon), else a. */
export function sectionLabelEnd(ctx: DocContext, a: number, b: number): number {
  if (a >= b || !isWord(ctx, a) || !isCapitalized(ctx, a) || !startsLine(ctx, a)) return a;
  for (let k = a + 1; k < b && k <= a + 6; k++) {
    if (ctx.tokens.text(k) !== ':') continue;
    const label = ctx.text.slice(ctx.tokens.start(a), ctx.tokens.start(k)).toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
    return SECTION_LABELS.has(label) ? k + 1 : a;
  }
  return a;
}
