// PhraseTable: names grouped by their word-type ids, as grouping by the joined text would group them.
import * as assert from 'node:assert/strict';
import { PhraseTable } from '../../src/core/entities/phraseTable';
import { mergeByStart, sortedByStart } from '../../src/core/entities/spanRuns';
import { internWords } from '../../src/core/entities/typeIds';

suite('entities: phrase table and span merging', () => {
  test('equal word sequences share an index, in order of first intern; lengths and first positions kept', () => {
    const words = 'the Iraqi Army and the Iraqi Army and the Iraqi Air Force and Iraqi Army'.split(' ');
    const table = new PhraseTable(internWords(words));
    assert.equal(table.intern(1, 3), 0); // Iraqi Army
    assert.equal(table.intern(5, 7), 0);
    assert.equal(table.intern(9, 12), 1); // Iraqi Air Force
    assert.equal(table.intern(9, 11), 2); // Iraqi Air: a prefix is a phrase of its own
    assert.equal(table.intern(13, 15), 0);
    assert.equal(table.intern(0, 3), 3); // the Iraqi Army
    assert.deepEqual([table.size, table.at, table.len], [4, [1, 9, 9, 0], [2, 3, 2, 3]]);
  });

  test('thousands of phrases get the indices grouping by text gives', () => {
    const ids = Int32Array.from({ length: 20000 }, (_, i) => i % 7919);
    const table = new PhraseTable(ids);
    const seen = new Map<string, number>();
    for (let i = 0; i + 3 <= ids.length; i += 3) {
      const key = Array.from(ids.subarray(i, i + 3)).join(' ');
      const p = table.intern(i, i + 3);
      if (!seen.has(key)) seen.set(key, p);
      assert.equal(p, seen.get(key));
    }
    assert.equal(table.size, seen.size);
  });

  test('merging two sorted lists is the stable sort of both', () => {
    const a = [{ start: 0, end: 1 }, { start: 4, end: 5 }, { start: 4, end: 6 }];
    const b = [{ start: 2, end: 3 }, { start: 4, end: 7 }, { start: 9, end: 9 }];
    assert.deepEqual(mergeByStart(a, b), [...a, ...b].sort((x, y) => x.start - y.start));
    assert.ok(sortedByStart(a) && !sortedByStart([b[1], a[0]]));
  });
});
