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

  test('co-speakers ("Clinton and Sanders said") cross with their claims, in order', () => {
    const text = 'Clinton and Sanders said it works. Trump said no.';
    const analysis = {
      entities: [],
      actors: [
        { id: 'p:clinton', name: 'Hillary Clinton', type: 'PERSON' as const, aliases: [], mentions: 1 },
        { id: 'p:sanders', name: 'Bernie Sanders', type: 'PERSON' as const, aliases: [], mentions: 1 },
        { id: 'p:trump', name: 'Donald Trump', type: 'PERSON' as const, aliases: [], mentions: 1 },
      ],
      claims: [
        { start: 25, end: 33, text: 'it works', kind: 'indirect' as const, cue: { start: 20, end: 24, text: 'said' }, speaker: 'p:clinton', speakerSpan: { start: 0, end: 19 }, coSpeakers: ['p:sanders', 'p:trump'] },
        { start: 46, end: 48, text: 'no', kind: 'indirect' as const, cue: { start: 41, end: 45, text: 'said' }, speaker: 'p:trump', speakerSpan: { start: 35, end: 40 } },
      ],
    };
    assert.deepEqual(unpackAnalysis(packAnalysis(analysis), text), analysis);
  });
});
