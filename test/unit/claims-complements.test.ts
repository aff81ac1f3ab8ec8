// Complement candidates (complement-cues.ts): a word the lexicon never proposes, right before "that", "whether",
// "how", "why", "what" or a colon, is a candidate for the cue classifier only, and it changes nothing about the
// lexicon's own candidates.
import * as assert from 'node:assert/strict';
import { buildContext } from '../../src/core/claims/context';
import { findCues } from '../../src/core/claims/cues';
import { complementWord, markerKind } from '../../src/core/claims/complement-cues';
import { buildLexicon } from '../../src/core/claims/lexicon';
import type { CueStats } from '../../src/core/claims/lexicon';
import { WeightTable } from '../../src/core/claims/weight-table';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

const STATS: CueStats = { said: [100, 95, 90], think: [645, 60, 46] };
const OPTS = { minProb: 0.1, minCount: 2, minExactProb: 0.02 };

/** Every candidate findCues hands the trainer, as "text=key" (complement ones marked with a +). */
function candidatesOf(text: string, complements: boolean): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const ctx = buildContext(text, tokens, sentences);
  const lex = buildLexicon(STATS, { ...OPTS, complements });
  const out: string[] = [];
  for (const s of sentences) {
    findCues(ctx, lex, s.firstToken, s.endToken, undefined, (m, feats, complement) => {
      out.push(`${complement ? '+' : ''}${text.slice(tokens.start(m.start), tokens.end(m.end - 1))}=${m.key}:${feats.join(',')}`);
    });
  }
  return out;
}

const names = (cands: readonly string[]): string[] => cands.map((c) => c.slice(0, c.indexOf('=')));

suite('claims: complement candidates', () => {
  test('a word before a complement marker is a candidate; function words and lexicon phrases are not', () => {
    assert.deepEqual(
      names(candidatesOf('Election scholars caution that the race is close, and that it is unclear whether Ohio will vote.', true)),
      ['+caution', '+is unclear'], // widened to the verb group, as a lexicon phrase is
    );
    // "think" (P 0.09 inside a cue) is below the lexicon's thresholds: a complement candidate before "that".
    assert.deepEqual(names(candidatesOf('He said that the senators think that the plan fails.', true)), ['said', '+think']);
    // A lower-case word only; a preposition only before a wh-word ("questions about | how", not "about that").
    assert.deepEqual(names(candidatesOf('Reporters asked questions about how it works, but Trump: no. He spoke about that.', true)), ['+about']);
    // The colon joins the cue, as the lexicon's "said:" does.
    assert.deepEqual(names(candidatesOf('The statement was blunt: the plan is dead.', true)), ['+was blunt:']);
  });

  test('complement candidates are off without the lexicon option, and the lexicon candidates are the same with it', () => {
    const text = 'The senators caution that he said the plan will pass; she is adamant that it will, he said.';
    const on = candidatesOf(text, true);
    assert.deepEqual(names(on), ['+caution', 'said', '+is adamant', 'said']);
    assert.deepEqual(on.filter((c) => !c.startsWith('+')), candidatesOf(text, false));
  });

  test('the rules alone never take one; the classifier takes it only above its threshold', () => {
    const text = 'Election scholars caution that the race is close.';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const ctx = buildContext(text, tokens, sentences);
    const lex = buildLexicon(STATS, { ...OPTS, complements: true });
    assert.deepEqual(findCues(ctx, lex, 0, tokens.length), []);
    const accept = { bias: 50, weights: WeightTable.from({}), threshold: 0 };
    const reject = { bias: -50, weights: WeightTable.from({}), threshold: 0 };
    assert.deepEqual(findCues(ctx, lex, 0, tokens.length, accept).map((m) => m.key), ['caution']);
    assert.deepEqual(findCues(ctx, lex, 0, tokens.length, reject), []);
  });

  test('complement feature ids never meet the lexicon candidates\' (one table holds both classifiers)', () => {
    const cands = candidatesOf('Election scholars caution that the race is close, he said.', true);
    const ids = (c: string): number[] => c.slice(c.indexOf(':') + 1).split(',').map(Number);
    for (const c of cands) {
      for (const id of ids(c)) assert.equal(id >= 2 ** 30, c.startsWith('+'), c);
    }
    assert.deepEqual(names(cands), ['+caution', 'said']);
  });

  test('markers and excluded words', () => {
    assert.deepEqual(['that', 'whether', 'how', 'why', 'what', ':', 'to', 'which'].map(markerKind), [1, 2, 3, 4, 5, 6, 0, 0]);
    assert.deepEqual(['argued', 'and', 'the', 'is', 'he', 'about', 'x'].map(complementWord), [1, 0, 0, 0, 0, 2, 0]);
  });
});
