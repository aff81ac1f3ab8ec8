// Wire-news habits that PolNeAR's political coverage rarely shows (found reading our output on Voice of America
// sentences): a speech verb right after its source, a weekday next to a speaker's name or a cue, an opener before a
// recipient cue, an attributive participle, cue phrases that only one annotated article ever had; and speaker spans
// bounded as PolNeAR marks sources.
import * as assert from 'node:assert';
import type { GoldAttribution, GoldDoc } from '../../bench/claims-data';
import { computeStats } from '../../scripts/train-claims-lexicon';
import { tokenize } from '../../src/core/text/tokenize';
import { claimsOf, claimWith, ruleClaims } from './claims-helpers';

suite('claims: wire-news style', () => {
  test('a word right before "say" / "said" is the source, not the cue', () => {
    const text = 'Palestinian witnesses say an Israeli missile strike has killed two men in a car in northern Gaza.';
    const c = claimWith(claimsOf(text), 'an Israeli missile strike');
    assert.strictEqual(c.cue, 'say');
    assert.strictEqual(c.speaker, 'Palestinian witnesses');
  });

  test('a weekday (or "on" and a weekday) next to the speaker\'s name is not part of the speaker', () => {
    const after = claimWith(claimsOf('Mr. Mandelson Tuesday said the consequences will be severe for small retailers.'), 'consequences');
    assert.strictEqual(after.speaker, 'Mr. Mandelson');
    const before = claimWith(claimsOf('The talks ended. Wednesday Ambassador Imad Moustapha said the timing will be set by the military.'), 'timing');
    assert.strictEqual(before.speaker, 'Ambassador Imad Moustapha');
    const on = claimWith(claimsOf("Iran's Foreign Ministry spokesman Nasser Kanaani on Monday condemned the attack on the embassy."), 'the attack');
    assert.strictEqual(on.speaker, "Iran's Foreign Ministry spokesman Nasser Kanaani");
  });

  test('a time adjunct after the cue ("said on Monday", "told reporters on Monday night", "said earlier this week") is not content', () => {
    const claims = claimsOf('Iran said on Monday it would resume talks with the European powers. She told reporters on Monday night it was over. ' +
      'They said earlier this week they would stay. He said last week\'s vote was a sham.');
    for (const start of ['it would resume talks', 'it was over', 'they would stay', "last week's vote"]) {
      assert.ok(claims.some((c) => c.text.startsWith(start)), `${start} :: ${claims.map((c) => c.text).join(' | ')}`);
    }
  });

  test('firing a weapon, overturning or slamming into something is no cue ("Police fired tear gas …, journalists said")', () => {
    const claims = claimsOf('Kenyan police fired tear gas at hundreds of protesters in Nairobi, AFP journalists said, as anger mounted. Militants fired two rockets at the base.');
    assert.strictEqual(claimWith(claims, 'Kenyan police fired tear gas').speaker, 'AFP journalists');
    assert.deepStrictEqual(claims.filter((c) => c.cue === 'fired'), []);
    const crash = claimsOf('The tanker overturned on a highway late Saturday, and residents rushed to scoop up the fuel, police spokesman Lawan Adam told The Associated Press.');
    assert.ok(claimWith(crash, 'residents rushed').text.startsWith('The tanker overturned'), crash.map((c) => c.text).join(' | '));
    const storm = claimsOf('Hurricane Milton slammed into Florida\'s Gulf Coast on Wednesday night, the National Hurricane Center said.');
    assert.ok(claimWith(storm, 'Gulf Coast').text.startsWith('Hurricane Milton slammed'), storm.map((c) => c.text).join(' | '));
  });

  test('"has continued to strike targets" is no cue; "continued to attack" and a quote\'s "he continued" are', () => {
    const claims = claimsOf('Israel has continued to strike targets in southern Lebanon despite the truce. ' +
      'Sanders continued to attack Clinton\'s ties to Wall Street. “We will win,” he continued.');
    assert.deepStrictEqual(claims.filter((c) => c.text.includes('targets')), [], claims.map((c) => c.text).join(' | '));
    assert.ok(claimWith(claims, 'Wall Street'), claims.map((c) => c.text).join(' | '));
    assert.strictEqual(claimWith(claims, 'We will win').speaker, 'he');
  });

  test('"X firmly supports Y, and supports Z, Han said": the final attribution says the whole clause, both predicates', () => {
    const claims = claimsOf('China firmly supports Iraq in safeguarding its sovereignty, independence and territorial integrity, ' +
      'and supports the Iraqi people in choosing a development path suited to their national conditions, Han said.');
    const c = claimWith(claims, 'development path');
    assert.ok(c.text.startsWith('China firmly supports Iraq'), claims.map((x) => x.text).join(' | '));
    assert.strictEqual(c.speaker, 'Han');
  });

  test('"The source, who requested anonymity, said that 160 lawmakers voted …": "that" opens the content, never an inverted source', () => {
    const claims = claimsOf('The source, who requested anonymity, said that 160 lawmakers voted for him.');
    const c = claimWith(claims, 'lawmakers voted');
    assert.ok(c.text.startsWith('that 160 lawmakers'), claims.map((x) => x.text).join(' | '));
    assert.strictEqual(c.speaker, 'The source');
  });

  test('"…, according to the sources, who asked not to be named.": the relative clause is the source\'s, the clause before the content', () => {
    const claims = claimsOf('Fidan and Abdelatty exchanged views on a ceasefire in Gaza, according to the sources, who asked not to be named.');
    const c = claims.find((x) => x.cue === 'according to');
    assert.ok(c, claims.map((x) => x.text).join(' | '));
    assert.strictEqual(c.text, 'Fidan and Abdelatty exchanged views on a ceasefire in Gaza');
    assert.strictEqual(c.speaker, 'the sources, who asked not to be named');
    // The final according-to takes the whole clause, a cue inside it included (as without the relative clause).
    const inner = claimsOf('The two men discussed the ceasefire, according to two sources, who asked not to be named.');
    assert.strictEqual(inner.find((x) => x.cue === 'according to')?.text, 'The two men discussed the ceasefire', inner.map((x) => x.text).join(' | '));
  });

  test('"Shafaq News/ The Iraqi Council …": an agency\'s name and a slash open the story, no content; "Trump/Pence" is no dateline', () => {
    const claims = claimsOf('Shafaq News/ The Iraqi Council of Representatives failed to elect a speaker, a parliamentary source told Shafaq News Agency.');
    assert.ok(claimWith(claims, 'failed to elect').text.startsWith('The Iraqi Council'), claims.map((x) => x.text).join(' | '));
    const ticket = claimsOf('Trump/Pence said the race was over, he told reporters.');
    assert.ok(claimWith(ticket, 'race was over').text.startsWith('Trump/Pence'), ticket.map((x) => x.text).join(' | '));
  });

  test('a telephone call ("receives call from", "a phone call with") is no cue; "critics call it censorship" is', () => {
    const calls = [...claimsOf('Saudi crown prince receives call from French president'),
      ...claimsOf('The prince received a call from Macron on Sunday. Fidan held a phone call with his counterpart.')];
    assert.deepStrictEqual(calls.map((c) => c.text), []);
    assert.ok(claimWith(claimsOf('Critics call it censorship.'), 'censorship'));
  });

  test('"Baghdad, INA - The Iraqi government said": the dateline is no part of the source; "Raleigh, N.C.-based" is no dateline', () => {
    const c = claimWith(claimsOf('Baghdad, INA - The Iraqi government said it would act.'), 'would act');
    assert.strictEqual(c.speaker, 'The Iraqi government');
    const d = claimWith(claimsOf('MANCHESTER, N.H. - Chris Christie learned he had been bumped off the main stage.'), 'bumped off');
    assert.strictEqual(d.speaker, 'Chris Christie');
  });

  test('"DAYTON, Ohio —" is a dateline too: not part of the content; ", identified as X," names someone and is no cue', () => {
    const claims = claimsOf('Crash kills two\n\nDAYTON, Ohio — A 32-year-old man was charged Friday with vehicular homicide, police said. ' +
      'The driver, identified as Marcus Reed of Kettering, was speeding, Sgt. Lisa Moore said.');
    assert.ok(claimWith(claims, 'vehicular homicide').text.startsWith('A 32-year-old man'), claims.map((c) => c.text).join(' | '));
    assert.ok(claimWith(claims, 'was speeding').text.startsWith('The driver, identified as'), claims.map((c) => c.text).join(' | '));
    assert.deepStrictEqual(claims.filter((c) => c.cue === 'identified'), []);
  });

  test('a paragraph opening with a quote after one left open goes on with that speaker, not the next one named', () => {
    const claims = claimsOf('"This is not a perfect deal," Wong said. "But it is a good deal.\n\n"It protects our interests and gives our farmers a market."\n\n' +
      'The opposition\'s trade spokesman, Kevin Hogan, said the government had "given away too much".');
    assert.strictEqual(claimWith(claims, 'It protects our interests').speaker, 'Wong');
    // The quote left open at its paragraph's end is direct speech as well.
    assert.strictEqual(claimWith(claims, 'But it is a good deal').kind, 'direct');
  });

  test('"by June" after a passive cue is a deadline, not the source ("A decision is expected by June.")', () => {
    const c = claimWith(claimsOf('The justices heard the case on Wednesday. A decision is expected by June.'), 'A decision');
    assert.strictEqual(c.speaker, null);
  });

  test('a headline kicker ("Interview:", "Breaking:") is a genre, not a speaker; a name before the colon still is', () => {
    const claims = claimsOf('Interview: EU climate chief on the road to the summit\n\nBreaking: Latest Primary Has Big Impact On Clinton Campaign.\n\n' +
      'Joe Scarborough: Donald Trump Playing Dumb On Russia\n');
    assert.deepStrictEqual(claims.map((c) => c.speaker), ['Joe Scarborough']);
  });

  test('"WHO" among lower-case words is the organisation, not a pronoun that ends the source ("according to the WHO.")', () => {
    const claims = claimsOf('The virus has killed at least 500 people, according to the WHO. The WHO said on Friday that the risk remained low.');
    assert.strictEqual(claimWith(claims, 'The virus has killed').speaker, 'the WHO');
    assert.strictEqual(claimWith(claims, 'the risk remained low').speaker, 'The WHO');
  });

  test('"X was quoted as saying" is one cue whose subject is the speaker ("by state media" is where, not who)', () => {
    const before = claimWith(claimsOf('Iran is ready to resume talks if sanctions are lifted, Foreign Minister Abbas Araqchi was quoted as saying by state media on Sunday.'), 'Iran is ready');
    assert.strictEqual(before.cue, 'was quoted as saying');
    assert.strictEqual(before.speaker, 'Foreign Minister Abbas Araqchi');
    const after = claimWith(claimsOf('In an interview with a daily newspaper, Tusk is quoted as saying his government would finish the mission.'), 'his government');
    assert.strictEqual(after.cue, 'is quoted as saying');
    assert.strictEqual(after.speaker, 'Tusk');
    assert.ok(after.text.startsWith('his government'), after.text);
  });

  test('one capitalised word after the cue\'s preposition is where, not a claim ("posted on X", "said on CNN", "said in December")', () => {
    const claims = claimsOf('In a statement posted on X, the group said its fighters were committed to the law. ' +
      'Lewandowski said on CNN that Manafort should be thanked. “They are so not like him,” she said in December.');
    assert.deepStrictEqual(claims.filter((c) => /^(X|CNN|December)$/.test(c.text)), []);
    assert.ok(claims.some((c) => c.text === 'its fighters were committed to the law'), claims.map((c) => c.text).join(' | '));
  });

  test('a final "…, Xi said." takes the whole clause when an inner claim stopped inside a list ("such as A, B and C")', () => {
    const claims = claimsOf('China is willing to work with Russia within frameworks such as the United Nations, the Shanghai Cooperation Organization and BRICS, Xi said.');
    const c = claimWith(claims, 'China is willing');
    assert.strictEqual(c.speaker, 'Xi');
    assert.ok(c.text.endsWith('and BRICS'), c.text);
    assert.strictEqual(claims.length, 1, claims.map((x) => x.text).join(' | '));
    const relative = claimWith(claimsOf('The figure, which stood at 263, rose sharply, according to officials.'), 'The figure');
    assert.strictEqual(relative.speaker, 'officials');
  });

  test('a dateline is not part of the speaker ("ANKARA (AA) - Turkish President …"); a hyphen inside a word is no dateline', () => {
    const c = claimWith(claimsOf('Erdogan speaks\n\nANKARA (AA) - Turkish President Recep Tayyip Erdogan on Tuesday said Israel must be held accountable.'), 'Israel must');
    assert.strictEqual(c.speaker, 'Turkish President Recep Tayyip Erdogan');
    const bare = claimWith(claimsOf('CHICAGO - Rahm Emanuel said the city would appeal the ruling.'), 'the city would');
    assert.strictEqual(bare.speaker, 'Rahm Emanuel');
    const aged = claimWith(claimsOf('81-year-old Parker Eaton said he would vote for the first time in decades.'), 'he would vote');
    assert.strictEqual(aged.speaker, '81-year-old Parker Eaton');
  });

  test('a weekday after people or a body before the cue is not part of the speaker either ("Security officials Sunday said")', () => {
    const c = claimWith(claimsOf('Security officials Sunday said the demonstration\'s leaders were arrested.'), 'leaders were arrested');
    assert.strictEqual(c.speaker, 'Security officials');
    const court = claimWith(claimsOf('The appeals chamber of the court Wednesday said the conviction would stand.'), 'conviction');
    assert.strictEqual(court.speaker, 'The appeals chamber of the court');
    const late = claimWith(claimsOf('Officials late Monday said the plan failed.'), 'plan failed');
    assert.strictEqual(late.speaker, 'Officials');
    const lead = claimWith(claimsOf('Earlier this week Burmese authorities said the talks failed.'), 'talks failed');
    assert.strictEqual(lead.speaker, 'Burmese authorities');
    const morning = claimWith(claimsOf('Sunday morning Mr. Trump said he would win.'), 'would win');
    assert.strictEqual(morning.speaker, 'Mr. Trump');
    const possessive = claimWith(claimsOf('Monday night’s results showed a tie.'), 'a tie');
    assert.strictEqual(possessive.speaker, 'Monday night’s results');
    const doc = claimWith(claimsOf('A statement Monday said the talks failed.'), 'talks failed');
    assert.strictEqual(doc.speaker, 'A statement Monday', 'a document keeps its day, as PolNeAR marks it');
  });

  test('a news outlet\'s "reported" is a cue whatever follows ("State media reported five people died")', () => {
    const state = claimWith(claimsOf('State media reported five people died in the city.'), 'five people died');
    assert.strictEqual(state.cue, 'reported');
    assert.strictEqual(state.speaker, 'State media');
    const there = claimWith(claimsOf('Local media reported there were clashes in the city.'), 'clashes');
    assert.strictEqual(there.speaker, 'Local media');
  });

  test('a time adjunct alone after the cue is no content: "Smith said last week." after a quote, "the deal announced Monday,"', () => {
    const quote = claimsOf('He lashed out. “I hope she enjoys it there!” Smith said last week.');
    assert.strictEqual(claimWith(quote, 'enjoys').speaker, 'Smith');
    assert.ok(!quote.some((c) => c.text === 'last week'));
    const deal = claimsOf('Under the deal announced Monday, Seven & I will buy a 65 percent stake in Millennium Retailing.');
    assert.ok(!deal.some((c) => c.text === 'Monday'));
    const possessive = claimWith(claimsOf('She said last week’s vote was rigged.'), 'vote was rigged');
    assert.strictEqual(possessive.text, 'last week’s vote was rigged');
  });

  test('a name right after the cue that its clause runs on from is the content\'s subject, not an inverted source', () => {
    const c = claimWith(claimsOf('Hussein Amir-Abdollahian, the foreign minister, said Tehran wants closer ties with Baghdad.'), 'closer ties');
    assert.strictEqual(c.text, 'Tehran wants closer ties with Baghdad');
    assert.strictEqual(c.speaker, 'Hussein Amir-Abdollahian, the foreign minister,');
    const inverted = claimWith(claimsOf('The economy is strong, said John Smith, the chief economist.'), 'economy');
    assert.strictEqual(inverted.speaker, 'John Smith, the chief economist');
  });

  test('agency reporting verbs and British spellings are cues: "underlined", "deplored", "emphasised"', () => {
    assert.strictEqual(claimWith(claimsOf('He underlined that the two countries share common interests.'), 'common').cue, 'underlined');
    assert.strictEqual(claimWith(claimsOf('Kanaani deplored the attack on the embassy in Kabul.'), 'embassy').cue, 'deplored');
    assert.strictEqual(claimWith(claimsOf('The minister emphasised the need for dialogue with the opposition.'), 'dialogue').cue, 'emphasised');
    const termed = claimWith(claimsOf('Senator Irfan Siddiqui termed the decision "regrettable" and "against the spirit of dialogue".'), 'regrettable');
    assert.deepStrictEqual([termed.cue, termed.speaker], ['termed', 'Senator Irfan Siddiqui']);
  });

  test('a weekday that owns the next noun ("Friday\'s proceedings") belongs to the content, not the cue', () => {
    const c = claimWith(claimsOf("Ms. Mtetwa said Friday's proceedings lasted less than one hour."), 'proceedings');
    assert.strictEqual(c.cue, 'said');
    assert.ok(c.text.startsWith("Friday's proceedings"), c.text);
  });

  test('"he" after a cue that takes a recipient opens the content: "Earlier, X warned he may …"', () => {
    const c = claimWith(claimsOf('Earlier, Palestinian President Mahmoud Abbas warned he may delay parliamentary elections.'), 'delay');
    assert.strictEqual(c.cue, 'warned');
    assert.strictEqual(c.text, 'he may delay parliamentary elections');
    assert.strictEqual(c.speaker, 'Palestinian President Mahmoud Abbas');
  });

  test('a noun phrase and a finite verb after a recipient cue are the content clause, not a recipient: "On Monday, X warned a cell is …"', () => {
    const c = claimWith(claimsOf("On Monday, Prime Minister Meles Zenawi warned an al-Qaida cell is already operating out of Somalia's capital, Mogadishu."), 'cell');
    assert.strictEqual(c.cue, 'warned');
    assert.strictEqual(c.text, "an al-Qaida cell is already operating out of Somalia's capital, Mogadishu");
    assert.strictEqual(c.speaker, 'Prime Minister Meles Zenawi');
    // A relative clause on the recipient is no content clause: the content stays before the attribution.
    const before = claimWith(claimsOf('The talks will resume on Monday, he told reporters who were waiting outside.'), 'talks');
    assert.strictEqual(before.text, 'The talks will resume on Monday');
  });

  test('a hyphen inside a word ("U.S.-led") does not end the content', () => {
    const c = claimWith(claimsOf("Afghanistan's government says Afghan and U.S.-led troops have killed five insurgents in the east of the country."), 'troops');
    assert.strictEqual(c.text, 'Afghan and U.S.-led troops have killed five insurgents in the east of the country');
  });

  test('a subject with a restrictive relative clause is the whole source; not an object relative, nor past the sentence\'s verb', () => {
    const speaker = (text: string, fragment: string): string | null => claimWith(claimsOf(text, { sourceModel: false }), fragment).speaker;
    assert.strictEqual(speaker('Voters who backed Sanders in the primary say they will stay home.', 'stay home'),
      'Voters who backed Sanders in the primary');
    assert.strictEqual(speaker('Five Americans who were detained by China earlier this week for holding a demonstration on the base of ' +
      'Mount Everest say they feared for their lives.', 'feared'),
      'Five Americans who were detained by China earlier this week for holding a demonstration on the base of Mount Everest');
    const objectRelative = ruleClaims('The policy that The Boston Globe criticized was changed.', 'criticized', true);
    assert.deepStrictEqual(objectRelative.map(([, sp]) => sp), ['The Boston Globe']);
    assert.strictEqual(speaker('People who have long said the economy is weak were right.', 'economy'), 'who');
    assert.strictEqual(speaker('All that happened was that the boy told his father.', 'father'), 'the boy');
  });

  test('a recipient\'s apposition before "that" does not end the content\'s search: "told his counterpart, Taro Aso, that …"', () => {
    const c = claimWith(claimsOf("During talks, Foreign Minister Ban Ki-moon told his Japanese counterpart, Taro Aso, that visits to a war shrine are disrupting relations."), 'shrine');
    assert.strictEqual(c.text, 'that visits to a war shrine are disrupting relations');
    assert.strictEqual(c.speaker, 'Foreign Minister Ban Ki-moon');
  });

  test('a participle right after its noun quotes only the quote: "Demonstrators chanting “Death to America” marched …"', () => {
    const chant = ruleClaims('Thousands of demonstrators chanting "Death to America" marched through the streets of Jalalabad on Wednesday.', 'chanting', true);
    assert.deepStrictEqual(chant, [['"Death to America"', 'Thousands of demonstrators']]);
    // A finite verb after the quote is the content's own.
    const own = ruleClaims('Officials saying "the plan" is dead were wrong.', 'saying', true);
    assert.ok(own.length === 1 && own[0][0].startsWith('"the plan" is dead'), JSON.stringify(own));
  });

  test('a cue joined by a hyphen ("U.N.-backed") takes the noun it modifies, and the clause goes on to its own cue', () => {
    const claims = claimsOf('U.N.-backed foreign mediators recommended that parliament be dissolved to advance the peace process.', { claimFilter: false });
    assert.strictEqual(claimWith(claims, 'parliament').speaker, 'U.N.-backed foreign mediators');
    const backed = claims.find((c) => c.cue === 'backed');
    assert.ok(!backed || backed.text === 'foreign mediators', JSON.stringify(claims));
  });

  test('a plural noun before a verb of claiming is its subject, no cue: "witnesses claim a spaceship …"', () => {
    const c = claimWith(claimsOf('Witnesses claim a spaceship with five aliens aboard crashed on a ranch outside Roswell.', { claimFilter: false }), 'spaceship');
    assert.strictEqual(c.cue, 'claim');
    assert.strictEqual(c.speaker, 'Witnesses');
  });

  test('an opening gerund that is another form of a cue word ("Expressing") speaks through the main clause\'s subject', () => {
    const c = claimWith(claimsOf('Expressing gratitude for the efforts of the forces, he said stability in Iraq is important.'), 'efforts');
    assert.strictEqual(c.cue, 'Expressing gratitude for'); // the cue runs to the content (candidate.ts expressedEnd)
    assert.strictEqual(c.speaker, 'he');
  });

  test('speaker spans as PolNeAR marks them: an apposition after the cue (not after "according to", not a participle), no aside adverb, "At least …"', () => {
    assert.strictEqual(claimWith(claimsOf('“Iowa happened,” said Rev. Kyev Tatum, then senior pastor at a church in Texas.'), 'Iowa').speaker,
      'Rev. Kyev Tatum, then senior pastor at a church in Texas');
    assert.strictEqual(claimWith(claimsOf('“We will win,” said Jane Roe, adding that the vote was close.'), 'We will win').speaker, 'Jane Roe');
    assert.strictEqual(claimWith(claimsOf('Turnout rose, according to Jane Roe, a state official.'), 'Turnout').speaker, 'Jane Roe');
    assert.strictEqual(claimWith(claimsOf('Clinton, meanwhile, said the plan would fail.'), 'the plan').speaker, 'Clinton');
    assert.strictEqual(claimWith(claimsOf('Senator Bernie Sanders now says the primary was rigged.'), 'rigged').speaker, 'Senator Bernie Sanders');
    assert.strictEqual(claimWith(claimsOf('At least half of voters in each state said the economy mattered most.'), 'economy').speaker,
      'At least half of voters in each state');
  });

  test('a participle after an article is no cue ("the announced investment")', () => {
    const claims = claimsOf('The announced investment will provide basic services such as water and sewage systems.');
    assert.deepStrictEqual(claims.filter((c) => c.cue === 'announced'), []);
  });

  test('a phrase inside cues of one article only does not enter the cue lexicon', () => {
    const cueAt = (start: number, length: number): GoldAttribution => ({ source: [], cue: [{ start, end: start + length }], content: [] });
    const one = 'Hassan asked. Hassan asked again, and she said no.';
    const two = 'He said yes.';
    // "Hassan" is inside a cue twice, both times in article a; "said" once in each article.
    const docs: GoldDoc[] = [
      { name: 'a', text: one, attributions: [cueAt(0, 6), cueAt(one.lastIndexOf('Hassan'), 6), cueAt(one.indexOf('said'), 4)] },
      { name: 'b', text: two, attributions: [cueAt(two.indexOf('said'), 4)] },
    ];
    const stats = computeStats(docs, docs.map((d) => tokenize(d.text)));
    assert.strictEqual(stats.hassan, undefined);
    assert.deepStrictEqual(stats.said, [2, 2, 2]);
  });

  test('a capitalised cue word inside a name is no cue ("NBC\'s Today Show", "Theresa May said"); a title-case headline keeps its cues', () => {
    const show = claimsOf('Speaking on American television ( NBC\'s Today Show ) Monday, Paul Bremer said the election was a victory.');
    assert.deepStrictEqual(show.map((c) => c.cue), ['said']);
    const center = claimWith(claimsOf('Officials at the Pacific Ocean Warning Center in Hawaii said there was no threat.'), 'no threat');
    assert.strictEqual(center.speaker, 'Officials at the Pacific Ocean Warning Center in Hawaii');
    const may = claimWith(claimsOf('British Prime Minister Theresa May said this week that the country would leave.'), 'the country');
    assert.strictEqual(may.speaker, 'British Prime Minister Theresa May');
    assert.strictEqual(may.cue, 'said this week');
    assert.strictEqual(claimWith(claimsOf('While Will acknowledges the appeal of the plan, he doubts it.'), 'appeal').cue, 'acknowledges');
    assert.strictEqual(claimWith(claimsOf('Clinton Says Russians Hacked DNC'), 'Russians').cue, 'Says');
  });

  test('an attribution between commas inside a relative clause leaves the sentence\'s first claim standing', () => {
    const claims = claimsOf('The minister says the purpose of the meeting is to strengthen the group, which, he said, could bring in other countries.');
    const says = claims.filter((c) => c.cue === 'says');
    assert.strictEqual(says.length, 1, JSON.stringify(claims));
    assert.strictEqual(says[0].speaker, 'The minister');
    assert.ok(says[0].text.startsWith('the purpose of the meeting'), says[0].text);
  });

  test('"…, says it respects …" after an attribution in a relative clause: the subject speaks, "it" opens the content', () => {
    const c = claimWith(claimsOf('The United States, which said it backed Mr. Flores, says it respects his decision.'), 'respects');
    assert.strictEqual(c.text, 'it respects his decision');
    assert.strictEqual(c.speaker, 'The United States');
    assert.strictEqual(claimWith(claimsOf('“We will win,” said his spokesman.'), 'We will win').speaker, 'his spokesman');
  });

  test('a subject pronoun or possessive right before the cue is the whole source ("a video it said shows …", "his critique of"); "now" belongs to the verb group', () => {
    const video = claimWith(claimsOf('And al-Jazeera television aired a video it said shows an American contractor.'), 'contractor');
    assert.strictEqual(video.speaker, 'it');
    assert.strictEqual(claimWith(claimsOf('He and Brafman had basically said the same thing.'), 'same thing').speaker, 'He and Brafman');
    assert.deepStrictEqual(ruleClaims('He has been ratcheting up his critique of the plan.', 'critique of', true), [['the plan', 'his']]);
    const now = claimWith(claimsOf('The largest opposition parties, have now said they will participate.'), 'participate');
    assert.strictEqual(now.speaker, 'The largest opposition parties');
    assert.strictEqual(now.cue, 'have now said');
  });

  test('a passive cue\'s content resumes after its agent; an adjunct alone after it leaves the subject as the one piece', () => {
    const plan = ruleClaims('The plan was criticized by Democrats as too costly.', 'was criticized', true);
    assert.deepStrictEqual(plan.map((c) => c[1]), ['Democrats', 'Democrats']);
    assert.ok(plan.some((c) => c[0] === 'The plan'), JSON.stringify(plan));
    assert.ok(plan.every((c) => !c[0].includes('Democrats')), JSON.stringify(plan));
    assert.deepStrictEqual(ruleClaims('The bill was denounced on Monday by several senators.', 'was denounced', true),
      [['The bill', 'several senators']]);
    assert.deepStrictEqual(ruleClaims('The bill was denounced.', 'was denounced', true), [['The bill', null]]);
    const rivals = ruleClaims('Trump has been criticized by some of his rivals for failing to spend time in the state.', 'has been criticized', true);
    assert.deepStrictEqual(rivals.map((c) => c[1]), ['some of his rivals', 'some of his rivals']);
  });

  test('"X is said to …" has no source (the infinitive\'s own "by" is no agent); its subject is a content piece', () => {
    const advisers = ruleClaims('Some advisers are said to be urging the governor to play by the rules.', 'are said', true);
    assert.deepStrictEqual(advisers.map((c) => c[1]), [null, null]);
    assert.ok(advisers.some((c) => c[0] === 'Some advisers'), JSON.stringify(advisers));
  });

  test('a correspondent\'s sign-off is no claim ("Sam Beattie reports from Beijing."); one with "that" keeps its content', () => {
    assert.deepStrictEqual(claimsOf('Sam Beattie reports from Beijing.'), []);
    assert.deepStrictEqual(claimsOf('Wolf reported from Washington.'), []);
    assert.deepStrictEqual(claimsOf('Sam Beattie reports for VOA from Beijing.'), []);
    assert.strictEqual(claimWith(claimsOf('Kari Barber reports from Conakry that many fishermen feel squeezed.'), 'fishermen').speaker,
      'Kari Barber');
  });

  test('a cue word right before "revealed", "showed", "suggested" is its subject, not a cue ("Newspaper reports revealed …")', () => {
    const c = claimWith(claimsOf('Newspaper reports revealed the domestic spying program last month.'), 'spying');
    assert.strictEqual(c.cue, 'revealed');
    assert.strictEqual(c.speaker, 'Newspaper reports');
  });

  test('", said X" inside an earlier claim\'s content is a final attribution of its own, the clause before it its content', () => {
    // The rules' own cut and split (no end or split model): an inverted source after the comma separates the cue as a
    // source before it does.
    const text = 'The governor called for a new tax on fuel, said Bob Reed, an analyst at the bank.';
    const claims = claimsOf(text, { endModel: false, splitModel: false, sourceModel: false, claimFilter: false });
    assert.deepStrictEqual(claims.map((c) => [c.text, c.cue, c.speaker]),
      [['The governor called for a new tax on fuel', 'said', 'Bob Reed, an analyst at the bank']]);
  });

  test('a preposition cut off before its object is no speaker ("In | a report Wednesday, envoy X said")', () => {
    const claims = claimsOf('In a report Wednesday, envoy Tomas Ojea Quintana said that the vote will be seen as credible.');
    assert.ok(claims.every((c) => c.speaker !== 'In'), JSON.stringify(claims));
    assert.strictEqual(claimWith(claims, 'credible').speaker, 'envoy Tomas Ojea Quintana');
    const abdullah = claimsOf('In response to a question about Iran, King Abdullah said that Jordan had advocated a nuclear-free Middle East.');
    assert.ok(abdullah.every((c) => c.speaker === null || !/\b(?:to|In)$/.test(c.speaker)), JSON.stringify(abdullah));
  });

  test('an "as" clause after a final attribution is the scene, not content: "…, sources said, as the two neighbours …"', () => {
    const a = claimsOf('Japan and China agreed Wednesday to resume economic talks for the first time in four years, ' +
      'Japanese government sources said, as the two neighbours seek to stabilise ties.');
    assert.deepEqual(a.map((c) => [c.text, c.cue, c.speaker]), [['Japan and China agreed Wednesday to resume economic talks for the ' +
      'first time in four years', 'said', 'Japanese government sources']]);
    const b = claimsOf('Japan and China agreed Wednesday to resume economic talks, said Jane Roe, as the neighbours seek to stabilise ties.');
    assert.deepEqual(b.map((c) => [c.text, c.speaker]), [['Japan and China agreed Wednesday to resume economic talks', 'Jane Roe']]);
    const d = claimsOf('Prices will rise again next year, officials said, as the bank cut its forecast.');
    assert.deepEqual(d.map((c) => [c.text, c.speaker]), [['Prices will rise again next year', 'officials']]);
    // "as well as" carries on the list of what was said.
    const c = claimsOf('The plan, he said, as well as the budget, would fail.');
    assert.ok(c.some((x) => x.text.includes('would fail')), JSON.stringify(c));
  });

  test('the subject of a passive "told" before what was said heard it: "The court was told …" is no piece of content', () => {
    const a = claimsOf('The court was told Marsh had 17 previous convictions, including two for assault.');
    assert.deepEqual(a.map((c) => [c.text, c.cue, c.speaker]), [['Marsh had 17 previous convictions, including two for assault', 'was told', null]]);
    // Told things are what was said: "Jokes are told" keeps its subject (PolNeAR marks it).
    assert.ok(claimsOf('Jokes are told, interviews are requested.', { claimFilter: false }).some((c) => c.text === 'Jokes'));
  });

  test('a scare quote before "said they …" ends no content: the pronoun and its verb open the content after the cue', () => {
    const a = claimWith(claimsOf('Analysts at Morgan Stanley, who rate the stock "overweight," said they expected sales to accelerate.'), 'accelerate');
    assert.deepEqual([a.text, a.speaker], ['they expected sales to accelerate', 'Analysts at Morgan Stanley']);
    const b = claimsOf('Just 3 percent of self-identified "liberals" said they would vote for the Green Party.');
    assert.ok(b.some((c) => c.text === 'they would vote for the Green Party'), JSON.stringify(b));
    // A quote before "said he" and punctuation is still the quote's.
    assert.deepEqual(claimsOf('"We will win," said he, smiling.').map((c) => [c.text, c.speaker]), [['"We will win,"', 'he']]);
  });

  test('a company\'s shares moving are no one sharing a view: "Nvidia shares slide as …"', () => {
    assert.deepEqual(claimsOf('Nvidia shares slide as China curbs weigh on outlook'), []);
    assert.deepEqual(claimsOf('Nvidia Corp shares fell 6% on Thursday.'), []);
    assert.equal(claimWith(claimsOf('The minister shares the view that the deal is dead.'), 'deal is dead').cue, 'shares');
  });

  test('"X and his Omani counterpart Y discussed …": both conjuncts are the source', () => {
    const c = claimWith(claimsOf("Iran's Foreign Minister Abbas Araghchi and his Omani counterpart Badr Al Busaidi said the talks were useful."), 'useful');
    assert.equal(c.speaker, "Iran's Foreign Minister Abbas Araghchi and his Omani counterpart Badr Al Busaidi");
  });

  test('a dateline, or a weekday or a time ago after the cue, is never what was said', () => {
    const claims = claimsOf('ATLANTA (AP) — Democratic Sen. Raphael Warnock and Republican challenger Herschel Walker traded sharp attacks on ' +
      'Tuesday in their only debate. Trump tweaked his now-familiar campaign promise Saturday when he formally announced his running mate.');
    assert.ok(!claims.some((c) => c.text === 'ATLANTA (AP)' || c.text === 'Saturday'), JSON.stringify(claims));
    const ago = claimsOf('President Yoon Suk Yeol lifted the martial law he had declared just six hours earlier, after a vote.');
    assert.ok(!ago.some((c) => c.text === 'just six hours earlier'), JSON.stringify(ago));
    // Before the cue a time may open an interrupted content.
    const piece = claimsOf('Six months ago, the independent Vermont senator said, the media considered him a "fringe candidate."');
    assert.ok(piece.some((c) => c.text === 'Six months ago'), JSON.stringify(piece));
  });

  test('a headline\'s label speaks the headline, whatever cue a word in it looked like; a kicker is no label', () => {
    const head = claimsOf('Leader: Enemies Seeking to Create Rift Among Muslims\nTEHRAN (Dispatches) -- The Leader spoke on Friday.');
    const c = claimWith(head, 'Enemies');
    assert.deepEqual([c.text, c.speaker], ['Enemies Seeking to Create Rift Among Muslims', 'Leader']);
    const rubio = claimWith(claimsOf('Marco Rubio: I Still Believe Trump Can’t Be Trusted with Nuclear Codes\nHe spoke on Friday.'), 'Believe');
    assert.deepEqual([rubio.text, rubio.speaker], ['I Still Believe Trump Can’t Be Trusted with Nuclear Codes', 'Marco Rubio']);
    assert.ok(!claimsOf('The Latest: Sanders declares revolution, ignores losses\nHe spoke.').some((x) => x.cue === ':'));
    // Further down, a label gives way to the claims its line makes.
    const section = claimsOf('A story.\nBernie Sanders: Credit scores On his website, Sanders calls for credit score reform to help borrowers.');
    assert.ok(section.some((x) => x.cue === 'calls for'), JSON.stringify(section));
  });

  test('a headline\'s label in sentence case that ends with a role noun speaks it ("Judiciary chief: …"); not further down', () => {
    const head = claimWith(claimsOf('Judiciary chief: No leniency for economic corruption\nTEHRAN – The chief spoke on Tuesday.'), 'leniency');
    assert.deepEqual([head.text, head.cue, head.speaker], ['No leniency for economic corruption', ':', 'Judiciary chief']);
    const fm = claimWith(claimsOf('Iran’s top diplomat: US must lift sanctions first\nHe spoke.'), 'lift sanctions');
    assert.equal(fm.speaker, 'Iran’s top diplomat');
    assert.ok(!claimsOf('A story.\nThe local official: a profile of a mayor who stayed\nShe spoke.').some((x) => x.cue === ':'));
  });

  test('a live blog entry\'s headline after its time is a headline: "14:05 GMT – Zelensky: …"', () => {
    const claims = claimsOf('Ukraine war live\n\n14:05 GMT – Zelensky: Russia massing troops near Kharkiv\n\nHe spoke on Monday.\n\n' +
      "13:15 GMT – Kremlin: No talks until Kyiv 'faces reality'\n\nPeskov spoke.");
    const z = claimWith(claims, 'massing troops');
    assert.deepEqual([z.text, z.cue, z.speaker], ['Russia massing troops near Kharkiv', ':', 'Zelensky']);
    assert.equal(claimWith(claims, 'faces reality').speaker, 'Kremlin');
  });

  test('a kicker before a headline\'s quote is no content: "Q&A: \'We are not afraid,\' says …"', () => {
    const c = claimWith(claimsOf("Q&A: 'We are not afraid of sanctions,' says Venezuela's foreign minister\nHe spoke."), 'afraid');
    assert.deepEqual([c.text, c.kind], ["'We are not afraid of sanctions,'", 'direct']);
    const a = claimWith(claimsOf('Analysis: Markets will fall, economists say\nThey spoke.'), 'Markets');
    assert.equal(a.text, 'Markets will fall');
  });

  test('"X was cited by the Nikkei as saying …": the subject said it; the "by" phrase is where it was reported', () => {
    const c = claimWith(claimsOf('Chief Executive Tim Cook was cited by the Nikkei as saying the company was committed to China.'), 'committed');
    assert.deepEqual([c.text, c.cue, c.speaker], ['the company was committed to China', 'was cited by the Nikkei as saying', 'Chief Executive Tim Cook']);
    const q = claimWith(claimsOf('Tusk is quoted by state media as saying the plan failed.'), 'plan failed');
    assert.equal(q.speaker, 'Tusk');
  });
});
