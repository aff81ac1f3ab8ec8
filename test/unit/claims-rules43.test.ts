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

  test('"said X and asked whether Y", "… and added that Y": a second verb of saying with its own complement is its own claim', () => {
    const text = 'Hearing\n\nJustice Ruth Kane said the history troubled her and asked whether that intent should matter. He said he ' +
      'welcomed extradition and added that he would cooperate. The ad showed a video in which Trump called himself moderate and ' +
      'admitted that he had changed, Cruz said.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.cue]), [
      ['the history troubled her', 'said'], ['whether that intent should matter', 'asked'], ['he welcomed extradition', 'said'],
      ['that he would cooperate', 'added'],
      ['The ad showed a video in which Trump called himself moderate and admitted that he had changed', 'said']]);
  });
});
