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

suite('claims: a headline of two predicates, the second a speech verb', () => {
  test('"Amit Shah reviews J-K security, says terror ecosystem on last legs": the subject says the second part', () => {
    for (const [line, content, source] of [
      ['Amit Shah reviews J-K security, says terror ecosystem on last legs', 'terror ecosystem on last legs', 'Amit Shah'],
      ['PML-N rejects demand, says talks will continue', 'talks will continue', 'PML-N'],
    ]) {
      const claims = claimsOf(`${line}\n\nThe report came on Tuesday.`);
      assert.deepEqual(claims.map((c) => [c.text, c.cue, c.speaker]), [[content, 'says', source]], line);
    }
  });

  test('"…, says Trump" keeps its inverted speaker', () => {
    const c = claimWith(claimsOf(headline('Wall will be built, says Trump')), 'Wall will be built');
    assert.equal(c.speaker, 'Trump');
  });
});

suite('claims: labels that are no speakers', () => {
  test('a data line ("Revenue: $2.31 billion vs. …") and a byline label ("Source: …", "Photo: …") are no claims', () => {
    const text = 'Vantor AI shares jump\n\nRevenue: $2.31 billion vs. $2.12 billion expected\n\nSource: Kwame Asare Obeng | Myjoyonline.com\n\n' +
      'Photo: Reuters staff photographer\n\nThe company said demand was strong.';
    assert.deepEqual(claimsOf(text).map((c) => c.text), ['demand was strong']);
  });
});

suite('claims: Iraqi wire forms', () => {
  test('"Prime Minister receives …, stresses Iraq\'s keenness …": the subject stresses, a capitalised word after "stresses" notwithstanding', () => {
    const c = claimWith(claimsOf('Prime Minister receives Iranian Security Council Secretary, stresses Iraq\'s keenness on regional stability\n\nBAGHDAD - The talks ended.'), 'keenness');
    assert.deepEqual([c.text, c.cue, c.speaker], ['Iraq\'s keenness on regional stability', 'stresses', 'Prime Minister']);
  });

  test('"For his part, Ali al-Fatlawi, a member of …, said": the speaker starts at the name', () => {
    const c = claimWith(claimsOf('Iraq\n\nFor his part, Ali al-Fatlawi, a member of the Coordination Framework, said the withdrawal was on schedule.'), 'withdrawal');
    assert.equal(c.speaker, 'Ali al-Fatlawi, a member of the Coordination Framework,');
  });
});
