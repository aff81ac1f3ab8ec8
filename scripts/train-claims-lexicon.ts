// The cue-phrase statistics behind models/claims-lexicon.json (src/core/claims/lexicon.ts), over any set of gold
// documents: train-claims.ts writes them for all of train, the cue model's cross-validation per fold.
import type { GoldDoc } from '../bench/claims-data';
import type { Tokens } from '../src/core/text/tokens';
import { normToken, phraseKey } from '../src/core/claims/normalize';
import type { CueStats } from '../src/core/claims/lexicon';

const MAX_LEN = 6;
const MIN_CONTAINED = 2;
/** A phrase inside cues of one article only is that article's (or its annotator's) quirk, not a cue phrase: PolNeAR
 * marks "Hassan" as a cue twice in one article, which made the name a candidate in every text. */
const MIN_DOCUMENTS = 2;

interface Stat { occ: number; inCue: number; exact: number; docs: number; lastDoc: number }

/** Phrase statistics over some documents (with their tokens). */
export function computeStats(docs: readonly GoldDoc[], docTokens: readonly Tokens[]): CueStats {
  const stats = new Map<string, Stat>();
  // Pass 1: collect the phrases that occur inside cues.
  docs.forEach((d, di) => {
    const toks = docTokens[di].toList();
    for (const a of d.attributions) {
      for (const c of a.cue) {
        const inside = toks.filter((t) => t.start >= c.start && t.end <= c.end).map((t) => normToken(t.text));
        for (let i = 0; i < inside.length; i++) {
          for (let j = i + 1; j <= Math.min(inside.length, i + MAX_LEN); j++) {
            const k = phraseKey(inside.slice(i, j));
            const s = stats.get(k) ?? { occ: 0, inCue: 0, exact: 0, docs: 0, lastDoc: -1 };
            s.inCue++;
            if (s.lastDoc !== di) { s.docs++; s.lastDoc = di; }
            if (i === 0 && j === inside.length) s.exact++;
            stats.set(k, s);
          }
        }
      }
    }
  });
  for (const [k, s] of stats) if (s.inCue < MIN_CONTAINED || s.docs < MIN_DOCUMENTS) stats.delete(k);
  // Pass 2: count all occurrences of those phrases in the texts.
  const prefixes = new Set<string>();
  for (const k of stats.keys()) {
    const parts = k.split(' ');
    for (let j = 1; j <= parts.length; j++) prefixes.add(phraseKey(parts.slice(0, j)));
  }
  for (const toks of docTokens) {
    const norm = toks.texts().map(normToken);
    for (let i = 0; i < norm.length; i++) {
      let key = '';
      for (let j = i; j < Math.min(norm.length, i + MAX_LEN); j++) {
        key = j === i ? norm[j] : key + ' ' + norm[j];
        if (!prefixes.has(key)) break;
        const s = stats.get(key);
        if (s) s.occ++;
      }
    }
  }
  const out: Record<string, [number, number, number]> = {};
  for (const k of [...stats.keys()].sort()) { const v = stats.get(k)!; out[k] = [v.occ, v.inCue, v.exact]; }
  return out;
}
