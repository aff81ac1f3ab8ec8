// A speaker span that ran from its clause's subject into the verb phrase is shown as the subject's noun phrase
// (speaker-clause.ts); spans whose last word may be the cue's own subject or owner are kept.
import * as assert from 'node:assert/strict';
import { buildContext } from '../../src/core/claims/context';
import { clauseSubject } from '../../src/core/claims/speaker-clause';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { claimWith, claimsOf } from './claims-helpers';

/** clauseSubject on the span `span` of `text` with the cue right after it: the cut span's text, or null. */
function cut(text: string, span: string): string | null {
  const tokens = tokenize(text);
  const ctx = buildContext(text, tokens, splitSentences(text, tokens));
  const from = text.indexOf(span);
  let s = 0;
  while (tokens.start(s) < from) s++;
  let e = s;
  while (e < tokens.length && tokens.end(e) <= from + span.length) e++;
  const r = clauseSubject(ctx, s, e, e);
  return r ? text.slice(tokens.start(r.start), tokens.end(r.end - 1)) : null;
}

suite('claims: speaker span cut to the clause subject', () => {
  test('a span ending in a function word is cut before its verb or to its subject pronoun', () => {
    const text = 'September 27 they published the results of their check by announcing that the claim was false.';
    assert.equal(claimWith(claimsOf(text), 'the claim was false').speaker, 'they');
    assert.equal(cut('Trump took offense at suggestions that he lied.', 'Trump took offense at'), 'Trump');
    assert.equal(cut('He made the case that it works.', 'He made the'), 'He');
  });

  test('a verb group or adverb left at the end is cut off, and an adverb before the verb with it', () => {
    assert.equal(claimWith(claimsOf("Sanders hasn't said whether he will endorse her."), 'endorse').speaker, 'Sanders');
    assert.equal(claimWith(claimsOf('Scholars have long questioned whether the rule applies.'), 'applies').speaker, 'Scholars');
    assert.equal(cut('Trump quickly pivoted to arguing that the deal was bad.', 'Trump quickly pivoted to'), 'Trump');
  });

  test('a subject pronoun after an introduction or an inverted auxiliary is the subject', () => {
    assert.equal(cut('Late Saturday he announced a run.', 'Late Saturday he'), 'he');
    assert.equal(cut('Little did they know it.', 'Little did they'), 'they');
  });

  test('spans whose end may be the cue\'s own subject or owner are kept', () => {
    assert.equal(cut('The swoon had Republicans wondering whether he could win.', 'The swoon had Republicans'), null);
    assert.equal(cut("Politifact did a fact-check on Donald Trump's claim that it was false.", "Politifact did a fact-check on Donald Trump's"), null);
    assert.equal(cut('Trump is doubling down on his attacks on her.', 'Trump is doubling down on his'), null);
    // An object after the verb may be the cue's subject ("left 62 percent of voters | saying").
    assert.equal(cut('The attacks have left many voters saying they are afraid.', 'The attacks have left many voters'), null);
    assert.equal(cut('The memo led some to speculate that he would quit.', 'The memo led some to'), null);
  });

  test('a gerund after "by", "in", "without" … is the clause subject\'s, whatever object stands between', () => {
    const text = 'Christie, the New Jersey governor, spoke next. The governor tripped up Rubio by calling him a robot.';
    assert.equal(claimWith(claimsOf(text), 'a robot').speaker, 'The governor');
    assert.equal(cut('Red Crescent Societies joined other groups in calling for aid.', 'Red Crescent Societies joined other groups in'), 'Red Crescent Societies');
    assert.equal(cut('Clinton spent the week in California without mentioning him.', 'Clinton spent the week in California without'), 'Clinton');
  });

  test('no cut without a clause: an apposition, a relative clause, an expletive subject, a span right of its cue', () => {
    assert.equal(cut('Stephen Moore, a conservative economist, said it would fail.', 'Stephen Moore, a conservative economist,'), null);
    assert.equal(cut('the officials who have long argued for it', 'the officials who have long'), null);
    assert.equal(cut('It is worth noting that the plan failed.', 'It is worth'), null);
    const text = 'said Trump has long';
    const tokens = tokenize(text);
    assert.equal(clauseSubject(buildContext(text, tokens, splitSentences(text, tokens)), 1, 4, 0), null);
  });
});
