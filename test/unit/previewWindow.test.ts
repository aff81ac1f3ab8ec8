import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { previewWindow, shiftAnalysis } from '../../src/core/previewWindow';
import { decodeArticle } from '../../src/core/text/decode';

const SAMPLE = join(__dirname, '../../../test/fixtures/iran-iraq-security-cooperation.news');

suite('core: preview window of a long article', () => {
  const sample = decodeArticle(readFileSync(SAMPLE));
  const long = Array.from({ length: 40 }, () => sample).join('\n');

  test('the window is whole lines, about the asked size, around the centre', () => {
    for (const center of [0, 1234, Math.floor(long.length / 2), long.length - 10, long.length + 50]) {
      const w = previewWindow(long, center, 4000);
      assert.ok(w.start === 0 || long[w.start - 1] === '\n', `starts a line at ${center}`);
      assert.ok(w.end === long.length || long[w.end - 1] === '\n', `ends a line at ${center}`);
      assert.ok(w.end - w.start >= 2000 && w.end - w.start <= 8000, `size ${w.end - w.start}`);
      const c = Math.min(center, long.length);
      assert.ok(w.start <= c && c <= w.end, `contains ${center}`);
    }
  });

  test('a text shorter than the window is taken whole', () => {
    assert.deepEqual(previewWindow(sample, 100, sample.length * 2), { start: 0, end: sample.length });
  });

  test('a single line longer than the window is cut at most at twice the size', () => {
    const line = 'word '.repeat(5000);
    const w = previewWindow(line, 12000, 1000);
    assert.ok(w.end - w.start <= 2000 && w.end > w.start);
  });

  test('shifted entities and claims point at the same text in the whole article', () => {
    const w = previewWindow(long, Math.floor(long.length / 2), 6000);
    const shifted = shiftAnalysis(analyzeText(long.slice(w.start, w.end)), w.start);
    assert.ok(shifted.entities.length > 10 && shifted.claims.length > 0);
    for (const e of shifted.entities) assert.equal(long.slice(e.start, e.end), e.text);
    for (const c of shifted.claims) {
      assert.equal(long.slice(c.start, c.end), c.text);
      if (c.cue) assert.equal(long.slice(c.cue.start, c.cue.end), c.cue.text);
      if (c.speakerSpan) assert.ok(c.speakerSpan.start >= w.start && c.speakerSpan.end <= w.end);
    }
  });
});
