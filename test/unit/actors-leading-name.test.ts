// A speaker span that opens with a name and a comma: the name, not what its apposition names; and a place that closes
// an apposition before "who" stands for the person the apposition describes.
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';

suite('actors: the name that opens a speaker span', () => {
  test('"Norway, the largest donor to the Amazon Fund, said" is Norway', () => {
    const text = 'The Amazon Fund was created in 2008 to pay for forest protection.\n\n' +
      'Norway, the largest donor to the Amazon Fund, said it would release a further $50m.';
    const r = extractedSpeakers(text, [['Amazon Fund', 'ORG'], ['Norway', 'GPE']]);
    assert.equal(r.byCue('said')?.speaker, 'gpe:norway');
  });

  test('"Harry Bond, 30, of Raleigh, N.C., who was among those polled, said" is Harry Bond, not the state', () => {
    const text = 'The poll was taken last week. "Cruz scares me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.';
    const r = extractedSpeakers(text, [['Harry Bond', 'PERSON'], ['Raleigh', 'GPE'], ['N.C.', 'GPE'], ['Cruz', 'PERSON']]);
    assert.equal(r.byCue('said')?.speaker, 'person:harry-bond');
  });
});
