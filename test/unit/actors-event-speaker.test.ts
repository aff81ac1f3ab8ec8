// An event never speaks: "Hurricane Katrina showed that …" read as a claim has no speaker. ("slammed into", the first
// case found, is no cue any more: claims-news-style.test.ts.)
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';

suite('actors: an event is no speaker', () => {
  test('a claim whose source span names only an event has no speaker', () => {
    const text = 'Forecasters tracked Hurricane Katrina all week. Hurricane Katrina showed that the levees of New Orleans were too weak.';
    const r = extractedSpeakers(text, [['Hurricane Katrina', 'EVENT'], ['New Orleans', 'GPE']]);
    const claim = r.byCue('showed');
    assert.ok(claim, r.claims.map((c) => c.text).join(' | '));
    assert.equal(claim.speaker, null);
  });
});
