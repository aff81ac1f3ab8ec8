// "Head of the Atomic Energy Organization of Iran (AEOI) Mohammad Eslami … The AEOI chief said": the person heading
// the organisation named, when the text names one; else the organisation.
import * as assert from 'node:assert/strict';
import type { EntityType } from '../../src/core/types';
import { extractedSpeakers } from './actors-helpers';

const SPEC: readonly (readonly [string, EntityType])[] = [['Atomic Energy Organization of Iran', 'ORG'], ['AEOI', 'ORG'],
  ['Mohammad Eslami', 'PERSON'], ['Behrouz Kamalvandi', 'PERSON'], ['Sunday', 'DATE']];

suite('actors: "the <organisation> chief" is the person who heads it', () => {
  test('the one person of the organisation the text names, not its spokesman', () => {
    const text = 'Head of the Atomic Energy Organization of Iran (AEOI) Mohammad Eslami said on Sunday that the program is peaceful. ' +
      'AEOI spokesman Behrouz Kamalvandi said the same. The AEOI chief also rejected claims by Western officials.';
    assert.equal(extractedSpeakers(text, SPEC).bySpeakerSpan('The AEOI chief')?.speaker, 'person:mohammad-eslami');
  });

  test('with no such person named, the organisation speaks', () => {
    const text = 'The Atomic Energy Organization of Iran (AEOI) said on Sunday that the program is peaceful. ' +
      'The AEOI chief also rejected claims by Western officials.';
    assert.equal(extractedSpeakers(text, SPEC).bySpeakerSpan('The AEOI chief')?.speaker, 'org:atomic-energy-organization-of-iran');
  });
});
