// Source rules of session 16 (source16), checked on the rules' own choice (no source ranker).
import * as assert from 'node:assert';
import { extractClaims } from '../../src/core/claims';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

/** [content, speaker] of every rules-only claim whose cue is `cue`. */
function ruleClaims(text: string, cue: string): [string, string | null][] {
  const tokens = tokenize(text);
  const claims = extractClaims(text, tokens, splitSentences(text, tokens), { sourceModel: false });
  return claims.filter((c) => c.cue?.text === cue)
    .map((c) => [c.text, c.speakerSpan ? text.slice(c.speakerSpan.start, c.speakerSpan.end) : null]);
}

suite('claims: source rules (session 16)', () => {
  test('a passive whose "be" and adverbs the cue left out has no source; its subject is a content piece', () => {
    assert.deepStrictEqual(ruleClaims("She is perhaps best known for her work on veterans' health care.", 'known for'),
      [['She', null], ["her work on veterans' health care", null]]);
    assert.deepStrictEqual(ruleClaims("The governor's rollout was widely criticized as sloppy.", 'criticized'),
      [["The governor's rollout", null], ['sloppy', null]]);
  });

  test('"has" before a participle is no passive: "he\'s predicted" keeps its subject', () => {
    const claims = ruleClaims('And he’s predicted big wins in the races ahead.', 'predicted');
    assert.deepStrictEqual(claims.map((c) => c[1]), ['he’s']);
  });

  test('a participle whose content precedes it takes the clause subject ("X needled the “experts,” saying, “…”")', () => {
    assert.deepStrictEqual(ruleClaims('Smith needled the “experts,” saying, “They never learn.”', 'saying'), [['“They never learn.”', 'Smith']]);
    assert.deepStrictEqual(ruleClaims('The senator greeted the “volunteers,” thanking them, “You made this happen.”', 'thanking').map((c) => c[1]),
      ['The senator', 'The senator']);
  });
});
