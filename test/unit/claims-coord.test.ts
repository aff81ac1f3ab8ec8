// A second cue coordinated with a likely one ("told …, and predicted …"): the cue classifier sees how a candidate
// follows the sentence's last candidate with lexicon P ≥ 0.8 (cues.ts coordination), in training and extraction alike.
import * as assert from 'node:assert/strict';
import { buildContext } from '../../src/core/claims/context';
import { coordination, findCues } from '../../src/core/claims/cues';
import { buildLexicon } from '../../src/core/claims/lexicon';
import type { CueStats } from '../../src/core/claims/lexicon';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { claimsOf, claimWith } from './claims-helpers';

const STATS: CueStats = { told: [100, 90, 80], predicted: [40, 12, 10], adding: [30, 20, 18], denied: [30, 25, 20] };
const OPTS = { minProb: 0.1, minCount: 2, minExactProb: 0.02 };

function contextOf(text: string) {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  return { ctx: buildContext(text, tokens, sentences), tokens, sentences };
}

/** The coordination value findCues hands the classifier for each candidate, by candidate text. */
function coordinationsOf(text: string): Record<string, number> {
  const { ctx, tokens, sentences } = contextOf(text);
  const lex = buildLexicon(STATS, OPTS);
  const out: Record<string, number> = {};
  for (const s of sentences) {
    let strongEnd = -1;
    findCues(ctx, lex, s.firstToken, s.endToken, undefined, (m) => {
      out[text.slice(tokens.start(m.start), tokens.end(m.end - 1))] = coordination(ctx, strongEnd, m.start);
      if (lex.prob(m.key)[0] >= 0.8) strongEnd = m.end;
    });
  }
  return out;
}

suite('claims: coordinated cues', () => {
  test('a candidate after "and"/"but", after a comma, or elsewhere after a likely cue; none before one', () => {
    assert.deepEqual(coordinationsOf('She told ABC the talks were cordial, and predicted a deal by May.'), { told: 0, predicted: 1 });
    assert.deepEqual(coordinationsOf('She told ABC the talks were cordial, adding that a deal was near.'), { told: 0, adding: 2 });
    assert.deepEqual(coordinationsOf('She told ABC that analysts predicted a deal.'), { told: 0, predicted: 3 });
    // "predicted" (P 0.3) is no likely cue: what follows it is not coordinated with anything.
    assert.deepEqual(coordinationsOf('Analysts predicted a deal, adding that it was near.'), { predicted: 0, adding: 0 });
  });

  test('the value restarts in every sentence', () => {
    assert.deepEqual(coordinationsOf('She told ABC nothing. Analysts predicted a deal.'), { told: 0, predicted: 0 });
  });

  test('the shipped models give the second, coordinated cue its own claim', () => {
    const cases: [string, string, string][] = [
      ['She told ABC the tone of the meeting was cordial, and predicted viewers would see a different candidate in the fall.', 'viewers would see', 'predicted'],
      ['The senator said the bill would pass easily, adding that several Democrats had signed on.', 'several Democrats', 'adding'],
      ['He denied any wrongdoing in the deal, but conceded the timing looked bad for the campaign.', 'the timing looked bad', 'conceded'],
    ];
    for (const [text, fragment, cue] of cases) {
      const claims = claimsOf(text);
      assert.equal(claimWith(claims, fragment).cue, cue);
      assert.equal(claims.length, 2, JSON.stringify(claims));
    }
  });
});
