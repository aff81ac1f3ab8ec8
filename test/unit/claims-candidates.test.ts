// The last step of extraction: raw claims (token ranges) to candidates (character spans) in text order.
import * as assert from 'node:assert/strict';
import { candidates } from '../../src/core/claims/candidate';
import { buildContext } from '../../src/core/claims/context';
import type { RawClaim } from '../../src/core/claims/extract';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

suite('claims: candidates', () => {
  test('a claim whose content lies inside its own speaker span is dropped; one beside it is kept', () => {
    const text = 'Sanders was asked by host Bill Maher whether he would win. Maher said the race was close.';
    const tokens = tokenize(text);
    const ctx = buildContext(text, tokens, splitSentences(text, tokens));
    const at = (word: string, from = 0): number => {
      for (let k = 0; k < tokens.length; k++) if (tokens.start(k) >= from && tokens.text(k) === word) return k;
      throw new Error(word);
    };
    const host = at('host');
    const inside: RawClaim = { contentStart: host, contentEnd: host + 3, cue: null, source: { start: host, end: host + 3 } };
    const maher = at('Maher', text.indexOf('. ') + 1);
    const said = at('said');
    const beside: RawClaim = { contentStart: said + 1, contentEnd: at('close') + 1, cue: { start: said, end: said + 1 }, source: { start: maher, end: maher + 1 } };
    const out = candidates(ctx, [inside, beside]);
    assert.deepEqual(out.map((c) => c.text), ['the race was close']);
  });
});
