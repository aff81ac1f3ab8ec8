// "The Wisconsin Republican said", "The Christian Democrat said": one member of a party is the politician just named.
import * as assert from 'node:assert/strict';
import { namesOneMember, namesPartyMember } from '../../src/core/actors/partyMember';
import { group, tagAll } from './actors-helpers';

suite('actors: a party member named by the party', () => {
  test('"The Wisconsin Republican" and "the Republican" are the person just named, not the party', () => {
    const text = 'House Speaker Paul Ryan says the order will not stand. The Wisconsin Republican says it will be challenged. ' +
      'Sen. Bernie Sanders spoke next. The Democrat said the bill was too small.';
    const g = group(text, tagAll(text, [['Paul Ryan', 'PERSON'], ['Wisconsin', 'GPE'], ['Republican', 'NORP'], ['Bernie Sanders', 'PERSON'], ['Democrat', 'NORP']]));
    assert.equal(g.speakerOf('The Wisconsin Republican'), 'person:paul-ryan');
    assert.equal(g.speakerOf('The Democrat'), 'person:bernie-sanders');
  });

  test('the party itself, its people or a longer description are no one member', () => {
    for (const raw of ['The Republican Party', 'The Republicans', 'the Republican National Committee', 'The Republican nominee for the Nov. 8 election']) {
      assert.equal(namesPartyMember(raw), false, raw);
    }
    for (const raw of ['The Christian Democrat', 'The Green politician', 'the Kentucky Republican', 'The South Carolina Republican']) {
      assert.equal(namesPartyMember(raw), true, raw);
    }
  });

  test('"the German" is one national, the person just named; collective and plural forms are not', () => {
    const text = 'Leeds boss Daniel Farke admitted his side had been poor. "It was not good enough," the German said.';
    const g = group(text, tagAll(text, [['Leeds', 'ORG'], ['Daniel Farke', 'PERSON'], ['German', 'NORP']]));
    assert.equal(g.speakerOf('the German'), 'person:daniel-farke');
    for (const raw of ['The French', 'the British', 'The Chinese', 'the Swiss', 'The Russians', 'the Germans', 'The Germany']) {
      assert.equal(namesOneMember(raw), false, raw);
    }
    for (const raw of ['The Argentine', 'the Iranian', 'the Brazilian']) assert.equal(namesOneMember(raw), true, raw);
  });

  test('"the Dutchman", "the Catalan, whose …", "the Portugal international" are the person just named', () => {
    for (const raw of ['the Dutchman', 'The Spaniard', 'The Catalan, whose side have won one of 11,', 'the Portugal international',
      'the England captain', 'The German, who has won six titles,']) assert.equal(namesOneMember(raw), true, raw);
    for (const raw of ['the Portugal government', 'The German leader', 'the Portuguese', 'The Dutch, who']) assert.equal(namesOneMember(raw), false, raw);
    const text = '"We lost our heads," Guardiola told reporters. "It is my responsibility." The Catalan, whose side lost again, insisted he would stay.';
    const g = group(text, tagAll(text, [['Guardiola', 'PERSON'], ['Catalan', 'NORP']]));
    assert.equal(g.speakerOf('The Catalan, whose side lost again,'), g.actorOf('Guardiola'));
  });
});
