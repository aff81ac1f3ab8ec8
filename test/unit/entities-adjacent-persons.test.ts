// "Dr Abena Nyarko Agyeman" is one person where the tagger made two; "Koji Endo of SBI Securities" a person and a firm;
// a member's title and a lone "Chairperson" are no entities.
import * as assert from 'node:assert/strict';
import type { Span } from '../../src/core/entities/names';
import { joinAdjacentPersons, personOfOrg } from '../../src/core/entities/adjacentPersons';
import { analyzeText } from '../../src/core/analyze';

const shown = (words: readonly string[], spans: readonly Span[]): string[] => spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);

suite('entities: adjacent persons and a person of a firm', () => {
  test('two touching persons join after an honorific only (sports copy lists names with no commas)', () => {
    const words = 'Dr Abena Nyarko Agyeman met Wasim Akram Waqar Younis'.split(' ');
    const spans: Span[] = [{ start: 0, end: 2, type: 'PERSON' }, { start: 2, end: 4, type: 'PERSON' }, { start: 5, end: 7, type: 'PERSON' },
      { start: 7, end: 9, type: 'PERSON' }];
    assert.deepEqual(shown(words, joinAdjacentPersons(words, spans)),
      ['Dr Abena Nyarko Agyeman/PERSON', 'Wasim Akram/PERSON', 'Waqar Younis/PERSON']);
  });

  test('"Koji Endo of SBI Securities" splits; "Bank of America", "Gold Fields of South Africa Ltd", "Democratic Members of Congress" do not', () => {
    const orgWords = new Set(['Bank', 'Congress']);
    for (const [text, want] of [
      ['Koji Endo of SBI Securities', ['Koji Endo/PERSON', 'SBI Securities/ORG']],
      ['Royal Bank of Scotland Group', ['Royal Bank of Scotland Group/ORG']],
      ['Gold Fields of South Africa Ltd', ['Gold Fields of South Africa Ltd/ORG']],
      ['Democratic Members of Congress', ['Democratic Members of Congress/ORG']],
    ] as const) {
      const words = text.split(' ');
      const spans: Span[] = [{ start: 0, end: words.length, type: 'ORG' }];
      assert.deepEqual(shown(words, personOfOrg(words, spans, (w) => w === 'South', (w) => orgWords.has(w))), want, text);
    }
  });

  test('in the pipeline: "The Member of Parliament for …, Hon. X," and "Deputy Chairperson …, Y," leave only the people', () => {
    const text = 'The Member of Parliament for Asante Akim Central, Hon. Kwadwo Akufo-Boateng, addressed supporters. ' +
      'Deputy Chairperson in charge of Operations, Samuel Tettey, told journalists that all polling stations were ready.';
    const names = analyzeText(text).entities.map((e) => e.text);
    assert.ok(!names.includes('Member of Parliament') && !names.includes('Chairperson'), names.join('|'));
    assert.ok(names.includes('Samuel Tettey'), names.join('|'));
  });
});
