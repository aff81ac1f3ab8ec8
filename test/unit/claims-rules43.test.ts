// Claim rules of session 43.
import * as assert from 'node:assert';
import { claimsOf } from './claims-helpers';

suite('claims: rules (session 43)', () => {
  test('"according to X, which said …": a relative that reports on its own is the next claim, no part of the source', () => {
    const text = 'Blast\n\nThe explosion damaged three homes, according to Interfax, which said two people were taken to hospital. ' +
      'The group is banned, according to the SITE Intelligence Group, which monitors extremist statements.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.speaker]), [
      ['The explosion damaged three homes', 'Interfax'], ['two people were taken to hospital', 'which'],
      ['The group is banned', 'the SITE Intelligence Group, which monitors extremist statements']]);
  });

  test('"said X and asked whether Y", "… and added that Y": a second verb of saying with its own complement is its own claim', () => {
    const text = 'Hearing\n\nJustice Ruth Kane said the history troubled her and asked whether that intent should matter. He said he ' +
      'welcomed extradition and added that he would cooperate. The ad showed a video in which Trump called himself moderate and ' +
      'admitted that he had changed, Cruz said.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.cue]), [
      ['the history troubled her', 'said'], ['whether that intent should matter', 'asked'], ['he welcomed extradition', 'said'],
      ['that he would cooperate', 'added'],
      ['The ad showed a video in which Trump called himself moderate and admitted that he had changed', 'said']]);
  });

  test('"could not say no." ends its sentence; "No. 2", "No.1" and "Nos. 4" keep their period before a number', () => {
    const text = 'Culture\n\nKaiami said employees felt they could not say no. "It was the culture," he said. The No. 2 official said ' +
      'the world No.1 was wrong.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.speaker]), [
      ['employees felt they could not say no', 'Kaiami'], ['"It was the culture,"', 'he'], ['the world No.1 was wrong', 'The No. 2 official']]);
  });

  test('"told a news conference the deal was done", "told local media …", "told her the team would …": the listener is no content', () => {
    const text = 'Talks\n\nSmith told a news conference the deal was done. Jones told local media the talks had failed. Brown told ' +
      'state television the vote was fair. A volunteer told her the team would return. He told her the story.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text).slice(0, 4), [
      'the deal was done', 'the talks had failed', 'the vote was fair', 'the team would return']);
  });

  test('no cue: "in a note to clients" (the message), "at the AeroLux counters." (a noun); "into the United States cite" still is', () => {
    const text = 'Markets\n\nAt Paris airport, long lines formed at the AeroLux counters. "The rally may not last," she wrote in a note ' +
      'to clients. Opponents of letting refugees into the United States cite fears of attacks.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.cue]), [['"The rally may not last,"', 'wrote'],
      ['fears of attacks', 'cite']]);
  });

  test('"has so far refused", "has long argued": an adverb of time between the subject and the cue is no source', () => {
    const text = 'Plant\n\nBut Governor Hideyo Hanazumi has so far refused to give his consent. The company has long argued that prices ' +
      'were fair.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.speaker), ['Governor Hideyo Hanazumi', 'The company']);
  });

  test('a quote after "told the Australian Broadcasting Corp." opens its own sentence; "In 2021 the …" leaves the year out of the source', () => {
    const text = 'Whales\n\n"It is like a family unit," she told the Australian Broadcasting Corp. "If grandma gets into trouble, everyone ' +
      'sticks around." In 2021 the Nuclear Regulation Authority said the company had broken the rules. The 2013 FOIA reply said no ' +
      'records existed.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.kind, c.speaker]), [['direct', 'she'], ['direct', 'she'],
      ['indirect', 'the Nuclear Regulation Authority'], ['indirect', 'The 2013 FOIA reply']]);
  });

  test('"…," Johnson told supporters at a rally that drew thousands.: a relative clause on the place, no content; the quote is his', () => {
    const text = 'Rally\n\n"We will win this fight," Johnson told supporters at a rally that drew thousands. Smith told reporters at a ' +
      'briefing that the war was over. Ms. Beck said this was a bilateral agreement that could be terminated.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.speaker]), [['"We will win this fight,"', 'Johnson'],
      ['that the war was over', 'Smith'], ['this was a bilateral agreement that could be terminated', 'Ms. Beck']]);
  });

  test('"announced Monday that Zuri, one of its three giraffes, gave birth …": an apposition on the subject before a past tense is no end', () => {
    const text = 'Zoo\n\nThe Rolling Hills Zoo announced Monday that Zuri, one of its three giraffes, gave birth to a healthy calf.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text), ['that Zuri, one of its three giraffes, gave birth to a healthy calf']);
  });

  test('"said X but insisted the line was holding": a coordinated verb of saying with a bare clause after it is its own claim', () => {
    const text = 'Front\n\nColonel Petro Ivanenko said his unit had lost two positions but insisted the line was holding. He said the ' +
      'shelling continued and added the rest.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.cue]), [['his unit had lost two positions', 'said'],
      ['the line was holding', 'insisted'], ['the shelling continued and added the rest', 'said']]);
  });

  test('"its director of admissions after an inquiry": a plural noun after "of" is no cue; "because of reports they torture" is', () => {
    const text = 'Inquiry\n\nThe university suspended its director of admissions after an inquiry. Transfers stopped because of ' +
      'reports they torture their prisoners.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.cue]), [['they torture their prisoners', 'reports']]);
  });

  test('"… rose by 14 percent according to the charity Shelter.": with no comma, a final according-to still takes the clause before', () => {
    const text = 'Homes\n\nHomelessness rose by 14 percent over the past year according to the charity Shelter. If flights go ' +
      'according to schedule the crew will land on Friday.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.speaker]), [
      ['Homelessness rose by 14 percent over the past year', 'the charity Shelter']]);
  });
});
