// "Per the Financial Times, three funds lost …", "The bill passed 52-48, per the Senate clerk.": newsletters and US
// digital outlets write "per X" for "according to X" (PolNeAR's 2016 copy has one, a gold cue). Read as that phrase,
// only where it opens the sentence up to a comma or closes it after one: "$50 per hour", "as per the rules" are no cues.
import type { DocContext } from './context';
import { isCapitalized, isWord, nm } from './context';
import type { CueMatch } from './cues';
import { NOT_JUDGED } from './cues';

/** How many tokens the source after "per" may have. */
const MAX_SOURCE = 10;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/** The sentence's cues with each "per X" attribution put in order among them (`scores` kept aligned). */
export function withPerCues(ctx: DocContext, a: number, b: number, cues: CueMatch[], scores: number[]): CueMatch[] {
  let out = cues;
  for (let i = a; i < b; i++) {
    if (nm(ctx, i) !== 'per' || !perAttribution(ctx, i, a, b) || cues.some((c) => c.start <= i && i < c.end)) continue;
    if (out === cues) out = cues.slice();
    let at = 0;
    while (at < out.length && out[at].start < i) at++;
    out.splice(at, 0, { start: i, end: i + 1, key: 'according to' });
    scores.splice(at, 0, NOT_JUDGED);
  }
  return out;
}

/** Whether "per" at i opens its sentence up to a comma, or follows a comma up to the sentence's end, with a source
 *  that starts with a determiner or a capital ("per Bloomberg", "per a statement"; not "per cent", "per capita"). */
function perAttribution(ctx: DocContext, i: number, a: number, b: number): boolean {
  const next = i + 1;
  if (next >= b || !isWord(ctx, next) || !(DETERMINERS.has(nm(ctx, next)) || isCapitalized(ctx, next))) return false;
  let end = b;
  while (end > next && !isWord(ctx, end - 1)) end--; // the sentence's closing punctuation
  if (i === a) {
    for (let k = next; k < b && k <= next + MAX_SOURCE; k++) if (nm(ctx, k) === ',') return k > next && k + 1 < b;
    return false;
  }
  if (nm(ctx, i - 1) !== ',' || end - next > MAX_SOURCE) return false;
  for (let k = next; k < end; k++) if (nm(ctx, k) === ',') return false; // "A quarter of that, per the plan, is …"
  return true;
}
