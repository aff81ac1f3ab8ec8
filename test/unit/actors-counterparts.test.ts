// "… with his Iranian counterpart Hossein Amir-Abdollahian": a counterpart holds the possessor's office.
import * as assert from 'node:assert/strict';
import type { EntityType } from '../../src/core/types';
import { extractedSpeakers } from './actors-helpers';

const SPEC: readonly (readonly [string, EntityType])[] = [['Omani', 'NORP'], ['Iranian', 'NORP'], ['Badr Al Busaidi', 'PERSON'],
  ['Al Busaidi', 'PERSON'], ['Hossein Amir-Abdollahian', 'PERSON'], ['Amir-Abdollahian', 'PERSON'], ['Sunday', 'DATE']];

suite('actors: a counterpart holds the possessor\'s office', () => {
  test('"his Iranian counterpart X" makes X the Iranian foreign minister a later description names', () => {
    const text = 'Omani Foreign Minister Badr Al Busaidi underlined the need for closer cooperation. ' +
      'Al Busaidi made the remarks in a phone call with his Iranian counterpart Hossein Amir-Abdollahian on Sunday. ' +
      'The two countries will sign several documents soon, according to the Iranian foreign minister.';
    assert.equal(extractedSpeakers(text, SPEC).bySpeakerSpan('the Iranian foreign minister')?.speaker, 'person:hossein-amir-abdollahian');
  });

  test('without the counterpart phrase no office is inferred', () => {
    const text = 'Omani Foreign Minister Badr Al Busaidi underlined the need for closer cooperation. ' +
      'Al Busaidi made the remarks in a phone call with Hossein Amir-Abdollahian on Sunday. ' +
      'The two countries will sign several documents soon, according to the Iranian foreign minister.';
    assert.notEqual(extractedSpeakers(text, SPEC).bySpeakerSpan('the Iranian foreign minister')?.speaker, 'person:hossein-amir-abdollahian');
  });
});
