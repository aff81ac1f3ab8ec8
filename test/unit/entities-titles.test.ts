// An office title right before a name is no entity of its own (it would be an actor in the sidebar); a place it
// opens with stays a place.
import * as assert from 'node:assert/strict';
import { analyzeEntities } from '../../src/core/analyze';
import type { Span } from '../../src/core/entities/names';
import { titlesBeforeNames } from '../../src/core/entities/names';

const entities = (text: string): string[] => analyzeEntities(text).entities.map((e) => `${e.type} ${e.text}`);

suite('entities: office titles before names', () => {
  test('"Boston Mayor Marty Walsh": Boston is a place, the title no organisation', () => {
    const es = entities('Boston Mayor Marty Walsh, one of his supporters, said the city would help.');
    assert.ok(es.includes('GPE Boston'), es.join('; '));
    assert.ok(es.includes('PERSON Marty Walsh'), es.join('; '));
    assert.ok(!es.some((e) => e.includes('Mayor')), es.join('; '));
  });

  test('"U.S. National Security Adviser Stephen Hadley", "Health Commissioner Markos Kypriano": no title entity', () => {
    const es = entities('U.S. National Security Adviser Stephen Hadley said a test would be defiance. ' +
      'European Union Health Commissioner Markos Kypriano says the EU is increasing its pledge.');
    assert.ok(!es.some((e) => /Adviser|Commissioner/.test(e)), es.join('; '));
    assert.ok(es.includes('PERSON Stephen Hadley') && es.includes('PERSON Markos Kypriano'), es.join('; '));
  });

  test('an organisation\'s own title stays; a lone title before a name goes ("Justice Stephen Breyer")', () => {
    const words = 'Centers for Disease Control Director Tom Frieden met Justice Stephen Breyer .'.split(' ');
    const spans: Span[] = [{ start: 0, end: 5, type: 'ORG' }, { start: 5, end: 7, type: 'PERSON' }, { start: 8, end: 9, type: 'ORG' },
      { start: 9, end: 11, type: 'PERSON' }];
    const kept = titlesBeforeNames(words, spans, () => false, () => false).map((s) => words.slice(s.start, s.end).join(' '));
    assert.deepEqual(kept, ['Centers for Disease Control Director', 'Tom Frieden', 'Stephen Breyer']);
  });

  test('an abbreviated rank tagged alone before more ranks and a name goes ("Det | Supt | Ann Bell"); a surname stays', () => {
    const words = 'Det Supt Ann Bell met Gen Ali Reza and Sen Amartya Sen .'.split(' ');
    const spans: Span[] = [{ start: 0, end: 1, type: 'PERSON' }, { start: 2, end: 4, type: 'PERSON' }, { start: 5, end: 6, type: 'PERSON' },
      { start: 6, end: 8, type: 'PERSON' }, { start: 9, end: 10, type: 'PERSON' }, { start: 10, end: 12, type: 'PERSON' }];
    const kept = titlesBeforeNames(words, spans, () => false, () => false).map((s) => words.slice(s.start, s.end).join(' '));
    // "Sen" is no rank here (it is Amartya Sen's surname).
    assert.deepEqual(kept, ['Ann Bell', 'Ali Reza', 'Sen', 'Amartya Sen']);
  });
});
