// Stem candidates (lexicon.ts stemNode): an unknown form of a known one-word cue is proposed to the cue classifier
// as that cue, never to the rules alone, and a mix() of small templates and values no longer collides.
import * as assert from 'node:assert/strict';
import { mix } from '../../src/core/claims/cue-model';
import { buildContext } from '../../src/core/claims/context';
import { findCues } from '../../src/core/claims/cues';
import { buildLexicon, wordStem } from '../../src/core/claims/lexicon';
import type { CueStats } from '../../src/core/claims/lexicon';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

const STATS: CueStats = { added: [40, 30, 28], adding: [10, 2, 1], said: [100, 95, 90] };
const OPTS = { minProb: 0.1, minCount: 2, minExactProb: 0.02 };

suite('claims: stem candidates', () => {
  test('wordStem strips one inflection and keeps three letters', () => {
    assert.equal(wordStem('adds'), 'add');
    assert.equal(wordStem('added'), 'add');
    assert.equal(wordStem('adding'), 'add');
    assert.equal(wordStem('red'), 'red');
  });

  test('a British spelling and an agency reporting verb stand for the cue PolNeAR has', () => {
    const stats: CueStats = { emphasized: [40, 30, 28], condemned: [30, 20, 18] };
    const lex = buildLexicon(stats, { ...OPTS, stems: true });
    assert.equal(lex.stemNode('emphasised')?.key, 'emphasized');
    assert.equal(lex.stemNode('emphasising')?.key, 'emphasized');
    assert.equal(lex.stemNode('underlined')?.key, 'emphasized');
    assert.equal(lex.stemNode('deplores')?.key, 'condemned');
    assert.equal(lex.stemNode('lined'), null);
    const more = buildLexicon({ called: [50, 40, 38], labeled: [10, 6, 5], signaled: [8, 5, 4], asserted: [9, 6, 5] }, { ...OPTS, stems: true });
    assert.equal(more.stemNode('termed')?.key, 'called');
    assert.equal(more.stemNode('terms'), null, 'the noun "terms" is no "called"');
    assert.equal(more.stemNode('labelled')?.key, 'labeled');
    assert.equal(more.stemNode('signalled')?.key, 'signaled');
    assert.equal(more.stemNode('averred')?.key, 'asserted');
  });

  test('an unknown form stands for the known form most often inside a cue', () => {
    const lex = buildLexicon(STATS, { ...OPTS, stems: true });
    const n = lex.stemNode('adds');
    assert.ok(n);
    assert.equal(n.key, 'added');
    assert.equal(n.viaStem, true);
    assert.equal(lex.stemNode('table'), null);
    assert.equal(buildLexicon(STATS, OPTS).stemNode('adds'), null);
  });

  test('the classifier sees a stem match; the rules alone do not take it', () => {
    const text = 'The senator adds that the plan will fail.';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const ctx = buildContext(text, tokens, sentences);
    const lex = buildLexicon(STATS, { ...OPTS, stems: true });
    const seen: string[] = [];
    findCues(ctx, lex, 0, tokens.length, undefined, (m) => seen.push(`${tokens.text(m.start)}=${m.key}`));
    assert.deepEqual(seen, ['adds=added']);
    assert.deepEqual(findCues(ctx, lex, 0, tokens.length), []);
  });

  test('mix keeps small templates and values apart', () => {
    assert.notEqual(mix(2, 2), mix(3, 3));
    assert.notEqual(mix(14, 1), mix(15, 0));
    assert.notEqual(mix(9, 3), mix(10, 0));
  });
});
