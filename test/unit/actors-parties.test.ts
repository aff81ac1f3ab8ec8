// A political party named in several forms is one actor; its people's names keep a people's behaviour as speakers.
import * as assert from 'node:assert/strict';
import { extractedSpeakers, group, tagAll } from './actors-helpers';
import { namesPartyPeople, partyOf } from '../../src/core/actors/parties';

suite('actors: political parties', () => {
  test('"Democrats", "Democratic", "the Democratic Party" and "GOP", "Republicans" are two actors named by the parties', () => {
    const text = 'Democrats blocked the bill. A Democratic senator objected. The Democratic Party said it would fight. ' +
      'The GOP was split. Republicans said a Republican plan would pass. The Democratic National Committee stayed silent.';
    const g = group(text, tagAll(text, [['Democrats', 'NORP'], ['Democratic', 'NORP'], ['Democratic Party', 'ORG'], ['GOP', 'ORG'],
      ['Republicans', 'NORP'], ['Republican', 'NORP'], ['Democratic National Committee', 'ORG']]));
    const dem = g.actor(g.actorOf('Democrats'));
    assert.equal(dem?.name, 'Democratic Party');
    assert.equal(dem?.type, 'ORG');
    assert.equal(g.actorOf('Democratic'), dem?.id);
    assert.equal(g.actorOf('Democratic Party'), dem?.id);
    const rep = g.actor(g.actorOf('GOP'));
    assert.equal(rep?.id, 'org:republican-party');
    assert.equal(g.actorOf('Republicans'), rep?.id);
    assert.equal(g.actorOf('Republican'), rep?.id);
    assert.notEqual(g.actorOf('Democratic National Committee'), dem?.id, 'a committee is an organisation of its own');
    assert.equal(g.grouping.actors.length, 3);
  });

  test('a party named only through its people is still named as the party', () => {
    const text = 'Republicans in Congress said no. Republican leaders met.';
    const g = group(text, tagAll(text, [['Republicans', 'NORP'], ['Congress', 'ORG'], ['Republican', 'NORP']]));
    assert.equal(g.actor(g.actorOf('Republicans'))?.name, 'Republican Party');
    assert.equal(g.actorOf('Republican'), g.actorOf('Republicans'));
  });

  test('people named by the party adjective are no one; the party itself and its people speak for it', () => {
    const text = 'Democrats said the plan failed. More black Democratic state lawmakers endorsed her. Democratic Party officials ' +
      'said they were pleased. The party said it would appeal. Republicans, who hold the Senate, objected.';
    const g = group(text, tagAll(text, [['Democrats', 'NORP'], ['Democratic', 'NORP'], ['Democratic Party', 'ORG'], ['Republicans', 'NORP'],
      ['Senate', 'ORG']]));
    const dem = g.actorOf('Democrats');
    assert.equal(g.speakerOf('Democrats'), dem);
    assert.equal(g.speakerOf('More black Democratic state lawmakers'), null, 'a role noun after a people\'s adjective is unnamed people');
    assert.equal(g.speakerOf('Democratic Party officials'), dem, 'an organisation\'s own officials speak for it');
    assert.equal(g.speakerOf('The party'), dem);
    assert.equal(g.speakerOf('Republicans, who hold the Senate,'), g.actorOf('Republicans'));
  });

  test('a party\'s adjective only modifies a person\'s description, as a people\'s does; "Republicans, who" are the party', () => {
    const text = 'Ted Cruz spoke in Iowa. The Republican presidential candidate said taxes are too high. Republicans, who hold the ' +
      'Senate, objected. Scott Walker left. The Wisconsin Republican said no.';
    const g = group(text, tagAll(text, [['Ted Cruz', 'PERSON'], ['Iowa', 'GPE'], ['Republican', 'NORP'], ['Republicans', 'NORP'],
      ['Senate', 'ORG'], ['Scott Walker', 'PERSON']]));
    assert.equal(g.speakerOf('The Republican presidential candidate'), 'person:ted-cruz');
    assert.equal(g.speakerOf('who'), 'org:republican-party');
    // News names the politician just named so (session 29: 10 of 10 corpus cases, partyMember.ts), not the party.
    assert.equal(g.speakerOf('The Wisconsin Republican'), 'person:scott-walker', 'the Republican just named, not the party');
  });

  test('a party\'s adjective after a name ties no one to the party ("Mika Brzezinski, the Democratic presidential candidate")', () => {
    const text = 'Hillary Clinton was interviewed. In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic ' +
      'presidential candidate said Trump was divisive.';
    const g = group(text, tagAll(text, [['Hillary Clinton', 'PERSON'], ['Joe Scarborough', 'PERSON'], ['Mika Brzezinski', 'PERSON'],
      ['Democratic', 'NORP'], ['Trump', 'PERSON']]));
    assert.notEqual(g.speakerOf('the Democratic presidential candidate'), 'person:mika-brzezinski');
  });

  test('"they" after a party\'s people ("Republican leaders say …", "her Republican rival") are people the text does not name', () => {
    let text = 'Republicans blocked the bill. Republican leaders say the vote will come. They said it would pass.';
    let g = group(text, tagAll(text, [['Republicans', 'NORP'], ['Republican', 'NORP']]));
    assert.equal(g.speakerOf('They'), null);
    text = 'Republicans met in Ohio. Clinton attacked her Republican rival on Monday. They said the attack was unfair.';
    g = group(text, tagAll(text, [['Republicans', 'NORP'], ['Republican', 'NORP'], ['Ohio', 'GPE'], ['Clinton', 'PERSON']]));
    assert.equal(g.speakerOf('They'), null);
  });

  test('"the institute" and "it" are no party whose people spoke last', () => {
    const spec = [['Public Policy Institute', 'ORG'], ['Democrats', 'NORP'], ['Sanders', 'PERSON'], ['Clinton', 'PERSON']] as const;
    const poll = extractedSpeakers('The Public Policy Institute released a poll on Monday. The survey covered five states. Democrats ' +
      'say the economy matters most. Democrats say Mr. Sanders could win. Among Democrats, Mrs. Clinton leads 49 percent to 41 ' +
      'percent, according to the institute.', spec);
    assert.equal(poll.byCue('say')?.speaker, 'org:democratic-party');
    // Beyond salience's reach, the one institute the article names (session 29); never the party whose people spoke last.
    assert.equal(poll.byCue('according to')?.speaker, 'org:public-policy-institute', 'the party is no institute');
    const it = extractedSpeakers('The Public Policy Institute released a poll. Democrats say Mr. Sanders could win. It said turnout ' +
      'would be high.', spec);
    assert.equal(it.byCue('said')?.speaker, 'org:public-policy-institute');
    const gop = extractedSpeakers('The GOP met in Cleveland. It said the party is united.', [['GOP', 'ORG'], ['Cleveland', 'GPE']]);
    assert.equal(gop.byCue('said')?.speaker, 'org:republican-party', 'a party named as the party is "it"');
  });

  test('the lookup: forms of a party, and which name its people', () => {
    assert.equal(partyOf('Dems'), 'Democratic Party');
    assert.equal(partyOf('the Democrat Party'.slice(4)), 'Democratic Party');
    assert.equal(partyOf('the GOP'.slice(4)), 'Republican Party');
    assert.equal(partyOf('Tories'), 'Conservative Party');
    assert.equal(partyOf('Democratic National Committee'), undefined);
    assert.equal(partyOf('Likud'), undefined);
    assert.equal(namesPartyPeople('Republicans’'), true);
    assert.equal(namesPartyPeople('GOP'), false);
  });

  test('"Liberal Democrat leader", "the Lib Dems": the Liberal Democrats, not the US Democratic Party', () => {
    const text = 'Liberal Democrat leader Ed Davey said the cuts were cruel. The Lib Dems want a vote. Democrats in Congress objected.';
    const g = group(text, tagAll(text, [['Liberal Democrat', 'NORP'], ['Ed Davey', 'PERSON'], ['Lib Dems', 'ORG'], ['Democrats', 'NORP']]));
    assert.equal(g.actor(g.actorOf('Liberal Democrat'))?.name, 'Liberal Democrats');
    assert.equal(g.actorOf('Lib Dems'), g.actorOf('Liberal Democrat'));
    assert.equal(g.actor(g.actorOf('Democrats'))?.name, 'Democratic Party');
  });
});
