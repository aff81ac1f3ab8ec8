// Shared helpers for the claims unit tests: run the extractor over text the way analyzeText does.
import { extractClaims } from '../../src/core/claims';
import type { ClaimCandidate, ExtractOptions } from '../../src/core/claims';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

export interface ShownClaim {
  readonly text: string;
  readonly kind: 'direct' | 'indirect';
  readonly cue: string | null;
  readonly speaker: string | null;
}

/** The claims of `text` as shown; `options` leave a learned model out where a test is about a rule's own output. */
export function claimsOf(text: string, options: ExtractOptions = {}): ShownClaim[] {
  const tokens = tokenize(text);
  return extractClaims(text, tokens, splitSentences(text, tokens), options).map((c: ClaimCandidate) => ({
    text: c.text,
    kind: c.kind,
    cue: c.cue ? c.cue.text : null,
    speaker: c.speakerSpan ? text.slice(c.speakerSpan.start, c.speakerSpan.end) : null,
  }));
}

/** The one claim whose text contains `fragment`; fails listing all claims when there is none or several. */
export function claimWith(claims: readonly ShownClaim[], fragment: string): ShownClaim {
  const hits = claims.filter((c) => c.text.includes(fragment));
  if (hits.length !== 1) {
    throw new Error(`expected one claim containing ${JSON.stringify(fragment)}, found ${hits.length}:\n` +
      claims.map((c) => `  ${JSON.stringify(c)}`).join('\n'));
  }
  return hits[0];
}

/** [content, speaker] of every claim whose cue is `cue`, by the rules' own source choice (no source ranker); with
 * `keepAll`, the claim filter's choice too is left out (every piece the rules make). */
export function ruleClaims(text: string, cue: string, keepAll = false): [string, string | null][] {
  const tokens = tokenize(text);
  const claims = extractClaims(text, tokens, splitSentences(text, tokens), { sourceModel: false, ...(keepAll ? { claimFilter: false } : {}) });
  return claims.filter((c) => c.cue?.text === cue)
    .map((c) => [c.text, c.speakerSpan ? text.slice(c.speakerSpan.start, c.speakerSpan.end) : null]);
}
