// Claim rules of session 39, found on stories in agency and broadcaster house styles, checked on the rules' own
// choice (no source ranker).
import * as assert from 'node:assert';
import { claimsOf, ruleClaims } from './claims-helpers';

suite('claims: rules (session 39)', () => {
  test('a role word without an article after an inverted source opens its apposition, no content of its own', () => {
    assert.deepStrictEqual(ruleClaims('Troops repelled assaults near Marfopil, said Vladyslav Voloshyn, spokesperson for the Southern Defense Forces.', 'said'),
      [['Troops repelled assaults near Marfopil', 'Vladyslav Voloshyn, spokesperson for the Southern Defense Forces']]);
    assert.deepStrictEqual(ruleClaims('The bridge will reopen in May, said Anna Berg, minister of transport.', 'said'),
      [['The bridge will reopen in May', 'Anna Berg, minister of transport']]);
  });

  test('"told" with only its listener after it has no content there ("what they told us")', () => {
    assert.deepStrictEqual(ruleClaims('Here is what they told us.', 'told'), [['what', 'they']]);
    assert.deepStrictEqual(ruleClaims('That is what the mayor told the BBC.', 'told'), [['what', 'the mayor']]);
    assert.deepStrictEqual(ruleClaims('Pate also told Breitbart News he would back Clinton.', 'also told'),
      [['he would back Clinton', 'Pate']]);
  });

  test('an editor\'s note and a link to another story are nobody\'s words; a speaker\'s label still is', () => {
    const text = 'Floods hit the coast\n\nNote: The Kyiv Independent could not verify the casualty figures.\n\n' +
      'Editor\'s note: This story has been updated with the latest figures.\n\n' +
      'Related news: Minister opens culinary festival in Labuan Bajo\n\nKuleba: We will rebuild every bridge in the region.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text]), [[':', 'We will rebuild every bridge in the region']]);
  });
});
