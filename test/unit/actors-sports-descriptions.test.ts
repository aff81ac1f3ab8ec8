// How sports copy names its people: "The 22-year-old Spaniard", "The 22-time Grand Slam champion" are players the
// story is about or has named, not Spain or the Grand Slam.
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';

suite('actors: descriptions in sports copy', () => {
  test('"The 22-year-old Spaniard, who …," is the person the story is about, not Spain; "An American diplomat" stays no one', () => {
    const text = 'Carlos Alcaraz won the French Open on Sunday, beating Jannik Sinner in five sets. The 22-year-old Spaniard, who ' +
      'saved a match point, described the victory as special. An American diplomat said it was a great match.';
    const r = extractedSpeakers(text, [['Carlos Alcaraz', 'PERSON'], ['Jannik Sinner', 'PERSON'], ['Spaniard', 'MISC'], ['American', 'NORP'],
      ['French Open', 'EVENT']]);
    assert.equal(r.bySpeakerSpan('The 22-year-old Spaniard, who saved a match point,')?.speaker, 'person:carlos-alcaraz');
    assert.equal(r.bySpeakerSpan('An American diplomat')?.speaker, null);
  });

  test('what a champion won or a veteran served in does not speak: "The 22-time Grand Slam champion said" is the player', () => {
    const text = 'Rafael Nadal watched from the stands. The 22-time Grand Slam champion said Alcaraz had everything needed. ' +
      'Rick Perry spoke next. The Air Force veteran also believes that Cruz passes the test.';
    const r = extractedSpeakers(text, [['Rafael Nadal', 'PERSON'], ['Grand Slam', 'MISC'], ['Alcaraz', 'PERSON'], ['Rick Perry', 'PERSON'],
      ['Air Force', 'ORG'], ['Cruz', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('The 22-time Grand Slam champion')?.speaker, 'person:rafael-nadal');
    assert.notEqual(r.bySpeakerSpan('The Air Force veteran')?.speaker, 'org:air-force');
  });
});
