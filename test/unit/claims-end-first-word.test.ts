// The content-end model sees the content's first word with each boundary candidate (template 19): a clause ("that
// he …") keeps a trailing adjunct more often than a noun phrase ("the topic | at Harvard"). A model holding only
// that weight must cut one content and not the other, the same in the trainer's features and the fast path.
import * as assert from 'node:assert/strict';
import { buildContext } from '../../src/core/claims/context';
import { hashString, mix } from '../../src/core/claims/cue-model';
import { WeightTable } from '../../src/core/claims/weight-table';
import type { EndModel } from '../../src/core/claims/end-model';
import { modelContentEnd, scanEnds, scoreEnd } from '../../src/core/claims/end-model';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

const id = (first: string, candidate: string): number => mix(mix(19, hashString(first) | 0 || 1), hashString(candidate) | 0 || 1);

function endOf(text: string, from: string, model: EndModel): string {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const ctx = buildContext(text, tokens, sentences);
  let s = 0;
  while (tokens.text(s) !== from) s++;
  const hi = sentences[0].endToken;
  const fast = modelContentEnd(ctx, model, 'lectured on', s, hi, hi);
  const slow = scanEnds(ctx, hashString('lectured on'), s, hi, hi, (_k, f) => scoreEnd(model, f) > model.threshold);
  assert.equal(fast, slow);
  return text.slice(tokens.start(s), tokens.end(fast - 1));
}

suite('claims: content-end model, the content\'s first word', () => {
  test('a weight on (first word "the", candidate "at") cuts "the topic | at Harvard" but not "that … at Harvard"', () => {
    const model: EndModel = { bias: 0, threshold: 1, weights: WeightTable.from({ [String(id('the', 'at'))]: 2 }) };
    assert.equal(endOf('He lectured on the topic at Harvard Law School.', 'the', model), 'the topic');
    assert.equal(endOf('He said that rates will rise at Harvard Law School.', 'that', model), 'that rates will rise at Harvard Law School.');
  });
});
