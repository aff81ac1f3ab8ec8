// Word-level helpers of the tagger that have a fast path: they must agree with their plain definitions on every
// token of the fixtures (features, and so the shipped model's scores, depend on them bit for bit).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from '../../src/core/entities/hash';
import { WordFeaturizer } from '../../src/core/entities/features';
import { Resources } from '../../src/core/entities/resources';
import {
  A_ASCII, asciiScan, foldWord, hasLetter, isAllCaps, isCapitalized, normalizeToken, shapeHash, wordShape,
} from '../../src/core/entities/word';
import { tokenize } from '../../src/core/text/tokenize';

const FIXTURES = join(__dirname, '../../../test/fixtures');
const words = new Set<string>(['', 'McDonald', 'U.S.', '1996-08-22', 'İstanbul', 'ÉCOLE', 'Ölçek', 'ß', 'ǅemal',
  'abcdefghijklmnopqrstuvwxyz-ABC-123', 'X.X.X.X.X.X.X.X', '\u{1F600}x', 'Ⅻ', 'ＡＢＣ', 'ﬁ', 'IRAN', 'G7', 'iPhone']);
for (const dir of [join(FIXTURES, 'unicode'), FIXTURES]) {
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.txt')) continue;
    for (const t of tokenize(readFileSync(join(dir, f), 'utf8')).texts()) words.add(t);
  }
}

/** isAllCaps as first written: every cased code unit upper case, at least two of them. */
function allCapsReference(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const lo = c.toLowerCase();
    if (lo === c.toUpperCase()) continue;
    if (c === lo) return false;
    letters++;
  }
  return letters >= 2;
}

suite('entities: word helpers', () => {
  test(`shapeHash is hashString(wordShape) and isAllCaps its reference (${words.size} words)`, () => {
    for (const w of words) {
      assert.equal(shapeHash(w), hashString(wordShape(w)), w);
      assert.equal(isAllCaps(w), allCapsReference(w), w);
    }
  });

  test('a word type\'s facts (one-scan ASCII path) equal the string functions', () => {
    const fz = new WordFeaturizer(Resources.empty());
    for (let w of [...words, 'A1', 'a0', 'AB9', 'Ab', 'ab', 'a-B', '12', '0', 'x2019', '``', 'O`Neil', 'it\u2019s']) {
      const info = fz.info(w);
      const m = JSON.stringify(w);
      assert.equal(info.text, normalizeToken(w), m);
      w = info.text; // quotes and dashes normalised
      assert.equal(info.cap, isCapitalized(w), m);
      assert.equal(info.allCaps, isAllCaps(w), m);
      assert.equal(info.letter, hasLetter(w), m);
      assert.equal(info.upper, w.toLowerCase() !== w, m);
      assert.equal(info.digit, /\d/.test(w), m);
      assert.equal(info.lower, hashString(foldWord(w)), m);
      assert.equal(info.shape, shapeHash(w), m);
    }
  });

  test('asciiScan\'s hashes equal the hashes of the strings it spares', () => {
    const hashes = new Int32Array(3);
    let ascii = 0;
    for (const w of [...words, 'A1', 'a0', 'AB9', 'Ab', 'ab', 'a-B', '12', '0', 'x2019', 'ABCDEFabcdef-1-2-3-4-5-6-7']) {
      if (!(asciiScan(w, hashes) & A_ASCII)) continue;
      ascii++;
      assert.deepEqual([...hashes], [hashString(foldWord(w)), hashString(w.toLowerCase()), shapeHash(w)], w);
    }
    assert.ok(ascii > 100);
  });
});
