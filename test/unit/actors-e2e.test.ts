// The sample article through the whole real pipeline: tokenize → tagEntities → extractClaims → groupActors →
// resolveSpeakers (what analyzeText will do). Checks the issue 4 targets on actors and speakers.
import * as assert from 'node:assert/strict';
import { extractClaims } from '../../src/core/claims';
import { tagEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import type { Claim, Entity } from '../../src/core/types';
import type { ActorGrouping } from '../../src/core/actors';
import { groupActors, resolveSpeakers } from '../../src/core/actors';
import { SAMPLE } from './actors-helpers';

const AMIR = 'person:hussein-amir-abdollahian';

suite('actors: the sample article through the real tagger and claims extractor', () => {
  let grouping: ActorGrouping;
  let claims: Claim[];
  suiteSetup(() => {
    const tokens = tokenize(SAMPLE);
    const sentences = splitSentences(SAMPLE, tokens);
    grouping = groupActors(SAMPLE, tokens, sentences, tagEntities(SAMPLE, tokens, sentences));
    claims = resolveSpeakers(SAMPLE, tokens, sentences, extractClaims(SAMPLE, tokens, sentences), grouping);
  });
  const actorOf = (surface: string): string | undefined => grouping.entities.find((e: Entity) => e.text === surface)?.actor;
  const speakerOf = (content: string): string | null | undefined => claims.find((c) => c.text.includes(content))?.speaker;

  test('"Amir-Abdollahian" and "Hussein Amir-Abdollahian" are one actor; "Iranian" belongs to Iran', () => {
    assert.equal(actorOf('Amir-Abdollahian'), AMIR);
    assert.equal(actorOf('Hussein Amir-Abdollahian'), AMIR);
    assert.equal(grouping.actors.find((a) => a.id === AMIR)?.name, 'Hussein Amir-Abdollahian');
    assert.equal(actorOf('Iranian'), 'gpe:iran');
    assert.equal(actorOf('Iran'), 'gpe:iran');
  });

  test('surnames, acronyms and case variants join', () => {
    assert.equal(actorOf('al-Araji'), actorOf('Qassim al-Araji'));
    assert.equal(actorOf('Fayyad'), actorOf('Faleh al-Fayyad'));
    assert.equal(actorOf('Zidane'), actorOf('Faiq Zidane'));
    assert.equal(actorOf('IRGC'), actorOf('Islamic Revolution Guards Corps'));
    assert.equal(actorOf('SNSC'), actorOf('Supreme National Security Council'));
    assert.equal(actorOf('BAGHDAD'), actorOf('Baghdad'));
  });

  test('speakers: Amir-Abdollahian, al-Araji, Fayyad and Zidane, through names, "he" and descriptions', () => {
    assert.equal(speakerOf('this cooperation will improve the security and stability of both countries'), AMIR);
    assert.equal(speakerOf('he was pleased that Iran and Iraq have succeeded'), AMIR);
    assert.equal(speakerOf('Ali Shamkhani will travel to Iraq soon'), AMIR);
    assert.equal(speakerOf('the presence of any anti-Iran group'), AMIR);
    assert.equal(speakerOf('Future is bright'), AMIR);
    assert.equal(speakerOf('stability and security in Iraq is Iran’s'), AMIR);
    assert.equal(speakerOf('recent plots against the Islamic Republic of Iran as a delusion'), 'person:qassim-al-araji');
    assert.equal(speakerOf('any threat from Iraq’s soil'), 'person:qassim-al-araji');
    assert.equal(speakerOf('the importance of regional cooperation'), 'person:qassim-al-araji');
    assert.equal(speakerOf('Iran for its unwavering support'), 'person:faleh-al-fayyad');
    assert.equal(speakerOf('the inclusive judicial measures'), 'person:faiq-zidane');
  });

  test('every entity but dates and stances ("anti-Iran") has an actor, and every actor id is unique', () => {
    for (const e of grouping.entities) {
      assert.equal(e.actor === undefined, e.type === 'DATE' || /^(?:anti|pro)-/i.test(e.text), `${e.text}/${e.type}`);
    }
    const ids = grouping.actors.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});
