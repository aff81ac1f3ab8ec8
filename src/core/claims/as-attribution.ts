// "As Politico reported, the RNC agreed to …": an introductory "As X <cue>[ adjunct]," attributes the whole main
// clause after it to X (train: 20 of 23 sentences "As X reported/said/noted/…,"); the main clause's own cues lie
// inside that content, and PolNeAR is univocal, so they make no claims of their own.
import { rawClaim } from './raw-claim';
import type { DocContext } from './context';
import { isWord, nm } from './context';
import { onlyAdjunctFollows, trimEnd, trimStart } from './content';
import type { CueMatch } from './cues';
import type { RawClaim } from './extract';
import type { TokenRange } from './source';

/** How many tokens may follow the cue before the intro's comma ("reported on Monday", "said throughout the race"). */
const MAX_ADJUNCT = 5;

/**
 * The claim of sentence [a, b) when it opens with "As <subject> <cue> [short adjunct]," (`introEnd` is the comma,
 * `cue` the sentence's first cue), else null.
 */
export function asAttribution(ctx: DocContext, a: number, b: number, cue: CueMatch, introEnd: number): RawClaim | null {
  if (introEnd < 0 || nm(ctx, a) !== 'as') return null;
  const agent = passiveAgent(ctx, a, cue, introEnd);
  if (agent) {
    const s = trimStart(ctx, introEnd + 1, b);
    const e = trimEnd(ctx, s, b);
    return e > s ? rawClaim(s, e, cue, agent) : null;
  }
  if (cue.start <= a + 1 || cue.end > introEnd || introEnd - cue.end > MAX_ADJUNCT) return null;
  // "As Trump mentioned Clinton, the crowd …", "As she struggles to …": a cue with an object or complement is an
  // event in a time clause, not a report of the main clause.
  if (!onlyAdjunctFollows(ctx, cue.end, cue.key, introEnd + 1)) return null;
  for (let k = a + 1; k < cue.start; k++) if (!isWord(ctx, k) && nm(ctx, k) !== "'") return null;
  const s = trimStart(ctx, introEnd + 1, b);
  const e = trimEnd(ctx, s, b);
  return e > s ? rawClaim(s, e, cue, { start: a + 1, end: cue.start }) : null;
}

/** "As reported by the State Border Guard Service, …", "As stated by the ministry, …": the agent after "by" when the
 * cue is the intro's participle right after "As" and the agent runs to the intro's comma; else null. */
function passiveAgent(ctx: DocContext, a: number, cue: CueMatch, introEnd: number): TokenRange | null {
  const by = cue.end < introEnd && nm(ctx, cue.end) === 'by' ? cue.end : -1;
  if (by < 0 || cue.start > a + 1 || cue.end > a + 2 || by + 1 >= introEnd || introEnd - by > 12) return null;
  for (let k = by + 1; k < introEnd; k++) if (ctx.quoteOf[k] >= 0) return null;
  return { start: by + 1, end: introEnd };
}
