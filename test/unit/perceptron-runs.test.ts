// The averaged perceptrons the claims models are trained with: seeded orders, and the mean of several runs.
import * as assert from 'node:assert/strict';
import type { BinaryExample } from '../../scripts/binaryPerceptron';
import { averageOfRuns, shuffled, trainAveragedPerceptron } from '../../scripts/binaryPerceptron';

suite('claims training: averaged runs', () => {
  test('a seeded shuffle is a permutation, the same for the same seed and another for another seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const a = shuffled(items, 7);
    assert.deepEqual([...a].sort((x, y) => x - y), items);
    assert.deepEqual(shuffled(items, 7), a);
    assert.notDeepEqual(shuffled(items, 8), a);
    assert.notDeepEqual(a, items);
  });

  test('the runs\' weights are averaged, the first run on the examples\' own order', () => {
    const orders: number[][] = [];
    const mean = averageOfRuns([1, 2, 3], (ordered, first) => {
      orders.push([...ordered]);
      assert.equal(first, orders.length === 1);
      return new Map([[10, orders.length], [20, 2]]);
    });
    assert.deepEqual(orders[0], [1, 2, 3]);
    const n = orders.length;
    assert.equal(mean.get(10), (n * (n + 1)) / 2 / n);
    assert.equal(mean.get(20), 2);
  });

  test('a separable problem is learned: the positive feature weighs up, the negative one down', () => {
    const examples: BinaryExample[] = [];
    for (let i = 0; i < 20; i++) examples.push({ feats: [1, 3], y: 1 }, { feats: [2, 3], y: -1 });
    const model = trainAveragedPerceptron(examples, 3, 0.01);
    assert.ok(model.weights['1'] > 0 && model.weights['2'] < 0, JSON.stringify(model));
  });
});
