// A quote set off as its own paragraph after "She said:" / "She told MPs:" / "X posted on X:", its quote marks lost
// with the block-quote formatting: the paragraph is the claim's content, and its own cues are part of the quote.
import * as assert from 'node:assert/strict';
import { claimsOf, claimWith } from './claims-helpers';

suite('claims: a block quote after a colon that ends its paragraph', () => {
  test('"She said:" and "She told MPs:" take the next paragraph; a cue inside it makes no claim of its own', () => {
    const text = 'Welfare bill passes\n\nHelen Marsh was scathing. She said:\n\nThis is a government that cannot even persuade its own ' +
      'backbenches. It should withdraw the bill.\n\nThe minister, Rachel Dunmore, defended the cuts. She told MPs:\n\n' +
      'Nobody in this house wants to see people who cannot work pushed into poverty.\n\nThe vote is on Tuesday.';
    const claims = claimsOf(text);
    const marsh = claimWith(claims, 'persuade');
    assert.deepEqual([marsh.text, marsh.speaker], ['This is a government that cannot even persuade its own backbenches. It should withdraw the bill.', 'She']);
    const dunmore = claimWith(claims, 'Nobody');
    assert.deepEqual([dunmore.cue, dunmore.speaker], ['told', 'She']);
    assert.ok(!claims.some((c) => c.cue === 'wants'));
  });

  test('"Its chief economist, Tom Farrier, posted on X:" takes the next paragraph', () => {
    const text = 'Bill passes\n\nIts chief economist, Tom Farrier, posted on X:\n\nThe impact assessment understates the harm.\n\nThe vote came later.';
    const c = claimWith(claimsOf(text), 'impact assessment');
    assert.deepEqual([c.cue, c.speaker], ['posted', 'Its chief economist, Tom Farrier,']);
  });

  test('not a writer\'s paragraph that names its own speakers, nor an object before the colon', () => {
    const own = claimsOf('Debate night\n\nO\'Malley reminded the crowd:\n\nAnd after the debate, Clinton said that she was proud.\n\nEnd.');
    assert.equal(claimWith(own, 'proud').speaker, 'Clinton');
    const object = claimsOf('Wages\n\nThe group also points out some other statistics:\n\nThe minimum wage is $7.25.\n\nEnd.');
    assert.ok(!object.some((c) => c.text.includes('minimum wage')));
  });
});
