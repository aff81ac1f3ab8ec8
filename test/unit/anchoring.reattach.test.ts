import * as assert from 'node:assert/strict';
import { anchorAt } from '../../src/core/annotations/anchor';
import { reanchor } from '../../src/core/annotations/reanchor';
import { reattachCandidates } from '../../src/core/annotations/reattach';

suite('anchoring: re-attach candidates for detached annotations', () => {
  const before = ['The council met on Monday.', 'Smith said the budget was balanced.', 'The mayor disagreed.', 'Smith said the budget was balanced.', 'Nobody else spoke.'].join('\n');
  const after = ['The council met on Monday.', 'Smith said the budget was balanced.', 'The mayor, visibly angry, disagreed loudly.', 'Smith insisted the budget was balanced.', 'Nobody else spoke.'].join('\n');
  const quote = 'the budget was balanced';

  test('an annotation that quote search cannot place is offered every place with its quote, none attached', () => {
    const start = before.indexOf(quote, before.indexOf('disagreed'));
    const detached = reanchor(undefined, after, [anchorAt(before, start, start + quote.length)]).anchors[0];
    assert.equal(detached.state, 'orphan', 'two places with the quote, neither with enough of its context');
    const candidates = reattachCandidates(after, detached);
    assert.deepEqual(candidates.map((c) => c.start).sort((x, y) => x - y), [after.indexOf(quote), after.lastIndexOf(quote)]);
    for (const c of candidates) assert.equal(after.slice(c.start, c.end), quote);
    assert.ok(candidates[0].score >= candidates[candidates.length - 1].score, 'best first');
  });

  test('a quote that is gone has no candidates; one that is back whole has exactly its place', () => {
    const start = before.indexOf('disagreed');
    const anchor = { ...anchorAt(before, start, start + 'disagreed'.length), state: 'orphan' as const };
    assert.deepEqual(reattachCandidates('Nothing of the kind remains.', anchor), []);
    assert.deepEqual(reattachCandidates(before, anchor), [{ start, end: start + 'disagreed'.length, score: 1 }]);
  });
});
