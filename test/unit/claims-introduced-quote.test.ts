// A quote that a colon or comma introduces mid-sentence and that ends the sentence is a claim; the mark is its cue.
import * as assert from 'node:assert/strict';
import { claimsOf, claimWith } from './claims-helpers';

suite('claims: a quote after a colon or comma', () => {
  test('after a clause: the clause subject speaks', () => {
    const text = 'In a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the end of his career.”';
    const c = claimWith(claimsOf(text), 'end of his career');
    assert.equal(c.cue, ':');
    assert.equal(c.speaker, 'Trump');
  });

  test('after a name: the name speaks', () => {
    const text = 'Pollsters were humbled - Carl Bialik: “One of the biggest lessons was a simple one, and campaigns keep relearning it.”';
    const c = claimWith(claimsOf(text), 'biggest lessons');
    assert.equal(c.cue, ':');
    assert.equal(c.speaker, 'Carl Bialik');
  });

  test('a name after a preposition is a medium, and an opener before a comma no subject', () => {
    const text = 'Then, later that month, he went back to his favorite theme on CNN: “We never made a mistake going into that war, and I stand by it.”';
    const c = claimWith(claimsOf(text), 'stand by it');
    assert.equal(c.cue, ':');
    assert.equal(c.speaker, 'he');
  });

  test('a quote with words after it in its sentence is not taken', () => {
    const text = 'The package held two things: “a signed copy of the book” and a birthday card for the senator.';
    assert.deepEqual(claimsOf(text), []);
  });

  test('after a comma: the clause subject speaks, here a relative pronoun', () => {
    const text = 'Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him and what he became.”';
    const c = claimWith(claimsOf(text), 'so proud of him');
    assert.equal(c.cue, ',');
    assert.equal(c.speaker, 'who');
  });

  test('a name right before a comma is no label: the clause subject speaks', () => {
    const text = 'She turned and faced Governor Kasich, “We will not be moved by threats like these.”';
    assert.equal(claimWith(claimsOf(text), 'threats like these').speaker, 'She');
  });
});
