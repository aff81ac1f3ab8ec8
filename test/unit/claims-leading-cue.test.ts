// A sentence that opens with an inverted cue ("Said Ellis: “…”") has the name after the cue as its source and the
// quote as its content.
import * as assert from 'node:assert/strict';
import { claimsOf, claimWith } from './claims-helpers';

suite('claims: a sentence opening with "Said X"', () => {
  test('a colon before the quote: the name speaks, the quote alone is the content', () => {
    const text = 'Tax experts are skeptical. Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”';
    const c = claimWith(claimsOf(text), 'tax reform');
    assert.equal(c.speaker, 'Ellis');
    assert.equal(c.cue, 'Said');
    assert.equal(c.text, '“I don’t get the sense she’s the least bit interested in tax reform.”');
  });

  test('a comma and an apposition before the quote', () => {
    const text = 'Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him and what he became.”';
    const c = claimWith(claimsOf(text), 'so proud of him');
    assert.equal(c.speaker, 'Dorothy Poynter');
    assert.equal(c.text, '“We were all so proud of him and what he became.”');
  });

  test('an adjunct between the name and the quote', () => {
    const text = 'Said Ellis in an interview on Friday: “I don’t get the sense she’s the least bit interested in tax reform.”';
    assert.equal(claimWith(claimsOf(text), 'tax reform').speaker, 'Ellis');
  });

  test('a verb after the name: the sentence is not this shape', () => {
    const text = 'Said Ellis wanted nothing to do with it: “I don’t get the sense she’s the least bit interested in tax reform.”';
    assert.ok(claimsOf(text).every((c) => c.speaker !== 'Ellis'));
  });

  test('"Said" as a first name: a later "said" or "told" before the quote is the cue', () => {
    const c = claimWith(claimsOf('Said Jalili, Iran’s former nuclear negotiator, said: “We will not retreat.”'), 'retreat');
    assert.equal(c.cue, 'said:');
    assert.equal(c.speaker, 'Said Jalili, Iran’s former nuclear negotiator,');
    assert.equal(claimWith(claimsOf('Said Jalili told reporters: “We will not retreat.”'), 'retreat').speaker, 'Said Jalili');
  });

  test('a name that looks like a cue word mid-sentence ("Sayed Masoud") is no cue; a title-case headline\'s verb still is', () => {
    const claims = claimsOf('Another analyst, Sayed Masoud, said the project could reduce tensions over water between provinces.');
    assert.deepEqual(claims.map((c) => c.cue), ['said']);
    assert.equal(claimWith(claims, 'reduce tensions').speaker, 'Another analyst, Sayed Masoud,');
    const headline = claimsOf('Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’\n\nThe story follows.');
    assert.ok(headline.some((c) => c.cue === 'Calls'));
  });
});
