// "“It was a joke,” he laughed.", "“Not now,” Hollis whispered.", "“We didn't know,” laughs co-founder Margaret
// Holloway.": verbs of manner that attribute the quote right before them. The learned lexicon never met most of them
// as cues (PolNeAR's political copy seldom laughs or whispers), so they are found here, only in that place.
import type { DocContext } from './context';
import { isCapitalized, isCloseQuoteMark, isWord, nm } from './context';
import type { CueMatch } from './cues';
import { PERSONAL_SUBJECTS } from './words';

const MANNER = new Set(['laughed', 'laughs', 'whispered', 'whispers', 'muttered', 'mutters', 'chuckled', 'chuckles', 'smiled', 'smiles',
  'sighed', 'sighs', 'grinned', 'grins', 'murmured', 'murmurs', 'mumbled', 'mumbles', 'grumbled', 'grumbles', 'quipped', 'quips',
  'shrugged', 'shrugs', 'beamed', 'beams', 'gushed', 'gushes', 'snapped', 'snaps', 'sobbed', 'sobs', 'scoffed', 'scoffs', 'captioned']);
/** Words of the speaker's name between the quote and the verb, at most. */
const MAX_NAME = 4;

/** The manner verb attributing the quote that closes at token q (its mark), else null. */
function mannerAfter(ctx: DocContext, q: number, b: number): CueMatch | null {
  const p = nm(ctx, q - 1);
  if (p !== ',' && p !== '!' && p !== '?') return null;
  const k = q + 1;
  if (k >= b || !isWord(ctx, k)) return null;
  // Inverted: "laughs co-founder Margaret Holloway".
  if (MANNER.has(nm(ctx, k)) && k + 1 < b && isWord(ctx, k + 1)) return { start: k, end: k + 1, key: nm(ctx, k) };
  // "he laughed", "Hollis whispered", "Mr. Diaz chuckled": the verb ends its clause.
  let j = k;
  if (PERSONAL_SUBJECTS.has(nm(ctx, j))) j++;
  else while (j < b && j - k < MAX_NAME && isCapitalized(ctx, j)) j++;
  if (j === k || j >= b || !MANNER.has(nm(ctx, j))) return null;
  const after = j + 1 < b ? ctx.tokens.text(j + 1) : '.';
  return after === '.' || after === ',' || after === ';' ? { start: j, end: j + 1, key: nm(ctx, j) } : null;
}

/** Adds the manner cues of sentence [a, b) to `out` (and NOT_JUDGED-like `score` to `scores`), keeping start order. */
export function withMannerCues(ctx: DocContext, a: number, b: number, out: CueMatch[], scores: number[] | undefined, score: number): void {
  for (let q = a + 1; q < b; q++) {
    if (!isCloseQuoteMark(ctx, q)) continue;
    const m = mannerAfter(ctx, q, b);
    if (!m || out.some((c) => c.start < m.end && m.start < c.end)) continue;
    let at = out.length;
    while (at > 0 && out[at - 1].start > m.start) at--;
    out.splice(at, 0, m);
    scores?.splice(at, 0, score);
  }
}
