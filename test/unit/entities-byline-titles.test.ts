// "By Jane Doe, Political Correspondent": the reporter's title in a byline is a job, not an organisation.
import * as assert from 'node:assert/strict';
import type { Span } from '../../src/core/entities/names';
import { dropNonNames } from '../../src/core/entities/names';
import { tagEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

const entitiesOf = (text: string): string[] => {
  const tokens = tokenize(text);
  return tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}`);
};

suite('entities: a reporter\'s title in a byline', () => {
  test('a desk and a role ("Political Correspondent", "Chief Economics Editor", "Staff Writers") is no entity', () => {
    const words = ['By', 'Jane', 'Doe', ',', 'Chief', 'Economics', 'Editor', 'and', 'Staff', 'Writers'];
    const spans: Span[] = [{ start: 1, end: 3, type: 'PERSON' }, { start: 4, end: 7, type: 'ORG' }, { start: 8, end: 10, type: 'MISC' }];
    assert.deepEqual(dropNonNames(words, spans), [{ start: 1, end: 3, type: 'PERSON' }]);
  });

  test('an organisation or place before the role keeps the span; other names ending in a role word stay', () => {
    const words = ['BBC', 'Correspondent', ';', 'Foreign', 'Correspondents', 'Club', ';', 'Writers', 'Guild', ';', 'Oakland', 'Editor'];
    const spans: Span[] = [{ start: 0, end: 2, type: 'ORG' }, { start: 3, end: 6, type: 'ORG' }, { start: 7, end: 9, type: 'ORG' },
      { start: 10, end: 12, type: 'ORG' }];
    assert.deepEqual(dropNonNames(words, spans), spans);
  });

  test('in the pipeline: the byline keeps its reporters as people and no title as an organisation', () => {
    const got = entitiesOf('Minister warns of cuts\n\nBy Tom Reed and Ana Ruiz, Political Correspondents\n\nLONDON — The minister said on Tuesday that cuts would come.\n');
    assert.ok(got.includes('Tom Reed/PERSON') && got.includes('Ana Ruiz/PERSON'), got.join(', '));
    assert.ok(!got.some((e) => /Correspondent/.test(e)), got.join(', '));
  });
});
