// Offices named by one word ("the Chancellor", "the Taoiseach") through the real tagger: the office is a role of the
// person who holds it, not an organisation of its own.
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';

suite('actors: one-word offices through the whole pipeline', () => {
  test('"Chancellor Rachel Hume … the Chancellor said", "Taoiseach Micheál Ó Súilleabháin … The Taoiseach has rejected"', () => {
    const text = 'Chancellor Rachel Hume announced the rise on Monday. Speaking to Sky News this morning, the Chancellor said she ' +
      'would not be blown off course. Taoiseach Micheál Ó Súilleabháin visited Cork. The Taoiseach has rejected calls for an inquiry.';
    const a = analyzeText(text);
    const speaker = (content: string): string | null | undefined => a.claims.find((c) => c.text.includes(content))?.speaker;
    assert.equal(speaker('blown off course'), 'person:rachel-hume');
    assert.equal(speaker('calls for an inquiry'), 'person:micheal-o-suilleabhain');
    assert.ok(!a.actors.some((x) => x.name === 'Chancellor' || x.name === 'Taoiseach'), a.actors.map((x) => x.name).join(' | '));
  });
  test('Kenya\'s "Treasury CS John Mbadi … the CS said": a Cabinet Secretary, not an organisation "CS"', () => {
    const a = analyzeText('Treasury CS John Mbadi defended the bill. Speaking in Nairobi, the CS said the government would look for revenue.');
    assert.equal(a.claims.find((c) => c.text.includes('look for revenue'))?.speaker, 'person:john-mbadi');
    assert.ok(!a.actors.some((x) => x.name === 'CS'), a.actors.map((x) => x.name).join(' | '));
  });
});
