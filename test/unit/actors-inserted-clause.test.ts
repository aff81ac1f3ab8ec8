// A "he"/"she" opening an adverbial clause set right after a name ("Trump — even as he says …") is that person.
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';

suite('actors: a pronoun opening a clause inserted after a name', () => {
  const spec = [['Ryan Ellis', 'PERSON'], ['Ellis', 'PERSON'], ['Donald Trump', 'PERSON'], ['Trump', 'PERSON']] as const;

  test('"Trump — even as he says …" is Trump, not the speaker of the sentence before', () => {
    const text = 'Donald Trump and Ryan Ellis spoke. Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.” ' +
      'But some note that Trump — even as he says his experience makes him qualified — has offered no details.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('he')?.speaker, 'person:donald-trump');
  });

});
