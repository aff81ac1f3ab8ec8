// Descriptions that rename a person ("the Vermont senator", "the candidate") and the roles a name's left side gives.
import * as assert from 'node:assert/strict';
import { group, tagAll } from './actors-helpers';

suite('actors: a description that renames the person the story is about', () => {
  test('"Instead, the Vermont senator …" is the candidate just named, though his roles say "candidate"; "the spokesman" is not', () => {
    const text = 'Bernie Sanders, a Democratic presidential candidate, is choosing not to respond to the accusations. ' +
      'Instead, the Vermont senator is sticking to his message. The spokesman said the rally went well.';
    const g = group(text, tagAll(text, [['Bernie Sanders', 'PERSON'], ['Vermont', 'GPE']]));
    assert.equal(g.speakerOf('the Vermont senator'), 'person:bernie-sanders');
    assert.equal(g.speakerOf('The spokesman'), null);
  });

  test('an occupation ("the singer", "the actor") renames the person just named, as "the senator" does', () => {
    const text = 'Taylor Swift surprised fans on Sunday by announcing a new album at the Grammy Awards. ' +
      '"I have been keeping a secret," the singer told the crowd.';
    const g = group(text, tagAll(text, [['Taylor Swift', 'PERSON'], ['Sunday', 'DATE'], ['Grammy Awards', 'EVENT']]));
    assert.equal(g.speakerOf('the singer'), 'person:taylor-swift');
  });

  test('"the New York businessman" is the man just named, not the woman who spoke last', () => {
    const text = 'Donald Trump praised Vladimir Putin again on Monday, and Hillary Clinton said the praise raises security issues. ' +
      'The New York businessman has called Putin a strong leader. Trump, appearing after Clinton at the forum, cited problems abroad. ' +
      '"We need change," the real estate mogul said.';
    const g = group(text, tagAll(text, [['Donald Trump', 'PERSON'], ['Vladimir Putin', 'PERSON'], ['Hillary Clinton', 'PERSON'],
      ['Putin', 'PERSON'], ['Trump', 'PERSON'], ['New York', 'GPE']]));
    assert.equal(g.speakerOf('The New York businessman'), 'person:donald-trump');
    assert.equal(g.speakerOf('the real estate mogul'), 'person:donald-trump');
  });
});

suite('actors: a description that renames the person the whole article is about', () => {
  const story = 'Donald Trump named a new campaign chief. Mr. Trump met donors. Mr. Trump called the move a fresh start. ' +
    'Mr. Trump praised the staff. Mr. Trump ignored Steve Bannon at first. People briefed on the change said staff departures would be few. ';
  const spec = [['Donald Trump', 'PERSON'], ['Trump', 'PERSON'], ['Steve Bannon', 'PERSON']] as const;

  test('"The candidate has bucked efforts …" with no person the subject nearby is the person named far most often', () => {
    const text = story + 'The candidate has bucked efforts to rein him in.';
    assert.equal(group(text, tagAll(text, spec)).speakerOf('The candidate'), 'person:donald-trump');
  });

  test('not when two people are named about as often, nor for "the pope", whom a story\'s subject meets', () => {
    const even = story + 'Steve Bannon spoke. Bannon waved. Bannon left. Bannon returned. People said little. The candidate has bucked efforts.';
    assert.equal(group(even, tagAll(even, [...spec, ['Bannon', 'PERSON']])).speakerOf('The candidate'), null);
    const pope = story + 'The pope told reporters the meeting was not political.';
    assert.equal(group(pope, tagAll(pope, spec)).speakerOf('The pope'), null);
  });
});

suite('actors: a renaming description in its subject\'s own sentence', () => {
  test('"Cruz defends his record in an ad: “…,” the senator says" is Cruz, though Sen. John McCain was named before', () => {
    const text = 'Sen. John McCain spoke first. Ted Cruz defends his record in a commercial: "We must secure the border," the senator says.';
    const g = group(text, tagAll(text, [['John McCain', 'PERSON'], ['Ted Cruz', 'PERSON']]));
    assert.equal(g.speakerOf('the senator'), 'person:ted-cruz');
  });

  test('not a subject with another role: "Sen. Marco Rubio likes football, while the former governor loves golf" is Bush', () => {
    const text = 'Former Gov. Jeb Bush arrived. Sen. Marco Rubio likes football, while the former governor loves golf.';
    const g = group(text, tagAll(text, [['Jeb Bush', 'PERSON'], ['Marco Rubio', 'PERSON']]));
    assert.equal(g.speakerOf('the former governor'), 'person:jeb-bush');
  });
});

suite('actors: roles before "for"/"to" and a name are someone else\'s', () => {
  test('"A spokeswoman for Mr. Trump", "an adviser to Clinton" give no role; "Minister for Foreign Affairs Ali Ahmed" keeps his', () => {
    const text = 'A spokeswoman for Mr. Trump declined to comment. An adviser to Hillary Clinton spoke. ' +
      'Minister for Foreign Affairs Ali Ahmed arrived.';
    const g = group(text, tagAll(text, [['Trump', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Ali Ahmed', 'PERSON']]));
    const roles = (name: string): string[] => [...g.grouping.profiles[g.grouping.actors.findIndex((a) => a.name === name)].roles];
    assert.deepEqual(roles('Trump'), []);
    assert.deepEqual(roles('Hillary Clinton'), []);
    assert.ok(roles('Ali Ahmed').includes('minister'), roles('Ali Ahmed').join(', '));
  });

  test('"Araghchi\'s deputy for political affairs, Majid Takht-Ravanchi," is the deputy named in apposition, not Araghchi', () => {
    const text = "Foreign Minister Abbas Araghchi will travel to Riyadh. " +
      "Araghchi's deputy for political affairs, Majid Takht-Ravanchi, said that Tehran was ready for talks.";
    const g = group(text, tagAll(text, [['Abbas Araghchi', 'PERSON'], ['Riyadh', 'GPE'], ['Araghchi', 'PERSON'], ['Majid Takht-Ravanchi', 'PERSON'], ['Tehran', 'GPE']]));
    assert.equal(g.speakerOf("Araghchi's deputy for political affairs, Majid Takht-Ravanchi,"), 'person:majid-takht-ravanchi');
  });
});
