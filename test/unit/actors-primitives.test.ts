// The speed-tuned shortcuts of the actors module answer what the plain code answers.
import * as assert from 'node:assert/strict';
import { lookupCountry, mayStartCountry } from '../../src/core/actors/countries';

suite('actors: primitives', () => {
  test('mayStartCountry is false only for words that start no country name, alone or with the next word', () => {
    const words = ['United', 'States', 'Saudi', 'Arabia', 'New', 'Zealand', 'Iranian', 'Iran’s', 'said', 'the', 'The', 'US',
      'U.S.', 'Bosnia-Herzegovina', 'Guinea-Bissau', 'Kingdom', 'Sri', 'Lanka', 'Côte', 'd’Ivoire', 'officials', 'Democratic'];
    let starts = 0;
    for (const a of words) {
      if (mayStartCountry(a)) { starts++; continue; }
      assert.equal(lookupCountry(a), undefined, a);
      for (const b of words) assert.equal(lookupCountry(`${a} ${b}`), undefined, `${a} ${b}`);
    }
    assert.ok(mayStartCountry('United') && mayStartCountry('Saudi') && !mayStartCountry('said'));
    assert.ok(starts < words.length);
  });
});
