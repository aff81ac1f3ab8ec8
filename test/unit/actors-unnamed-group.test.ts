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
});
