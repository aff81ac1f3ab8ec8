// "Kataib Hezbollah", "Harakat al-Nujaba", "Hezbollah": organisations the tagger read as people, and two groups it
// then made one.
import * as assert from 'node:assert/strict';
import { arabicOrgNames } from '../../src/core/entities/arabicOrgNames';
import type { Span } from '../../src/core/entities/names';
import { analyzeText } from '../../src/core/analyze';

suite('entities: Arabic names of organisations', () => {
  test('a person span that opens with an organisation\'s head word, or a fused party name, is an organisation', () => {
    const words = 'Kataib Hezbollah and Hezbollah and Harakat al-Nujaba and Hussein Amir-Abdollahian and Ansar'.split(' ');
    const spans: Span[] = [{ start: 0, end: 2, type: 'PERSON' }, { start: 3, end: 4, type: 'PERSON' }, { start: 5, end: 7, type: 'PERSON' },
      { start: 8, end: 10, type: 'PERSON' }, { start: 11, end: 12, type: 'PERSON' }];
    arabicOrgNames(words, spans);
    assert.deepEqual(spans.map((s) => s.type), ['ORG', 'ORG', 'ORG', 'PERSON', 'PERSON']);
  });

  test('"Hezbollah said …" and "Kataib Hezbollah denied …" are two organisations, each speaking its own claim', () => {
    const a = analyzeText('Hezbollah said it fired rockets at Israel. Kataib Hezbollah denied involvement in the attack.');
    const speakerOf = (cue: string): string | null | undefined => a.claims.find((c) => c.cue?.text === cue)?.speaker;
    assert.equal(speakerOf('said'), 'org:hezbollah');
    assert.equal(speakerOf('denied'), 'org:kataib-hezbollah');
  });
});
