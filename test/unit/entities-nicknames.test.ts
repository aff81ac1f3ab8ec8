// "Joko "Jokowi" Widodo", "Earvin “Magic” Johnson": a quoted nickname between given and family name is one person,
// no quotation, and the nickname alone later is the same person.
import * as assert from 'node:assert/strict';
import type { Span } from '../../src/core/entities/names';
import { joinNicknames } from '../../src/core/entities/nicknames';
import { analyzeText } from '../../src/core/analyze';

suite('entities: a quoted nickname inside a name', () => {
  test('a capitalised word, a quoted nickname and a person after it join, whatever the tagger made of the first two', () => {
    const words = ['President', 'Ferdinand', '"', 'Bongbong', '"', 'Marcos', 'Jr.', 'spoke'];
    const spans: Span[] = [{ start: 1, end: 2, type: 'ORG' }, { start: 3, end: 4, type: 'MISC' }, { start: 5, end: 7, type: 'PERSON' }];
    assert.deepEqual(joinNicknames(words, spans), [{ start: 1, end: 7, type: 'PERSON' }]);
  });

  test('the family name untagged, or in a span of another type, or a title held with the given name: still one person', () => {
    const words = ['Emmanuel', '"', 'Manny', '"', 'Pineda-Lopez', 'said', ';', 'Juan', '"', 'Chico', '"', 'Manriquez', 'of', 'Oakland', 'said',
      ';', 'Sen.', 'Rafael', '"', 'Paeng', '"', 'Villaluz', 'said'];
    const spans: Span[] = [{ start: 0, end: 1, type: 'PERSON' }, { start: 2, end: 3, type: 'MISC' }, { start: 7, end: 8, type: 'PERSON' },
      { start: 9, end: 10, type: 'ORG' }, { start: 11, end: 14, type: 'ORG' }, { start: 16, end: 18, type: 'PERSON' }, { start: 21, end: 22, type: 'PERSON' }];
    const shown = joinNicknames(words, spans).map((x) => `${words.slice(x.start, x.end).join(' ')}/${x.type}`);
    assert.deepEqual(shown, ['Emmanuel " Manny " Pineda-Lopez/PERSON', 'Juan " Chico " Manriquez/PERSON', 'Oakland/ORG',
      'Sen. Rafael " Paeng " Villaluz/PERSON']);
  });

  test('in the pipeline: one actor for "Joko "Jokowi" Widodo", "Jokowi" and "Widodo"; the nickname is no quote', () => {
    const text = 'Jokowi backs program\n\nFormer president Joko "Jokowi" Widodo said he supported the program.\n\n' +
      '"We must help farmers," Jokowi said.\n\nWidodo added that the plan was sound.';
    const a = analyzeText(text);
    const people = a.actors.filter((x) => x.type === 'PERSON');
    assert.deepEqual(people.map((x) => x.name), ['Joko "Jokowi" Widodo']);
    assert.ok(a.claims.every((c) => c.speaker === people[0].id), JSON.stringify(a.claims.map((c) => [c.text, c.speaker])));
    assert.ok(!a.claims.some((c) => c.text.includes('"Jokowi"')));
    const magic = analyzeText('Lakers lose\n\nEarvin “Magic” Johnson said the team had lost its way.').claims;
    assert.deepEqual(magic.map((c) => c.text), ['the team had lost its way']);
  });

  test('a nickname of two words joins too ("Ernesto "Ka Erning" Villanueva"); a one-letter word is a headline\'s quote', () => {
    const words = ['chairman', 'Ernesto', '"', 'Ka', 'Erning', '"', 'Villanueva', 'was', 'shot', ';', 'Hillary', 'Clinton', '‘',
      'A', 'Disgrace', '’', 'Over', 'Police'];
    const spans: Span[] = [{ start: 1, end: 2, type: 'PERSON' }, { start: 3, end: 5, type: 'MISC' }, { start: 6, end: 7, type: 'PERSON' },
      { start: 10, end: 12, type: 'PERSON' }];
    const shown = joinNicknames(words, spans).map((x) => `${words.slice(x.start, x.end).join(' ')}/${x.type}`);
    assert.deepEqual(shown, ['Ernesto " Ka Erning " Villanueva/PERSON', 'Hillary Clinton/PERSON']);
    const a = analyzeText('Chairman killed\n\nGunmen shot chairman Ernesto "Ka Erning" Villanueva, police said.');
    assert.deepEqual(a.claims.map((c) => c.text), ['Gunmen shot chairman Ernesto "Ka Erning" Villanueva']);
  });
});
