// "his campaign", "her advisers": the possessive's person speaks, as for "Clinton's campaign" and "Clinton aides".
import * as assert from 'node:assert/strict';
import { extractedSpeakers, group, tagAll } from './actors-helpers';

suite('actors: a possessive pronoun before a campaign or aides', () => {
  test('"Her campaign" and "his top advisers" speak for the person; "his supporters" and "his speech" do not', () => {
    const text = 'Ms. Jane Roe toured Ohio on Monday. Her campaign said the trip went well. Mr. John Doe stayed home. ' +
      'His top advisers said he was tired. His supporters said nothing. His speech said little.';
    const g = group(text, tagAll(text, [['Jane Roe', 'PERSON'], ['John Doe', 'PERSON'], ['Ohio', 'GPE']]));
    assert.equal(g.speakerOf('Her campaign'), 'person:jane-roe');
    assert.equal(g.speakerOf('His top advisers'), 'person:john-doe');
    assert.equal(g.speakerOf('His supporters'), null);
    assert.equal(g.speakerOf('His speech'), null);
  });

  test('"his office" speaks for him ("Supreme Leader Ali Khamenei … his office said")', () => {
    const text = 'Supreme Leader Ali Khamenei did not appear in public on Monday. On Tuesday, his office said Iran would respond.';
    const g = group(text, tagAll(text, [['Ali Khamenei', 'PERSON'], ['Iran', 'GPE']]));
    assert.equal(g.speakerOf('his office'), 'person:ali-khamenei');
  });
});

suite('actors: "the campaign"', () => {
  test('is the candidate whose campaign was named last ("the Doe campaign … the campaign"); unnamed otherwise', () => {
    const text = 'Jane Roe spoke in Ohio. The John Doe campaign said it raised money. Later the campaign said it would spend it. ' +
      'It rained for days. It snowed for days. It hailed for days. It cleared for days. It rained again. The campaign said no.';
    const g = group(text, tagAll(text, [['Jane Roe', 'PERSON'], ['John Doe', 'PERSON'], ['Ohio', 'GPE']]));
    assert.equal(g.speakerOf('the campaign'), 'person:john-doe');
    assert.equal(g.speakerOf('The campaign', 'again.'), null, 'named more than five sentences back');
  });

  test('"Its regional office said" is the organisation "it" means', () => {
    const text = 'Amnesty International said the detainees were held incommunicado. Its regional office said four detainees had been referred to court.';
    const r = extractedSpeakers(text, [['Amnesty International', 'ORG']]);
    assert.equal(r.bySpeakerSpan('Its regional office')?.speaker, 'org:amnesty-international');
  });
});
