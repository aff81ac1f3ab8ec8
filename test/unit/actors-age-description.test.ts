// "The 57-year-old scientist says", and the second piece of a quote split by its speaker.
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';

suite('actors: a person described by age; a quote split by its speaker', () => {
  test('"the 57-year-old scientist" is the person the text is about, a subject first', () => {
    const text = 'About 200 protesters gathered outside the arena. Lori Bernstein held up a sign about Donald Trump. ' +
      'The 57-year-old scientist says she does not take such comparisons lightly.';
    const r = extractedSpeakers(text, [['Lori Bernstein', 'PERSON'], ['Donald Trump', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('The 57-year-old scientist')?.speaker, 'person:lori-bernstein');
  });

  test('whom the quote before "said the 46-year-old" names is talked about, in both pieces of the quote', () => {
    const text = 'Melania Trump spoke on Monday night. Donald Trump watched her from a box. ' +
      '“Donald is an amazing leader,” said the 46-year-old. “Now he will go to work for you.”';
    const r = extractedSpeakers(text, [['Melania Trump', 'PERSON'], ['Donald Trump', 'PERSON'], ['Donald', 'PERSON']]);
    const pieces = r.claims.filter((c) => c.speakerSpan !== null && text.slice(c.speakerSpan.start, c.speakerSpan.end) === 'the 46-year-old');
    assert.equal(pieces.length, 2, r.claims.map((c) => c.text).join(' | '));
    assert.deepEqual(pieces.map((c) => c.speaker), ['person:melania-trump', 'person:melania-trump']);
  });

});
