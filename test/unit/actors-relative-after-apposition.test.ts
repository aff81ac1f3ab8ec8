// "who" after an apposition speaks for the person the apposition describes ("Paul Porter, a truck driver from Ava,
// Mo., who"), not for nobody or for a place or organisation inside it; a clause or a list in between is no apposition.
import * as assert from 'node:assert/strict';
import { group, tagAll } from './actors-helpers';

suite('actors: a relative pronoun after an apposition', () => {
  test('an apposition with a preposition and a place with a comma: the person it describes', () => {
    const text = 'Paul Porter, a truck driver from Ava, Mo., who said he favored the rule, spoke first.';
    const g = group(text, tagAll(text, [['Paul Porter', 'PERSON'], ['Ava', 'GPE'], ['Mo.', 'GPE']]));
    assert.equal(g.speakerOf('who'), 'person:paul-porter');
  });

  test('a role for an organisation or another person in the apposition: the person it describes', () => {
    const text = 'The vote worried Jane Roe, the director of Acme Corp, who said it was rushed. It pleased John Doe, ' +
      'a spokesman for Ted Cruz, who called it fair.';
    const g = group(text, tagAll(text, [['Jane Roe', 'PERSON'], ['Acme Corp', 'ORG'], ['John Doe', 'PERSON'], ['Ted Cruz', 'PERSON']]));
    assert.equal(g.speakerOf('who'), 'person:jane-roe');
    assert.equal(g.speakerOf('who', 'John Doe'), 'person:john-doe');
  });

  test('a party with its state, an age and a home town, a parenthesis and a home state before the comma', () => {
    const text = 'Senator Jeff Flake, Republican of Arizona, who said no. Nicky Driscoll, 24, from Manchester, who said yes. ' +
      'Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who agreed. Sen. Claire McCaskill (D-Mo.), ' +
      'a former prosecutor, who objected.';
    const g = group(text, tagAll(text, [['Jeff Flake', 'PERSON'], ['Republican', 'NORP'], ['Arizona', 'GPE'], ['Nicky Driscoll', 'PERSON'],
      ['Manchester', 'GPE'], ['Dianne Feinstein', 'PERSON'], ['California', 'GPE'], ['Democrat', 'NORP'], ['Claire McCaskill', 'PERSON']]));
    assert.equal(g.speakerOf('who'), 'person:jeff-flake');
    assert.equal(g.speakerOf('who', 'Nicky Driscoll'), 'person:nicky-driscoll');
    assert.equal(g.speakerOf('who', 'Dianne Feinstein'), 'person:dianne-feinstein');
    assert.equal(g.speakerOf('who', 'Claire McCaskill'), 'person:claire-mccaskill');
  });

  test('a clause, a list or an unnamed head is no apposition of the name', () => {
    const text = 'Jane Roe, a lawyer, said that the board, which met in Ohio, who knows. John Doe, Ted Cruz and the Senate, who said no. ' +
      'An adviser to Mark Poe, a real estate developer, who asked not to be named, disagreed.';
    const g = group(text, tagAll(text, [['Jane Roe', 'PERSON'], ['Ohio', 'GPE'], ['John Doe', 'PERSON'], ['Ted Cruz', 'PERSON'],
      ['Senate', 'ORG'], ['Mark Poe', 'PERSON']]));
    assert.equal(g.speakerOf('who'), null);
    assert.equal(g.speakerOf('who', 'Ted Cruz'), null);
    assert.equal(g.speakerOf('who', 'Mark Poe'), null);
  });
});
