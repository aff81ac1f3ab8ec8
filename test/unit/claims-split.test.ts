// Session 16's split decision for nested cues (src/core/claims/split-model.ts), run through the extractor: a cue inside
// an open claim's content that the rules leave inside ("… the claim that Clinton said …") is cut off with a claim of
// its own when the model's score exceeds its threshold, and a cue the rules separate (", and Jones argued …") stays
// inside when the score is at most `keep`. Each test uses a model holding one weight on the feature of how the rules
// separate the cue, so the decision follows from the rules' kind and the thresholds alone.
import * as assert from 'node:assert/strict';
import { mix } from '../../src/core/claims/cue-model';
import { NOT_JUDGED } from '../../src/core/claims/cues';
import type { ExtractOptions, RawClaim } from '../../src/core/claims/extract';
import { extractClaims } from '../../src/core/claims/extract';
import type { Nesting, SplitModel } from '../../src/core/claims/split-model';
import { INSIDE, SEPARATED, shippedSplitModel } from '../../src/core/claims/split-model';
import { WeightTable } from '../../src/core/claims/weight-table';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { SPLIT_KEEP, SPLIT_THRESHOLD } from '../../scripts/train-claims-split';

const NESTED = 'The senator blamed the media for making an issue out of the claim that Clinton said the economy was weak.';
const SEPARABLE = 'Smith said the plan would work, and Jones argued that it would fail.';

/** A split model whose only weight, w, is on "the rules separate the cue this way" (template 322). */
function oneWeight(kind: number, w: number): SplitModel {
  return { bias: 0, threshold: SPLIT_THRESHOLD, keep: SPLIT_KEEP, weights: WeightTable.from({ [mix(322, kind)]: w }) };
}

/** The claims before the filter ("cue | content") and the nestings the extractor saw. */
function extract(text: string, opts: ExtractOptions): { claims: string[]; nested: Nesting[] } {
  const tokens = tokenize(text);
  const span = (s: number, e: number): string => text.slice(tokens.start(s), tokens.end(e - 1));
  let raw: readonly RawClaim[] = [];
  const nested: Nesting[] = [];
  extractClaims(text, tokens, splitSentences(text, tokens), {
    ...opts, claimFilter: false, onRaw: (_ctx, r) => { raw = r.slice(); }, onNested: (_ctx, _outer, n) => nested.push(n),
  });
  return { claims: raw.map((r) => `${r.cue ? span(r.cue.start, r.cue.end) : '-'} | ${span(r.contentStart, r.contentEnd)}`), nested };
}

suite('claims: split decision for nested cues', () => {
  test('the rules leave a cue with no separator before its source inside the outer content', () => {
    const { claims, nested } = extract(NESTED, { splitModel: false });
    assert.deepEqual(claims, ['blamed | the media for making an issue out of the claim that Clinton said the economy was weak']);
    assert.equal(nested.length, 1);
    assert.equal(nested[0].kind, INSIDE);
    assert.equal(nested[0].innerScore, NOT_JUDGED); // "said" is accepted without the classifier
  });

  test('a score above the threshold cuts the outer content before the inner source and makes the inner claim', () => {
    const cut = extract(NESTED, { splitModel: oneWeight(INSIDE, SPLIT_THRESHOLD + 1) }).claims;
    assert.deepEqual(cut, ['blamed | the media for making an issue out of the claim that', 'said | the economy was weak']);
    // At the threshold itself nothing changes.
    assert.deepEqual(extract(NESTED, { splitModel: oneWeight(INSIDE, SPLIT_THRESHOLD) }).claims, extract(NESTED, { splitModel: false }).claims);
  });

  test('the rules cut at a separable cue; a score at or below keep leaves it inside, above keep the cut stands', () => {
    const rules = extract(SEPARABLE, { splitModel: false });
    assert.deepEqual(rules.claims, ['said | the plan would work', 'argued | that it would fail']);
    assert.equal(rules.nested[0].kind, SEPARATED);
    assert.ok(rules.nested[0].innerScore < NOT_JUDGED); // "argued" is judged by the classifier: its score is passed on
    assert.deepEqual(extract(SEPARABLE, { splitModel: oneWeight(SEPARATED, SPLIT_KEEP) }).claims,
      ['said | the plan would work, and Jones argued that it would fail']);
    assert.deepEqual(extract(SEPARABLE, { splitModel: oneWeight(SEPARATED, SPLIT_KEEP + 1) }).claims, rules.claims);
    // A weight on another kind leaves this decision to the bias (0 > keep): the rules' cut.
    assert.deepEqual(extract(SEPARABLE, { splitModel: oneWeight(INSIDE, -10) }).claims, rules.claims);
  });

  test('the shipped model decides with the thresholds the trainer chose', () => {
    const m = shippedSplitModel();
    assert.equal(m.threshold, SPLIT_THRESHOLD);
    assert.equal(m.keep, SPLIT_KEEP);
    assert.ok(m.keep < m.threshold);
    assert.notEqual(m.weights.get(mix(322, INSIDE)), 0, 'the model has learned from the rules\' kinds');
  });
});
