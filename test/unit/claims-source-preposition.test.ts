// A speaker span never opens with a preposition or auxiliary a rule walked back over ("…, with X calling Trump a fascist").
import * as assert from 'node:assert/strict';
import { claimsOf, claimWith } from './claims-helpers';

suite('claims: speaker spans without a leading preposition or auxiliary', () => {
  test('"with X <participle>": the speaker is X', () => {
    const text = 'Democratic candidates went further, with former Maryland Gov. Martin O’Malley calling Trump a fascist.';
    assert.equal(claimWith(claimsOf(text), 'Trump a fascist').speaker, 'former Maryland Gov. Martin O’Malley');
  });

  test('an inverted question: the auxiliary before the subject is no part of the speaker', () => {
    assert.equal(claimWith(claimsOf('Did they say that the economy was improving?'), 'economy').speaker, 'they');
  });

  test('"about" stays: it opens a share of people ("about half of voters")', () => {
    const text = 'In the poll, about half of voters said the economy was their top concern.';
    assert.equal(claimWith(claimsOf(text), 'economy').speaker, 'about half of voters');
  });
});
