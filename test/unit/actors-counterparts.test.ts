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

  test('"Speaker of the Iranian Parliament X" is the Iranian parliament speaker, and his Iraqi counterpart the Iraqi one', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Iranian', 'NORP'], ['Mohammad Baqer Qalibaf', 'PERSON'], ['Iraqi', 'NORP'],
      ['Mohammed al-Halbousi', 'PERSON'], ['Tehran', 'GPE'], ['Qalibaf', 'PERSON'], ['US', 'GPE'], ['Iraqi', 'NORP'], ['Iran', 'GPE']];
    const text = 'Speaker of the Iranian Parliament Mohammad Baqer Qalibaf has met with his Iraqi counterpart Mohammed al-Halbousi in Tehran. ' +
      'Qalibaf pointed to the bonds between the two nations. ' +
      'The Iranian parliament speaker also referred to the US military presence in the region. ' +
      'The Iraqi parliament speaker went on to say that his country seeks to boost cooperation with Iran.';
    const claims = extractedSpeakers(text, spec);
    assert.equal(claims.bySpeakerSpan('The Iranian parliament speaker')?.speaker, 'person:mohammad-baqer-qalibaf');
    assert.equal(claims.bySpeakerSpan('The Iraqi parliament speaker')?.speaker, 'person:mohammed-al-halbousi');
  });

  test('"In a call with his Iranian counterpart X, Al Busaidi …": the possessor may be the subject after the opening phrase', () => {
    const text = 'Omani Foreign Minister Badr Al Busaidi spoke on Sunday. ' +
      'In a phone call with his Iranian counterpart Hossein Amir-Abdollahian on Sunday, Al Busaidi praised the talks. ' +
      'The two countries will sign several documents soon, according to the Iranian foreign minister.';
    assert.equal(extractedSpeakers(text, SPEC).bySpeakerSpan('the Iranian foreign minister')?.speaker, 'person:hossein-amir-abdollahian');
  });

  test('"Iran\'s ambassador to Baghdad X" is an ambassador, and an ambassador is the envoy a later description names', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Iran', 'GPE'], ['Baghdad', 'GPE'], ['Mohammad Kazem Al-e Sadeq', 'PERSON'],
      ['Al-e Sadeq', 'PERSON'], ['Iranian', 'NORP'], ['Sunday', 'DATE']];
    const text = "Hussein met Iran's ambassador to Baghdad Mohammad Kazem Al-e Sadeq on Sunday. Al-e Sadeq welcomed the steps. " +
      'The Iranian envoy warned that some groups were still active.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('The Iranian envoy')?.speaker, 'person:mohammad-kazem-al-e-sadeq');
  });

  test('"his Omani counterpart X" is of Oman: "the Omani foreign minister" finds him sentences later', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Iranian', 'NORP'], ['Hossein Kazemabadi', 'PERSON'], ['Omani', 'NORP'],
      ['Salim bin Hamad Al-Rawahi', 'PERSON'], ['Kazemabadi', 'PERSON'], ['Tehran', 'GPE'], ['Muscat', 'GPE'], ['Persian Gulf', 'LOC'], ['Iran', 'GPE']];
    const text = 'Iranian Foreign Minister Hossein Kazemabadi and his Omani counterpart Salim bin Hamad Al-Rawahi spoke by phone on Monday. ' +
      'Kazemabadi said that Tehran values its ties with Muscat. He said foreign forces bring tension. He added that dialogue was the way. ' +
      'Kazemabadi said the Persian Gulf needs calm. He expressed hope for new agreements. ' +
      'For his part, the Omani foreign minister praised Iran\'s constructive role in the region.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('the Omani foreign minister')?.speaker, 'person:salim-bin-hamad-al-rawahi');
  });

  test('"UN Deputy Special Envoy for Syria Henrik Lindqvist": an envoy for a country serves there; the title is his', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Faisal al-Moqdad', 'PERSON'], ['UN', 'ORG'], ['Syria', 'GPE'],
      ['Henrik Lindqvist', 'PERSON'], ['Lindqvist', 'PERSON'], ['Al-Moqdad', 'PERSON']];
    const text = 'Foreign Minister Faisal al-Moqdad received UN Deputy Special Envoy for Syria Henrik Lindqvist. Al-Moqdad said the sanctions ' +
      'must end. Lindqvist expressed readiness to help. The deputy envoy added that funding was short.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('The deputy envoy')?.speaker, 'person:henrik-lindqvist');
  });

  test('"Minister of Water Resources and Irrigation of Kazakhstan X": a minister of Kazakhstan, whom "the minister" finds', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Bakhtiyor Saidov', 'PERSON'], ['Uzbekistan', 'GPE'], ['Kazakhstan', 'GPE'],
      ['Nurzhan Nurzhigitov', 'PERSON']];
    const text = 'Foreign Minister of Uzbekistan Bakhtiyor Saidov said Tashkent was ready. ' +
      'Earlier, Minister of Water Resources and Irrigation of Kazakhstan Nurzhan Nurzhigitov told reporters that the situation remains tense. ' +
      '"The inflow is 20 percent lower," the minister said.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('the minister')?.speaker, 'person:nurzhan-nurzhigitov');
  });

  test('"the Iranian Ambassador to Baghdad, X," gives X the title and Iran (the posting is not his country)', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Fuad Hussein', 'PERSON'], ['Baghdad', 'GPE'], ['Mohammad Kazem Al-e Sadegh', 'PERSON'],
      ['Faisal bin Farhan', 'PERSON'], ['Saudi', 'NORP'], ['Hussein', 'PERSON'], ['Basim al-Awadi', 'PERSON']];
    const text = 'Minister of Foreign Affairs, Fuad Hussein, received on Sunday the Iranian Ambassador to Baghdad, Mohammad Kazem Al-e Sadegh, ' +
      'and discussed relations. For his part, the Iranian Ambassador said Iran supports Iraq. The envoy conveyed the greetings of Saudi ' +
      'Foreign Minister Faisal bin Farhan. Hussein said Baghdad will mediate. Government spokesman Basim al-Awadi said the talks went well. ' +
      'He said a committee was formed. He added that visits would follow. He noted that trade was rising. ' +
      'The Iraqi Foreign Minister had announced that Baghdad would host a conference.';
    const r = extractedSpeakers(text, spec);
    assert.equal(r.bySpeakerSpan('the Iranian Ambassador')?.speaker, 'person:mohammad-kazem-al-e-sadegh');
  });
});
