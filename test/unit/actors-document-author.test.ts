// "In a statement, the ministry said … The statement added …": a document speaks for its author.
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';

suite('actors: a document that speaks is its author', () => {
  test('"the statement" after "In a statement, X said" is X', () => {
    const text = 'In a statement, the Iraqi Foreign Ministry said that the visit opened a new chapter. ' +
      'The statement added that Baghdad seeks balanced relations with all its neighbors.';
    const r = extractedSpeakers(text, [['Iraqi Foreign Ministry', 'ORG'], ['Baghdad', 'GPE']]);
    assert.equal(r.bySpeakerSpan('The statement')?.speaker, 'org:iraqi-foreign-ministry');
  });

  test('"the report" after "X issued a report", "a report by X", "X\'s report"', () => {
    const issued = 'The Labor Department on Friday issued a report on jobs. According to the report, workers earned more.';
    assert.equal(extractedSpeakers(issued, [['Labor Department', 'ORG'], ['Friday', 'DATE']]).byCue('According to')?.speaker, 'org:labor-department');
    const by = 'A report released by Human Rights Watch was published on Monday. The report says both sides broke the law.';
    assert.equal(extractedSpeakers(by, [['Human Rights Watch', 'ORG'], ['Monday', 'DATE']]).bySpeakerSpan('The report')?.speaker, 'org:human-rights-watch');
  });

  test('"the report" several sentences after "a joint report by X" is X; a verb that far back ("X reports …") is not', () => {
    const filler = 'Doctors said cases were rising. Nurses said wards were full. Parents said clinics were closed. Teachers said schools were empty. ';
    const far = `Cases rose by a third, according to a joint report by the World Health Organization. ${filler}The report said vaccination had fallen.`;
    assert.equal(extractedSpeakers(far, [['World Health Organization', 'ORG']]).bySpeakerSpan('The report')?.speaker, 'org:world-health-organization');
    const verb = `The Associated Press reports the fuel shortage was caused by a closure. ${filler}The report said 108 people were underground.`;
    assert.equal(extractedSpeakers(verb, [['Associated Press', 'ORG']]).bySpeakerSpan('The report')?.speaker ?? null, null);
  });

  test('"the poll" and "the survey" are one document: "A poll by X … According to the survey" is X', () => {
    const text = 'A poll by the Pew Research Center found that most Americans want rules on AI. According to the survey, support is strongest among older adults. ' +
      'The poll also shows a partisan gap.';
    const r = extractedSpeakers(text, [['Pew Research Center', 'ORG'], ['Americans', 'NORP']]);
    assert.equal(r.byCue('According to')?.speaker, 'org:pew-research-center');
    assert.equal(r.bySpeakerSpan('The poll')?.speaker, 'org:pew-research-center');
  });

  test('a document named inside what someone says is not theirs; no author named, no speaker', () => {
    const text = 'CBS News reported that the letter was sent to the candidate. The letter warned him to withdraw.';
    assert.equal(extractedSpeakers(text, [['CBS News', 'ORG']]).bySpeakerSpan('The letter')?.speaker ?? null, null);
  });

  test('"A statement from the Prime Minister\'s media office said" is whom the issuer names: the prime minister named before', () => {
    const text = 'Prime Minister Mohammed Shia al-Sudani received the delegation. ' +
      'A statement from the Prime Minister\'s media office said al-Sudani stressed Iraq\'s position.';
    const r = extractedSpeakers(text, [['Mohammed Shia al-Sudani', 'PERSON'], ['al-Sudani', 'PERSON'], ['Iraq', 'GPE']]);
    assert.equal(r.bySpeakerSpan('A statement from the Prime Minister\'s media office')?.speaker, 'person:mohammed-shia-al-sudani');
  });
});
