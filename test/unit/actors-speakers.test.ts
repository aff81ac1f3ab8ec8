// Speaker resolution edge cases on small constructed texts.
import * as assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import type { Claim } from '../../src/core/types';
import { groupActors, resolveSpeakers } from '../../src/core/actors';
import { extractedSpeakers, group, tagAll } from './actors-helpers';

suite('actors: pronoun speakers', () => {
  test('"she" skips a man named more recently; "he" skips a woman', () => {
    const text = 'Ms. Jane Roe met John Doe, who said his plan was fine. She said it was not. He said nothing.';
    const g = group(text, tagAll(text, [['Jane Roe', 'PERSON'], ['John Doe', 'PERSON']]));
    assert.equal(g.speakerOf('She'), 'person:jane-roe');
    assert.equal(g.speakerOf('He'), 'person:john-doe');
  });

  test('"US says no damage": "US" in capitals is the country, "us" the pronoun', () => {
    const text = 'The US military sent a ship. US says no damage was done. He told us the plan was good.';
    const g = group(text, tagAll(text, [['US', 'GPE'], ['US', 'GPE']]));
    assert.equal(g.speakerOf('US', 'sent a ship. '), 'gpe:united-states');
  });

  test('a relative pronoun speaks for its antecedent: "X, who said", "the group, which said"', () => {
    const text = 'Reporters met Sen. Jane Roe, who said the bill would pass. The Sierra Club, which opposed it, said little. ' +
      'Rep. John Doe of Ohio, who backed the plan, spoke. An adviser to John Doe, who asked not to be named, disagreed.';
    const g = group(text, tagAll(text, [['Jane Roe', 'PERSON'], ['Sierra Club', 'ORG'], ['John Doe', 'PERSON'], ['Ohio', 'GPE']]));
    assert.equal(g.speakerOf('who'), 'person:jane-roe');
    assert.equal(g.speakerOf('which'), 'org:sierra-club');
    assert.equal(g.speakerOf('who', 'Ohio'), 'person:john-doe', 'the person a place after "of" qualifies');
    assert.equal(g.speakerOf('who', 'An adviser'), null, 'the unnamed head "an adviser to X", not X');
    const party = 'Speaking later, Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders pushed her.';
    assert.equal(group(party, tagAll(party, [['Claire McCaskill', 'PERSON'], ['Clinton', 'PERSON'], ['Sanders', 'PERSON']]))
      .speakerOf('who'), 'person:claire-mccaskill', 'a party tag in parentheses between');
  });

  test('"Senate Majority Whip John Cornyn responded …" is a subject: the next "he said" is Cornyn, not the speaker before', () => {
    const text = '"This is shameful," said Senate Minority Leader Harry M. Reid. Senate Majority Whip John Cornyn responded by ' +
      'standing next to a large photo of an infant. "I will tell you what shameful is," he said.';
    const found = extractedSpeakers(text, [['Harry M. Reid', 'PERSON'], ['John Cornyn', 'PERSON'], ['Senate', 'ORG']]);
    assert.equal(found.bySpeakerSpan('he')?.speaker, 'person:john-cornyn');
  });

  test('the subject of an "if" or "though" clause is no object: "If Trump moderates his rhetoric, he offers …"', () => {
    const text = 'John Kasich spoke in Ohio on Monday. If Donald Trump moderates his rhetoric, he offers voters a change. ' +
      'Jane Roe met the skaters on Friday. Though Ms. Ann Olivieri has lived here for years, the police have changed, she said.';
    const g = group(text, tagAll(text, [['John Kasich', 'PERSON'], ['Ohio', 'GPE'], ['Donald Trump', 'PERSON'], ['Jane Roe', 'PERSON'],
      ['Ann Olivieri', 'PERSON']]));
    assert.equal(g.speakerOf('he', 'rhetoric, '), 'person:donald-trump');
    assert.equal(g.speakerOf('she', 'changed, '), 'person:ann-olivieri');
  });

  test('"he" prefers the subject over a more recent object', () => {
    const text = 'Amir-Abdollahian also held talks with Faleh al-Fayyad. Thanking Iraq, he said ties were strong.';
    const g = group(text, tagAll(text, [['Amir-Abdollahian', 'PERSON'], ['Faleh al-Fayyad', 'PERSON'], ['Iraq', 'GPE']]));
    assert.equal(g.speakerOf('he'), 'person:amir-abdollahian');
  });

  test('"he" does not reach beyond three sentences', () => {
    const text = 'John Doe arrived. It rained. It snowed. It hailed. It cleared. He said hello.';
    const g = group(text, tagAll(text, [['John Doe', 'PERSON']]));
    assert.equal(g.speakerOf('He'), null);
  });

  test('a speaker stays recent to the end of a long quote after the speaker, until someone else is named', () => {
    const text = 'John Doe arrived. Later Doe recalled: “It was cold. It was dark. It was late. I was alone.” ' +
      'Soon, he found work. Then Bob Roe came. He said it helped.';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const grouping = groupActors(text, tokens, sentences, tagAll(text, [['John Doe', 'PERSON'], ['Doe', 'PERSON'], ['Bob Roe', 'PERSON']]));
    const claim = (speaker: string, content: string): Claim => {
      const cs = text.indexOf(content);
      const ss = text.lastIndexOf(speaker, cs);
      return { start: cs, end: cs + content.length, text: content, kind: 'indirect', cue: null, speaker: null, speakerSpan: { start: ss, end: ss + speaker.length } };
    };
    const quote = '“It was cold. It was dark. It was late. I was alone.”';
    const claims = [claim('Doe', quote), claim('he', 'found work'), claim('He', 'it helped')];
    // "he": four sentences after the last mention of Doe, one after his quote ends. "He" after Bob Roe is named: Roe.
    assert.deepEqual(resolveSpeakers(text, tokens, sentences, claims, grouping).map((c) => c.speaker),
      ['person:john-doe', 'person:john-doe', 'person:bob-roe']);
  });

  test('"she" after a quote cut into many sentences is the speaker before it; a woman named since takes over', () => {
    const text = 'Ms. Jane Roe said it was fine. It rained. “One. Two. Three. Four,” she said. ' +
      'Ms. Ann Poe arrived. “Five. Six. Seven,” she said. It snowed. “Eight. Nine. Ten. Eleven,” she said.';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const grouping = groupActors(text, tokens, sentences, tagAll(text, [['Jane Roe', 'PERSON'], ['Ann Poe', 'PERSON']]));
    const claim = (content: string, speaker: string, after = true): Claim => {
      const cs = text.indexOf(content);
      const ss = after ? text.indexOf(speaker, cs) : text.lastIndexOf(speaker, cs);
      return { start: cs, end: cs + content.length, text: content, kind: 'direct', cue: null, speaker: null, speakerSpan: { start: ss, end: ss + speaker.length } };
    };
    const said = (content: string): Claim => claim(content, 'she');
    const claims = [claim('it was fine', 'Jane Roe', false), said('“One. Two. Three. Four,”'), said('“Five. Six. Seven,”'), said('“Eight. Nine. Ten. Eleven,”')];
    // The second "she": Ann Poe is named since Jane Roe spoke; the third: Ann Poe, the speaker before it.
    assert.deepEqual(resolveSpeakers(text, tokens, sentences, claims, grouping).map((c) => c.speaker),
      ['person:jane-roe', 'person:jane-roe', 'person:ann-poe', 'person:ann-poe']);
  });

  test('people named inside a claim do not take over its speaker: "He said X will travel … He said …"', () => {
    const text = 'John Doe arrived. He said Ali Shamkhani will travel soon. He said the plan was good.';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const grouping = groupActors(text, tokens, sentences, tagAll(text, [['John Doe', 'PERSON'], ['Ali Shamkhani', 'PERSON']]));
    const claim = (speaker: string, content: string): Claim => {
      const cs = text.indexOf(content);
      const ss = text.lastIndexOf(speaker, cs);
      return { start: cs, end: cs + content.length, text: content, kind: 'indirect', cue: null, speaker: null, speakerSpan: { start: ss, end: ss + speaker.length } };
    };
    const claims = [claim('He', 'Ali Shamkhani will travel soon'), claim('He', 'the plan was good')];
    assert.deepEqual(resolveSpeakers(text, tokens, sentences, claims, grouping).map((c) => c.speaker), ['person:john-doe', 'person:john-doe']);
  });

  test('"they" and "it" are organisations or countries; "we" and "I" stay unresolved', () => {
    const text = 'The Islamic Revolution Guards Corps launched strikes. It said more would follow. They said the groups must disarm. We said nothing.';
    const g = group(text, tagAll(text, [['Islamic Revolution Guards Corps', 'ORG']]));
    const irgc = 'org:islamic-revolution-guards-corps';
    assert.equal(g.speakerOf('It'), irgc);
    assert.equal(g.speakerOf('They'), irgc);
    assert.equal(g.speakerOf('We'), null);
  });
});

suite('actors: a description that names a country, far from anyone of that country', () => {
  test('"The head of U.S. troops" is not a leader of no known country named many sentences before; a near one still fits', () => {
    const filler = 'The talks went on. '.repeat(6);
    const text = 'Former leader Radovan Karadzic is on trial. ' + filler + 'The head of U.S. troops in the region says the threat grows. ' +
      'Chief John Doe spoke on Monday. The head of U.S. forces said more.';
    const g = group(text, tagAll(text, [['Radovan Karadzic', 'PERSON'], ['John Doe', 'PERSON']]));
    assert.equal(g.speakerOf('The head of U.S. troops'), null);
    assert.equal(g.speakerOf('The head of U.S. forces'), 'person:john-doe');
  });

  test('a former country\'s demonym gives a person that country: a Yugoslav minister is no leader of a Sudanese group', () => {
    const text = 'The tribunal freed former Yugoslav Deputy Prime Minister Nikola Sainovic. The leader of Sudan\'s main ' +
      'southern rebel group has called on the government to apply the deal.';
    const g = group(text, tagAll(text, [['Yugoslav', 'MISC'], ['Nikola Sainovic', 'PERSON'], ['Sudan', 'GPE']]));
    assert.equal(g.speakerOf('The leader of Sudan\'s main southern rebel group'), null);
  });
});

suite('actors: a diplomat speaks for the country that sent them', () => {
  test('"the Cuban U.N. ambassador" is Cuba; "the United Nations envoy for Burma" is the United Nations', () => {
    const text = 'Cuba supports the move. In a speech, the Cuban U.N. ambassador in Geneva said the reports were a farce. ' +
      'The United Nations human rights envoy for Burma says he was denied a visa.';
    const g = group(text, tagAll(text, [['Cuba', 'GPE'], ['Cuban', 'NORP'], ['U.N.', 'ORG'], ['Geneva', 'GPE'], ['United Nations', 'ORG'],
      ['Burma', 'GPE']]));
    assert.equal(g.speakerOf('the Cuban U.N. ambassador in Geneva'), g.actorOf('Cuba'));
    assert.equal(g.speakerOf('The United Nations human rights envoy for Burma'), g.actorOf('United Nations'));
  });
});

suite('actors: a role word used as an adjective', () => {
  test('"The official execution tape" and "Official statistics" are things, not the official named before', () => {
    const text = 'Ali Reza, a senior official, said the inquiry had begun. The official execution tape showed the gallows. ' +
      'Official statistics show that deaths rose. The official said it was over.';
    const g = group(text, tagAll(text, [['Ali Reza', 'PERSON']]));
    assert.equal(g.speakerOf('The official execution tape'), null);
    assert.equal(g.speakerOf('Official statistics'), null);
    assert.equal(g.speakerOf('The official', 'rose. '), 'person:ali-reza');
  });
});

suite('actors: description speakers', () => {
  const text = 'Iranian Foreign Minister Hussein Amir-Abdollahian met Iraqi Foreign Minister Fuad Hussein and Iraq’s national security advisor Qassim al-Araji. '
    + 'The Iraqi foreign minister said talks went well. The Iranian minister said so too. The adviser said nothing. '
    + 'Iranian officials said more. A spokesman for the Foreign Ministry said it was fine. The government said it agreed. The ministry said yes.';
  const spec = [['Hussein Amir-Abdollahian', 'PERSON'], ['Fuad Hussein', 'PERSON'], ['Qassim al-Araji', 'PERSON'], ['Iranian', 'NORP'],
    ['Iraqi', 'NORP'], ['Iraq', 'GPE'], ['Foreign Ministry', 'ORG']] as const;

  test('nationality tells two foreign ministers apart', () => {
    const g = group(text, tagAll(text, spec));
    assert.equal(g.speakerOf('The Iraqi foreign minister'), 'person:fuad-hussein');
    assert.equal(g.speakerOf('The Iranian minister'), 'person:hussein-amir-abdollahian');
  });

  test('role synonyms: "adviser" is the advisor', () => {
    const g = group(text, tagAll(text, spec));
    assert.equal(g.speakerOf('The adviser'), 'person:qassim-al-araji');
  });

  test('plural and indefinite descriptions are not a named person; an organisation in them speaks', () => {
    const g = group(text, tagAll(text, spec));
    assert.equal(g.speakerOf('Iranian officials'), null);
    assert.equal(g.speakerOf('A spokesman for the Foreign Ministry'), 'org:foreign-ministry');
  });

  test('"the ministry" is the organisation whose name has the noun', () => {
    const g = group(text, tagAll(text, spec));
    assert.equal(g.speakerOf('The ministry'), 'org:foreign-ministry');
  });

  test('a name the tagger missed in the speaker span is found from its other mentions', () => {
    const t = 'Faleh al-Fayyad met the minister. Fayyad said the talks were useful.';
    const g = group(t, tagAll(t, [['Faleh al-Fayyad', 'PERSON']]));
    assert.equal(g.speakerOf('Fayyad', 'minister. '), 'person:faleh-al-fayyad');
  });

  test('a description with no fitting person stays unresolved', () => {
    const t = 'John Doe, a farmer, met Jane Roe. The general said war was near.';
    const g = group(t, tagAll(t, [['John Doe', 'PERSON'], ['Jane Roe', 'PERSON']]));
    assert.equal(g.speakerOf('The general'), null);
  });
});

suite('actors: the head of a speaker mention', () => {
  const people = (text: string, names: string[]) => group(text, tagAll(text, names.map((n) => [n, 'PERSON'] as const)));

  test('a name before a role or affiliation noun is a modifier: the named role speaks', () => {
    const text = 'Trump campaign spokeswoman Hope Hicks said so. Clinton’s top aide Jake Sullivan said no. Congressman Chris Collins, a Trump supporter, agreed.';
    const g = people(text, ['Trump', 'Hope Hicks', 'Clinton', 'Jake Sullivan', 'Chris Collins']);
    assert.equal(g.speakerOf('Trump campaign spokeswoman Hope Hicks'), 'person:hope-hicks');
    assert.equal(g.speakerOf('Clinton’s top aide Jake Sullivan'), 'person:jake-sullivan');
    assert.equal(g.speakerOf('Congressman Chris Collins, a Trump supporter,'), 'person:chris-collins');
  });

  test('without another name the owner speaks ("Clinton’s campaign"), a name deep in a modifier does not', () => {
    const text = 'Clinton’s campaign said so. The head of the group backing Jeb Bush for president said no. Organizers of the push to boycott Trump’s speech said yes.';
    const g = people(text, ['Clinton', 'Jeb Bush', 'Trump']);
    assert.equal(g.speakerOf('Clinton’s campaign'), 'person:clinton');
    assert.equal(g.speakerOf('The head of the group backing Jeb Bush for president'), null);
    assert.equal(g.speakerOf('Organizers of the push to boycott Trump’s speech'), null);
  });

  test('titles with "of", a name after "for"/"by", and an apposition after the head', () => {
    const text = 'Former Secretary of State Madeleine Albright spoke. A spokesman for candidate Hillary Clinton spoke. ' +
      'A study by economist Peter Schott found it. The other candidate on the stage, former secretary of state Hillary Clinton, spoke.';
    const g = people(text, ['Madeleine Albright', 'Hillary Clinton', 'Peter Schott']);
    assert.equal(g.speakerOf('Former Secretary of State Madeleine Albright'), 'person:madeleine-albright');
    assert.equal(g.speakerOf('A spokesman for candidate Hillary Clinton'), 'person:hillary-clinton');
    assert.equal(g.speakerOf('A study by economist Peter Schott'), 'person:peter-schott');
    assert.equal(g.speakerOf('The other candidate on the stage, former secretary of state Hillary Clinton,'), 'person:hillary-clinton');
  });

  test('a lower-case role with "of" that opens the mention titles the name after it ("master of ceremonies X")', () => {
    const text = 'Master of ceremonies Asab Al-Tabchi thanked the city, and later master of ceremonies Asab Al-Tabchi spoke. ' +
      'The government of interim Prime Minister Girija Koirala spoke.';
    const g = people(text, ['Asab Al-Tabchi', 'Girija Koirala']);
    assert.equal(g.speakerOf('master of ceremonies Asab Al-Tabchi'), 'person:asab-al-tabchi');
    assert.equal(g.speakerOf('The government of interim Prime Minister Girija Koirala'), null);
  });
});

suite('actors: a place or people inside a speaker span', () => {
  test('a place or people that only modifies the head, or sits in a partitive after it, speaks for no one', () => {
    const text = 'Syria and Sudan met. Opponents of allowing Syrian refugees into the U.S. said no. ' +
      'About two-thirds of Republican primary voters said yes. Rebels in eastern Sudan said they would fight. ' +
      'Only about 4 in 10 Republican voters in each state said so. The Romanian hacker said he was sorry.';
    const g = group(text, tagAll(text, [['Syria', 'GPE'], ['Sudan', 'GPE'], ['Syrian', 'NORP'], ['U.S.', 'GPE'],
      ['Republican', 'NORP'], ['Romanian', 'NORP']]));
    assert.equal(g.speakerOf('Opponents of allowing Syrian refugees into the U.S.'), null);
    assert.equal(g.speakerOf('About two-thirds of Republican primary voters'), null);
    assert.equal(g.speakerOf('Rebels in eastern Sudan'), null);
    assert.equal(g.speakerOf('Only about 4 in 10 Republican voters in each state'), null, 'nor the country "state" finds');
    assert.equal(g.speakerOf('The Romanian hacker'), null);
  });

  test('a place speaks as the head or through a body; a people as a group, not as one member', () => {
    const text = 'Many Democrats said no. The Somali government said yes. Police in Baghdad said so. ' +
      'A Turkish army statement said more. The city of Phoenix said less. Republicans across the country said it. ' +
      'A New Hampshire Democrat said that.';
    const g = group(text, tagAll(text, [['Democrats', 'NORP'], ['Somali', 'NORP'], ['Baghdad', 'GPE'], ['Turkish', 'NORP'],
      ['Phoenix', 'GPE'], ['Republicans', 'NORP'], ['New Hampshire', 'GPE'], ['Democrat', 'NORP']]));
    assert.equal(g.speakerOf('Many Democrats'), g.actorOf('Democrats'));
    assert.equal(g.speakerOf('The Somali government'), g.actorOf('Somali'));
    assert.equal(g.speakerOf('Police in Baghdad'), g.actorOf('Baghdad'));
    assert.equal(g.speakerOf('A Turkish army statement'), g.actorOf('Turkish'));
    assert.equal(g.speakerOf('The city of Phoenix'), g.actorOf('Phoenix'));
    assert.equal(g.speakerOf('Republicans across the country'), g.actorOf('Republicans'));
    assert.equal(g.speakerOf('A New Hampshire Democrat'), null, 'one member: an unnamed person');
  });
});

suite('actors: a demonym after "a" or "one"', () => {
  test('"A German" and "one kind-hearted Canadian" are unnamed people, not the country; "a charge Tehran" is Tehran', () => {
    const text = 'Germany and Canada met Iran. A German warned of war. One kind-hearted Canadian wants to help. ' +
      'Iran is accused, a charge Tehran denies.';
    const g = group(text, tagAll(text, [['Germany', 'GPE'], ['Canada', 'GPE'], ['Iran', 'GPE'], ['German', 'GPE'],
      ['Canadian', 'GPE'], ['Tehran', 'GPE']]));
    assert.equal(g.speakerOf('A German'), null);
    assert.equal(g.speakerOf('One kind-hearted Canadian'), null);
    assert.equal(g.speakerOf('a charge Tehran'), g.actorOf('Tehran'));
  });
});

suite('actors: a pronoun with a contracted verb', () => {
  test('"She’s" and "he’ll" resolve as the pronoun; "They’re" and "It’s" do not', () => {
    const text = 'Ms. Jane Roe spoke. She’s describing the plan. John Doe arrived. He’ll say more. The Sierra Club met. ' +
      'They’re saying no. It’s said to be true.';
    const g = group(text, tagAll(text, [['Jane Roe', 'PERSON'], ['John Doe', 'PERSON'], ['Sierra Club', 'ORG']]));
    assert.equal(g.speakerOf('She’s'), 'person:jane-roe');
    assert.equal(g.speakerOf('He’ll'), 'person:john-doe');
    assert.equal(g.speakerOf('They’re'), null);
    assert.equal(g.speakerOf('It’s'), null);
  });
});

suite('actors: a span that opens with a pronoun and runs on', () => {
  test('"He went out of his way" is the pronoun; "He and his wife" and "Herbert said" are not', () => {
    const text = 'Ms. Jane Roe spoke. She has stopped short of it. John Doe arrived. He went out of his way to say so. ' +
      'He and his wife left. Herbert Smith came. Herbert said yes.';
    const g = group(text, tagAll(text, [['Jane Roe', 'PERSON'], ['John Doe', 'PERSON'], ['Herbert Smith', 'PERSON'], ['Herbert', 'PERSON']]));
    assert.equal(g.speakerOf('She has stopped short of'), 'person:jane-roe');
    assert.equal(g.speakerOf('He went out of his way'), 'person:john-doe');
    assert.equal(g.speakerOf('He and his wife'), null);
    assert.equal(g.speakerOf('Herbert said'), 'person:herbert-smith');
  });
});

suite('actors: followers and adversaries of a named person', () => {
  test('"Clinton supporters" and "Mr. Trump’s rivals" are not the person; "Clinton aides" speak for her', () => {
    const text = 'Hillary Clinton and Donald Trump spoke. Clinton supporters cheered. Mr. Trump’s rivals said no. ' +
      'Many Sanders supporters said so. Clinton aides said yes. Bernie Sanders left.';
    const g = group(text, tagAll(text, [['Hillary Clinton', 'PERSON'], ['Donald Trump', 'PERSON'], ['Clinton', 'PERSON'],
      ['Trump', 'PERSON'], ['Sanders', 'PERSON'], ['Bernie Sanders', 'PERSON']]));
    assert.equal(g.speakerOf('Clinton supporters'), null);
    assert.equal(g.speakerOf('Mr. Trump’s rivals'), null);
    assert.equal(g.speakerOf('Many Sanders supporters'), null);
    assert.equal(g.speakerOf('Clinton aides'), 'person:hillary-clinton');
  });

  test('a relative is not the person named before them: "Carroll\'s father", "Clinton\'s husband"', () => {
    const text = 'Jill Carroll was freed. Carroll\'s father says the video was made under duress. Hillary Clinton spoke. ' +
      'Clinton\'s husband says she will win. Clinton\'s campaign says so too.';
    const g = group(text, tagAll(text, [['Jill Carroll', 'PERSON'], ['Carroll', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Clinton', 'PERSON']]));
    assert.equal(g.speakerOf('Carroll\'s father'), null);
    assert.equal(g.speakerOf('Clinton\'s husband'), null);
    assert.equal(g.speakerOf('Clinton\'s campaign'), 'person:hillary-clinton');
  });

  test('an organisation is not who its followers speak for: "some EU supporters", "Supporters of … Yukos"', () => {
    const text = 'The European Union met. Some EU supporters said it would last. Supporters of the former chief of the oil firm ' +
      'Yukos say the trial was rushed. A recent Reuters survey of voter lists shows they are out of date.';
    const g = group(text, tagAll(text, [['European Union', 'ORG'], ['EU', 'ORG'], ['Yukos', 'ORG'], ['Reuters', 'ORG']]));
    assert.equal(g.speakerOf('Some EU supporters'), null);
    assert.equal(g.speakerOf('Supporters of the former chief of the oil firm Yukos'), null);
    assert.equal(g.speakerOf('A recent Reuters survey of voter lists'), 'org:reuters');
  });

  test('"the Lincoln actor" (an impersonator in an ad) is not Abraham Lincoln', () => {
    const text = 'One ad stars an Abraham Lincoln impersonator. "It is a two-horse race," the Lincoln actor says.';
    const g = group(text, tagAll(text, [['Abraham Lincoln', 'PERSON'], ['Lincoln', 'PERSON']]));
    assert.equal(g.speakerOf('the Lincoln actor'), null);
  });
});

suite('actors: prepositions that end the head of a speaker mention', () => {
  test('"within", "inside", "around" end the head: a name after them is not who speaks', () => {
    const text = 'Donald Trump and Jane Roe met. His enemies within the Trump circle never thought so. ' +
      'One operative inside Trump Tower said so. Making her way around Chez Vachon, Jane Roe thanked a diner.';
    const g = group(text, tagAll(text, [['Donald Trump', 'PERSON'], ['Trump', 'PERSON'], ['Trump Tower', 'LOC'],
      ['Chez Vachon', 'LOC'], ['Jane Roe', 'PERSON']]));
    assert.equal(g.speakerOf('His enemies within the Trump circle'), null);
    assert.equal(g.speakerOf('One operative inside Trump Tower'), null);
    assert.equal(g.speakerOf('Making her way around Chez Vachon, Jane Roe'), 'person:jane-roe');
  });
});

suite('actors: an organisation that is only the host or topic of a speaker', () => {
  test('"the U.S. ambassador to the United Nations" and "a source familiar with the FDIC" are not the organisation', () => {
    const text = 'The United Nations met. The U.S. ambassador to the United Nations said no. A source familiar with the FDIC’s ' +
      'review said so. A spokesman for the FDIC said yes. The United Nations envoy to Syria spoke.';
    const g = group(text, tagAll(text, [['United Nations', 'ORG'], ['FDIC', 'ORG'], ['Syria', 'GPE']]));
    assert.equal(g.speakerOf('The U.S. ambassador to the United Nations'), null);
    assert.equal(g.speakerOf('A source familiar with the FDIC’s review'), null);
    assert.equal(g.speakerOf('A spokesman for the FDIC'), 'org:fdic');
    assert.equal(g.speakerOf('The United Nations envoy to Syria'), 'org:united-nations');
  });
});

suite('actors: "they" after two people named together', () => {
  test('"Mr. Doe and Mr. Poe … They" is the pair (no one actor), not the organisation named before', () => {
    const text = 'The Sierra Club met. When I met Mr. John Doe and Mr. Bob Poe, they were quiet. They said little. ' +
      'The Sierra Club spoke again. They said more.';
    const g = group(text, tagAll(text, [['Sierra Club', 'ORG'], ['John Doe', 'PERSON'], ['Bob Poe', 'PERSON']]));
    assert.equal(g.speakerOf('They', 'quiet'), null);
    assert.equal(g.speakerOf('They', 'again'), 'org:sierra-club');
  });
});

suite('actors: the head of a description', () => {
  test('a role after "for", "of", "to" does not head it: "The Republican senators running for president" is no one', () => {
    const text = 'President Barack Obama spoke. The Republican senators running for president said no. The president said more.';
    const g = group(text, tagAll(text, [['Barack Obama', 'PERSON']]));
    assert.equal(g.speakerOf('The Republican senators running for president'), null);
    assert.equal(g.speakerOf('The president'), 'person:barack-obama');
    const text2 = 'Gov. Jeb Bush spoke. The head of the PAC backing Gov. Jeb Bush said yes. The governor said more.';
    const g2 = group(text2, tagAll(text2, [['Jeb Bush', 'PERSON']]));
    assert.equal(g2.speakerOf('The head of the PAC backing Gov.'), null);
    assert.equal(g2.speakerOf('The governor'), 'person:jeb-bush');
  });
});

suite('actors: one unnamed member of a group', () => {
  test('"one Obama insider" and "A member of the Nepali Congress party" are nobody; a spokesman or a named member speaks', () => {
    const text = 'Barack Obama and the Nepali Congress met. One Obama insider said no. A member of the Nepali Congress said yes. ' +
      'A spokesman for the Nepali Congress said so. A member of the Nepali Congress, Ram Thapa, said more. Obama aides agreed.';
    const g = group(text, tagAll(text, [['Barack Obama', 'PERSON'], ['Obama', 'PERSON'], ['Nepali Congress', 'ORG'], ['Ram Thapa', 'PERSON']]));
    assert.equal(g.speakerOf('One Obama insider'), null);
    assert.equal(g.speakerOf('A member of the Nepali Congress'), null);
    assert.equal(g.speakerOf('A spokesman for the Nepali Congress'), 'org:nepali-congress');
    assert.equal(g.speakerOf('A member of the Nepali Congress, Ram Thapa,'), 'person:ram-thapa');
    assert.equal(g.speakerOf('Obama aides'), 'person:barack-obama');
  });
});

suite('actors: a kinship noun before a name gives its gender', () => {
  test('"their son, Humayun" is male and "his wife Jane" female: "She" and "He" skip them', () => {
    const text = 'Ghazala Roe spoke of their son, Humayun, a captain. She said he was brave. ' +
      'John Doe came with his wife Jane. He said it was fine.';
    const g = group(text, tagAll(text, [['Ghazala Roe', 'PERSON'], ['Humayun', 'PERSON'], ['John Doe', 'PERSON'], ['Jane', 'PERSON']]));
    assert.equal(g.speakerOf('She'), 'person:ghazala-roe');
    assert.equal(g.speakerOf('He', 'wife'), 'person:john-doe');
  });
});

suite('actors: names inside quotes', () => {
  test('a name quoted by the last speaker does not take "he" after the quote', () => {
    const text = 'Richard Viguerie says Cruz is the only candidate who can win: “He keeps the voters with us. ' +
      'Voters reject the establishment.” “George W. Bush got fewer votes than Al Gore in 2000,” he points out.';
    const pointsOut = extractedSpeakers(text, [['Cruz', 'PERSON'], ['Richard Viguerie', 'PERSON'], ['George W. Bush', 'PERSON'],
      ['Al Gore', 'PERSON']]).byCue('points out');
    assert.ok(pointsOut, 'the second quote is a claim');
    assert.equal(pointsOut.kind, 'direct');
    assert.equal(pointsOut.speaker, 'person:richard-viguerie');
  });
});

suite('actors: titles with "of" that open a speaker span', () => {
  test('"Secretary of State John F. Kerry" is Kerry, not the secretary general named before', () => {
    const text = 'Secretary General Ban Ki-moon condemned the test. Secretary of State John F. Kerry said the United States would act. ' +
      'Minister of State for Disasters Mussa Ecweru told reporters that 300 people remain missing.';
    const g = group(text, tagAll(text, [['Ban Ki-moon', 'PERSON'], ['John F. Kerry', 'PERSON'], ['United States', 'GPE'], ['Mussa Ecweru', 'PERSON']]));
    assert.equal(g.speakerOf('Secretary of State John F. Kerry'), 'person:john-f-kerry');
    assert.equal(g.speakerOf('Minister of State for Disasters Mussa Ecweru'), 'person:mussa-ecweru');
  });
});

suite('actors: a generic noun that repeats an earlier speaker\'s head', () => {
  test('"the ministry" is the ministry that spoke before, not the organisation named last', () => {
    const text = 'Militants attacked trucks carrying supplies for NATO forces. The Italian Foreign Ministry says a group of tourists ' +
      'has been found in Niger. The ministry said in a statement that the tourists may have been kidnapped.';
    const found = extractedSpeakers(text, [['NATO', 'ORG'], ['Italian', 'NORP'], ['Niger', 'GPE']]);
    const speakerOf = (span: string): string | null | undefined => found.bySpeakerSpan(span)?.speaker;
    assert.equal(speakerOf('The Italian Foreign Ministry'), 'gpe:italy');
    assert.equal(speakerOf('The ministry'), 'gpe:italy');
  });

  test('"The newspaper", "The spokesman" after "Indonesia\'s leading newspaper, Kompas,", "A … spokesman, Andrei Nesterenk,"', () => {
    const text = 'Indonesia\'s leading newspaper, Kompas, quotes police sources as saying a man was arrested. The newspaper quoted ' +
      'the sources as saying he had a key role. A Russian Foreign Ministry spokesman, Andrei Nesterenk, says a cruiser will ' +
      'lead the mission. The spokesman said aircraft will also be sent.';
    const found = extractedSpeakers(text, [['Indonesia', 'GPE'], ['Kompas', 'ORG'], ['Russian Foreign Ministry', 'ORG'], ['Andrei Nesterenk', 'PERSON']]);
    assert.equal(found.bySpeakerSpan('The newspaper')?.speaker, 'org:kompas');
    assert.equal(found.bySpeakerSpan('The spokesman')?.speaker, 'person:andrei-nesterenk');
  });
});

suite('actors: who is named in a speaker\'s relative clause does not speak', () => {
  test('"The alliance, which includes … the Annenberg Institute," is not the institute; "Republicans, who hold … the Senate," are Republicans', () => {
    const text = 'The Annenberg Institute joined. The alliance, which includes two unions and the Annenberg Institute, advocates ' +
      'more funding. Republicans, who hold a majority in the Senate, have blocked the bill.';
    const g = group(text, tagAll(text, [['Annenberg Institute', 'ORG'], ['Republicans', 'NORP'], ['Senate', 'ORG']]));
    assert.equal(g.speakerOf('The alliance, which includes two unions and the Annenberg Institute,'), null);
    assert.equal(g.speakerOf('Republicans, who hold a majority in the Senate,'), 'org:republican-party');
  });

  test('a restrictive relative clause, with no comma: "Officials who spoke to Reuters" are not Reuters', () => {
    const text = 'Reuters reported the talks. Officials who spoke to Reuters said the deal was close. ' +
      'Groups that monitor Syria say the attacks have increased.';
    const g = group(text, tagAll(text, [['Reuters', 'ORG'], ['Syria', 'GPE']]));
    assert.equal(g.speakerOf('Officials who spoke to Reuters'), null);
    assert.equal(g.speakerOf('Groups that monitor Syria'), null);
  });
});

suite('actors: a place joined to a word by a hyphen', () => {
  test('"the U.S.-based organization" and "The U.S.-led coalition" do not speak for the United States', () => {
    const text = 'The United States sent troops. The U.S.-led coalition in Afghanistan says two soldiers died. ' +
      'Human Rights Watch, which the U.S.-based organization says is independent, objected.';
    const g = group(text, tagAll(text, [['United States', 'GPE'], ['U.S.', 'GPE'], ['Afghanistan', 'GPE'], ['Human Rights Watch', 'ORG']]));
    assert.equal(g.speakerOf('The U.S.-led coalition in Afghanistan'), null);
    assert.equal(g.speakerOf('the U.S.-based organization'), null);
    const based = 'The tribunal met. The Hague-based court says the trial was fair.';
    assert.equal(group(based, tagAll(based, [['Hague-based', 'MISC']])).speakerOf('The Hague-based court'),
      null, 'a compound mention only modifies, whatever its type');
    const compound = 'Ethiopia sent troops. An Ethiopian-backed militia says it controls the town.';
    assert.equal(group(compound, tagAll(compound, [['Ethiopia', 'GPE'], ['Ethiopian-backed', 'MISC']])).speakerOf('An Ethiopian-backed militia'),
      null, 'the tagger\'s compound mention, now a mention of Ethiopia, only modifies too');
  });
});

suite('actors: "they" and places', () => {
  test('"they" is no group named only by an adjective before a thing: "a notorious Serb prison … They say"', () => {
    const text = 'Prosecutors indicted Mr. Todovic for his role as deputy commander of a notorious Serb prison in Foca. ' +
      'They say he selected detainees for killings. Israeli police arrested a man on Monday. They say he was armed.';
    const g = group(text, tagAll(text, [['Todovic', 'PERSON'], ['Serb', 'NORP'], ['Foca', 'GPE'], ['Israeli', 'NORP']]));
    assert.equal(g.speakerOf('They', 'Foca. '), null);
    assert.equal(g.speakerOf('They', 'Monday. '), 'gpe:israel');
  });

  test('"they" is no place named by its name, but may be a country through its people', () => {
    const text = 'Police arrested a man Saturday in Seoul. They say he is in his late 20s. ' +
      'Palestinians marched in Gaza on Friday. They say the tape is authentic.';
    const g = group(text, tagAll(text, [['Seoul', 'GPE'], ['Palestinians', 'NORP'], ['Gaza', 'GPE']]));
    assert.equal(g.speakerOf('They'), null);
    assert.equal(g.speakerOf('They', 'Palestinians'), 'gpe:palestine');
  });
});

suite('actors: "they" after an unnamed group that spoke', () => {
  test('"Officials say X …, but they warn" is the officials (no one), not X named in between', () => {
    const text = 'Officials say Epsilon is not expected to affect Bermuda, but they warn that dangerous surf is possible.';
    const warn = extractedSpeakers(text, [['Epsilon', 'ORG'], ['Bermuda', 'GPE']]).bySpeakerSpan('they');
    assert.ok(warn, 'the second clause is a claim of "they"');
    assert.equal(warn.speaker, null);
  });

  test('"Local media say … They say" is the media (no one), not the country named in between', () => {
    const text = 'Turkish police have detained at least 50 suspected militants. Local media say the militants were planning ' +
      'attacks against NATO targets in Turkey. They say the suspects may have been trained in Afghanistan.';
    const they = extractedSpeakers(text, [['Turkish', 'NORP'], ['NATO', 'ORG'], ['Turkey', 'GPE'], ['Afghanistan', 'GPE']]).bySpeakerSpan('They');
    assert.ok(they, 'the second sentence is a claim of "They"');
    assert.equal(they.speaker, null);
  });
});

suite('actors: "it" and a country named only as a modifier', () => {
  test('"The former first lady and U.S. senator … it attacked Trump" is not the United States; "Iran rejected … It says" is Iran', () => {
    const text = 'The editorial praised Clinton. The former first lady and U.S. senator is a planner. Meanwhile, it attacked ' +
      'Trump, saying he is unfit. Iran rejected the plan. It says the talks failed.';
    const g = group(text, tagAll(text, [['Clinton', 'PERSON'], ['U.S.', 'GPE'], ['Trump', 'PERSON'], ['Iran', 'GPE']]));
    assert.equal(g.speakerOf('it', 'Meanwhile, '), null);
    assert.equal(g.speakerOf('It', 'the plan. '), 'gpe:iran');
  });
});

suite('actors: "it" after a document that spoke', () => {
  test('"The report says … It also points out" is the report, not the organisation it names', () => {
    const text = 'The report says the Securities and Exchange Commission lets companies hide subsidiaries. ' +
      'It also points out that the penalties are light.';
    const it = extractedSpeakers(text, [['Securities and Exchange Commission', 'ORG']]).bySpeakerSpan('It');
    assert.ok(it, 'the second sentence is a claim of "It"');
    assert.equal(it.speaker, null);
  });

  test('"The United Nations is appealing for help for Niger, where it says …": the subject after its article, not the place', () => {
    const text = 'The United Nations is appealing for help for Niger, where it says floods have displaced 200,000 people.';
    const g = group(text, tagAll(text, [['United Nations', 'ORG'], ['Niger', 'GPE']]));
    assert.equal(g.speakerOf('it', 'where '), 'org:united-nations');
  });

  test('"That agreement, … gave … It did require …" is the agreement; "The group said … It says" is still the group', () => {
    const text = 'As Politico revealed, the party agreed to share its voter file. That agreement, which is similar to others, gave ' +
      'Trump access to the data. It did require him to pledge support. MEND said it freed the hostages. The group said today it ' +
      'is still holding two men. It says they cannot be released.';
    const g = group(text, tagAll(text, [['Politico', 'ORG'], ['Trump', 'PERSON'], ['MEND', 'ORG']]));
    assert.equal(g.speakerOf('It', 'the data. '), null);
    assert.equal(g.speakerOf('It', 'two men. '), 'org:mend');
  });

  test('"“… Obama and Michelle saying … ,” she said": who a quote names is talked about, not who speaks it', () => {
    const text = '“Full panic mode,” said Leslie Wimes, a Florida-based activist. Wines believes the campaign took voters for granted. ' +
      '“They thought Obama and Michelle saying, ‘Hey, go vote’ would do it. But it’s not enough,” she said.';
    const found = extractedSpeakers(text, [['Leslie Wimes', 'PERSON'], ['Obama', 'PERSON'], ['Michelle', 'PERSON']]);
    assert.equal(found.claims.find((c) => c.text.includes('not enough'))?.speaker, 'person:leslie-wimes');
  });

  test('"The 60-second spot, which …, starts with … It also includes …" is the spot: a number may modify the thing', () => {
    const text = 'The ad highlights the alleged assault of Breitbart reporter Michelle Fields. The 60-second spot, which is airing ' +
      'on national cable, starts with a montage of comments. It also includes video footage of a supporter.';
    const g = group(text, tagAll(text, [['Breitbart', 'ORG'], ['Michelle Fields', 'PERSON']]));
    assert.equal(g.speakerOf('It', 'comments. '), null);
  });
});

suite('actors: a lead description named in the next sentence', () => {
  test('"Brazil\'s president is pledging … In a speech, Luiz Inacio Lula da Silva said" is Lula', () => {
    const text = 'Brazil\'s president is pledging to invest $1.7 billion in the slums. In a speech on Monday, Luiz Inacio ' +
      'Lula da Silva said the state should meet its obligations.';
    const found = extractedSpeakers(text, [['Brazil', 'GPE'], ['Luiz Inacio Lula da Silva', 'PERSON']]);
    assert.equal(found.bySpeakerSpan('Brazil\'s president')?.speaker, 'person:luiz-inacio-lula-da-silva');
    const abe = 'A top Japanese official is calling for sanctions against North Korea. Shinzo Abe, a party leader, said ' +
      'Sunday that it would be unthinkable to do nothing.';
    const found2 = extractedSpeakers(abe, [['Japanese', 'NORP'], ['North Korea', 'GPE'], ['Shinzo Abe', 'PERSON']]);
    assert.equal(found2.bySpeakerSpan('A top Japanese official')?.speaker, 'person:shinzo-abe');
  });

  test('"Libya\'s ambassador to Somalia" speaks for Libya, though both places only modify the head; "an American diplomat" for no one', () => {
    const text = 'Libya\'s ambassador to Somalia says there was no prison escape. An American diplomat says talks will resume.';
    const found = extractedSpeakers(text, [['Libya', 'GPE'], ['Somalia', 'GPE'], ['American', 'NORP']]);
    assert.equal(found.bySpeakerSpan('Libya\'s ambassador to Somalia')?.speaker, 'gpe:libya');
    assert.equal(found.bySpeakerSpan('An American diplomat')?.speaker, null);
  });

  test('a diplomat resolved to the country that sent him is the ambassador named next, after "…, Wednesday"', () => {
    const text = 'Syria\'s ambassador to the United States says his government will withdraw from Lebanon soon. Speaking ' +
      'at Georgetown University in Washington, Wednesday Ambassador Imad Moustapha said the timing will be set by officials.';
    const found = extractedSpeakers(text, [['Syria', 'GPE'], ['United States', 'GPE'], ['Lebanon', 'GPE'],
      ['Georgetown University', 'ORG'], ['Washington', 'GPE'], ['Imad Moustapha', 'PERSON']]);
    assert.equal(found.bySpeakerSpan('Syria\'s ambassador to the United States')?.speaker, 'person:imad-moustapha');
    const bremer = 'The former U.S. administrator for Iraq has praised the election. Speaking on television Monday, Paul ' +
      'Bremer said the vote was a victory.';
    const found2 = extractedSpeakers(bremer, [['U.S.', 'GPE'], ['Iraq', 'GPE'], ['Paul Bremer', 'PERSON']]);
    assert.equal(found2.bySpeakerSpan('The former U.S. administrator for Iraq')?.speaker, 'person:paul-bremer');
  });

  test('not someone the next sentence introduces with a description of their own, nor a name inside another noun', () => {
    const text = 'A spokesman for the council said the parade was over. A longtime official of another group, Howard Ingram, said the award ' +
      'was given in 1983.';
    const found = extractedSpeakers(text, [['Howard Ingram', 'PERSON']]);
    assert.equal(found.bySpeakerSpan('A spokesman for the council')?.speaker, null);
    const daily = 'A spokesman for the company says talks are almost complete. The Vedomosti business daily quotes officials ' +
      'as saying the deal is worth $10 million.';
    assert.equal(extractedSpeakers(daily, [['Vedomosti', 'PERSON']]).bySpeakerSpan('A spokesman for the company')?.speaker, null);
  });

  test('not a person named before the description, nor a name that does not open the next sentence', () => {
    const text = 'Manfred Nowak presented a report on torture. The spokesman also denied Mr. Nowak\'s claim that ' +
      'officials obstructed him. Mr. Nowak told VOA that officials monitored his interviews.';
    const found = extractedSpeakers(text, [['Manfred Nowak', 'PERSON'], ['Nowak', 'PERSON'], ['VOA', 'ORG']]);
    assert.equal(found.bySpeakerSpan('The spokesman')?.speaker, null);
    const sixto = 'A federal judge said Felipe Sixto must serve two years for theft. Sixto said he was sorry.';
    assert.equal(extractedSpeakers(sixto, [['Felipe Sixto', 'PERSON'], ['Sixto', 'PERSON']]).bySpeakerSpan('A federal judge')?.speaker, null);
    const later = 'The party leader said the process was fair. "There is no question," chairman Matt Micheli said.';
    assert.equal(extractedSpeakers(later, [['Matt Micheli', 'PERSON']]).bySpeakerSpan('The party leader')?.speaker, null);
  });
});

suite('actors: subjects after a speech verb, generic boards', () => {
  test('"Prosecutors say Mr. Ahmed had gone … to train with Osama bin Laden\'s followers. He …" is Ahmed, not the owner', () => {
    const text = 'Prosecutors say Mr. Ahmed had gone to Afghanistan to train with Osama bin Laden\'s followers. He has ' +
      'denied al-Qaida membership.';
    const found = extractedSpeakers(text, [['Ahmed', 'PERSON'], ['Afghanistan', 'GPE'], ['Osama bin Laden', 'PERSON'], ['al-Qaida', 'ORG']]);
    assert.equal(found.bySpeakerSpan('He')?.speaker, 'person:ahmed');
  });

  test('"the election commission" is no party named before it; a commission named like one still speaks', () => {
    const text = 'Ayman Nour of the Tomorrow Party came second. The election commission rejected a petition from Mr. Nour.';
    const found = extractedSpeakers(text, [['Ayman Nour', 'PERSON'], ['Tomorrow Party', 'ORG'], ['Nour', 'PERSON']]);
    assert.equal(found.bySpeakerSpan('The election commission')?.speaker, null);
    const eu = 'The European Commission proposed new rules. The commission says the rules will take effect in May.';
    assert.equal(extractedSpeakers(eu, [['European Commission', 'ORG']]).bySpeakerSpan('The commission')?.speaker, 'org:european-commission');
  });
});

suite('actors: whom a speaker span names inside it', () => {
  test('"A spokesman for Mr. Zardari, Farhatullah Babar," is Babar; a description without a name inside stays with whom it names', () => {
    const text = 'Gordon Brown met Asif Ali Zardari in London. A spokesman for Mr. Zardari, Farhatullah Babar, also called for ' +
      'better access to European markets. A spokesman for Mr. Zardari said the talks went well.';
    const found = extractedSpeakers(text, [['Gordon Brown', 'PERSON'], ['Asif Ali Zardari', 'PERSON'], ['London', 'GPE'],
      ['Zardari', 'PERSON'], ['Farhatullah Babar', 'PERSON']]);
    assert.equal(found.bySpeakerSpan('A spokesman for Mr. Zardari, Farhatullah Babar,')?.speaker, 'person:farhatullah-babar');
    assert.equal(found.bySpeakerSpan('A spokesman for Mr. Zardari')?.speaker, 'person:asif-ali-zardari');
  });

  test('an organisation owned by another one speaks for itself ("The U.N.\'s Food and Agriculture Organization"), not an owned thing', () => {
    const text = 'The U.N.\'s Food and Agriculture Organization said Wednesday birds carrying the virus were found. ' +
      'POLITICO’s Battleground States average shows Clinton ahead.';
    const found = extractedSpeakers(text, [['U.N.', 'ORG'], ['Agriculture Organization', 'ORG'], ['POLITICO', 'ORG'],
      ['Battleground States', 'ORG'], ['Clinton', 'PERSON']]);
    assert.equal(found.byCue('said Wednesday')?.speaker, 'org:agriculture-organization');
    assert.equal(found.byCue('shows')?.speaker, 'org:politico');
  });

  test('"WHO" is the World Health Organization named before, not the relative pronoun', () => {
    const text = 'The World Health Organization says a shortfall of a malaria drug will last into next year. WHO says ' +
      'suppliers have not shipped enough of a key ingredient.';
    const found = extractedSpeakers(text, [['World Health Organization', 'ORG']]);
    assert.equal(found.bySpeakerSpan('WHO')?.speaker, 'org:world-health-organization');
  });
});
