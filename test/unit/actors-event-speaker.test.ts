// An event never speaks: "Hurricane Katrina slammed into southeast Florida" read as "slammed" (criticised) has no speaker.
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';

suite('actors: an event is no speaker', () => {
  test('a claim whose source span names only an event has no speaker', () => {
    const text = 'Forecasters tracked Hurricane Katrina all week. Hurricane Katrina slammed into southeast Florida Thursday, leaving at least seven people dead.';
    const r = extractedSpeakers(text, [['Hurricane Katrina', 'EVENT'], ['Florida', 'GPE'], ['Thursday', 'DATE']]);
    const claim = r.byCue('slammed');
    assert.ok(claim, r.claims.map((c) => c.text).join(' | '));
    assert.equal(claim.speaker, null);
  });
});
