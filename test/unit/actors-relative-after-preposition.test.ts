// "who" after "for/to/with X,": X speaks unless the preposition ties X to an unnamed person ("an adviser to X, who").
import * as assert from 'node:assert/strict';
import { group, tagAll } from './actors-helpers';

suite('actors: a relative pronoun after a preposition', () => {
  test('"risky for Ted Cruz, who" is Cruz; "a spokesman for", "a source close to" leave the unnamed head', () => {
    const text = 'The decision is risky for Ted Cruz, who said he would vote. A spokesman for Jane Roe, who asked not to be named, ' +
      'disagreed. A source close to John Doe, who spoke on condition of anonymity, agreed.';
    const g = group(text, tagAll(text, [['Ted Cruz', 'PERSON'], ['Jane Roe', 'PERSON'], ['John Doe', 'PERSON']]));
    assert.equal(g.speakerOf('who'), 'person:ted-cruz');
    assert.equal(g.speakerOf('who', 'Jane Roe'), null);
    assert.equal(g.speakerOf('who', 'John Doe'), null);
  });
});
