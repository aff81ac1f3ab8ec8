// The sample article with the entities a good tagger would find, given by hand (the actors module's input).
import * as assert from 'node:assert/strict';
import { fold } from '../../src/core/actors/fold';
import type { Grouped } from './actors-helpers';
import { group, SAMPLE, SAMPLE_SPEC, tagAll } from './actors-helpers';


suite('actors: the sample article (hand-tagged entities)', () => {
  let g: Grouped;
  suiteSetup(() => { g = group(SAMPLE, tagAll(SAMPLE, SAMPLE_SPEC)); });

  test('"Amir-Abdollahian" and "Hussein Amir-Abdollahian" are one actor named by the full name', () => {
    const id = g.actorOf('Hussein Amir-Abdollahian');
    assert.ok(id);
    for (let n = 0; n < 4; n++) assert.equal(g.actorOf('Amir-Abdollahian', n), id, `mention ${n}`);
    const a = g.actor(id);
    assert.equal(a?.name, 'Hussein Amir-Abdollahian');
    assert.equal(a?.type, 'PERSON');
    assert.deepEqual(a?.aliases, ['Amir-Abdollahian']);
    assert.equal(a?.mentions, 5);
  });

  test('"Iranian" and "Islamic Republic of Iran" belong to Iran; "Iraqi" to Iraq', () => {
    const iran = g.actorOf('Iran');
    assert.equal(g.actor(iran)?.name, 'Iran');
    assert.equal(g.actor(iran)?.type, 'GPE');
    assert.equal(g.actorOf('Iranian'), iran);
    assert.equal(g.actorOf('Islamic Republic of Iran'), iran);
    assert.equal(g.actorOf('Iraqi'), g.actorOf('Iraq'));
    assert.notEqual(g.actorOf('Iraq'), iran);
    assert.equal(g.actorOf('US'), 'gpe:united-states');
  });

  test('acronyms join their expansions', () => {
    assert.equal(g.actorOf('IRGC'), g.actorOf('Islamic Revolution Guards Corps'));
    assert.equal(g.actorOf('SNSC'), g.actorOf('Supreme National Security Council'));
    assert.notEqual(g.actorOf('IRGC'), g.actorOf('SNSC'));
  });

  test('surnames join their full names; different people stay apart', () => {
    assert.equal(g.actorOf('al-Araji'), g.actorOf('Qassim al-Araji'));
    assert.equal(g.actorOf('Fayyad'), g.actorOf('Faleh al-Fayyad'));
    assert.equal(g.actorOf('Zidane'), g.actorOf('Faiq Zidane'));
    assert.equal(g.actor(g.actorOf('Fayyad'))?.name, 'Faleh al-Fayyad');
    const people = g.grouping.actors.filter((a) => a.type === 'PERSON').map((a) => a.name);
    assert.deepEqual(people, ['Hussein Amir-Abdollahian', 'Qassim al-Araji', 'Ali Shamkhani', 'Faleh al-Fayyad', 'Faiq Zidane',
      'Qassem Soleimani', 'Abu Mahdi Muhandis', 'Hadi al-Amiri']);
  });

  test('case variants are one place; dates are not actors', () => {
    assert.equal(g.actorOf('BAGHDAD'), g.actorOf('Baghdad'));
    assert.equal(g.actor(g.actorOf('BAGHDAD'))?.name, 'Baghdad');
    assert.equal(g.actorOf('Thursday'), undefined);
    assert.equal(g.grouping.entities.length, tagAll(SAMPLE, SAMPLE_SPEC).length);
  });

  test('the folded keys kept for speaker resolution are the fold of each actor name and alias, in order', () => {
    const { actors, formKeys } = g.grouping;
    assert.equal(formKeys.length, actors.length);
    // Countries are named by the lexicon ("Iran"), which may be none of their forms ("Iranian", "Islamic Republic of Iran").
    assert.ok(actors.some((a) => a.aliases.length > 0 && a.type === 'GPE'));
    actors.forEach((a, i) => assert.deepEqual(formKeys[i], [a.name, ...a.aliases].map(fold), a.id));
  });

  test('ids are readable and stable', () => {
    assert.equal(g.actorOf('Amir-Abdollahian'), 'person:hussein-amir-abdollahian');
    assert.equal(g.actorOf('Iranian'), 'gpe:iran');
    assert.equal(g.actorOf('IRGC'), 'org:islamic-revolution-guards-corps');
    const ids = g.grouping.actors.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('titles and appositions are remembered as roles and affiliations', () => {
    const profile = (surface: string) => g.grouping.profiles[g.grouping.actors.findIndex((a) => a.id === g.actorOf(surface))];
    assert.ok(profile('Amir-Abdollahian').roles.has('diplomat'));
    assert.ok(profile('Amir-Abdollahian').countries.has('IR'));
    assert.ok(profile('al-Araji').rolePhrases.has('national security advisor'));
    assert.ok(profile('al-Araji').countries.has('IQ'));
    assert.ok(profile('Fayyad').roles.has('head'));
    assert.ok(profile('Ali Shamkhani').roles.has('secretary'));
    assert.equal(profile('Amir-Abdollahian').genderVotes.f, 0);
    assert.ok(profile('Amir-Abdollahian').genderVotes.m > 0);
  });

  suite('speakers', () => {
    const amir = 'person:hussein-amir-abdollahian';
    test('"the top Iranian diplomat" is Amir-Abdollahian', () => {
      assert.equal(g.speakerOf('The top Iranian diplomat'), amir);
    });
    test('"he" after the Hashd al-Sha’abi sentence is Amir-Abdollahian, not Fayyad', () => {
      assert.equal(g.speakerOf('he', 'restoring stability and security to Iraq, '), amir);
    });
    test('"He said Secretary …" follows the subject of the previous sentence', () => {
      assert.equal(g.speakerOf('He', 'Iraqi Kurdistan region.\n'), amir);
    });
    test('"The Iraqi advisor" is al-Araji', () => {
      assert.equal(g.speakerOf('The Iraqi advisor'), 'person:qassim-al-araji');
    });
    test('"The Iranian minister" and "The Iranian foreign minister" are Amir-Abdollahian', () => {
      assert.equal(g.speakerOf('The Iranian minister'), amir);
      assert.equal(g.speakerOf('The Iranian foreign minister'), amir);
    });
    test('a name span resolves to the actor of the name in it', () => {
      assert.equal(g.speakerOf('Iranian Foreign Minister Hussein Amir-Abdollahian'), amir);
      assert.equal(g.speakerOf('Fayyad', 'Hashd al-Sha’abi.'), 'person:faleh-al-fayyad');
      assert.equal(g.speakerOf('al-Araji', 'For his part, '), 'person:qassim-al-araji');
    });
    test('"the country" is the most salient country', () => {
      assert.equal(g.speakerOf('the country', 'saying '), 'gpe:iran');
    });
    test('unresolvable speakers stay null; "the two sides" are the meeting\'s', () => {
      assert.equal(g.speakerOf('the two sides'), amir);
      assert.equal(g.speakerOf('countless occasions'), null);
    });
  });
});
