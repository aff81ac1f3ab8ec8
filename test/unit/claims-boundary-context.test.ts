// Session 15's boundary features. The content-start model sees word classes (templates 15, 16: the class pair at the
// candidate, the cue × the candidate's class), so a weight learned on one "noun + preposition | the" moves starts
// after words it never saw. The content-end model sees what follows a candidate up to the next break (templates 20,
// 21: how far it is, and the word after it), so a comma that opens a parenthetical ("Kasich, the governor there,
// has …") differs from one whose segment runs to the clause end ("Khan, the father of a slain soldier."). Each test
// uses a model holding only the new weight and checks the fast path against the trainer's features.
import * as assert from 'node:assert/strict';
import type { DocContext } from '../../src/core/claims/context';
import { buildContext } from '../../src/core/claims/context';
import { cls, hashString, mix, wordHash } from '../../src/core/claims/cue-model';
import type { EndModel } from '../../src/core/claims/end-model';
import { modelContentEnd, nextBreak, scanEnds, scoreEnd } from '../../src/core/claims/end-model';
import type { StartModel } from '../../src/core/claims/start-model';
import { modelContentStart } from '../../src/core/claims/start-model';
import { WeightTable } from '../../src/core/claims/weight-table';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { referenceStart } from './claims-reference';

function contextOf(text: string): { ctx: DocContext; hi: number; at: (word: string) => number } {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const ctx = buildContext(text, tokens, sentences);
  const at = (word: string): number => {
    for (let k = 0; k < tokens.length; k++) if (tokens.text(k) === word) return k;
    throw new Error(`no token ${word}`);
  };
  return { ctx, hi: sentences[0].endToken, at };
}

/** The content after `cue` (one word) by the start model, from the fast path, checked against the reference over
 * scanStarts. */
function startAfter(text: string, cue: string, model: StartModel): string {
  const { ctx, hi, at } = contextOf(text);
  const j = at(cue) + 1;
  const key = hashString(cue);
  const slow = referenceStart(ctx, model, key, j, hi, j);
  const fast = modelContentStart(ctx, model, key, j, hi, j);
  assert.equal(fast, slow);
  return text.slice(ctx.tokens.start(fast));
}

/** The content from `from` to where the end model cuts it, from the fast path, checked against scanEnds. */
function endFrom(text: string, from: string, model: EndModel): string {
  const { ctx, hi, at } = contextOf(text);
  const s = at(from);
  const fast = modelContentEnd(ctx, model, 'said', s, hi, hi);
  const slow = scanEnds(ctx, hashString('said'), s, hi, hi, (_k, f) => scoreEnd(model, f) > model.threshold);
  assert.equal(fast, slow);
  return text.slice(ctx.tokens.start(s), ctx.tokens.end(fast - 1));
}

suite('claims: boundary context (word classes at the start, the next break at the end)', () => {
  test('one weight on the class pair (lower-case word, "the") moves the start past two different nouns and prepositions', () => {
    const { ctx, at } = contextOf('note about the');
    const pair = mix(mix(15, cls(ctx, at('about'), 0, 3)), cls(ctx, at('the'), 0, 3));
    const model: StartModel = { bias: 0, margin: 1, weights: WeightTable.from({ [String(pair)]: 3 }) };
    assert.equal(startAfter('The governor sounded a cautious note about the jobs report.', 'sounded', model), 'the jobs report.');
    assert.equal(startAfter('The mayor voiced a mild worry over the new tariffs.', 'voiced', model), 'the new tariffs.');
    // A capitalised word after the preposition is another class: the rule's start stays.
    assert.equal(startAfter('The mayor voiced a mild worry over Ottawa tariffs.', 'voiced', model), 'a mild worry over Ottawa tariffs.');
  });

  test('one weight on the cue × the candidate\'s class moves the start to a name after that cue only', () => {
    const { ctx, at } = contextOf('Quixley');
    const capital = cls(ctx, at('Quixley'), 0, 1);
    const model: StartModel = { bias: 0, margin: 1, weights: WeightTable.from({ [String(mix(mix(16, hashString('thanked')), capital))]: 3 }) };
    assert.equal(startAfter('She thanked the voters of Quixley County.', 'thanked', model), 'Quixley County.');
    assert.equal(startAfter('She praised the voters of Quixley County.', 'praised', model), 'the voters of Quixley County.');
  });

  test('nextBreak finds the next comma, dash, colon or parenthesis outside quotes, else the clause end', () => {
    const { ctx, hi, at } = contextOf('He said the plan “as written, today” would fail, and then left: badly.');
    assert.equal(nextBreak(ctx, at('plan'), hi), at('and') - 1); // the comma inside the quote is skipped
    assert.equal(nextBreak(ctx, at('and'), hi), at('badly') - 1);
    assert.equal(nextBreak(ctx, at('badly'), hi), hi);
  });

  test('one weight on (",", no break before the clause end) cuts a trailing apposition, and a parenthetical only at its close', () => {
    const { ctx, hi } = contextOf('x');
    const toEnd = mix(mix(21, hashString(',') | 0 || 1), wordHash(ctx, hi + 1, 0, hi));
    const model: EndModel = { bias: 0, threshold: 1, weights: WeightTable.from({ [String(toEnd)]: 2 }) };
    assert.equal(endFrom('He said remarks about Khizr Khan, the father of a slain soldier.', 'remarks', model), 'remarks about Khizr Khan');
    assert.equal(endFrom('He said that John Kasich, the governor there, has a small lead.', 'that', model),
      'that John Kasich, the governor there');
  });

  test('one weight on (",", a break two tokens on) cuts before a short aside only', () => {
    const near = mix(mix(20, hashString(',') | 0 || 1), 2);
    const model: EndModel = { bias: 0, threshold: 1, weights: WeightTable.from({ [String(near)]: 2 }) };
    assert.equal(endFrom('He said the plan, however, would pass.', 'the', model), 'the plan');
    assert.equal(endFrom('He said the plan, which was drafted last year, would pass.', 'the', model),
      'the plan, which was drafted last year, would pass.');
  });
});
