// Claim rules of session 42.
import * as assert from 'node:assert';
import { findQuotes } from '../../src/core/claims/quotes';
import { claimsOf } from './claims-helpers';

suite('claims: rules (session 42)', () => {
  test('a quote signed by a dash glued to its closing mark ("…”― Name") is the signer\'s, a full stop after the name too', () => {
    const text = 'Voices\n\n“During the debate Trump said Hispanics live in hell. He is ignorant of our culture.”― Pamela Padilla\n' +
      '“Trump must stop portraying Latinos as dangerous gangsters.”― Carla Sanchez.\n';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.kind, c.cue, c.speaker]), [
      ['direct', '―', 'Pamela Padilla'], ['direct', '―', 'Carla Sanchez']]);
  });

  test('a right double mark opens a quote at a line\'s start or after a space when another closes it on the line', () => {
    const text = '”Mr. Trump embodies the legacy of racism.” ― Sonya Herridge\nShe wrote ”Fear is real” in her reply. It was 5” wide.';
    assert.deepStrictEqual(findQuotes(text).map((q) => text.slice(q.start, q.end)), [
      '”Mr. Trump embodies the legacy of racism.”', '”Fear is real”']);
  });

  test('"…, the airline and police said.": a coordination of common nouns after the clause\'s comma is the whole source', () => {
    const text = 'Jet lands\n\nA flight made an emergency landing on Thursday, the airline and police said. Two people were hurt, ' +
      'officials and witnesses said. The plane landed, and police said two people were hurt.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.speaker]), [
      ['A flight made an emergency landing on Thursday', 'the airline and police'], ['Two people were hurt', 'officials and witnesses'],
      ['two people were hurt', 'police']]);
  });

  test('a passive cue\'s "by" before a deadline ("by the end of June", "by next week") names no agent', () => {
    const text = 'Court\n\nA decision is expected by the end of June. A ruling is expected by next week. The plan was criticized by Democrats.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.speaker]), [
      ['A decision', null], ['A ruling', null], ['The plan', 'Democrats']]);
  });

  test('no cue: a comparison\'s "as expected" ("twice as fast as expected"), a tournament\'s "seed"', () => {
    const text = 'Oxygen\n\nCoastal waters are losing oxygen twice as fast as expected, the study found.\n\nKoval, who beat the 12th ' +
      'seed Naomi Whitfield in three sets, said reaching the last eight felt like a dream.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text]), [
      ['found', 'Coastal waters are losing oxygen twice as fast as expected'], ['said', 'reaching the last eight felt like a dream']]);
  });

  test('"Sophie, 9, had a simple verdict: “…”": the subject of the verb that has or gives the message before a colon speaks', () => {
    const text = 'Shop\n\nSophie, 9, had a simple verdict: "It is the best shop in the world."\n\nThe mayor had a simple message: ' +
      '"Come back soon."\n\nRepublicans have two main questions: how the data got out, and who sent it.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.speaker), ['Sophie, 9,', 'The mayor', 'Republicans']);
  });

  test('"contend" and "maintain" before "that" are cues where the classifier never saw them', () => {
    const text = 'Ballot\n\nSupporters contend that this year\'s version is narrower. The company maintains that it did nothing wrong.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.speaker]), [['contend', 'Supporters'], ['maintains', 'The company']]);
  });

  test('"Prop. 31", "Art. 5": an abbreviation of what is numbered ends no sentence before its number', () => {
    const text = 'Poll\n\nThe governor said Prop. 31 would hurt renters. Art. 5 applies, the court said.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text), ['Prop. 31 would hurt renters', 'Art. 5 applies']);
  });

  test('"…, a figure the Wardell campaign called “fantasy math.”" after another cue in the sentence is the campaign\'s claim', () => {
    const text = 'Campaign\n\nHe cited the poll, a figure the Wardell campaign called "fantasy math."';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text, c.speaker]), [
      ['cited', 'the poll', 'He'], ['called', '"fantasy math."', 'the Wardell campaign']]);
  });

  test('"Ceasefire talks" (a subhead) is no cue, nor does a line without a colon take the next paragraph\'s quote', () => {
    const text = 'Talks\n\nThe delegations met again on Tuesday.\n\nCeasefire talks\n\n"We are closer than ever," the envoy said.\n\n' +
      'Peace talks resume in Doha. Obama talks tough on Iran.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.speaker]), [['said', 'the envoy'], ['talks', 'Obama']]);
    const subhead = 'Flood\n\nThe river rose on Monday.\n\nMayor responds\n\n"It was terrifying," Ann Lee said.\n';
    assert.deepStrictEqual(claimsOf(subhead).map((c) => [c.cue, c.speaker]), [['said', 'Ann Lee']]);
  });

  test('"said in a separate filing to SGX that …", "said in a statement to Pixel Ledger that …": the content starts at "that"', () => {
    const text = 'Filing\n\nKestrel said in a separate filing to SGX that its chairman had stepped down. Brightwater Games said in a ' +
      'statement to Pixel Ledger that the project had been cancelled.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text), ['that its chairman had stepped down', 'that the project had been cancelled']);
  });

  test('"a spokesperson for the fire and rescue service said": an "and" inside the speaker\'s "for" or "of" phrase joins no subjects', () => {
    const text = 'Rescue\n\nRescue teams were searching for 30 residents, a spokesperson for the fire and rescue service said. The dam ' +
      'held, a spokesman for the Department of Fish and Wildlife said.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.speaker), ['a spokesperson for the fire and rescue service',
      'a spokesman for the Department of Fish and Wildlife']);
  });

  test('"Three senators sent a letter to Mayor Ann Lee on Tuesday urging her to resign": the senders urge, not the addressee', () => {
    const text = 'Letter\n\nThree senators sent a letter to Mayor Ann Lee on Tuesday urging her to resign.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text, c.speaker]), [['urging', 'her to resign', 'Three senators']]);
  });

  test('verbs of manner right after a quote attribute it ("“…,” he laughed", "“…,” laughs co-founder Margaret Holloway")', () => {
    const text = 'Winery\n\n"Not now," Hollis whispered. "It was a joke," he laughed. "We did not know," laughs co-founder Margaret ' +
      'Holloway. He laughed at the idea.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.speaker]), [['whispered', 'Hollis'], ['laughed', 'he'],
      ['laughs', 'co-founder Margaret Holloway']]);
  });

  test('"Abernethy\'s claim that knife crime has risen is technically correct": the content ends before the verdict on it', () => {
    const text = 'Fact check\n\nAbernethy\'s claim that knife crime has risen is technically correct, but experts say the rise is small.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text]), [['claim', 'that knife crime has risen'], ['say', 'the rise is small']]);
  });

  test('"said in a note on Monday they expected …": after the message and a time adjunct a subject pronoun opens the content', () => {
    const text = 'Oil\n\nAnalysts at Kestrel Bank said in a note on Monday they expected the cuts to be rolled over.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text), ['they expected the cuts to be rolled over']);
  });

  test('"One resident, Tom Reed, 54, from Leeds, said …": a hometown after an age belongs to the speaker\'s apposition', () => {
    const text = 'Flood\n\nOne resident, Tom Reed, 54, from Leeds, said the water rose fast. Another survivor, Aminata, 31, from Ivory ' +
      'Coast, said she had lost her husband.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.speaker]), [['the water rose fast', 'Tom Reed, 54, from Leeds,'],
      ['she had lost her husband', 'Another survivor, Aminata, 31, from Ivory Coast,']]);
  });

  test('"told reporters that the suspect, a 34-year-old man from Salford, had been shot": an apposition is no content end', () => {
    const text = 'Attack\n\nPolice Commissioner Alistair Brennan told reporters that the suspect, a 34-year-old man from Salford, had been ' +
      'shot within four minutes of the first emergency call.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text), [
      'that the suspect, a 34-year-old man from Salford, had been shot within four minutes of the first emergency call']);
  });

  test('"Speaking with journalists … on Wednesday, Yusuf-Ekiti, who represents …, said:": the introduction is no part of the speaker', () => {
    const text = 'Abuja\n\nSpeaking with journalists at the National Assembly on Wednesday, Yusuf-Ekiti, who represents Ondo-North ' +
      'Senatorial District, said: "Let them show Nigerians what they did."';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.speaker), ['Yusuf-Ekiti, who represents Ondo-North Senatorial District,']);
  });

  test('"…, a Foreign Ministry spokesman, Qin Gang, said the U.N. rapporteur …": a description renamed by a name is no inverted source\'s content', () => {
    const text = 'Rescue\n\nTrezzini said a patrol aircraft had been diverted after the ship, the Nordhaven Star, reported the rescue.\n\n' +
      'Speaking Tuesday in Beijing, a Foreign Ministry spokesman, Qin Gang, said the U.N. rapporteur presented a false report.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.speaker]), [['said', 'Trezzini'], ['said', 'a Foreign Ministry spokesman, Qin Gang,']]);
  });

  test('"Meridian Wire reported, citing a police source, that …": the cue in the parenthetical cuts nothing of the claim after it', () => {
    const text = 'Collapse\n\nMeridian Wire reported, citing a police source, that the building had been evacuated in February.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text]), [['citing', 'a police source'],
      ['reported', 'that the building had been evacuated in February']]);
  });
});
