import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { packAnalysis, unpackAnalysis, unpackAnalysisInSlices } from '../../src/core/analysisCodec';
import { decodeArticle } from '../../src/core/text/decode';

const FIXTURES = join(__dirname, '../../../test/fixtures');

suite('core: packed analysis (worker → extension host)', function () {
  this.timeout(20000);
  const files = readdirSync(FIXTURES).filter((f) => /\.(txt|news|article)$/.test(f)).map((f) => join(FIXTURES, f));
  for (const file of files) {
    test(`round-trips exactly: ${file.slice(FIXTURES.length + 1)}`, () => {
      const text = decodeArticle(readFileSync(file));
      const analysis = analyzeText(text);
      assert.ok(analysis.entities.length > 0);
      assert.deepEqual(unpackAnalysis(packAnalysis(analysis), text), analysis);
    });
    test(`round-trips in slices, pausing between them: ${file.slice(FIXTURES.length + 1)}`, async () => {
      const text = decodeArticle(readFileSync(file));
      const analysis = analyzeText(text);
      let pauses = 0;
      const unpacked = await unpackAnalysisInSlices(packAnalysis(analysis), text, async () => { pauses++; }, 7);
      assert.deepEqual(unpacked, analysis);
      const records = analysis.entities.length + analysis.claims.length;
      assert.equal(pauses, Math.floor(records / 7), 'the thread is given back every 7 records');
    });
  }
});
