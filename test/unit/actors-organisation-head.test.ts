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

  test('a leader named just before, with a leading role and no other organisation, is the organisation\'s head', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Yair Lapid', 'PERSON'], ['Yesh Atid', 'ORG'], ['Benjamin Netanyahu', 'PERSON'],
      ['Li Gun', 'PERSON'], ['United Nations', 'ORG'], ['Monday', 'DATE']];
    const text = 'Benjamin Netanyahu spoke on Monday. Opposition leader Yair Lapid accused the coalition of failing. ' +
      'The Yesh Atid chairman told reporters that the prime minister was afraid.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('The Yesh Atid chairman')?.speaker, 'person:yair-lapid');
    // Someone named with no leading role does not become a body's chief.
    const other = 'A senior diplomat, Li Gun, repeated the refusal on Monday. The United Nations anti-drug chief said the trade was growing.';
    assert.equal(extractedSpeakers(other, spec).bySpeakerSpan('The United Nations anti-drug chief')?.speaker, 'org:united-nations');
    // A former president heads a state, not the group named.
    const president = 'Former president Li Gun registered to run on Monday. The United Nations anti-drug chief said the trade was growing.';
    assert.equal(extractedSpeakers(president, spec).bySpeakerSpan('The United Nations anti-drug chief')?.speaker, 'org:united-nations');
  });

  test('"Bank of England Governor Andrew Bailey said": the one titled and named after an organisation\'s name with "of"', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Bank of England', 'ORG'], ['Andrew Bailey', 'PERSON'],
      ['Cindy Woodhouse Nepinak', 'PERSON'], ['John Smith', 'PERSON'], ['Girija Prasad Koirala', 'PERSON']];
    const text = 'Bank of England Governor Andrew Bailey said rates would fall. Assembly of First Nations National Chief Cindy ' +
      'Woodhouse Nepinak said no one was consulted. Supporters of Governor John Smith said he would win. The government of ' +
      'interim Prime Minister Girija Prasad Koirala said it would talk.';
    const s = extractedSpeakers(text, spec);
    assert.equal(s.bySpeakerSpan('Bank of England Governor Andrew Bailey')?.speaker, 'person:andrew-bailey');
    assert.equal(s.bySpeakerSpan('Assembly of First Nations National Chief Cindy Woodhouse Nepinak')?.speaker, 'person:cindy-woodhouse-nepinak');
    assert.notEqual(s.bySpeakerSpan('Supporters of Governor John Smith')?.speaker, 'person:john-smith');
    assert.notEqual(s.bySpeakerSpan('The government of interim Prime Minister Girija Prasad Koirala')?.speaker, 'person:girija-prasad-koirala');
  });

  test('"Ministry of Defence spokesman Hassan Abdul Ghani said": a lower-case title before the name too', () => {
    const text = 'Ministry of Defence spokesman Hassan Abdul Ghani said army units had neutralised the attackers.';
    const s = extractedSpeakers(text, [['Ministry of Defence', 'ORG'], ['Hassan Abdul Ghani', 'PERSON']]);
    assert.equal(s.bySpeakerSpan('Ministry of Defence spokesman Hassan Abdul Ghani')?.speaker, 'person:hassan-abdul-ghani');
  });

  test('"the head of the Fatah Alliance said" after "The head of the Fatah Alliance, Hadi al-Amiri, said": the same person', () => {
    const text = 'The head of the Fatah Alliance, Hadi al-Amiri, said the vote would go ahead. "We are ready," the head of the Fatah Alliance said.';
    const s = extractedSpeakers(text, [['Fatah Alliance', 'ORG'], ['Hadi al-Amiri', 'PERSON']]);
    assert.equal(s.bySpeakerSpan('the head of the Fatah Alliance')?.speaker, 'person:hadi-al-amiri');
  });

  test('who is named in a participle aside or after "consulted by" only modifies; allies are not their leader', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['EFE', 'ORG'], ['Hôtel Matignon', 'LOC'], ['EU', 'ORG'], ['Calloway', 'PERSON'],
      ['Teresa Calloway', 'PERSON']];
    const text = 'Teresa Calloway filed the bill. Economists consulted by EFE said the impact was unclear. The new Prime Minister, speaking ' +
      'on the steps of the Hôtel Matignon, said he was aware of the task. The Dutch foreign minister, speaking on behalf of the EU presidency, ' +
      'called for fresh elections. Calloway\'s allies say she is not bluffing.';
    const s = extractedSpeakers(text, spec);
    assert.equal(s.bySpeakerSpan('Economists consulted by EFE')?.speaker, null);
    assert.notEqual(s.byCue('said')?.speaker, 'loc:hotel-matignon');
    assert.equal(s.claims.find((c) => c.text.includes('aware of the task'))?.speaker ?? null, null);
    assert.equal(s.byCue('called for')?.speaker, 'org:eu');
    assert.equal(s.bySpeakerSpan('Calloway\'s allies')?.speaker, null);
  });
});
