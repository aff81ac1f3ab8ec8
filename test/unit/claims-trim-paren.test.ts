// A content that ends in a parenthesis opened inside it keeps the closing mark ("Sen. Ted Cruz (R-Texas)"), as
// PolNeAR marks it; a parenthesis opened before the content is still trimmed off.
import * as assert from 'node:assert/strict';
import { buildContext } from '../../src/core/claims/context';
import { trimEnd } from '../../src/core/claims/content';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { claimWith, claimsOf } from './claims-helpers';

/** The text of [from, end) after trimEnd, `from` the first token with that text. */
function trimmed(text: string, from: string): string {
  const tokens = tokenize(text);
  const ctx = buildContext(text, tokens, splitSentences(text, tokens));
  let s = 0;
  while (tokens.text(s) !== from) s++;
  const e = trimEnd(ctx, s, tokens.length);
  return text.slice(tokens.start(s), tokens.end(e - 1));
}

suite('claims: closing parenthesis at the content end', () => {
  test('a parenthesis opened in the content stays closed', () => {
    const c = claimWith(claimsOf('The senator said she would vote with Sen. Ted Cruz (R-Texas).'), 'Cruz');
    assert.equal(c.text, 'she would vote with Sen. Ted Cruz (R-Texas)');
  });

  test('trimEnd keeps a balanced ")" and drops one opened before the content', () => {
    assert.equal(trimmed('He backs the Trans-Pacific Partnership (TPP).', 'the'), 'the Trans-Pacific Partnership (TPP)');
    assert.equal(trimmed('(He backs the deal.)', 'He'), 'He backs the deal');
    assert.equal(trimmed('He backs (in part) the deal (TPP) ).', 'He'), 'He backs (in part) the deal (TPP)');
  });
});
