// Claim rules on small constructed sentences: where the speaker is, quotes, according to, continuations.
import * as assert from 'node:assert/strict';
import { claimWith, claimsOf } from './claims-helpers';

suite('claims: constructed sentences', () => {
  test('speaker after a curly quote: “…,” said X', () => {
    const [c] = claimsOf('“We will win this race,” said Jane Doe, the campaign manager.');
    assert.equal(c.text, '“We will win this race,”');
    assert.equal(c.kind, 'direct');
    assert.equal(c.cue, 'said');
    assert.match(c.speaker ?? '', /^Jane Doe/);
  });

  test('pronoun speaker after a straight quote: "…," she said', () => {
    const [c] = claimsOf('"The numbers do not add up," she said on Monday.');
    assert.equal(c.text, '"The numbers do not add up,"');
    assert.equal(c.speaker, 'she');
  });

  test('reported speech after the cue keeps "that" and drops the full stop', () => {
    const [c] = claimsOf('The governor said that the budget would be balanced by June.');
    assert.equal(c.text, 'that the budget would be balanced by June');
    assert.equal(c.kind, 'indirect');
    assert.equal(c.speaker, 'The governor');
  });

  test('content before the cue: …, officials said', () => {
    const [c] = claimsOf('The bridge will reopen next week, officials said.');
    assert.equal(c.text, 'The bridge will reopen next week');
    assert.equal(c.speaker, 'officials');
  });

  test('according to X at the start and at the end', () => {
    const [a] = claimsOf('According to the report, unemployment fell sharply last year.');
    assert.equal(a.text, 'unemployment fell sharply last year');
    assert.equal(a.cue, 'According to');
    assert.equal(a.speaker, 'the report');
    const [b] = claimsOf('Unemployment fell sharply last year, according to government figures.');
    assert.equal(b.text, 'Unemployment fell sharply last year');
    assert.equal(b.speaker, 'government figures');
  });

  test('a final according-to takes the whole clause of reported speech, the attribution in it included', () => {
    const [b, ...rest] = claimsOf('The senator told donors that the bill was dead, according to two people at the dinner.');
    assert.equal(rest.length, 0);
    assert.equal(b.text, 'The senator told donors that the bill was dead');
    assert.equal(b.cue, 'according to');
    assert.equal(b.speaker, 'two people at the dinner');
    // A quote before its own speaker stays that speaker's (claims-according-quote.test.ts).
    const [a] = claimsOf('“We will not raise taxes,” the governor said, according to a recording of the meeting.');
    assert.deepEqual([a.text, a.speaker], ['“We will not raise taxes,”', 'the governor']);
  });

  test('a final according-to whose noun phrase runs on to the sentence end still takes the whole clause', () => {
    const [a, ...rest] = claimsOf('The mayor told donors that the plan was dead, according to people close to the campaign.');
    assert.equal(rest.length, 0);
    assert.equal(a.text, 'The mayor told donors that the plan was dead');
    assert.equal(a.cue, 'according to');
    assert.match(a.speaker ?? '', /^people/);
    const [b] = claimsOf('Voters in the state said the economy mattered most, according to a poll released on Monday.');
    assert.equal(b.text, 'Voters in the state said the economy mattered most');
    assert.match(b.speaker ?? '', /^a poll/);
    // A clause break after the noun phrase: the according-to is no longer plainly final, the inner claim stays.
    const c = claimWith(claimsOf('The mayor told donors that the plan was dead, according to people close to the campaign, which the city disputes.'), 'the plan was dead');
    assert.equal(c.speaker, 'The mayor');
  });

  test('an introductory "As X reported," attributes the whole main clause, its own attributions included', () => {
    const [a, ...rest] = claimsOf('As the Ledger reported on Monday, the council voted to close the library and the mayor said he would veto it.');
    assert.equal(rest.length, 0);
    assert.equal(a.text, 'the council voted to close the library and the mayor said he would veto it');
    assert.equal(a.cue, 'reported');
    assert.equal(a.speaker, 'the Ledger');
    // A time clause whose cue has an object reports nothing about the main clause.
    const c = claimWith(claimsOf('As the mayor criticized the council, protesters said the library must stay open.'), 'the library must stay open');
    assert.equal(c.speaker, 'protesters');
  });

  test('a quote after a second cue belongs to that cue, not to the earlier "…, X said," as a continuation', () => {
    const claims = claimsOf('The two sides will meet next week, Jane Roe said, adding, "They need to sit down and talk."');
    const q = claimWith(claims, 'They need to sit down');
    assert.equal(q.cue, 'adding');
    // Without a cue between, the quote still continues the claim.
    const [a, b] = claimsOf('"We will win," Jane Roe said, "and they know it."');
    assert.equal(a.cue, 'said');
    assert.equal(b.text, '"and they know it."');
    assert.equal(b.cue, 'said');
  });

  test('a final according-to leaves an inner claim that ends before a clause of its own alone', () => {
    const claims = claimsOf('Smith said the fund lost money, which it had never done before, according to the minutes.');
    const c = claimWith(claims, 'the fund lost money');
    assert.equal(c.speaker, 'Smith');
    assert.equal(c.text, 'the fund lost money');
  });

  test('a final "…, X said." takes the whole clause, the claims in it included', () => {
    const [a, ...rest] = claimsOf('The mayor promised to rebuild the bridge, aides said.');
    assert.equal(rest.length, 0);
    assert.equal(a.text, 'The mayor promised to rebuild the bridge');
    assert.equal(a.speaker, 'aides');
    const [b] = claimsOf('The county would not accept the plan, especially one considered too costly, she said.');
    assert.equal(b.text, 'The county would not accept the plan, especially one considered too costly');
    assert.equal(b.speaker, 'she');
    // Not final: the attribution is a parenthetical and a clause of its own follows. (With only an adjunct after it,
    // "…, aides said, within a year.", the adjunct rule may give aides the whole clause: both readings are PolNeAR's.)
    const c = claimWith(claimsOf('The mayor promised to rebuild the bridge, aides said, and the council agreed to pay for it.'), 'rebuild');
    assert.notEqual(c.text, 'The mayor promised to rebuild the bridge');
  });

  test('a final "…, said X, an apposition." takes the whole clause; the apposition is no content but the speaker\'s', () => {
    const [a, ...rest] = claimsOf('The governor wants a new tax on fuel, said Bob Reed, an analyst at the bank.');
    assert.equal(rest.length, 0);
    assert.equal(a.text, 'The governor wants a new tax on fuel');
    assert.equal(a.speaker, 'Bob Reed, an analyst at the bank');
  });

  test('a quote keeps its speaker before a final according-to, whatever short adjunct or addressee its cue carries', () => {
    const [a, ...rest] = claimsOf('“We are done,” Smith said after the vote on Tuesday night, according to witnesses.');
    assert.equal(rest.length, 0);
    assert.deepEqual([a.text, a.cue, a.speaker], ['“We are done,”', 'said', 'Smith']);
    const [b] = claimsOf('“We are done,” Smith told reporters, according to a recording.');
    assert.equal(b.speaker, 'Smith');
    const c = claimWith(claimsOf('“We are done,” Smith said after the vote in the old hall on the hill on Tuesday night, according to witnesses.'), 'We are done');
    assert.equal(c.speaker, 'Smith');
  });

  test('the noun phrase after "told" is the addressee, not an inverted speaker', () => {
    const [c] = claimsOf('“The deal is off,” Jane Roe, a union spokeswoman, told the Daily Ledger on Friday.');
    assert.equal(c.text, '“The deal is off,”');
    assert.match(c.speaker ?? '', /^Jane Roe/);
    const [d] = claimsOf('“The deal is off,” said Jane Roe, a union spokeswoman.');
    assert.match(d.speaker ?? '', /^Jane Roe/);
  });

  test('a participial cue takes the subject after a dateline, not the dateline', () => {
    const [a] = claimsOf('SPRINGFIELD, Ill. (AP) — Governor Jane Roe visited the school on Friday, saying the budget would protect it.');
    assert.equal(a.speaker, 'Governor Jane Roe');
    const [b] = claimsOf('RIVERTON — The county sheriff closed the bridge on Monday, warning that the river could flood.');
    assert.equal(b.speaker, 'The county sheriff');
    // An all-capitals word that is no place line: the dash opens an aside, the subject stays.
    const c = claimsOf('GOP leader Ann Lee - a former mayor - visited the plant, saying that jobs would return.');
    assert.match(claimWith(c, 'jobs would return').speaker ?? '', /^GOP leader Ann Lee/);
  });

  test('a participial cue skips a chained introduction: place, state and more prepositional phrases', () => {
    const [a] = claimsOf('At a rally in Dayton, Ohio, on Sunday, Senator Roe visited the plant, arguing that the plan would create jobs.');
    assert.equal(a.speaker, 'Senator Roe');
  });

  test('a quote spanning two sentences is one claim', () => {
    const [c] = claimsOf('“This is the first point. And this is the second,” the mayor said.');
    assert.equal(c.text, '“This is the first point. And this is the second,”');
    assert.equal(c.speaker, 'the mayor');
  });

  test('a quote continued after the attribution: “A,” he said, “B.”', () => {
    const claims = claimsOf('“We tried everything,” he said, “but nothing worked.”');
    assert.equal(claims.length, 2);
    assert.equal(claimWith(claims, 'nothing worked').speaker, 'he');
    assert.equal(claimWith(claims, 'nothing worked').text, '“but nothing worked.”');
  });

  test('multi-paragraph quote: the open paragraph and the next quoted paragraph both go to the speaker', () => {
    const text = 'The senator said: “We will not give up. This fight is about our families.\n\n'
      + '“And we will be back next year with a better bill.”';
    const claims = claimsOf(text);
    assert.equal(claimWith(claims, 'We will not give up').speaker, 'The senator');
    const next = claimWith(claims, 'back next year');
    assert.equal(next.kind, 'direct');
    assert.equal(next.speaker, 'The senator');
  });

  test('parenthetical attribution: "The plan, he said, would …" gives both halves to the speaker', () => {
    const claims = claimsOf('The new plan, the mayor said, would cut commuting times in half.');
    assert.equal(claimWith(claims, 'The new plan').speaker, 'the mayor');
    const after = claimWith(claims, 'would cut commuting times');
    assert.equal(after.text, 'would cut commuting times in half');
    assert.equal(after.speaker, 'the mayor');
  });

  test('mixed quote inside reported speech stays one indirect claim', () => {
    const claims = claimsOf('He said the plan was “a disaster” for workers.');
    assert.equal(claims.length, 1);
    assert.equal(claims[0].text, 'the plan was “a disaster” for workers');
    assert.equal(claims[0].kind, 'indirect');
  });

  test('participial cue takes the subject of the main clause: …, adding that …', () => {
    const c = claimWith(claimsOf('The minister met the envoy in Paris, adding that talks would continue.'), 'talks would');
    assert.equal(c.cue, 'adding');
    assert.equal(c.speaker, 'The minister');
  });

  test('apposition is part of the speaker: X, a …, said', () => {
    const [c] = claimsOf('Maria Lopez, a nurse from Ohio, said the hospital was understaffed.');
    assert.equal(c.text, 'the hospital was understaffed');
    assert.match(c.speaker ?? '', /^Maria Lopez, a nurse from Ohio/);
  });

  test('told X that: the recipient is not content', () => {
    const [c] = claimsOf('The coach told reporters that the team was ready.');
    assert.equal(c.text, 'that the team was ready');
    assert.equal(c.speaker, 'The coach');
  });

  test('told X and a clause without "that": the clause starts at its subject\'s name', () => {
    assert.equal(claimsOf('Mr. Hooper told the lawmakers Canada faces a threat from home-grown terrorists.')[0].text,
      'Canada faces a threat from home-grown terrorists');
    assert.equal(claimsOf('She told reporters Iran wants peace with its neighbours.')[0].text, 'Iran wants peace with its neighbours');
    assert.equal(claimsOf('A military spokesman told a news conference in Kabul Wednesday the initiative is with the army.')[0].text,
      'the initiative is with the army');
    assert.equal(claimsOf('He told lawmakers Thursday evening the bill would pass.')[0].text, 'the bill would pass');
    assert.equal(claimsOf('James Obita, an advisor to the rebels, tells VOA the rebels will ask for the suspension.')[0]?.text,
      'the rebels will ask for the suspension');
    // The rule's start; the content-start model weighs it with the other candidates.
    assert.equal(claimsOf('Ivanov told Russian television the new version of the missile is capable of penetrating defenses.',
      { startModel: false })[0]?.text, 'the new version of the missile is capable of penetrating defenses');
  });

  test('a plural noun after a quantifier is no cue: "Both sides hope …", "Some witnesses to the shooting said …"', () => {
    assert.ok(claimsOf('Both sides hope to gain an edge in the talks.').every((c) => c.cue !== 'sides'));
    const [c] = claimsOf('Some witnesses to the shooting said they feared an attack.');
    assert.equal(c?.cue, 'said');
  });

  test('a coordinated subject is the whole source: "Mr. Autor and Mr. Hanson emphasize …"', () => {
    assert.equal(claimsOf('Mr. Autor and Mr. Hanson emphasize that trade is only one factor.')[0]?.speaker, 'Mr. Autor and Mr. Hanson');
    assert.equal(claimsOf('On Sunday, Mr. Rubio and Senator Ted Cruz urged the rest of the party to coalesce.')[0]?.speaker,
      'Mr. Rubio and Senator Ted Cruz');
    assert.equal(claimsOf('Since earlier this year, Mr. Xi and other leaders have said cutting output must be a priority.')[0]?.speaker,
      'Mr. Xi and other leaders');
    assert.equal(claimsOf('She and her husband supported the North American Free Trade Agreement.')[0]?.speaker, 'She and her husband');
    assert.equal(claimsOf('It was a day when Mrs. Clinton and Ms. Warren said the economy was rigged.')[0]?.speaker, 'Mrs. Clinton and Ms. Warren');
    assert.equal(claimsOf('Ben Carson, Ted Cruz and Rand Paul tout their plans.')[0]?.speaker, 'Ben Carson, Ted Cruz and Rand Paul');
    assert.equal(claimsOf('In Iowa, Rubio and Cruz said the race was close.')[0]?.speaker, 'Rubio and Cruz');
    // Two clauses joined by "and": the second has its own subject.
    const said = claimsOf('At one point, a woman asked for a photo and Clinton said she was happy to oblige.').find((c) => c.cue === 'said');
    assert.equal(said?.speaker, 'Clinton');
  });

  test('a subject\'s apposition of several segments is part of the source; an adjunct is not', () => {
    assert.equal(claimsOf('Christopher Harvey, an African-American delegate from Houston, Texas, said the turmoil was bad.')[0]?.speaker,
      'Christopher Harvey, an African-American delegate from Houston, Texas,');
    assert.equal(claimsOf('Carole Bower, 75, a retiree in Carthage, Ill., supported Gov. John Kasich of Ohio.')[0]?.speaker,
      'Carole Bower, 75, a retiree in Carthage, Ill.,');
    assert.equal(claimsOf("Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called the remarks racist.")[0]?.speaker,
      "Speaker Paul D. Ryan, the nation's highest-ranking Republican,");
    assert.equal(claimsOf('Clinton, during a town hall meeting in Columbus, Ohio, said the plan was bad.')[0]?.speaker, 'Clinton');
    assert.equal(claimsOf('On Sunday, Hillary Clinton, the Democratic presidential front-runner, called on tech companies to act.')[0]?.speaker,
      'Hillary Clinton, the Democratic presidential front-runner,');
    assert.equal(claimsOf('Marley Anderson, 21, a junior from Las Vegas, said she liked it.')[0]?.speaker, 'Marley Anderson, 21, a junior from Las Vegas,');
  });

  test('two names joined by a slash are one source: "A Wall Street Journal/NBC News poll showed …"', () => {
    assert.equal(claimsOf('A Wall Street Journal/NBC News poll showed a slimmer lead for Clinton.')[0]?.speaker, 'A Wall Street Journal/NBC News poll');
    assert.equal(claimsOf('The latest Reuters/Ipsos poll showed Trump leading the field.')[0]?.speaker, 'The latest Reuters/Ipsos poll');
  });

  test('"both" before its noun and "more than" before a share are part of the source', () => {
    assert.equal(claimsOf("Critics in both parties quickly compared Mr. Rubio's answers to a robot.")[0]?.speaker, 'Critics in both parties');
    assert.equal(claimsOf('More than 4 in 10 said Donald Trump would be a good president.')[0]?.speaker, 'More than 4 in 10');
    assert.equal(claimsOf('Jeb Bush and Rick Scott have both supported the plan.')[0]?.speaker, 'Jeb Bush and Rick Scott');
  });

  test('a quote that goes on after "…,” said X, an apposition." has the same speaker span as the attribution', () => {
    const claims = claimsOf('“They are beginning to look respectable, more like Barack,” said Griffin, an Obama backer. '
      + '“I am beginning to see that even on the streets here a change is coming.”');
    assert.deepEqual(claims.map((c) => c.speaker), ['Griffin, an Obama backer', 'Griffin, an Obama backer']);
  });

  test('a source after its cue keeps a party-state parenthetical and a described source its "to"/"with" complement', () => {
    assert.equal(claimsOf('“We need help,” said Rep. Bobby Scott (D-Va.).')[0]?.speaker, 'Rep. Bobby Scott (D-Va.)');
    assert.equal(claimsOf('“If he loses, he will give more credit,” said the former top aide to President George W. Bush.')[0]?.speaker,
      'the former top aide to President George W. Bush');
    assert.equal(claimsOf('“It is bad,” said the spokesman in a statement.')[0]?.speaker, 'the spokesman');
    assert.equal(claimsOf('“It is bad,” said Smith to reporters.')[0]?.speaker, 'Smith');
    assert.equal(claimsOf('“It will not happen,” said a prominent committee member who supports Trump, asking for anonymity.')[0]?.speaker,
      'a prominent committee member who supports Trump');
  });

  test('a time adjunct after the speaker\'s name is no part of the speaker: "Trump earlier Tuesday backed away …"', () => {
    assert.equal(claimsOf('Trump earlier Tuesday backed away from a suggestion that he might run.')[0]?.speaker, 'Trump');
    // Whether "issued" is a cue, and which cue the clause goes to, are the models' calls; the speaker is the rule's.
    assert.equal(claimsOf('U.S. District Judge Carlton W. Reeves late Thursday night issued an injunction, saying the law was unfair.')
      .find((c) => c.text.includes('the law was unfair'))?.speaker, 'U.S. District Judge Carlton W. Reeves');
    assert.equal(claimsOf('“It is bad,” said Carson, who will address the convention on Tuesday night.')[0]?.speaker,
      'Carson, who will address the convention on Tuesday night');
    assert.equal(claimsOf('Now Bloomberg says he is distressed by the tone of the race.')[0]?.speaker, 'Bloomberg');
    assert.equal(claimsOf('Meantime Center for Constitutional Rights said some prisoners have launched a hunger strike.')[0]?.speaker,
      'Center for Constitutional Rights');
    // A sentence that opens with the adjunct is not cut to its first word.
    assert.match(claimsOf('Earlier this week President Zardari told reporters the talks had failed.')[0]?.speaker ?? '', /Zardari$/);
  });

  test('the subject before "took", "used", "spent", "began" is the speaker of the cue after them', () => {
    assert.equal(claimsOf('Hillary Clinton took to Twitter to say thanks to her supporters.')[0]?.speaker, 'Hillary Clinton');
    assert.equal(claimsOf('Ramos used his acceptance speech to call for the resignation of the president.')[0]?.speaker, 'Ramos');
    assert.equal(claimsOf('Ryan and RNC Chairman Reince Priebus have spent the last week trying to tell voters the party is united.')
      .find((c) => c.cue === 'to tell')?.speaker, 'Ryan and RNC Chairman Reince Priebus');
    assert.equal(claimsOf('The senator urged Congress to act on the bill.')[0]?.speaker, 'The senator');
  });

  test('a plural noun after a count is no cue: "The two sides signed …", "728 claims were filed …"', () => {
    assert.ok(claimsOf('The two sides signed a permanent cease-fire agreement last Saturday.').every((c) => c.cue !== 'sides'));
    assert.ok(claimsOf('728 claims were filed for employees who missed work.').every((c) => c.cue !== 'claims'));
    assert.equal(claimsOf('Two officials said the talks had failed.')[0]?.cue, 'said');
  });

  test('no one speaks in "The blast occurred …" or "That said, …"', () => {
    assert.deepEqual(claimsOf('The blast occurred near one of the gates to the Green Zone.'), []);
    assert.deepEqual(claimsOf('That said, the plan is fine.'), []);
  });

  test('who receives criticism is not its speaker: "Cruz faced criticism for …", "Clinton came under heavy criticism"', () => {
    const faced = claimsOf('Cruz faced criticism for unreported loans to his 2012 Senate campaign.');
    assert.ok(faced.length > 0 && faced.every((c) => c.speaker === null), JSON.stringify(faced));
    const under = claimsOf('Hillary Clinton came under heavy criticism when it was revealed that she had used a personal email account.');
    assert.ok(under.every((c) => c.speaker === null), JSON.stringify(under));
    assert.equal(claimsOf('Cruz voiced criticism of the loans.')[0]?.speaker, 'Cruz', 'who voices criticism speaks');
  });

  test('an unattributed passive report has no speaker', () => {
    const [c] = claimsOf('It is said that the old bridge was never inspected.');
    assert.equal(c.speaker, null);
    assert.equal(c.text, 'that the old bridge was never inspected');
  });

  test('a quote standing alone with no attribution nearby has no speaker', () => {
    const claims = claimsOf('The building was quiet.\n\n“Nobody came here for weeks after the storm.”');
    assert.equal(claimWith(claims, 'Nobody came').speaker, null);
  });

  test('after a quote that ended its sentence, "X said" with only a manner or place adjunct gives X the quote', () => {
    const claims = claimsOf('“I am calling from the campaign. How are you today?” Miller said pleasantly into the phone.');
    assert.deepEqual(claims.map((c) => [c.text, c.cue, c.speaker]), [
      ['“I am calling from the campaign. How are you today?”', 'said', 'Miller'],
    ]);
    // With an apposition between the name and the cue, the adverb after it is still no inverted source.
    const withApposition = claimsOf('“How are you today?” Miller, a retired worker from a nuclear plant, said pleasantly into the phone.');
    assert.deepEqual(withApposition.map((c) => [c.text, c.speaker]), [
      ['“How are you today?”', 'Miller, a retired worker from a nuclear plant,'],
    ]);
    // A topic after a cue that takes one is still content.
    assert.ok(claimsOf('“Is this the end?” Voters were worried about the economy.').some((c) => c.text.includes('the economy')));
  });

  test('"said Friday afternoon, as …" leaves the content before the cue, without the sentence\'s dateline', () => {
    const claims = claimsOf('WASHINGTON (AP) — The plan is an insult to voters, top lawmakers said Friday afternoon, as they met.');
    assert.deepEqual(claims.map((c) => [c.text, c.speaker]), [['The plan is an insult to voters', 'top lawmakers']]);
    const according = claimsOf('WASHINGTON (AP) — Senator Rubio said on Friday that the party would win, according to CNN.');
    assert.ok(according.some((c) => c.text.startsWith('Senator Rubio said') && c.cue === 'according to'), JSON.stringify(according));
    // Later in an article, a capitalised word before a dash is no dateline.
    const mid = claimsOf('They met. They talked. They ate. They left. NATO — the alliance — is strong, top lawmakers said.');
    assert.ok(mid.some((c) => c.text.startsWith('NATO')), JSON.stringify(mid));
  });

  test('a source that opens a parenthesis ends with its closing one', () => {
    const [c] = claimsOf('Sen. Ben Cardin (D-Md.) said the deal was weak.');
    assert.equal(c.speaker, 'Sen. Ben Cardin (D-Md.)');
  });

  test('a relative pronoun before the source is a piece of the content after the cue', () => {
    const a = claimsOf('Mr. Smith ended his campaign on Monday, which he said was the hardest decision of his life.');
    assert.deepEqual(a.map((c) => [c.text, c.cue, c.speaker]), [
      ['which', 'said', 'he'], ['was the hardest decision of his life', 'said', 'he'],
    ]);
    const b = claimsOf('Trump took a swipe at Rubio, whom he described as a lightweight.');
    assert.deepEqual(b.map((c) => c.text), ['whom', 'a lightweight']);
    // A restrictive "that" is no piece (on PolNeAR train it mostly was not one).
    assert.deepEqual(claimsOf('It is a bill that he said would cut taxes for most families.').map((c) => c.text),
      ['would cut taxes for most families']);
  });
});
