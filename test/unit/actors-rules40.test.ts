// Speaker rules of session 40, found on stories written in Markdown and on newsletters, live blogs and notes.
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';

const speakerOf = (text: string, fragment: string): string | undefined => {
  const a = analyzeText(text);
  const claim = a.claims.find((c) => c.text.includes(fragment));
  assert.ok(claim, `a claim with "${fragment}": ${a.claims.map((c) => c.text).join(' | ')}`);
  return a.actors.find((x) => x.id === claim.speaker)?.name;
};

suite('actors: speaker rules (session 40)', () => {
  test('a headline\'s title is the person the lead names, past the reporter\'s byline', () => {
    const text = 'Chancellor defends spending plan as opposition cries betrayal\n\nBy Amelia Hart\n\n' +
      'LONDON — Chancellor Rachel Reeves said on Wednesday that the government would make the hard choices.\n';
    assert.equal(speakerOf(text, 'spending plan'), 'Rachel Reeves');
  });

  test('a city-hall title before a name is no part of the actor\'s name ("Trustee Linda Farrow")', () => {
    const a = analyzeText('Board fight\n\nTrustee Linda Farrow said the vote was rushed. Alderman Joe Smith disagreed.\n');
    assert.ok(a.actors.some((x) => x.name === 'Linda Farrow'), a.actors.map((x) => x.name).join(', '));
    assert.ok(!a.actors.some((x) => /Trustee/.test(x.name)), a.actors.map((x) => x.name).join(', '));
  });

  test('a pseudonym\'s asterisk ("Amina*, 34,") leaves the person as named: her claims and "she" after them', () => {
    const text = 'Evictions\n\nAmina*, 34, told researchers that police came at night. "They kicked the door in," she said.\n\n' +
      'Another resident, Yusuf*, 58, said police beat his son.\n';
    assert.equal(speakerOf(text, 'police came at night'), 'Amina');
    assert.equal(speakerOf(text, 'kicked the door'), 'Amina');
    assert.equal(speakerOf(text, 'beat his son'), 'Yusuf');
  });
});
