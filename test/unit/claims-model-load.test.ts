// Model loading: the bundle hands WeightTable the weights as parallel arrays (esbuild-models.mjs); the table must
// be the same as from the model file's {id: weight} object.
import * as assert from 'node:assert/strict';
import { WeightTable } from '../../src/core/claims/weight-table';
import MODEL from '../../models/claims-cue-model.json';
import LEXICON from '../../models/claims-lexicon.json';
import type { CueStats } from '../../src/core/claims/lexicon';
import { buildLexicon, CANDIDATE_LEXICON_OPTIONS } from '../../src/core/claims/lexicon';

suite('claims: model loading', () => {
  const weights = (MODEL as unknown as { weights: Record<string, number> }).weights;
  const ids = Object.keys(weights).map(Number);

  test('packed weights give the same table as the object form', () => {
    const fromObject = WeightTable.from(weights);
    const fromPacked = WeightTable.from({ ids, values: ids.map((id) => weights[String(id)]) });
    assert.ok(ids.length > 1000);
    for (const id of ids) assert.equal(fromPacked.get(id), fromObject.get(id));
    for (const id of ids) assert.equal(fromPacked.get(id), Math.fround(weights[String(id)]));
    // Absent ids (neighbours of present ones, so probing passes occupied slots) weigh 0 in both.
    for (const id of ids.slice(0, 500)) if (!(String(id + 1) in weights)) assert.equal(fromPacked.get(id + 1), 0);
  });

  test('a packed table with a wrong weight differs', () => {
    const values = ids.map((id) => weights[String(id)]);
    values[7] += 1;
    assert.notEqual(WeightTable.from({ ids, values }).get(ids[7]), WeightTable.from(weights).get(ids[7]));
  });

  test('packed lexicon statistics give the same lexicon as the object form', () => {
    const stats = (LEXICON as unknown as { phrases: CueStats }).phrases;
    const keys = Object.keys(stats);
    const a = buildLexicon(stats, CANDIDATE_LEXICON_OPTIONS);
    const vocab = [...new Set(keys.flatMap((k) => k.split(' ')))];
    const phraseWords = keys.flatMap((k) => [k.split(' ').length, ...k.split(' ').map((w) => vocab.indexOf(w))]);
    const packed = { keys: keys.join('\n'), counts: keys.flatMap((k) => [...stats[k]]), words: vocab.join('\n'), phraseWords };
    const b = buildLexicon(packed, CANDIDATE_LEXICON_OPTIONS);
    let matched = 0;
    for (const k of keys) {
      const words = k.split(' ');
      const norm = (i: number): string => words[i];
      assert.equal(b.match(norm, 0, words.length), a.match(norm, 0, words.length), k);
      if (a.match(norm, 0, words.length) === words.length) matched++;
      assert.deepEqual(b.prob(k), a.prob(k));
      assert.equal(b.wordId(words[0]) >= 0, a.wordId(words[0]) >= 0);
      assert.equal(b.wordId(words[words.length - 1]) >= 0, a.wordId(words[words.length - 1]) >= 0);
      for (const raw of [words[0], words[0].toUpperCase(), words[0].charAt(0).toUpperCase() + words[0].slice(1)]) {
        assert.equal(b.mayStart(raw), a.mayStart(raw), raw);
      }
    }
    assert.ok(matched > 1000, `${matched} phrases matched whole`);
    assert.deepEqual(b.prob('no such phrase'), [0, 0]);
    assert.equal(a.mayStart('said'), true);
    assert.equal(b.match((i) => ['said', 'that'][i], 0, 2), 1);
  });
});
