// Wire headlines that name their source last, after a colon or dash (Yonhap, TASS, Tehran Times, IRNA).
import * as assert from 'node:assert/strict';
import { claimsOf, claimWith } from './claims-helpers';

const headline = (line: string): string => `${line}\n\nSEOUL, Dec. 3 -- The report came on Tuesday.`;

suite('claims: a headline that names its source last', () => {
  test('"…: JCS", "… - Peskov", "…: Araghchi": the name after the last colon or dash speaks the headline', () => {
    for (const [line, content, source] of [
      ['N. Korea fires ballistic missile into East Sea: JCS', 'N. Korea fires ballistic missile into East Sea', 'JCS'],
      ['Kremlin sees no grounds for optimism on grain corridor talks - Peskov', 'Kremlin sees no grounds for optimism on grain corridor talks', 'Peskov'],
      ['Iran will not retreat from its rights: Araghchi', 'Iran will not retreat from its rights', 'Araghchi'],
    ]) {
      const c = claimWith(claimsOf(headline(line)), content);
      assert.equal(c.text, content);
      assert.equal(c.speaker, source);
    }
  });

  test('no source: a title-case headline, a kicker, or a headline with its own speech verb', () => {
    for (const line of ['Gaza Ceasefire Talks Resume In Cairo: What We Know', 'Floods hit northern Italy: Live updates',
      'Police announce the suspect’s name on police scanner: Syed Farook']) {
      assert.ok(claimsOf(headline(line)).every((c) => c.speaker !== 'What We Know' && c.speaker !== 'Syed Farook' && c.cue !== ':'), line);
    }
  });
});
