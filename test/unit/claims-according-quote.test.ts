// A quote followed by its own speaker and a final "according to": the quote stays its speaker's.
import * as assert from 'node:assert/strict';
import { claimWith, claimsOf } from './claims-helpers';

suite('claims: a quote, its speaker, then according to', () => {
  test('"“…,” X said, according to Y." keeps X as the quote\'s speaker', () => {
    const claims = claimsOf('“We will do what we must,” Netanyahu told a cabinet meeting, according to a statement from his office. ' +
      '“If we have to stand alone, we will stand alone.”');
    const first = claimWith(claims, 'We will do what we must');
    assert.deepEqual([first.text, first.cue, first.speaker, first.kind], ['“We will do what we must,”', 'told', 'Netanyahu', 'direct']);
    // The next quote continues the speaker's words, not the statement's.
    assert.equal(claimWith(claims, 'stand alone').speaker, 'Netanyahu');
    const short = claimWith(claimsOf('"I ask you as a courtesy," Sanders said, according to CNN.'), 'courtesy');
    assert.deepEqual([short.text, short.speaker], ['"I ask you as a courtesy,"', 'Sanders']);
  });

  test('reported speech before a final according-to is still the report\'s (PolNeAR\'s reading)', () => {
    const claims = claimsOf('Netanyahu told reporters that Israel would win, according to a statement from his office.');
    const c = claimWith(claims, 'Israel would win');
    assert.deepEqual([c.text, c.cue, c.speaker], ['Netanyahu told reporters that Israel would win', 'according to', 'a statement from his office']);
  });
});
