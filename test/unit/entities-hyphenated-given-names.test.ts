// "Chang Ho-jin", "Kim Yo-jong": a Korean family name and a hyphenated given name are one person.
import * as assert from 'node:assert/strict';
import type { Span } from '../../src/core/entities/names';
import { joinHyphenatedGivenNames } from '../../src/core/entities/hyphenatedGivenNames';

const shown = (words: readonly string[], spans: readonly Span[]): string[] => spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);

suite('entities: hyphenated given names', () => {
  test('a one-word person and a hyphenated given name after it join, whatever the second was tagged', () => {
    const words = 'Adviser Chang Ho-jin met Kim Yo-jong and Lindsey Graham-type senators'.split(' ');
    const spans: Span[] = [{ start: 1, end: 2, type: 'PERSON' }, { start: 2, end: 3, type: 'MISC' }, { start: 4, end: 5, type: 'PERSON' },
      { start: 7, end: 8, type: 'PERSON' }, { start: 8, end: 9, type: 'MISC' }];
    assert.deepEqual(shown(words, joinHyphenatedGivenNames(words, spans)),
      ['Chang Ho-jin/PERSON', 'Kim Yo-jong/PERSON', 'Lindsey/PERSON', 'Graham-type/MISC']);
  });
});
