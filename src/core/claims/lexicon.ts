// Cue phrase lookup over the learned lexicon (cue-lexicon.ts): longest phrase at a position whose probability of
// being (inside) an attribution cue in PolNeAR train clears a threshold.
import { CUE_PHRASES } from './cue-lexicon';

export interface LexiconOptions {
  /** Minimum P(phrase lies inside a cue | phrase occurs). */
  readonly minProb: number;
  /** Minimum number of times the phrase was seen inside a cue. */
  readonly minCount: number;
  /** Minimum P(phrase is exactly a whole cue | phrase occurs): keeps "also" (inside "also said") out. */
  readonly minExactProb: number;
}

export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = { minProb: 0.2, minCount: 2, minExactProb: 0.05 };

export interface CueLexicon {
  /** Length in tokens of the best cue phrase starting at norm[i], or 0. */
  match(norm: readonly string[], i: number, end: number): number;
  /** Probability that the phrase is a cue, or 0 when unknown. */
  prob(key: string): number;
}

const cache = new Map<string, CueLexicon>();

export function cueLexicon(opts: LexiconOptions = DEFAULT_LEXICON_OPTIONS): CueLexicon {
  const ck = `${opts.minProb}/${opts.minCount}/${opts.minExactProb}`;
  const hit = cache.get(ck);
  if (hit) return hit;
  const accepted = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxLen = 1;
  for (const key of Object.keys(CUE_PHRASES)) {
    const [occ, inCue, exact] = CUE_PHRASES[key];
    const p = inCue / Math.max(occ, inCue);
    if (inCue < opts.minCount || p < opts.minProb || exact / Math.max(occ, inCue) < opts.minExactProb) continue;
    accepted.set(key, p);
    const parts = key.split(' ');
    maxLen = Math.max(maxLen, parts.length);
    for (let j = 1; j < parts.length; j++) prefixes.add(parts.slice(0, j).join(' '));
  }
  const lex: CueLexicon = {
    match(norm, i, end) {
      let best = 0;
      let key = '';
      for (let j = i; j < Math.min(end, i + maxLen); j++) {
        key = j === i ? norm[j] : key + ' ' + norm[j];
        if (accepted.has(key)) best = j - i + 1;
        if (!prefixes.has(key)) break;
      }
      return best;
    },
    prob(key) {
      const v = CUE_PHRASES[key];
      return v ? v[1] / Math.max(v[0], v[1]) : 0;
    },
  };
  cache.set(ck, lex);
  return lex;
}
