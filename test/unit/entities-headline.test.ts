// headlineFromBody on constructed headline and body spans (the pipeline calls it for a Title-Case first line).
import * as assert from 'node:assert/strict';
import { headlineFromBody } from '../../src/core/entities/headline';
import type { Span } from '../../src/core/entities/names';

const WORDS = 'Clinton Wades In As Claudia Tenney Rises On Islamic State . Tenney met Clinton in Delaware ; Clinton and Islamic leaders spoke . Delaware'.split(' ');
const HEAD_END = 11;
const text = (s: Span): string => `${WORDS.slice(s.start, s.end).join(' ')}/${s.type}`;
const at = (word: string, from = 0): number => WORDS.indexOf(word, from);

suite('entities: a Title-Case headline read with the body', () => {
  const body: Span[] = [
    { start: at('Tenney', HEAD_END), end: at('Tenney', HEAD_END) + 1, type: 'PERSON' },
    { start: at('Clinton', HEAD_END), end: at('Clinton', HEAD_END) + 1, type: 'PERSON' },
    { start: at('Delaware', HEAD_END), end: at('Delaware', HEAD_END) + 1, type: 'GPE' },
    { start: at('Clinton', at('Clinton', HEAD_END) + 1), end: at('Clinton', at('Clinton', HEAD_END) + 1) + 1, type: 'PERSON' },
    { start: at('Islamic', HEAD_END), end: at('Islamic', HEAD_END) + 1, type: 'NORP' },
    { start: WORDS.length - 1, end: WORDS.length, type: 'LOC' },
  ];
  const mayDrop = (i: number): boolean => !['Claudia', 'State'].includes(WORDS[i]);

  test('a headline span cut to the part the body tags, when the words cut off may go', () => {
    const out = headlineFromBody(WORDS, [{ start: 0, end: 2, type: 'ORG' }, ...body], HEAD_END, mayDrop);
    assert.equal(text(out[0]), 'Clinton/PERSON');
  });

  test('no cut at a word the caller protects, nor to a NORP part; the body is unchanged', () => {
    const head: Span[] = [{ start: 4, end: 6, type: 'PERSON' }, { start: 8, end: 10, type: 'LOC' }];
    const anyDrop = headlineFromBody(WORDS, [...head, ...body], HEAD_END, () => true);
    assert.deepEqual(anyDrop.slice(0, 2).map(text), ['Tenney/PERSON', 'Islamic State/LOC']);
    const kept = headlineFromBody(WORDS, [...head, ...body], HEAD_END, mayDrop);
    assert.deepEqual(kept.slice(0, 2).map(text), ['Claudia Tenney/PERSON', 'Islamic State/LOC']);
    assert.deepEqual(kept.slice(2), body);
  });

  test('a headline span the body tags whole takes the body\'s most frequent type', () => {
    const words = 'Delaware Votes . In Delaware , Delaware and Delaware'.split(' ');
    const spans: Span[] = [{ start: 0, end: 1, type: 'ORG' }, { start: 4, end: 5, type: 'GPE' }, { start: 6, end: 7, type: 'LOC' },
      { start: 8, end: 9, type: 'GPE' }];
    assert.equal(headlineFromBody(words, spans, 3, () => true)[0].type, 'GPE');
  });
});
