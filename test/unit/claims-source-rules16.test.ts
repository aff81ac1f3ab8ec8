// Source rules of session 16 (source16), checked on the rules' own choice (no source ranker).
import * as assert from 'node:assert';
import { ruleClaims } from './claims-helpers';

suite('claims: source rules (session 16)', () => {
  test('a passive whose "be" and adverbs the cue left out has no source; its subject is a content piece', () => {
    assert.deepStrictEqual(ruleClaims("She is perhaps best known for her work on veterans' health care.", 'known for'),
      [['She', null], ["her work on veterans' health care", null]]);
    // Whether "as" opens the second piece is the content-start model's call (PolNeAR has both), and whether the claim
    // filter keeps the subject piece is its own; the rule under test is the missing source and the subject as the
    // first piece.
    const rollout = ruleClaims("The governor's rollout was widely criticized as sloppy.", 'criticized', true);
    assert.deepStrictEqual(rollout.map((c) => c[1]), [null, null]);
    assert.strictEqual(rollout[0][0], "The governor's rollout");
    assert.match(rollout[1][0], /^(?:as )?sloppy$/);
  });

  test('"has" before a participle is no passive: "he\'s predicted" keeps its subject', () => {
    const claims = ruleClaims('And he’s predicted big wins in the races ahead.', 'predicted');
    // The contracted "’s" is no part of the speaker span (PolNeAR marks "He", session 19).
    assert.deepStrictEqual(claims.map((c) => c[1]), ['he']);
  });

  test('a participle whose content precedes it takes the clause subject ("X needled the “experts,” saying, “…”")', () => {
    assert.deepStrictEqual(ruleClaims('Smith needled the “experts,” saying, “They never learn.”', 'saying'), [['“They never learn.”', 'Smith']]);
    // Whether "them" is a content piece of its own is the content models' call; every piece is the senator's.
    const thanking = ruleClaims('The senator greeted the “volunteers,” thanking them, “You made this happen.”', 'thanking');
    assert.ok(thanking.some((c) => c[0] === '“You made this happen.”'), JSON.stringify(thanking));
    assert.deepStrictEqual([...new Set(thanking.map((c) => c[1]))], ['The senator']);
  });

  test('a noun cue with "from" or "among" after it takes that phrase as its source', () => {
    assert.deepStrictEqual(ruleClaims('There is mounting anxiety among senior Democrats that the race is slipping away.', 'anxiety'),
      [['that the race is slipping away', 'senior Democrats']]);
    assert.deepStrictEqual(ruleClaims('The senator faced stern opposition from local homeowners to his plan.', 'stern opposition').map((c) => c[1]),
      ['local homeowners']);
    // A verb cue's "from" is an adjunct: "said from his office".
    assert.deepStrictEqual(ruleClaims('Mr. Hedge said from his office that the club is profitable.', 'said').map((c) => c[1]), ['Mr. Hedge']);
  });

  test('an opener before a comma ("Here in Ohio,", "Moreover,") is no clause subject for a participle', () => {
    assert.deepStrictEqual(ruleClaims('Here in Ohio, Sanders stepped up his attacks, saying the deal was a disaster.', 'saying').map((c) => c[1]),
      ['Sanders']);
    // "Then he …" is the clause itself, not an introduction: the speaker keeps "he", not what follows the comma.
    const [then] = ruleClaims('Then he left the stage, insisting that the plan would pass.', 'insisting');
    assert.ok(then[1] !== null && /\bhe\b/.test(then[1]), JSON.stringify(then));
  });

  test('a name and its apposition before the cue outrank lower-case words after it as an inverted subject', () => {
    assert.deepStrictEqual(ruleClaims('Mark Wynn, chairman of the district party, said his district received a flurry of calls.', 'said'),
      [['his district received a flurry of calls', 'Mark Wynn, chairman of the district party,']]);
    assert.deepStrictEqual(ruleClaims('“It was a mistake,” Sam Nunberg, a former aide, said when asked about the tweet.', 'said'),
      [['“It was a mistake,”', 'Sam Nunberg, a former aide,']]);
    // After a quote, an inverted subject still stands.
    assert.deepStrictEqual(ruleClaims('“We are ready,” said a senior campaign official.', 'said'), [['“We are ready,”', 'a senior campaign official']]);
  });
});
