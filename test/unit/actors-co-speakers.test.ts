// A speaker span that coordinates names ("Clinton and Sanders said") speaks for each of them.
import * as assert from 'node:assert/strict';
import type { EntityType } from '../../src/core/types';
import { coSpeakers } from '../../src/core/actors/coSpeakers';
import { extractedSpeakers, group, tagAll } from './actors-helpers';

const PEOPLE: readonly (readonly [string, EntityType])[] = [
  ['Hillary Clinton', 'PERSON'], ['Clinton', 'PERSON'], ['Bernie Sanders', 'PERSON'], ['Sanders', 'PERSON'], ['Ted Cruz', 'PERSON'],
  ['Donald Trump', 'PERSON'], ['Texas', 'GPE'], ['Jeb Bush', 'PERSON'], ['Senate', 'ORG'], ['House', 'ORG'], ['Russian', 'NORP'],
  ['Julianne Moore', 'PERSON'], ['Kerry Washington', 'PERSON'], ['Amy Schumer', 'PERSON'], ['Republican', 'NORP'],
];

/** Speaker and co-speakers' ids of the claim whose speaker span is `span`, in `text`. */
function speakersOf(text: string, span: string): string[] {
  const c = extractedSpeakers(text, PEOPLE).bySpeakerSpan(span);
  assert.ok(c, `no claim spoken by "${span}"`);
  return c.speaker === null ? [] : [c.speaker, ...(c.coSpeakers ?? [])];
}

suite('actors: speakers named together ("Clinton and Sanders said")', () => {
  test('two names joined by "and" both speak, the first as the speaker', () => {
    const text = 'Hillary Clinton met Bernie Sanders on Monday. Clinton and Sanders said the deal was good for workers.';
    assert.deepEqual(speakersOf(text, 'Clinton and Sanders'), ['person:hillary-clinton', 'person:bernie-sanders']);
  });

  test('"He and Sanders said": the person the pronoun means, with the one named; the named one alone when it means no one else', () => {
    const text = 'Donald Trump met Ted Cruz on Monday. Trump welcomed the talks. He and Ted Cruz said the deal was good.';
    assert.deepEqual(speakersOf(text, 'He and Ted Cruz'), ['person:donald-trump', 'person:ted-cruz']);
    const alone = 'Bernie Sanders spoke on Monday. He and Sanders said the deal was good.';
    assert.deepEqual(speakersOf(alone, 'He and Sanders'), ['person:bernie-sanders']);
  });

  test('a conjunct keeps its titles and a place that only modifies it: "Trump and Texas Sen. Ted Cruz"', () => {
    const text = 'Donald Trump and Texas Sen. Ted Cruz said the debate was unfair.';
    assert.deepEqual(speakersOf(text, 'Donald Trump and Texas Sen. Ted Cruz'), ['person:donald-trump', 'person:ted-cruz']);
  });

  test('a conjunct\'s lower-case modifiers before its name: "and his Iraqi counterpart Fuad Hussein"', () => {
    const text = 'Hossein Amir-Abdollahian and his Iraqi counterpart Fuad Hussein said the two countries would expand cooperation.';
    const r = extractedSpeakers(text, [['Hossein Amir-Abdollahian', 'PERSON'], ['Iraqi', 'NORP'], ['Fuad Hussein', 'PERSON']]);
    const c = r.bySpeakerSpan('Hossein Amir-Abdollahian and his Iraqi counterpart Fuad Hussein');
    assert.deepEqual(c && [c.speaker, ...(c.coSpeakers ?? [])], ['person:hossein-amir-abdollahian', 'person:fuad-hussein']);
  });

  test('a headline joins its subjects with a comma: "Clinton, Sanders had …"; a comma elsewhere does not', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Clinton', 'PERSON'], ['Sanders', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Bernie Sanders', 'PERSON']];
    const text = 'Clinton, Sanders say research needs more money\n\nHillary Clinton and Bernie Sanders spoke in Iowa on Monday.';
    const c = extractedSpeakers(text, spec).bySpeakerSpan('Sanders');
    assert.deepEqual(c && [c.speaker, ...(c.coSpeakers ?? [])], ['person:bernie-sanders', 'person:hillary-clinton']);
    const body = 'Hillary Clinton and Bernie Sanders spoke in Iowa.\n\nFor Clinton, Sanders said research needs more money.';
    const d = extractedSpeakers(body, spec).bySpeakerSpan('Sanders');
    assert.deepEqual(d && [d.speaker, ...(d.coSpeakers ?? [])], ['person:bernie-sanders']);
  });

  test('a list with commas before its last "and" names everyone in it', () => {
    const text = 'Celebrities Julianne Moore, Kerry Washington and Amy Schumer said the law should change.';
    assert.deepEqual(speakersOf(text, 'Celebrities Julianne Moore, Kerry Washington and Amy Schumer'),
      ['person:julianne-moore', 'person:kerry-washington', 'person:amy-schumer']);
  });

  test('no one else where the second name only modifies a head, the second conjunct names no one, or the names modify the head', () => {
    assert.ok(!speakersOf('Hillary Clinton and Bernie Sanders met. Clinton and Sanders supporters said the vote was close.',
      'Clinton and Sanders supporters').includes('person:bernie-sanders'));
    assert.deepEqual(speakersOf('Jeb Bush and his rivals said the rules were unfair.', 'Jeb Bush and his rivals'), ['person:jeb-bush']);
    assert.ok(speakersOf('Republican leaders in the Senate and the House said the bill would pass.',
      'Republican leaders in the Senate and the House').length <= 1);
    assert.equal(speakersOf('Ted Cruz and his Russian counterpart said the talks went well.', 'Ted Cruz and his Russian counterpart').length, 1);
  });

  test('a nationality adjective where a span is cut off ("and his Russian") is no one named', () => {
    const text = 'Energy Minister Ivan Plachkov and his Russian';
    const g = group(text, tagAll(text, [['Ivan Plachkov', 'PERSON'], ['Russian', 'NORP']]));
    const actor = g.grouping.actors.findIndex((a) => a.id === g.actorOf('Ivan Plachkov'));
    assert.deepEqual(coSpeakers(text, g.grouping, { start: 0, end: text.length }, actor), []);
    const other = 'Energy Minister Ivan Plachkov and the Russians';
    const g2 = group(other, tagAll(other, [['Ivan Plachkov', 'PERSON'], ['Russians', 'NORP']]));
    const actor2 = g2.grouping.actors.findIndex((a) => a.id === g2.actorOf('Ivan Plachkov'));
    assert.deepEqual(coSpeakers(other, g2.grouping, { start: 0, end: other.length }, actor2).map((a) => g2.grouping.actors[a].id), [g2.actorOf('Russians')]);
  });

  test('"they" right after speakers named together is all of them', () => {
    const text = 'Chuck Grassley and Patrick Leahy met on Monday. Mr. Grassley and Mr. Leahy say other changes are needed. ' +
      'The program has expanded well beyond its original intent, they say.';
    const r = extractedSpeakers(text, [['Chuck Grassley', 'PERSON'], ['Patrick Leahy', 'PERSON'], ['Mr. Grassley', 'PERSON'], ['Mr. Leahy', 'PERSON']]);
    const they = r.bySpeakerSpan('they');
    assert.ok(they);
    assert.deepEqual([they.speaker, ...(they.coSpeakers ?? [])], ['person:chuck-grassley', 'person:patrick-leahy']);
  });

  test('"Both", "the two", "both candidates" are the two people last named together, and only such a pair', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Bernie Sanders', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Sanders', 'PERSON'],
      ['Clinton', 'PERSON'], ['Donald Trump', 'PERSON'], ['Trump', 'PERSON'], ['James Comey', 'PERSON'], ['Comey', 'PERSON'], ['Nabisco', 'ORG'], ['Republican', 'NORP'], ['Democrat', 'NORP']];
    const pairOf = (text: string, span: string): string[] => {
      const c = extractedSpeakers(text, spec).bySpeakerSpan(span);
      assert.ok(c, span);
      return c.speaker === null ? [] : [c.speaker, ...(c.coSpeakers ?? [])];
    };
    assert.deepEqual(pairOf('Bernie Sanders and Hillary Clinton spoke. Sanders and Clinton have similar views. Both say government should act.', 'Both'),
      ['person:bernie-sanders', 'person:hillary-clinton']);
    assert.deepEqual(pairOf('Donald Trump and Hillary Clinton spoke. Republican Trump and Democrat Clinton have criticized Nabisco. ' +
      'Both said they would pass a law.', 'Both'), ['person:donald-trump', 'person:hillary-clinton']);
    assert.deepEqual(pairOf('James Comey met Hillary Clinton. Comey said Clinton was careless. The two lawmakers argue that there is precedent.',
      'The two lawmakers'), []);
  });

  test('"both sides", "the two sides" are the two people of the meeting just told; none without one', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Han Zheng', 'PERSON'], ['Fuad Hussein', 'PERSON'], ['Beijing', 'GPE'],
      ['Wang Yi', 'PERSON'], ['Thursday', 'DATE']];
    const met = 'Vice President Han Zheng met with visiting Iraqi Foreign Minister Fuad Hussein in Beijing on Thursday, ' +
      'with both sides pledging to deepen practical cooperation.';
    const c = extractedSpeakers(met, spec).bySpeakerSpan('both sides');
    assert.deepEqual([c?.speaker, ...(c?.coSpeakers ?? [])], ['person:han-zheng', 'person:fuad-hussein']);
    // A host "received" the one met.
    const received = 'Foreign Minister Fuad Hussein received on Thursday his Chinese counterpart Wang Yi in Beijing. ' +
      'During the meeting, the two sides discussed bilateral relations.';
    const r = extractedSpeakers(received, spec).bySpeakerSpan('the two sides');
    assert.deepEqual([r?.speaker, ...(r?.coSpeakers ?? [])], ['person:fuad-hussein', 'person:wang-yi']);
    // "The two leaders" after a phone call told two sentences before, with no two names joined by "and".
    const call = 'President Han Zheng held a phone call with his Iraqi counterpart Fuad Hussein on Thursday, officials said. ' +
      'During the call, Han told Hussein that Beijing was ready to help. The two leaders also discussed the situation in Syria.';
    const l = extractedSpeakers(call, spec).bySpeakerSpan('The two leaders');
    assert.deepEqual([l?.speaker, ...(l?.coSpeakers ?? [])], ['person:han-zheng', 'person:fuad-hussein']);
    // A meeting told as the sentence's introduction: the one met, then the person the main clause names.
    const intro = 'In a phone conversation with Fuad Hussein, Wang Yi said the talks would go on. The two sides also discussed the situation in Syria.';
    const i = extractedSpeakers(intro, spec).bySpeakerSpan('The two sides');
    assert.deepEqual([i?.speaker, ...(i?.coSpeakers ?? [])], ['person:wang-yi', 'person:fuad-hussein']);
    // Two people named, but no meeting between them: nobody known.
    const apart = 'Han Zheng spoke in Beijing on Thursday and Fuad Hussein flew home. The two sides said the talks would go on.';
    assert.equal(extractedSpeakers(apart, spec).bySpeakerSpan('The two sides')?.speaker, null);
  });

  test('"The UAE and Iraq said": every country the span coordinates speaks, whichever the resolver took; not an apposition', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['UAE', 'GPE'], ['Iraq', 'GPE'], ['Podesta Group', 'ORG'], ['CEO', 'ORG'],
      ['Kimberley Fritts', 'PERSON']];
    const r = extractedSpeakers('The UAE and Iraq said the deals would create jobs.', spec).bySpeakerSpan('The UAE and Iraq');
    assert.deepEqual([r?.speaker, ...(r?.coSpeakers ?? [])].sort(), ['gpe:iraq', 'gpe:united-arab-emirates']);
    const ap = extractedSpeakers("The Podesta Group's CEO, Kimberley Fritts, said the firms had coordinated.", spec)
      .bySpeakerSpan("The Podesta Group's CEO, Kimberley Fritts,");
    assert.deepEqual([ap?.speaker, ...(ap?.coSpeakers ?? [])], ['person:kimberley-fritts']);
  });
});
