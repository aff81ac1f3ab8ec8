// "Faisal bin Farhan", "Badr bin Hamad Al Busaidi", "bin Laden": an Arabic name's patronymic and family name are the
// person's, whatever the tagger made of the words after the lower-case "bin".
import * as assert from 'node:assert/strict';
import { tagEntities } from '../../src/core/entities';
import { personConsistency, type Span } from '../../src/core/entities/names';
import { joinPatronymics } from '../../src/core/entities/patronymics';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

const shown = (words: readonly string[], spans: readonly Span[]): string[] => spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);

suite('entities: Arabic patronymics ("bin", "bint", "ibn")', () => {
  test('the patronymic chain and a family name join the person; spans inside it go, others stay', () => {
    const words = 'Omani Foreign Minister Badr bin Hamad Al Busaidi met Faisal bin Farhan in Riyadh'.split(' ');
    const spans: Span[] = [{ start: 0, end: 1, type: 'NORP' }, { start: 3, end: 4, type: 'PERSON' }, { start: 6, end: 8, type: 'PERSON' },
      { start: 9, end: 10, type: 'PERSON' }, { start: 11, end: 12, type: 'ORG' }, { start: 13, end: 14, type: 'GPE' }];
    assert.deepEqual(shown(words, joinPatronymics(words, spans)),
      ['Omani/NORP', 'Badr bin Hamad Al Busaidi/PERSON', 'Faisal bin Farhan/PERSON', 'Riyadh/GPE']);
  });

  test('a bare "bin" before a person joins it; no growth into a span that crosses its end, nor for an organisation', () => {
    const words = 'Later bin Laden said that Bin Salman and the Bin Laden Group agreed'.split(' ');
    const spans: Span[] = [{ start: 2, end: 3, type: 'PERSON' }, { start: 6, end: 7, type: 'PERSON' }, { start: 10, end: 12, type: 'ORG' }];
    assert.deepEqual(shown(words, joinPatronymics(words, spans)), ['bin Laden/PERSON', 'Bin Salman/PERSON', 'Laden Group/ORG']);
    const crossing = 'Ali bin Hamad Street'.split(' ');
    assert.deepEqual(shown(crossing, joinPatronymics(crossing, [{ start: 0, end: 1, type: 'PERSON' }, { start: 2, end: 4, type: 'LOC' }])),
      ['Ali/PERSON', 'Hamad Street/LOC']);
  });

  test('a name the tagger typed otherwise, before "bin" and a name, is a person\'s; an ʿayn apostrophe before "al-"', () => {
    const words = 'Emir Sheikh Tamim bin Hamad Al Thani met Mohammed Shia \' al-Sudani'.split(' ');
    const spans: Span[] = [{ start: 2, end: 3, type: 'MISC' }, { start: 4, end: 7, type: 'ORG' }, { start: 8, end: 10, type: 'PERSON' },
      { start: 11, end: 12, type: 'MISC' }];
    assert.deepEqual(shown(words, joinPatronymics(words, spans)), ['Tamim bin Hamad Al Thani/PERSON', 'Mohammed Shia \' al-Sudani/PERSON']);
  });

  test('a capitalised article ("El-Sisi", "Al-Sharif") joins too; a given name before a "bin" the tagger started at, not a title', () => {
    const words = 'President Abdel Fattah El-Sisi met Faisal bin Saad Al-Qahtani and Prince bin Salman'.split(' ');
    const spans: Span[] = [{ start: 1, end: 3, type: 'PERSON' }, { start: 3, end: 4, type: 'ORG' }, { start: 7, end: 8, type: 'PERSON' },
      { start: 8, end: 9, type: 'LOC' }, { start: 12, end: 13, type: 'PERSON' }];
    assert.deepEqual(shown(words, joinPatronymics(words, spans)),
      ['Abdel Fattah El-Sisi/PERSON', 'Faisal bin Saad Al-Qahtani/PERSON', 'bin Salman/PERSON']);
  });

  test('in the whole pipeline, a minister and his short name are one actor-ready span each', () => {
    const text = 'Saudi Foreign Minister Prince Faisal bin Farhan said on Monday that the kingdom supports the talks. Faisal bin Farhan also met Iraqi officials.';
    const tokens = tokenize(text);
    const people = tagEntities(text, tokens, splitSentences(text, tokens)).filter((e) => e.type === 'PERSON').map((e) => e.text);
    assert.deepEqual(people, ['Prince Faisal bin Farhan', 'Faisal bin Farhan']);
  });

  test('a family name with its article ("al-Sudani") joins the name before it, and alone later is that person', () => {
    const text = 'Iraqi Prime Minister Mohammed Shia al-Sudani visited Tehran on Saturday. "We will not allow it," al-Sudani said. ' +
      'Osama bin Laden was named. Bin Laden spoke later.';
    const tokens = tokenize(text);
    const people = tagEntities(text, tokens, splitSentences(text, tokens)).filter((e) => e.type === 'PERSON').map((e) => e.text);
    assert.ok(people.includes('Mohammed Shia al-Sudani') && people.includes('al-Sudani'), people.join(', '));
    assert.ok(people.includes('Osama bin Laden') && people.includes('Bin Laden'), people.join(', '));
    assert.ok(!people.includes('Mohammed Shia'), people.join(', '));
    const oman = 'Araghchi met his Omani counterpart Badr bin Hamad Al Busaidi in Muscat on Sunday. For his part, Al Busaidi said Muscat would help.';
    const omanTokens = tokenize(oman);
    const found = tagEntities(oman, omanTokens, splitSentences(oman, omanTokens)).filter((e) => e.text === 'Al Busaidi').map((e) => e.type);
    assert.deepEqual(found, ['PERSON']);
  });

  test('"Bin Laden" tagged otherwise after "Osama bin Laden" is the person, as a lone surname would be', () => {
    const words = 'Osama bin Laden said so . Bin Laden spoke'.split(' ');
    const spans: Span[] = [{ start: 0, end: 3, type: 'PERSON' }, { start: 6, end: 8, type: 'MISC' }];
    personConsistency(words, spans);
    assert.deepEqual(shown(words, spans), ['Osama bin Laden/PERSON', 'Bin Laden/PERSON']);
  });

  test('"Ben-Gvir" tagged otherwise after "Itamar Ben Gvir" is the person: a two-word surname hyphenated', () => {
    const words = 'Itamar Ben Gvir said so . Ben-Gvir wrote . Gvir-Ben spoke'.split(' ');
    const spans: Span[] = [{ start: 0, end: 3, type: 'PERSON' }, { start: 6, end: 7, type: 'ORG' }, { start: 9, end: 10, type: 'ORG' }];
    personConsistency(words, spans);
    assert.deepEqual(shown(words, spans), ['Itamar Ben Gvir/PERSON', 'Ben-Gvir/PERSON', 'Gvir-Ben/ORG']);
  });
});

suite('entities: a family name alone with its article capitalised', () => {
  test('"Al-Hakim\'s office said" after "Sayyed Ammar al-Hakim" is his name again', () => {
    const text = 'Sayyed Ammar al-Hakim received the Iranian envoy in Baghdad. Al-Hakim\'s office said the two sides discussed security.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}`);
    assert.ok(found.includes('Al-Hakim/PERSON'), found.join(' | '));
  });
});

suite('entities: a title ending in an organisation word before an Arabic name', () => {
  test('"Iraqi Speaker of Parliament Mahmoud al-Mashhadani" holds the person Mahmoud al-Mashhadani', () => {
    const text = 'Iraqi Speaker of Parliament Mahmoud al-Mashhadani said the parliament would vote next week.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}`);
    assert.ok(found.includes('Mahmoud al-Mashhadani/PERSON'), found.join(' | '));
  });
});
