// "the Belt and Road Initiative": a common noun and "and" before an organisation's name tagged from its second noun on.
import * as assert from 'node:assert/strict';
import { coordinatedOrgNames, ministryPortfolios, orgNameComplements } from '../../src/core/entities/coordinatedOrgs';
import type { Span } from '../../src/core/entities/names';
import { tagEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

const shown = (words: readonly string[], spans: readonly Span[]): string[] => spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);
const orgWord = (w: string): boolean => ['Organization', 'Union', 'Committee'].includes(w);
const nameWord = (w: string): boolean => ['European'].includes(w);

suite('entities: an organisation whose name coordinates two nouns', () => {
  test('the noun before "and" joins the name; two names, a month, a title or a sentence start do not', () => {
    const words = ('China backs the Belt and Road Initiative and the Food and Agriculture Organization ; it heads the G8 and ' +
      'European Union ; it is July and Means Committee . Food and Drug Committee met').split(' ');
    const spans: Span[] = [{ start: 0, end: 1, type: 'GPE' }, { start: 5, end: 7, type: 'ORG' }, { start: 11, end: 13, type: 'ORG' },
      { start: 19, end: 21, type: 'ORG' }, { start: 26, end: 28, type: 'ORG' }, { start: 31, end: 33, type: 'ORG' }];
    coordinatedOrgNames(words, spans, orgWord, nameWord, [0, 29]);
    assert.deepEqual(shown(words, spans), ['China/GPE', 'Belt and Road Initiative/ORG', 'Food and Agriculture Organization/ORG',
      'European Union/ORG', 'Means Committee/ORG', 'Drug Committee/ORG']);
  });

  test('a lone miscellany before "and" joins too: "Hostages" MISC before "and Missing Families Forum"', () => {
    const words = 'The Hostages and Missing Families Forum said'.split(' ');
    const spans: Span[] = [{ start: 1, end: 2, type: 'MISC' }, { start: 3, end: 6, type: 'ORG' }];
    coordinatedOrgNames(words, spans, (w) => w === 'Forum', nameWord, [0]);
    assert.deepEqual(shown(words, spans), ['Hostages and Missing Families Forum/ORG']);
  });

  test('in the whole pipeline, "the Belt and Road Initiative" is one organisation', () => {
    const text = 'China and Iraq pledged to deepen cooperation under the Belt and Road Initiative, officials said.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}`);
    assert.ok(found.includes('Belt and Road Initiative/ORG'), found.join(' | '));
  });

  test('"Ministry of Transport and | Mining": the last portfolio joins its ministry; a name followed by more capitals does not', () => {
    const words = 'the Ministry of Transport and Mining said ; the Ministry of Defence and Hamas Leaders met'.split(' ');
    const spans: Span[] = [{ start: 1, end: 4, type: 'ORG' }, { start: 5, end: 6, type: 'ORG' }, { start: 9, end: 12, type: 'ORG' },
      { start: 13, end: 14, type: 'ORG' }];
    ministryPortfolios(words, spans);
    assert.deepEqual(shown(words, spans), ['Ministry of Transport and Mining/ORG', 'Ministry of Defence/ORG', 'Hamas/ORG']);
  });

  test('"the University of Virginia Center for Politics": a miscellany after a head noun and "for" / "of" / "on" ends the name', () => {
    const words = 'the University of Virginia Center for Politics , the Brookings Institution for Reuters , the Joint Committee on Taxation'.split(' ');
    const spans: Span[] = [{ start: 1, end: 5, type: 'ORG' }, { start: 6, end: 7, type: 'MISC' }, { start: 9, end: 11, type: 'ORG' },
      { start: 12, end: 13, type: 'ORG' }, { start: 15, end: 17, type: 'ORG' }, { start: 18, end: 19, type: 'MISC' }];
    orgNameComplements(words, spans, (w) => w === 'Institution');
    assert.deepEqual(shown(words, spans), ['University of Virginia Center for Politics/ORG', 'Brookings Institution/ORG', 'Reuters/ORG',
      'Joint Committee on Taxation/ORG']);
  });
});
