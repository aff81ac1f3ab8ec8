// Source rules of session 13 (attrib13), checked on the rules' own choice (no source ranker), which the ranker's
// candidates and features start from.
import * as assert from 'node:assert';
import { extractClaims } from '../../src/core/claims';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

/** Speaker text of the rules-only claim whose cue is `cue`. */
function ruleSpeaker(text: string, cue: string): string | null {
  const tokens = tokenize(text);
  const claims = extractClaims(text, tokens, splitSentences(text, tokens), { sourceModel: false });
  const hits = claims.filter((c) => c.cue?.text === cue);
  assert.strictEqual(hits.length, 1, `one claim with cue ${cue}: ${JSON.stringify(claims.map((c) => [c.cue?.text, c.text]))}`);
  const sp = hits[0].speakerSpan;
  return sp ? text.slice(sp.start, sp.end) : null;
}

suite('claims: source rules (session 13)', () => {
  test('a psychological-state participle after "be" is no passive: its subject holds the attitude', () => {
    assert.strictEqual(ruleSpeaker('Democratic leaders are worried about emerging from their convention with a divided party.', 'are worried about'), 'Democratic leaders');
    assert.strictEqual(ruleSpeaker('But Mr. Ackman is convinced that Valeant will be a comeback story.', 'is convinced'), 'Mr. Ackman');
  });

  test('"seemed to <verb>" as one cue gives its subject as the source', () => {
    assert.strictEqual(ruleSpeaker('But in late November, Rubio seemed to urge the opposite tactic in a speech to conservative pastors in Iowa.', 'seemed to urge'), 'Rubio');
  });

  test('a participle after ", but X verb …," takes X, the subject of the clause it hangs from', () => {
    const text = "Trump quickly pivoted to talking about trade, but Wallace brought him back to Romney's attacks, asking Trump to share his views on the Klan.";
    assert.strictEqual(ruleSpeaker(text, 'asking'), 'Wallace');
    assert.strictEqual(ruleSpeaker("It's a big if, but Sanders was in San Diego on Tuesday night, emphasizing the state's importance.", 'emphasizing'), 'Sanders');
  });

  test('a final according-to keeps the document\'s author in the source: "according to a report from X"', () => {
    const text = 'Sales of electric cars are now growing 60 percent a year, according to a recent report from Bloomberg New Energy Finance.';
    assert.strictEqual(ruleSpeaker(text, 'according to'), 'a recent report from Bloomberg New Energy Finance');
  });
});
