// Fuzzy actor search for quick picks.
import * as assert from 'node:assert/strict';
import type { Actor } from '../../src/core/types';
import { searchActors } from '../../src/core/actors';

const actor = (id: string, name: string, aliases: string[], mentions: number): Actor => ({ id, name, type: 'PERSON', aliases, mentions });
const ACTORS: Actor[] = [
  actor('person:hussein-amir-abdollahian', 'Hussein Amir-Abdollahian', ['Amir-Abdollahian'], 5),
  actor('person:qassim-al-araji', 'Qassim al-Araji', ['al-Araji'], 2),
  actor('person:jose-marti', 'José Martí', [], 1),
  actor('org:constructor', 'constructor', [], 1),
];

suite('actors: search', () => {
  test('prefix of a name word ranks first; misspellings still find the actor', () => {
    assert.equal(searchActors(ACTORS, 'amir')[0].actor.id, 'person:hussein-amir-abdollahian');
    assert.equal(searchActors(ACTORS, 'Abdolahian')[0].actor.id, 'person:hussein-amir-abdollahian');
    assert.equal(searchActors(ACTORS, 'araji')[0].actor.id, 'person:qassim-al-araji');
  });

  test('accents and case do not matter; odd names are ordinary', () => {
    assert.equal(searchActors(ACTORS, 'jose marti')[0].actor.id, 'person:jose-marti');
    assert.equal(searchActors(ACTORS, 'CONSTRUCTOR')[0].actor.id, 'org:constructor');
  });

  test('an empty query lists actors by mentions', () => {
    assert.deepEqual(searchActors(ACTORS, '').map((m) => m.actor.mentions), [5, 2, 1, 1]);
    assert.equal(searchActors(ACTORS, 'zzzzqqq').length, 0);
  });
});
