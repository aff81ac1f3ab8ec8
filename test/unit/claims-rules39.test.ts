// Claim rules of session 39, found on stories in agency and broadcaster house styles, checked on the rules' own
// choice (no source ranker).
import * as assert from 'node:assert';
import { claimsOf, ruleClaims } from './claims-helpers';

suite('claims: rules (session 39)', () => {
  test('a role word without an article after an inverted source opens its apposition, no content of its own', () => {
    assert.deepStrictEqual(ruleClaims('Troops repelled assaults near Marfopil, said Vladyslav Voloshyn, spokesperson for the Southern Defense Forces.', 'said'),
      [['Troops repelled assaults near Marfopil', 'Vladyslav Voloshyn, spokesperson for the Southern Defense Forces']]);
    assert.deepStrictEqual(ruleClaims('The bridge will reopen in May, said Anna Berg, minister of transport.', 'said'),
      [['The bridge will reopen in May', 'Anna Berg, minister of transport']]);
  });

  test('"told" with only its listener after it has no content there ("what they told us")', () => {
    assert.deepStrictEqual(ruleClaims('Here is what they told us.', 'told'), [['what', 'they']]);
    assert.deepStrictEqual(ruleClaims('That is what the mayor told the BBC.', 'told'), [['what', 'the mayor']]);
    assert.deepStrictEqual(ruleClaims('Pate also told Breitbart News he would back Clinton.', 'also told'),
      [['he would back Clinton', 'Pate']]);
  });

  test('an editor\'s note and a link to another story are nobody\'s words; a speaker\'s label still is', () => {
    const text = 'Floods hit the coast\n\nNote: The Kyiv Independent could not verify the casualty figures.\n\n' +
      'Editor\'s note: This story has been updated with the latest figures.\n\n' +
      'Related news: Minister opens culinary festival in Labuan Bajo\n\nKuleba: We will rebuild every bridge in the region.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text]), [[':', 'We will rebuild every bridge in the region']]);
  });

  test('"As reported by X," and "As stated by X," open a claim of X: the main clause after the comma', () => {
    assert.deepStrictEqual(ruleClaims('As reported by the State Border Guard Service, more than 2,000 trucks are waiting.', 'As reported'),
      [['more than 2,000 trucks are waiting', 'the State Border Guard Service']]);
    assert.deepStrictEqual(claimsOf('As stated by the ministry, the talks will resume next week.').map((c) => [c.text, c.speaker]),
      [['the talks will resume next week', 'the ministry']]);
  });

  test('"In his words," and "In the words of X," make the rest of the sentence his, cues inside it included', () => {
    assert.deepStrictEqual(claimsOf('Demchenko spoke. In his words, border guards are working hard, officials said.')
      .map((c) => [c.cue, c.text, c.speaker]), [['In his words', 'border guards are working hard, officials said', 'his']]);
    assert.deepStrictEqual(claimsOf('In the words of Foreign Minister Andrii Sybiha, Russia wants a frozen war.')
      .map((c) => [c.text, c.speaker]), [['Russia wants a frozen war', 'Foreign Minister Andrii Sybiha']]);
    assert.deepStrictEqual(claimsOf('In his view, Democrats could pick off diverse states.'), []);
  });

  test('a headline\'s "as" clause with its own subject and verb is the news around the claim, not part of it', () => {
    const first = (headline: string): string => claimsOf(`${headline}\n\nThe story begins here.`)[0].text;
    assert.strictEqual(first('Zelensky says Ukraine will not cede Zaporizhzhia, as Russia intensifies attacks on Huliaipole'),
      'Ukraine will not cede Zaporizhzhia');
    assert.strictEqual(first('Housing body warns of shortfall in social homes as Minister defends targets'), 'shortfall in social homes');
    // A lower-case subject may be part of what was said; "as" before a role is no clause.
    assert.strictEqual(first('Minister says economy will grow as exports rise'), 'economy will grow as exports rise');
    assert.strictEqual(first('Obama names another ex-Clinton official, William Daley, as his new chief of staff'),
      'another ex-Clinton official, William Daley, as his new chief of staff');
  });

  test('a name ending in "\'s" before a speech verb is the speaker ("Moody\'s said"), not a contracted "has"', () => {
    assert.deepStrictEqual(ruleClaims('The peso fell, while ratings agency Moody\'s said it did not expect a downgrade.', 'said'),
      [['it did not expect a downgrade', 'ratings agency Moody\'s']]);
    assert.deepStrictEqual(ruleClaims('He\'s said the plan would fail.', '\'s said').map((c) => c[0]), ['the plan would fail']);
  });

  test('a figure after "declined" or "added", and charges someone faces, are no cue', () => {
    assert.deepStrictEqual(claimsOf('The S&P 500 declined 1.3% to 5,862. Mitchell Robinson added 14 points for the Knicks.'), []);
    assert.deepStrictEqual(claimsOf('The two men face murder charges, police said.').map((c) => [c.cue, c.text]),
      [['said', 'The two men face murder charges']]);
  });

  test('an inverted source runs over a quoted nickname of one or two words inside the name', () => {
    assert.deepStrictEqual(ruleClaims('The village needs a road, said chairman Ernesto "Ka Erning" Villanueva.', 'said'),
      [['The village needs a road', 'chairman Ernesto "Ka Erning" Villanueva']]);
    assert.deepStrictEqual(ruleClaims('The village needs a road, said Joko “Jokowi” Widodo.', 'said'),
      [['The village needs a road', 'Joko “Jokowi” Widodo']]);
  });

  test('"allege", a base form train never saw, is a cue as "alleges" and "alleged" are', () => {
    assert.deepStrictEqual(claimsOf('The plaintiffs allege that the company lied to investors.').map((c) => [c.cue, c.text]),
      [['allege', 'that the company lied to investors']]);
    assert.deepStrictEqual(claimsOf('Prosecutors allege he stole $2 million.').map((c) => c.text), ['he stole $2 million']);
  });

  test('a subject with an apposition holding a relative "that", a party-and-district tag, or a coordinated name', () => {
    assert.deepStrictEqual(ruleClaims('Consumer Watchdog, the Los Angeles advocacy group that wrote Proposition 103, said the rules amount to a giveaway.', 'said'),
      [['the rules amount to a giveaway', 'Consumer Watchdog']]);
    assert.deepStrictEqual(ruleClaims('State Rep. Erin Castañeda, D-San Antonio, who voted against the bill, said the threshold was too low.', 'said')
      .map((c) => c[1]), ['State Rep. Erin Castañeda']);
    assert.deepStrictEqual(ruleClaims('Lindsey Graham and David Perdue, who are both on the Judiciary Committee, said it would be wrong.', 'said')
      .map((c) => c[1]), ['Lindsey Graham and David Perdue, who are both on the Judiciary Committee,']);
  });

  test('"X, in a statement released Thursday evening, called …": the message as an aside, the verb after it the cue', () => {
    assert.deepStrictEqual(ruleClaims('Mayor Dana Kjellberg, in a statement released Thursday evening, called the postponement "a reasonable pause".', 'called'),
      [['the postponement "a reasonable pause"', 'Mayor Dana Kjellberg']]);
  });

  test('after an opening quote, a name with an aside of several commas speaks; credentials after a name are no apposition', () => {
    assert.deepStrictEqual(ruleClaims('"We are ready," Peter Kelly, a neurologist at University College Dublin, Ireland, told reporters.', 'told')
      .map((c) => c[1]), ['Peter Kelly, a neurologist at University College Dublin, Ireland,']);
    assert.deepStrictEqual(ruleClaims('Hugh Markus, DM, professor of stroke medicine at the University of Cambridge, UK, said the results were good.', 'said')
      .map((c) => c[1]), ['Hugh Markus, DM, professor of stroke medicine at the University of Cambridge, UK,']);
  });

  test('an object after a time adjunct, an infinitive with a relative "that" in it, a name that looks like a cue form', () => {
    assert.deepStrictEqual(claimsOf('Meanwhile, Amnesty International denounced on Monday the continued detention of activists.')
      .map((c) => c.text), ['the continued detention of activists']);
    assert.deepStrictEqual(claimsOf('The Prime Minister, Abdul Hamid Dbeibah, has vowed to hold accountable all those involved in the armed clashes that erupted on Sunday night.')
      .map((c) => c.text), ['to hold accountable all those involved in the armed clashes that erupted on Sunday night']);
    assert.deepStrictEqual(claimsOf('Saied, for his part, has rejected what he calls foreign diktats.').map((c) => c.cue).filter((c) => c === 'Saied'), []);
  });

  test('"not authorized to talk" and "gave her name as" are no claims; an organisation\'s apposition after according-to is no content', () => {
    assert.deepStrictEqual(claimsOf('The officer, who spoke on condition of anonymity because he was not authorized to talk to the press, said the raid was planned.')
      .map((c) => c.text), ['the raid was planned']);
    assert.deepStrictEqual(claimsOf('Another commuter, who gave her name only as Shanice, said she welcomed the change.').map((c) => c.text),
      ['she welcomed the change']);
    assert.deepStrictEqual(claimsOf('According to Fresh Energy, a Minneapolis-based nonprofit, at least 40 projects are in limbo.')
      .map((c) => [c.text, c.speaker]), [['at least 40 projects are in limbo', 'Fresh Energy, a Minneapolis-based nonprofit']]);
  });

  test('a title-case "Mumbai:" dateline, a fronted participle before "said:", press-release labels and police references', () => {
    const text = 'RBI to tighten rules\n\nMumbai: The Reserve Bank of India will tighten rules for lenders, deputy governor Ravindra ' +
      'Sankaran said on Tuesday.\n\nSpeaking during a visit to Hexham, Transport Secretary Helena Marchbank said:\n\n"This is a great ' +
      'day for the north."\n\nAnyone with information can call 101, quoting log 4127 of 21 February.\n\nFrom: Department for ' +
      'Transport and The Rt Hon Helena Marchbank MP\n\nNotes to editors';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text), ['The Reserve Bank of India will tighten rules for lenders',
      '"This is a great day for the north."']);
  });

  test('"is understood to" raises its subject as "is expected to" does; an earnings call is no cue', () => {
    assert.deepStrictEqual(ruleClaims('The Taoiseach, Niamh Costigan, is understood to have raised the issue last week.', 'is understood'),
      [['The Taoiseach, Niamh Costigan,', null], ['to have raised the issue last week', null]]);
    assert.deepStrictEqual(claimsOf('JSW Steel, in its earnings call last week, flagged the import surge as a risk.').map((c) => c.cue)
      .filter((c) => c === 'call'), []);
  });

  test('"later" after an article is an adjective in an according-to source ("a later federal review")', () => {
    assert.deepStrictEqual(claimsOf('The homes survived the flood largely intact, according to a later federal review, while nearby towns flooded.')
      .map((c) => [c.text, c.speaker]), [['The homes survived the flood largely intact', 'a later federal review']]);
  });

  test('"…, a decision parents say will force …": the relative clause\'s own subject says it, not the noun', () => {
    assert.deepStrictEqual(ruleClaims('The board voted to close three schools, a decision parents say will force children onto buses.', 'say'),
      [['will force children onto buses', 'parents']]);
  });

  test('"The letter, which Science has seen, states that …": "states that" after an aside is the verb', () => {
    assert.deepStrictEqual(claimsOf('The letter, which Science has seen, states that the study no longer aligns with priorities.')
      .map((c) => [c.cue, c.text]), [['states', 'that the study no longer aligns with priorities']]);
    assert.deepStrictEqual(claimsOf('Kasich campaigned in Massachusetts and Vermont, states that vote on March 1.').map((c) => c.cue)
      .filter((c) => c === 'states'), []);
  });
});
