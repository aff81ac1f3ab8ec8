// How every RawClaim is made.
import type { RawClaim } from './extract';
import type { TokenRange } from './source';

/**
 * Every RawClaim is made by `new`, not as an object literal: V8 tracks each literal site's survival and, when the
 * claims (which all live to the end) get tenured at a GC, throws away the optimised code of the functions making
 * them; processSentence (the largest) was compiled twice per 5 MB for that.
 */
class Claim implements RawClaim {
  // Declared only: assigned in the constructor (class fields would first define each as undefined).
  declare contentStart: number;
  declare contentEnd: number;
  declare readonly cue: TokenRange | null;
  declare source: TokenRange | null;

  constructor(contentStart: number, contentEnd: number, cue: TokenRange | null, source: TokenRange | null) {
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.cue = cue;
    this.source = source;
  }
}

// A claim's cue and source are objects of several shapes or null, and its content end and source are rewritten
// later. V8 records what a field has held and whether it was ever rewritten, and when that changes (the first
// headline claim, the first standalone quote with no attribution, the first content cut short) throws away the
// optimised code that relied on it. Claims made and changed here, at load, give the fields their general state.
new Claim(0, 0, null, null);
const GENERAL = new Claim(0, 0, { start: 0, end: 0 }, { start: 0, end: 0 });
GENERAL.contentEnd = 1;
GENERAL.source = null;

/** A new RawClaim. */
export function rawClaim(contentStart: number, contentEnd: number, cue: TokenRange | null, source: TokenRange | null): RawClaim {
  return new Claim(contentStart, contentEnd, cue, source);
}
