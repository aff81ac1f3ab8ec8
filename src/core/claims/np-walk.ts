// Where the left walk of a speaker's noun phrase (source.ts leftNP) goes past a word that would stop it, or stops
// short of one: an "and" inside the speaker's "for"/"of" phrase, a meeting adjunct between subject and cue.
import type { DocContext } from './context';
import { isCapitalized, isWord, nm } from './context';

/**
 * "a spokesperson for the fire and rescue service said", "a spokesman for the Department of Fish and Wildlife said":
 * an "and" inside the object of the subject's "for" or "of", a few words after it, joins no subjects.
 */
export function andInsideOf(ctx: DocContext, j: number, lo: number, e: number): boolean {
  if (nm(ctx, j) !== 'and' || j + 1 >= e || !isWord(ctx, j + 1)) return false;
  for (let k = j - 1; k > lo && k >= j - 3; k--) {
    const n = nm(ctx, k);
    if (n === 'for' || n === 'of') return isCapitalized(ctx, k - 1) || SPEAKING_HEADS.has(nm(ctx, k - 1));
    if (!isWord(ctx, k)) return false;
  }
  return false;
}
/** Heads whose "for" or "of" phrase names whom they speak for ("a spokesperson for", "the leaders of"). */
const SPEAKING_HEADS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'minister', 'secretary', 'director', 'head',
  'chief', 'leader', 'leaders', 'official', 'officials', 'president', 'chair', 'chairman', 'chairwoman', 'commissioner', 'representative',
  'representatives', 'member', 'members', 'department', 'ministry', 'office']);

const MEETING_PREPS = new Set(['in', 'during', 'at']);
const MEETING_NOUNS = new Set(['meeting', 'meetings', 'talks', 'call', 'conversation', 'session', 'visit', 'contact']);

/** The preposition opening "in a meeting with", "during a phone call with", "in his talks with" in [s, e), or -1. */
export function meetingAdjunct(ctx: DocContext, s: number, e: number): number {
  for (let i = s + 1; i + 3 < e; i++) {
    if (!MEETING_PREPS.has(nm(ctx, i))) continue;
    let k = i + 1;
    while (k < i + 4 && k < e && !MEETING_NOUNS.has(nm(ctx, k)) && !isCapitalized(ctx, k)) k++;
    if (k < e - 1 && MEETING_NOUNS.has(nm(ctx, k)) && nm(ctx, k + 1) === 'with') return i;
  }
  return -1;
}
