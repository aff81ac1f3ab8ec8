// "they" after an unnamed group of people is nobody, not the nearest organisation or country
// (src/core/actors/unnamedGroup.ts).
import * as assert from 'node:assert/strict';
import { group, tagAll } from './actors-helpers';

suite('actors: "they" and an unnamed group', () => {
  test('a plural noun of people after the country found is who "they" are: nobody', () => {
    const text = 'Russia sent more tanks to the border on Monday. Local residents said the soldiers arrived at night. They said the town was calm.';
    const g = group(text, tagAll(text, [['Russia', 'GPE']]));
    assert.equal(g.speakerOf('They'), null);
  });

  test('an organisation speaks through its own people ("Facebook officials … they"); a country\'s officials are nobody; "authorities" blocks nothing', () => {
    const text = 'Facebook officials said the rules would change. They said posts would be reviewed. ' +
      'Pakistani officials said the talks would resume. They said both sides agreed. ' +
      'Egypt closed the crossing. Egyptian authorities said the line was shut. They said rains washed away the road.';
    const g = group(text, tagAll(text, [['Facebook', 'ORG'], ['Pakistani', 'NORP'], ['Egypt', 'GPE'], ['Egyptian', 'NORP']]));
    assert.equal(g.speakerOf('They', 'change.'), 'org:facebook');
    assert.equal(g.speakerOf('They', 'resume.'), null, 'as the speaker "Pakistani officials" is nobody');
    assert.equal(g.speakerOf('They', 'shut.'), g.actorOf('Egypt'));
  });

  test('no people noun between: "they" is still the group', () => {
    const text = 'The Sierra Club sued the state on Monday. They said the permit was illegal.';
    const g = group(text, tagAll(text, [['Sierra Club', 'ORG']]));
    assert.equal(g.speakerOf('They'), 'org:sierra-club');
  });

  test('a political group by its plural noun ("Conservatives thought …") is who "they" are: nobody', () => {
    const text = 'The Supreme Court opened its term on Monday. Conservatives thought this term would be different. They said the docket favoured them.';
    const g = group(text, tagAll(text, [['Supreme Court', 'ORG']]));
    assert.equal(g.speakerOf('They'), null);
  });

  test('records that "show" ("the numbers … they showed") are no group; the group\'s own numbers do not hide it', () => {
    const text = 'The Census Bureau published its survey in May. When the numbers were updated in June, they showed that incomes rose. ' +
      'Democrats lost seats in 2010. Democrats’ numbers in the House have fallen since. This year they said that will change.';
    const g = group(text, tagAll(text, [['Census Bureau', 'ORG'], ['Democrats', 'NORP']]));
    assert.equal(g.speakerOf('they', 'updated in June,'), null);
    assert.equal(g.speakerOf('they', 'This year'), g.actorOf('Democrats'));
  });

  test('bodies that act ("lower courts", "companies") are who "they" are; a people\'s reports without a possessive are not the people', () => {
    const text = 'The Supreme Court refused the request. But since then, lower courts have become more critical. They said the law was unfair. ' +
      'Russia held talks with Iran. Russian news reports raised the question. They said a deal was near.';
    const g = group(text, tagAll(text, [['Supreme Court', 'ORG'], ['Russia', 'GPE'], ['Iran', 'GPE'], ['Russian', 'NORP']]));
    assert.equal(g.speakerOf('They', 'critical. '), null);
    assert.equal(g.speakerOf('They', 'question. '), null);
  });

  test('"they" after readers or expatriates are those people ("Time … survey readers as to who they", "Soviet expatriates … they")', () => {
    const text = 'Time created a poll on its website to survey readers as to who they would like to see. The Soviet Union fell. ' +
      'Soviet expatriates wept as they saw the shelves.';
    const g = group(text, tagAll(text, [['Time', 'ORG'], ['Soviet Union', 'GPE'], ['Soviet', 'NORP']]));
    assert.equal(g.speakerOf('they', 'readers as to who '), null);
    assert.equal(g.speakerOf('they', 'wept as '), null);
  });
});
