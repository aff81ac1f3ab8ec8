// speakerMentionKind: the hint the actor resolver gets about each speaker mention.
import * as assert from 'node:assert/strict';
import { speakerMentionKind } from '../../src/core/claims';

suite('claims: speaker mention kind', () => {
  test('pronouns', () => {
    for (const m of ['he', 'He', 'she', 'they', 'who', 'It']) assert.equal(speakerMentionKind(m), 'pronoun', m);
  });
  test('descriptions', () => {
    for (const m of ['the top Iranian diplomat', 'The Iraqi advisor', 'officials', 'a spokesman', 'two sources']) {
      assert.equal(speakerMentionKind(m), 'description', m);
    }
  });
  test('names, with or without titles', () => {
    for (const m of ['Amir-Abdollahian', 'al-Araji', 'Iranian Foreign Minister Hussein Amir-Abdollahian', 'Sen. Graham', 'Zidane']) {
      assert.equal(speakerMentionKind(m), 'name', m);
    }
  });
});
