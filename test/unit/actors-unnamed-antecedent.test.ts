// A definite description that takes up an indefinite one just before it names no one.
import * as assert from 'node:assert/strict';
import { unnamedAntecedent } from '../../src/core/actors/unnamedAntecedent';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { extractedSpeakers, group, tagAll } from './actors-helpers';

function antecedent(text: string, head: string): boolean {
  const sentences = splitSentences(text, tokenize(text));
  const pos = text.lastIndexOf(`the ${head}`);
  const sentence = sentences.findIndex((s) => s.start <= pos && pos < s.end);
  return unnamedAntecedent(text, sentences, pos, sentence, head);
}

suite('actors: an unnamed antecedent of "the commission", "the official"', () => {
  test('"a New Hampshire ballot commission … the commission" is that unnamed body, not the board named before', () => {
    const text = 'The Illinois Board of Elections ruled first. But a New Hampshire ballot commission was more tentative. ' +
      'In rejecting the challenge, the commission said a court should decide.';
    const g = group(text, tagAll(text, [['Illinois Board of Elections', 'ORG'], ['New Hampshire', 'GPE']]));
    assert.equal(g.speakerOf('the commission'), null);
  });

  test('"A senior official … told Reuters. The official said …" is that unnamed official, not the person the next sentence names', () => {
    const text = 'A senior Iranian official, who spoke on condition of anonymity, told Reuters that Tehran had sent a message through Oman. ' +
      'The official said the message contained clear proposals. ' +
      'Supreme Leader Ayatollah Ali Khamenei has said negotiations are not wise.';
    const claims = extractedSpeakers(text, [['Iranian', 'NORP'], ['Reuters', 'ORG'], ['Tehran', 'GPE'], ['Oman', 'GPE'], ['Ali Khamenei', 'PERSON']]);
    assert.equal(claims.bySpeakerSpan('The official')?.speaker, null);
    assert.equal(claims.bySpeakerSpan('Supreme Leader Ayatollah Ali Khamenei')?.speaker, 'person:ali-khamenei');
  });

  test('"…," an Israeli official told Reuters. The official added …": an irregular speech verb ends the noun phrase too', () => {
    const text = 'Hamas official Basem Naim said that Benjamin Netanyahu blocked a deal. ' +
      '"We will not agree to it," an Israeli official told Reuters. The official, who declined to be named, added that Israel had made concessions.';
    const claims = extractedSpeakers(text, [['Hamas', 'ORG'], ['Basem Naim', 'PERSON'], ['Benjamin Netanyahu', 'PERSON'], ['Israeli', 'NORP'],
      ['Reuters', 'ORG'], ['Israel', 'GPE']]);
    const official = claims.bySpeakerSpan('The official, who declined to be named,');
    assert.ok(official, 'a claim by "The official"');
    assert.equal(official.speaker, null);
  });

  test('no antecedent where the head only modifies or ends another phrase, or a name follows in apposition', () => {
    assert.equal(antecedent('A federal judge ruled on Monday. Later the judge said more.', 'judge'), true);
    assert.equal(antecedent('An official familiar with the case spoke. Then the official said more.', 'official'), true);
    assert.equal(antecedent('A military statement says 20 died. Then the military said more.', 'military'), false);
    assert.equal(antecedent('Half a dozen of the party leaders agreed. Then the party said more.', 'party'), false);
    assert.equal(antecedent('A federal judge, John Smith, ruled. Then the judge said more.', 'judge'), false);
    assert.equal(antecedent('A contributor with the company spoke. Then the company said more.', 'company'), false);
  });

  test('the article, its modifiers and the head are read as words: at most four between, the head a whole word', () => {
    assert.equal(antecedent('It went to (a state ballot commission) first. Then the commission said more.', 'commission'), true);
    assert.equal(antecedent('An angry new state ballot commission ruled. Then the commission said more.', 'commission'), true);
    assert.equal(antecedent('A very angry new state ballot commission ruled. Then the commission said more.', 'commission'), false);
    assert.equal(antecedent('A state subcommission ruled. Then the commission said more.', 'commission'), false);
    assert.equal(antecedent('A commission’s staff met. Then the commission said more.', 'commission'), false);
    assert.equal(antecedent('Area 2016 commission members met. Then the commission said more.', 'commission'), false);
    assert.equal(antecedent('Iran commission members met. Then the commission said more.', 'commission'), false);
  });

  test('"According to a senior defense official, … The official said", "One official, who asked not to be named, …": the unnamed official', () => {
    const text = 'Pentagon press secretary Alan Kessler said the strikes were lawful. According to a senior defense official, the review ' +
      'began last week. The official said the department was reviewing operations. Opposition leader Yair Golan criticised the plan. ' +
      'One official, who asked not to be named, said the talks were stuck. The official said Israel would insist on freedom of action.';
    const r = extractedSpeakers(text, [['Alan Kessler', 'PERSON'], ['Pentagon', 'ORG'], ['Yair Golan', 'PERSON'], ['Israel', 'GPE']]);
    const said = r.claims.filter((c) => text.slice(c.speakerSpan?.start, c.speakerSpan?.end) === 'The official');
    assert.equal(said.length, 2);
    assert.deepEqual(said.map((c) => c.speaker), [null, null]);
  });
});
