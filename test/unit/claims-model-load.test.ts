// Model loading: the bundle hands WeightTable the weights as parallel arrays (esbuild-models.mjs); the table must
// be the same as from the model file's {id: weight} object.
import * as assert from 'node:assert/strict';
import { WeightTable } from '../../src/core/claims/cue-model';
import MODEL from '../../models/claims-cue-model.json';

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
});
