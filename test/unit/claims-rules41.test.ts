// Claim rules of session 41.
import * as assert from 'node:assert';
import { claimsOf } from './claims-helpers';

suite('claims: rules (session 41)', () => {
  test('"according to X" names the source of a clause whose own cue had none, whatever follows it', () => {
    const text = 'Flood\n\nTwo people are confirmed dead, according to police, and at least three remain missing.\n\n' +
      'Smith is expected to resign, according to two aides, but the party has not confirmed it.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text, c.speaker]), [
      ['according to', 'Two people are confirmed dead', 'police'], ['according to', 'Smith is expected to resign', 'two aides']]);
  });

  test('"according to X, a description." at the sentence end takes the clause before, a participle cue in it included', () => {
    const text = 'Loans\n\nFinancing offered through the same apps can carry rates of 30% or more, according to Derek Mbeki, ' +
      'a senior counsel at the Lending Project.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text, c.speaker]), [
      ['according to', 'Financing offered through the same apps can carry rates of 30% or more', 'Derek Mbeki']]);
  });
});
