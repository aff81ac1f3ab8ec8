// Source rules of session 17 (consensus17), checked on the rules' own choice (no source ranker).
import * as assert from 'node:assert';
import { ruleClaims } from './claims-helpers';

suite('claims: source rules (session 17)', () => {
  test('"who" followed by its clause\'s own subject is the object: the subject speaks, "who" is a content piece', () => {
    assert.deepStrictEqual(ruleClaims('He took swipes at Marco Rubio, who he dubbed “the little senator.”', 'dubbed'),
      [['who', 'he'], ['“the little senator.”', 'he']]);
    assert.deepStrictEqual(ruleClaims('The crowd cheered Bernie Sanders, who Trump called “crazy” in a speech.', 'called').map((c) => c[1]),
      ['Trump', 'Trump']);
  });

  test('"who" followed by a verb, adverb or preposition stays the source; "WHO" is a name', () => {
    assert.deepStrictEqual(ruleClaims('Beck, who has in the past described Trump as “a sociopath,” clearly dislikes him.', 'described')
      .map((c) => c[1]), ['who has in the past']);
    assert.deepStrictEqual(ruleClaims('WHO Director-General Margaret Chan said countries have to act.', 'said'),
      [['countries have to act', 'WHO Director-General Margaret Chan']]);
  });

  test('a floating "both"/"all"/"each" after the subject is skipped, with the noun phrase coordinated before it', () => {
    assert.deepStrictEqual(ruleClaims('The positions are nuanced, given that Jeb Bush and Gov. Rick Scott have both supported the Common Core.', 'supported')
      .map((c) => c[1]), ['Jeb Bush and Gov. Rick Scott']);
    assert.deepStrictEqual(ruleClaims('Richards and Menendez both stressed that it was not all bad news.', 'stressed').map((c) => c[1]),
      ['Richards and Menendez']);
    assert.deepStrictEqual(ruleClaims('They all agreed that the plan would fail.', 'agreed').map((c) => c[1]), ['They']);
  });

  test('a quantifier that is the subject itself stays ("Both are …", ", and both have …")', () => {
    assert.deepStrictEqual(ruleClaims('Both said the plan would fail.', 'said').map((c) => c[1]), ['Both']);
    assert.deepStrictEqual(ruleClaims('The plan is big, and each said it would fail.', 'said').map((c) => c[1]), ['each']);
  });

  test('after a source that follows its cue, ", a/an/the …" is its apposition, not the rest of the reported clause', () => {
    // The apposition belongs to the speaker span, as PolNeAR marks it (session 19).
    assert.deepStrictEqual(ruleClaims('Holding rates near zero has helped, said Richard Curtin, the chief economist for the survey.', 'said'),
      [['Holding rates near zero has helped', 'Richard Curtin, the chief economist for the survey']]);
    // A source before its cue: the clause resumes after the parenthetical attribution.
    assert.deepStrictEqual(ruleClaims('The economy, he said, is getting better.', 'said'), [['The economy', 'he'], ['is getting better', 'he']]);
  });

  test('owners, role words, possessive names and a sentence-final name open an apposition too (session 22)', () => {
    assert.deepStrictEqual(ruleClaims('The committee has collected $56.5 million, said David Gilbert, its president and CEO.', 'said'),
      [['The committee has collected $56.5 million', 'David Gilbert, its president and CEO']]);
    assert.deepStrictEqual(ruleClaims('Coal demand will fall, said the company\'s chief executive, John J. Ferriola.', 'said'),
      [['Coal demand will fall', 'the company\'s chief executive, John J. Ferriola']]);
    assert.deepStrictEqual(ruleClaims('Voters will decide, according to Uzi Arad, Mr. Netanyahu\'s former adviser.', 'according to')
      .map((c) => c[0]), ['Voters will decide']);
    // An auxiliary after the source resumes the reported clause; the speaker span stops at the name.
    assert.deepStrictEqual(ruleClaims('The plan, said Smith, would cut taxes.', 'said'), [['The plan', 'Smith'], ['would cut taxes', 'Smith']]);
  });
});
