// The claims of issue 4 in the sample article, found by the general rules (nothing here is special-cased in
// src/core/claims). Speakers are mention spans; resolving them to actors is src/core/actors' job.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimWith, claimsOf } from './claims-helpers';
import type { ShownClaim } from './claims-helpers';

const SAMPLE = join(__dirname, '../../../test/fixtures/iran-iraq-security-cooperation.txt');

suite('claims: sample article (Iran–Iraq security cooperation)', () => {
  let claims: ShownClaim[];
  suiteSetup(() => { claims = claimsOf(readFileSync(SAMPLE, 'utf8')); });

  test('stressing that this cooperation will improve … — Amir-Abdollahian', () => {
    const c = claimWith(claims, 'this cooperation will improve the security and stability of both countries');
    assert.equal(c.cue, 'stressing');
    assert.equal(c.speaker, 'Iranian Foreign Minister Hussein Amir-Abdollahian');
    assert.equal(c.kind, 'indirect');
  });

  test('said he was pleased … — Amir-Abdollahian', () => {
    const c = claimWith(claims, 'he was pleased that Iran and Iraq have succeeded');
    assert.equal(c.cue, 'said');
    assert.equal(c.speaker, 'Amir-Abdollahian');
    assert.ok(c.text.startsWith('he was pleased'));
    assert.ok(c.text.endsWith('Iraqi Kurdistan region'), 'sentence-final full stop is not content');
  });

  test('He said Secretary of Iran’s SNSC … will travel — "He"', () => {
    const c = claimWith(claims, 'Ali Shamkhani will travel to Iraq soon');
    assert.equal(c.cue, 'said');
    assert.equal(c.speaker, 'He');
  });

  test('He said the presence … is “unacceptable” (mixed quote) — "He"', () => {
    const c = claimWith(claims, 'anti-Iran group in the Iraqi Kurdistan region is “unacceptable”');
    assert.equal(c.cue, 'said');
    assert.equal(c.speaker, 'He');
    assert.equal(c.kind, 'indirect');
  });

  test('al-Araji described recent plots … as a delusion', () => {
    const c = claimWith(claims, 'recent plots against the Islamic Republic of Iran as a delusion');
    assert.equal(c.cue, 'described');
    assert.equal(c.speaker, 'al-Araji');
  });

  test('stressing that any threat from Iraq’s soil … — al-Araji', () => {
    const c = claimWith(claims, 'any threat from Iraq’s soil to Iran will be “unacceptable and deplorable”');
    assert.equal(c.cue, 'stressing');
    assert.equal(c.speaker, 'al-Araji');
  });

  test('noting that if interactions … — the Iraqi advisor', () => {
    const c = claimWith(claims, 'if interactions among regional countries are improved');
    assert.equal(c.cue, 'noting');
    assert.equal(c.speaker, 'The Iraqi advisor');
  });

  test('he said stability and security in Iraq is Iran’s — "he"', () => {
    const c = claimWith(claims, 'stability and security in Iraq is Iran’s');
    assert.equal(c.cue, 'said');
    assert.equal(c.speaker, 'he');
  });

  test('Fayyad thanked Iran … and stressed the need …', () => {
    const thanked = claimWith(claims, 'for its unwavering support');
    assert.equal(thanked.cue, 'thanked');
    assert.equal(thanked.speaker, 'Fayyad');
    const need = claimWith(claims, 'the need for the Iranian and Iraqi governments to keep up security cooperation');
    assert.equal(need.cue, 'stressing');
    assert.equal(need.speaker, 'Fayyad');
  });

  test('Amir-Abdollahian noting that terrorist groups are a threat', () => {
    const c = claimWith(claims, 'the presence of terrorist groups is a threat to all parties');
    assert.equal(c.cue, 'noting');
    assert.equal(c.speaker, 'Amir-Abdollahian');
  });

  test('the Iranian foreign minister called on the Iraqi judiciary official …', () => {
    const c = claimWith(claims, 'to finalize their actions');
    assert.match(c.cue ?? '', /called on$/);
    assert.equal(c.speaker, 'The Iranian foreign minister');
  });

  test('Zidane explained … and noted that Iraq is determined …', () => {
    const explained = claimWith(claims, 'the inclusive judicial measures by the Iraqi side');
    assert.equal(explained.cue, 'explained');
    assert.equal(explained.speaker, 'Zidane');
    const noting = claimWith(claims, 'Iraq is determined to put those who did the attack on trial');
    assert.equal(noting.cue, 'noting');
    assert.equal(noting.speaker, 'Zidane');
  });

  test('the tweet: “Future is bright …,” Amir-Abdollahian later wrote', () => {
    const c = claimWith(claims, 'Future is bright');
    assert.equal(c.kind, 'direct');
    assert.equal(c.text, '“Future is bright and the best will come by the grace of God and efforts of all of us,”');
    assert.match(c.cue ?? '', /wrote$/);
    assert.equal(c.speaker, 'Amir-Abdollahian');
  });

  test('the headline is not a claim', () => {
    assert.equal(claims.filter((c) => c.text.includes('Step Up Security Cooperation')).length, 0);
  });
});
