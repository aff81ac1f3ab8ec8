// Single quotes, as headlines and some outlets write them: quotes outside double ones, never an apostrophe.
import * as assert from 'node:assert/strict';
import { findQuotes } from '../../src/core/claims/quotes';
import { claimWith, claimsOf } from './claims-helpers';

const quoted = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));

suite('claims: single quotes', () => {
  test('‘…’ and \'…\' outside double quotes are quotes; apostrophes, "rock \'n\' roll" and nested ones are not', () => {
    assert.deepEqual(quoted('‘We will fight on,’ the minister said of Iran’s plan.'), ['‘We will fight on,’']);
    assert.deepEqual(quoted("Zelensky: 'We will not be intimidated' as talks stall"), ["'We will not be intimidated'"]);
    assert.deepEqual(quoted("They don't play rock 'n' roll in the '90s style."), []);
    assert.deepEqual(quoted('"He called it \'a disgrace,\' and left," she said.'), ['"He called it \'a disgrace,\' and left,"']);
  });

  test('a single-quoted line alone is a heading quoting the text below, no quote', () => {
    assert.deepEqual(quoted("The plant will close.\n\n'A really tough decision.'\n\nThe workers met on Monday."), []);
  });

  test('"\'…\': Name verbs …" headline: the quote is the named person\'s', () => {
    const claims = claimsOf("'We will not be intimidated': Zelensky rejects Kremlin ultimatum\n\nKYIV (AP) — The talks stalled on Thursday.");
    const c = claimWith(claims, 'intimidated');
    assert.deepEqual([c.text, c.kind, c.speaker], ["'We will not be intimidated'", 'direct', 'Zelensky']);
    // No name after the colon: a quote without a source here.
    const none = claimWith(claimsOf("'Devastating': A storm hits the coast\n\nThe storm hit on Monday."), 'Devastating');
    assert.equal(none.speaker, null);
    const body = claimWith(claimsOf('‘We will fight on,’ the minister said.'), 'fight on');
    assert.deepEqual([body.text, body.kind, body.speaker], ['‘We will fight on,’', 'direct', 'the minister']);
  });
});
