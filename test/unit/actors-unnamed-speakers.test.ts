// Speakers the copy leaves unnamed stay unnamed: a pronoun that goes on with one, and a spokesperson the next
// paragraph does not name.
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';

suite('actors: unnamed speakers', () => {
  test('"A spokeswoman for the authority said … She said …": the pronoun goes on with the unnamed spokeswoman, not the last named woman', () => {
    const text = 'Cotton grower Priya Ramanathan said her family had applied in March. Just 38 per cent of grants have been paid. ' +
      'A spokeswoman for the authority said staff were working as fast as possible. She said the agency had received a record volume of claims.';
    const r = extractedSpeakers(text, [['Priya Ramanathan', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('She')?.speaker, null);
    // A named woman in between, or a definite description that found nobody, leaves the pronoun to the named.
    const named = 'Cotton grower Priya Ramanathan said her family had applied in March. A spokeswoman for the authority said, ' +
      'after Ramanathan spoke, that staff were busy. She said the agency had received a record volume of claims.';
    assert.equal(extractedSpeakers(named, [['Priya Ramanathan', 'PERSON'], ['Ramanathan', 'PERSON']]).bySpeakerSpan('She')?.speaker,
      'person:priya-ramanathan');
    const definite = 'Cotton grower Priya Ramanathan spoke at length. The grower said her family had applied in March. She said ' +
      'the agency had received a record volume of claims.';
    assert.equal(extractedSpeakers(definite, [['Priya Ramanathan', 'PERSON']]).bySpeakerSpan('She')?.speaker, 'person:priya-ramanathan');
  });

  test('"A city spokesperson said …" is not the person the next paragraph introduces as something else', () => {
    const text = 'Ross Eadie called the situation disgraceful. A city spokesperson said the city could not comment on specific files.\n\n' +
      'Josh Brandon, a community animator with the Social Planning Council, says what is happening is far from unique.';
    const r = extractedSpeakers(text, [['Ross Eadie', 'PERSON'], ['Josh Brandon', 'PERSON'], ['Social Planning Council', 'ORG']]);
    assert.equal(r.bySpeakerSpan('A city spokesperson')?.speaker, null);
  });
});
