// The cue phrase the learned models see: a cue's time and frequency words ("said Wednesday", "has repeatedly said")
// do not give it weights of its own.
import * as assert from 'node:assert';
import { modelKey } from '../../src/core/claims/model-key';
import { claimsOf } from './claims-helpers';

suite('claims: the models\' cue key', () => {
  test('time and frequency words leave the key; a key of nothing else stays as it is', () => {
    assert.strictEqual(modelKey('said wednesday'), 'said');
    assert.strictEqual(modelKey('said on monday'), 'said');
    assert.strictEqual(modelKey('has repeatedly said'), 'has said');
    assert.strictEqual(modelKey('also called for'), 'called for');
    assert.strictEqual(modelKey('said last week'), 'said');
    assert.strictEqual(modelKey('called on'), 'called on');
    assert.strictEqual(modelKey('earlier this week'), 'earlier this week');
  });

  test('a weekday after the cue changes no model\'s decision', () => {
    const plain = claimsOf('The minister said the vote was flawed.');
    const dated = claimsOf('The minister said Wednesday the vote was flawed.');
    assert.deepStrictEqual(dated.map((c) => [c.text, c.speaker]), plain.map((c) => [c.text, c.speaker]));
    assert.strictEqual(plain.length, 1);
  });
});
