// The claim filter: it only ever removes finished claims, by the score of its features, and the shipped model keeps
// ordinary reported speech.
import * as assert from 'node:assert/strict';
import { extractClaims } from '../../src/core/claims';
import type { ClaimFilter } from '../../src/core/claims/claim-filter';
import { filterFeatures, FILTER_FEATURES } from '../../src/core/claims/claim-filter';
import { mix } from '../../src/core/claims/cue-model';
import { WeightTable } from '../../src/core/claims/weight-table';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { claimsOf, claimWith } from './claims-helpers';

const TEXT = 'The minister said that the talks would resume on Monday. Officials said the plan was ready. ' +
  '“We are close,” the envoy told reporters.';

function extract(text: string, claimFilter: ClaimFilter | false): { start: number; end: number }[] {
  const tokens = tokenize(text);
  return extractClaims(text, tokens, splitSentences(text, tokens), { claimFilter }).map((c) => ({ start: c.start, end: c.end }));
}

/** A filter whose only weight is `weight` on feature `id`, keeping claims that score above 0. */
function oneWeightFilter(id: number, weight: number): ClaimFilter {
  return { bias: 1, threshold: 0, weights: WeightTable.from({ [id]: weight }) };
}

suite('claims: claim filter', () => {
  test('a filter that scores every claim above its threshold keeps them all', () => {
    const all = extract(TEXT, false);
    assert.equal(all.length, 3);
    assert.deepEqual(extract(TEXT, oneWeightFilter(12345, 5)), all);
  });

  test('a feature with a large negative weight removes exactly the claims that have it', () => {
    const all = extract(TEXT, false);
    // Feature 8 is the direction of the content from the cue: mix(8, 2) = content before the cue (the quote).
    const dropped = extract(TEXT, oneWeightFilter(mix(8, 2), -10));
    assert.equal(dropped.length, all.length - 1);
    assert.ok(!dropped.some((c) => TEXT.slice(c.start, c.end).includes('We are close')));
  });

  test('features are deterministic and fill the whole buffer', () => {
    const tokens = tokenize(TEXT);
    const sentences = splitSentences(TEXT, tokens);
    const seen: number[][] = [];
    extractClaims(TEXT, tokens, sentences, {
      claimFilter: false,
      onClaims: (ctx, raw) => { for (const r of raw) seen.push(Array.from(filterFeatures(ctx, r, 42))); },
    });
    assert.equal(seen.length, 3);
    for (const f of seen) assert.equal(f.length, FILTER_FEATURES);
    const again: number[][] = [];
    extractClaims(TEXT, tokens, sentences, {
      claimFilter: false,
      onClaims: (ctx, raw) => { for (const r of raw) again.push(Array.from(filterFeatures(ctx, r, 42))); },
    });
    assert.deepEqual(again, seen);
    assert.notDeepEqual(seen[0], seen[1]);
  });

  test('the shipped filter keeps plain reported speech and quotes', () => {
    const claims = claimsOf(TEXT);
    assert.equal(claimWith(claims, 'the talks would resume').speaker, 'The minister');
    assert.equal(claimWith(claims, 'the plan was ready').speaker, 'Officials');
    assert.equal(claimWith(claims, 'We are close').speaker, 'the envoy');
  });
});
