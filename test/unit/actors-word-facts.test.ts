// The per-word facts the actor stages keep (wordFacts.ts for the profile sweep, DescriptionWord in describe.ts)
// answer what the per-occurrence tests answered, whichever occurrence of a word is asked first.
import * as assert from 'node:assert/strict';
import { parseDescription } from '../../src/core/actors/describe';
import { ARTICLE_KEY, CONNECTOR_KEY, CONNECTOR_TEXT, FEMALE_KIN, FEMALE_PRONOUN, MALE_KIN, MALE_PRONOUN, POSSESSIVE_WORD, SUBJECT_BEFORE,
  TITLE_KEY, WordFacts } from '../../src/core/actors/wordFacts';
import { tokenize } from '../../src/core/text/tokenize';

const ALL = [POSSESSIVE_WORD, CONNECTOR_TEXT, CONNECTOR_KEY, ARTICLE_KEY, TITLE_KEY, SUBJECT_BEFORE, MALE_PRONOUN, FEMALE_PRONOUN, MALE_KIN, FEMALE_KIN];

suite('actors: per-word facts', () => {
  test('WordFacts gives each token text its bits, the same for every occurrence', () => {
    const text = 'However, Of the Gen. wife and WIFE said he’s “His son” for Iran’s Mr. X; She, her sister and The widow.';
    const tokens = tokenize(text);
    const facts = new WordFacts(tokens);
    const expected: Record<string, number> = {
      However: SUBJECT_BEFORE, ',': SUBJECT_BEFORE, Of: CONNECTOR_KEY, the: ARTICLE_KEY, 'Gen.': TITLE_KEY, wife: FEMALE_KIN,
      and: SUBJECT_BEFORE, WIFE: FEMALE_KIN, said: SUBJECT_BEFORE, His: MALE_PRONOUN, son: MALE_KIN, for: CONNECTOR_TEXT | CONNECTOR_KEY,
      '’s': POSSESSIVE_WORD, 'Mr.': TITLE_KEY, ';': SUBJECT_BEFORE, She: FEMALE_PRONOUN, her: FEMALE_PRONOUN, sister: FEMALE_KIN,
      The: ARTICLE_KEY, widow: FEMALE_KIN, '“': SUBJECT_BEFORE,
    };
    const seen = new Set<string>();
    for (let i = tokens.length - 1; i >= 0; i--) { // from the end: later occurrences are asked first
      const t = tokens.text(i);
      if (!(t in expected)) continue;
      seen.add(t);
      const bits = ALL.reduce((s, b) => s | (facts.of(i) & b), 0);
      assert.equal(bits, expected[t], t);
    }
    assert.equal(seen.size, Object.keys(expected).length);
  });

  test('parseDescription reads the same description the same way before and after its words are known', () => {
    const cases: [string, string | undefined, boolean, readonly string[], string | undefined][] = [
      ['the top Iranian diplomat', 'diplomat', false, ['IR'], undefined],
      ['Iraqi officials', 'official', true, ['IQ'], undefined],
      ['the spokesman for the ministry', 'spokesperson', false, [], 'org'],
      ['The country', undefined, false, [], 'country'],
      ['a former foreign minister of Iran', 'minister', false, ['IR'], undefined],
      ['the U.S. envoy', 'envoy', false, ['US'], undefined],
      ['a U.K. minister', 'minister', false, ['GB'], undefined],
      ['the U.S.-backed leader', 'leader', false, [], undefined],
      ['the recent 50-state poll', undefined, false, [], undefined],
      // a non-ASCII character takes the regular-expression path, which must read the words the same way
      ['the U.S. envoy’s aide', 'aide', false, ['US'], undefined],
      ['the U.S.-backed leader’s aide', 'aide', false, [], undefined],
      ['the recent 50-state poll’s aide', 'aide', false, [], undefined],
    ];
    for (let pass = 0; pass < 2; pass++) {
      for (const [span, head, plural, countries, generic] of cases) {
        const d = parseDescription(span);
        assert.equal(d.head, head, span);
        assert.equal(d.plural, plural, span);
        assert.deepEqual([...d.countries], countries, span);
        assert.equal(d.generic?.kind, generic, span);
      }
    }
  });
});
