// Claim rules of session 43.
import * as assert from 'node:assert';
import { claimsOf } from './claims-helpers';

suite('claims: rules (session 43)', () => {
  test('"according to X, which said …": a relative that reports on its own is the next claim, no part of the source', () => {
    const text = 'Blast\n\nThe explosion damaged three homes, according to Interfax, which said two people were taken to hospital. ' +
      'The group is banned, according to the SITE Intelligence Group, which monitors extremist statements.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.speaker]), [
      ['The explosion damaged three homes', 'Interfax'], ['two people were taken to hospital', 'which'],
      ['The group is banned', 'the SITE Intelligence Group, which monitors extremist statements']]);
  });
});
