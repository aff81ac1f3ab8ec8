// WordTypes answers per token what its classifier and roleKey answer for the token's text, whether the type ids
// come from the tokenizer or are interned for token arrays it did not make.
import * as assert from 'node:assert/strict';
import { roleKey } from '../../src/core/actors/roles';
import { WordTypes } from '../../src/core/actors/wordTypes';
import type { Token } from '../../src/core/text/token';
import { tokenize } from '../../src/core/text/tokenize';

const TEXT = 'He said Iran’s Foreign Minister, Mr. Amir-Abdollahian, and she met him in Baghdad. HE and he; the U.S. said so.';

/** A classifier with distinct answers for a few words (and 0 for the rest), counting its calls. */
function classifier(): { classify: (w: string) => number; calls: string[] } {
  const calls: string[] = [];
  const classify = (w: string): number => {
    calls.push(w);
    return w === 'he' ? 1 : w === 'He' ? 2 : w === ',' ? 4 : w === '’s' ? 127 : 0;
  };
  return { classify, calls };
}

function check(tokens: readonly Token[]): string[] {
  const { classify, calls } = classifier();
  const words = new WordTypes(tokens, classify);
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < tokens.length; k++) {
      assert.equal(words.flags(k), classify(tokens[k].text), `flags of ${tokens[k].text}`);
      assert.equal(words.roleKey(k), roleKey(tokens[k].text), `roleKey of ${tokens[k].text}`);
    }
  }
  return calls;
}

suite('actors: word types', () => {
  test('flags and role keys per token equal those of its text, decided once per distinct text', () => {
    const tokens = tokenize(TEXT);
    const { classify, calls } = classifier();
    const words = new WordTypes(tokens, classify);
    for (let k = 0; k < tokens.length; k++) words.flags(k);
    assert.equal(calls.length, new Set(tokens.map((t) => t.text)).size); // once per type
    check(tokens);
  });

  test('token arrays the tokenizer did not make, or that were changed since, get type ids of their own', () => {
    const made: Token[] = [
      { start: 0, end: 2, text: 'He', kind: 'word' }, { start: 3, end: 5, text: 'he', kind: 'word' },
      { start: 5, end: 6, text: ',', kind: 'punct' }, { start: 7, end: 9, text: 'he', kind: 'word' },
    ];
    check(made);
    const changed = tokenize(TEXT);
    changed[changed.length - 1] = { ...changed[changed.length - 1], text: 'he' }; // the tokenizer's ids no longer fit
    check(changed);
    check([]);
  });
});
