// The sample article through the real claims extractor, with the hand-tagged entities of actors-sample.test.ts:
// who speaks each claim (issue 4 targets).
import * as assert from 'node:assert/strict';
import { extractClaims } from '../../src/core/claims';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import type { Claim } from '../../src/core/types';
import { groupActors, resolveSpeakers } from '../../src/core/actors';
import { SAMPLE, SAMPLE_SPEC, tagAll } from './actors-helpers';
const AMIR = 'person:hussein-amir-abdollahian';
const ARAJI = 'person:qassim-al-araji';

suite('actors: the sample article through extractClaims', () => {
  let claims: Claim[];
  suiteSetup(() => {
    const tokens = tokenize(SAMPLE);
    const sentences = splitSentences(SAMPLE, tokens);
    const grouping = groupActors(SAMPLE, tokens, sentences, tagAll(SAMPLE, SAMPLE_SPEC));
    claims = resolveSpeakers(SAMPLE, tokens, sentences, extractClaims(SAMPLE, tokens, sentences), grouping);
  });
  const speakerOf = (content: string): string | null | undefined => claims.find((c) => c.text.includes(content))?.speaker;

  test('Amir-Abdollahian: stressing, said, the SNSC visit, "unacceptable", the tweet, and "he said … Iran’s"', () => {
    assert.equal(speakerOf('this cooperation will improve the security and stability of both countries'), AMIR);
    assert.equal(speakerOf('he was pleased that Iran and Iraq have succeeded'), AMIR);
    assert.equal(speakerOf('Ali Shamkhani will travel to Iraq soon'), AMIR);
    assert.equal(speakerOf('the presence of any anti-Iran group'), AMIR);
    assert.equal(speakerOf('Future is bright'), AMIR);
    assert.equal(speakerOf('stability and security in Iraq is Iran’s'), AMIR);
    assert.equal(speakerOf('the Iraqi judiciary official to finalize'), AMIR);
  });

  test('al-Araji: "described … as", "stressing", and "The Iraqi advisor"', () => {
    assert.equal(speakerOf('recent plots against the Islamic Republic of Iran as a delusion'), ARAJI);
    assert.equal(speakerOf('any threat from Iraq’s soil'), ARAJI);
    assert.equal(speakerOf('the importance of regional cooperation'), ARAJI);
  });

  test('Fayyad and Zidane speak their own claims', () => {
    assert.equal(speakerOf('Iran for its unwavering support'), 'person:faleh-al-fayyad');
    assert.equal(speakerOf('the inclusive judicial measures'), 'person:faiq-zidane');
    assert.equal(speakerOf('Iraq is determined to put those'), 'person:faiq-zidane');
  });

  test('organisations and countries speak; "the two sides" are the two of the meeting just told', () => {
    assert.equal(speakerOf('to continue attacks till the groups are unarmed'), 'org:islamic-revolution-guards-corps');
    assert.equal(speakerOf('the country will give a decisive response'), 'gpe:iran');
    // "The top Iranian diplomat held another meeting with Hadi al-Amiri, …, where the two sides discussed …"
    const sides = claims.find((c) => c.text.includes('a range of issues of mutual interest'));
    assert.equal(sides?.speaker, AMIR);
    assert.deepEqual(sides?.coSpeakers, ['person:hadi-al-amiri']);
  });
});
