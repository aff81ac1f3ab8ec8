// Attributions that trail their content in court, wire and African copy: ", a jury has heard.", a headline's
// ", says foreign ministry", "“…?” he quizzed"; and a trailing absolute "with results expected …" that takes nothing over.
import * as assert from 'node:assert/strict';
import { claimsOf, claimWith } from './claims-helpers';

suite('claims: attributions that trail their content', () => {
  test('"…, a jury has heard." / "…, the court heard." / "…, Sheffield Crown Court heard.": the clause before is what was heard, with no speaker', () => {
    for (const text of ['The owner ignored repeated warnings about staffing levels, a jury has heard.',
      'The owner ignored repeated warnings about staffing levels, the court heard.',
      'The owner ignored repeated warnings about staffing levels, Sheffield Crown Court heard.',
      'The owner ignored repeated warnings about staffing levels, Westminster Magistrates\' Court heard.']) {
      const claims = claimsOf(text);
      assert.deepEqual(claims.map((c) => [c.text, c.cue, c.speaker]), [['The owner ignored repeated warnings about staffing levels', 'heard', null]], text);
    }
  });

  test('a headline\'s "…, says foreign ministry": the lower-case source after the final "says"', () => {
    const c = claimWith(claimsOf('Ethiopia, Sudan agree to reopen Metema border crossing, says foreign ministry\n\nThe talks ended.'), 'Metema');
    assert.deepEqual([c.text, c.cue, c.speaker], ['Ethiopia, Sudan agree to reopen Metema border crossing', 'says', 'foreign ministry']);
  });

  test('"“Who is insulting who?” he quizzed.": "quizzed" asks', () => {
    const c = claimWith(claimsOf('"Three of our executives were arrested. Who is insulting who?" he quizzed.'), 'insulting');
    assert.deepEqual([c.cue, c.speaker, c.kind], ['quizzed', 'he', 'direct']);
  });

  test('"Sources … said …, with results expected in the spring": the sources\' claim stands', () => {
    const c = claimWith(claimsOf('Sources at the Ministry of Finance said the government had commissioned a study, with results expected in the spring.'), 'commissioned');
    assert.deepEqual([c.cue, c.speaker], ['said', 'Sources at the Ministry of Finance']);
  });

  test('"sources close to her said", "a spokesman for her said": the whole noun phrase, not "her"', () => {
    assert.equal(claimWith(claimsOf('Sources close to her said she had been frustrated.'), 'frustrated').speaker, 'Sources close to her');
    assert.equal(claimWith(claimsOf('A spokesman for her said she was resting.'), 'resting').speaker, 'A spokesman for her');
    assert.equal(claimWith(claimsOf('Romney is spot on with his assessment of the race.'), 'the race').speaker, 'his');
  });
});

suite('claims: an en dash inside a name, and an aside "asked whether …"', () => {
  test('"the Metema–Gallabat border crossing" does not end the content', () => {
    const c = claimWith(claimsOf('MoFA has announced that the two countries agreed to reopen the Metema–Gallabat border crossing next week.'), 'reopen');
    assert.equal(c.text, 'that the two countries agreed to reopen the Metema–Gallabat border crossing next week');
  });

  test('"Ramokgopa, asked whether he would intervene, said …": he was asked, he did not ask', () => {
    const claims = claimsOf('Eskom strike looms\n\nRamokgopa, asked whether he would intervene in the wage talks, said it was not his role.');
    assert.equal(claimWith(claims, 'intervene').speaker, null);
    assert.equal(claimWith(claims, 'not his role').speaker, 'Ramokgopa');
  });
});

suite('claims: a noun summing up the claim before, with a relative clause of its own', () => {
  test('"X claimed that …, an allegation the Foreign Ministry denied": X keeps the claim; the ministry takes nothing over', () => {
    const claims = claimsOf('Alonso claimed that the government had abandoned the demand for a timeline, an allegation the Foreign Ministry denied.');
    const c = claimWith(claims, 'abandoned');
    assert.deepEqual([c.cue, c.speaker], ['claimed', 'Alonso']);
    assert.ok(claims.every((x) => x.speaker !== 'an allegation the Foreign Ministry'));
  });
});

suite('claims: a note to clients, and a live blog\'s entry time', () => {
  test('"wrote in a note to clients that …": the content starts at "that"', () => {
    const c = claimWith(claimsOf('Analysts at Leerink Partners wrote in a note to clients that they now put the odds of approval at 55%.'), 'odds');
    assert.equal(c.text, 'that they now put the odds of approval at 55%');
  });

  test('"09:55 GMT – Our correspondent in Port Sudan reports": the time is no content', () => {
    const text = 'Sudan war live: Army blames RSF for attack\n\n11:20 GMT – Death toll rises to 43, health ministry says\n\n' +
      'The local health ministry said 43 people were killed.\n\n1250 GMT - Drones hit Odesa port, governor says\n\n' +
      '09:55 GMT – Our correspondent in Port Sudan reports';
    const claims = claimsOf(text);
    assert.ok(!claims.some((c) => /GMT/.test(c.text)), JSON.stringify(claims));
    assert.equal(claimWith(claims, 'Odesa').speaker, 'governor');
  });
});

suite('claims: "recommended against"', () => {
  test('"against" stays with the content when the cue phrase does not hold it: the claim must not read as its opposite', () => {
    const c = claimWith(claimsOf('Health news\n\nThe task force recommended against starting daily aspirin in adults over 60.'), 'aspirin');
    assert.equal(c.text, 'against starting daily aspirin in adults over 60');
  });
});

suite('claims: a message noun and how it travelled', () => {
  test('"In a report sent to clients, the firm estimated …": the report makes no claim; "said in a statement issued …" still does', () => {
    const claims = claimsOf('Markets\n\nIn a report sent to clients, the firm estimated that inflation would fall to 2%.');
    assert.deepEqual(claims.map((c) => c.cue), ['estimated']);
    const said = claimsOf('Markets\n\nCollins said in a statement released on Monday that he would endorse Trump.');
    assert.ok(claimWith(said, 'endorse').cue?.startsWith('said in a statement'));
  });
});

suite('claims: adjectives that look like cues', () => {
  test('"the defending champion" and "informed political sources" are no cues', () => {
    assert.deepEqual(claimsOf('Sinner wins\n\nSinner, the defending champion, said he felt fine.').map((c) => c.cue), ['said']);
    const c = claimWith(claimsOf('Iraq\n\nDisagreements have emerged over the withdrawal, informed political sources told Shafaq News Agency on Wednesday.'), 'Disagreements');
    assert.deepEqual([c.cue, c.speaker], ['told', 'informed political sources']);
  });
});

suite('claims: an unreturned call', () => {
  test('"did not immediately return a call seeking comment" makes no claim of "seeking comment"', () => {
    assert.deepEqual(claimsOf('Chase ends\n\nPolice Chief Samuel Horne did not immediately return a call seeking comment.'), []);
  });
});

suite('claims: a document that states', () => {
  test('"…, the complaint states." attributes the clause to the complaint ("states" is mostly the noun in the lexicon)', () => {
    const c = claimWith(claimsOf('Shooting\n\nThe man left the store and returned with a handgun, the complaint states.'), 'handgun');
    assert.deepEqual([c.text, c.cue, c.speaker], ['The man left the store and returned with a handgun', 'states', 'the complaint']);
  });
});

suite('claims: a post on a platform', () => {
  test('"posted on Instagram that …", "posted on X that …" are claims, whatever the platform\'s name', () => {
    for (const text of ['Chelsea\n\nReece James posted on Instagram that he was grateful to the coach.', 'Chelsea\n\nReece James posted on X that he was grateful to the coach.']) {
      const c = claimWith(claimsOf(text), 'grateful');
      assert.deepEqual([c.text, c.cue, c.speaker], ['that he was grateful to the coach', 'posted', 'Reece James'], text);
    }
  });
});

suite('claims: a relative clause inside the subject of a final attribution', () => {
  test('"The ban, which prohibits …, will take effect …, officials said." keeps "The ban" as the first piece of the officials\' content', () => {
    const claims = claimsOf('Ban upheld\n\nThe ban, which prohibits the sale of flavored tobacco, will take effect in March, officials said.');
    const said = claims.filter((c) => c.cue === 'said').map((c) => c.text);
    assert.deepEqual(said, ['The ban', 'will take effect in March']);
  });
});

suite('claims: the reporter\'s clauses around a final attribution', () => {
  test('"…, South Korea\'s military said, days before …": when it happened is no second claim', () => {
    const claims = claimsOf('Missile\n\nNorth Korea fired a missile into the East Sea on Thursday, South Korea\'s military said, days before Seoul ' +
      'and Washington were set to wrap up their annual exercise.');
    assert.deepEqual(claims.map((c) => c.text), ['North Korea fired a missile into the East Sea on Thursday']);
  });

  test('"…, after | a new survey found that …": the outer content cut at the nested claim leaves no dangling "after"', () => {
    const c = claimWith(claimsOf('Trees\n\nTokyo Gov. Yuriko Koike said Friday that the city will ask developers to reconsider the plan for the ' +
      'district, after a new survey found that more trees would be cut down.'), 'developers');
    assert.equal(c.text, 'that the city will ask developers to reconsider the plan for the district');
  });

  test('"X urged both allies to “avoid unilateral steps,” spokesperson Y said": a partial quote ends the clause Y says', () => {
    const c = claimWith(claimsOf('Cyprus\n\nThe State Department urged both allies to "avoid unilateral steps," spokesperson Tammy Bruce said.'), 'urged');
    assert.deepEqual([c.text, c.cue, c.speaker], ['The State Department urged both allies to "avoid unilateral steps,"', 'said', 'spokesperson Tammy Bruce']);
    // The comma outside the quote too (British and Gulf copy), unless an introductory clause opened the sentence.
    const noted = claimsOf('Talks\n\nThe Iranian minister thanked Iraq for its "balanced positions", the statement noted.');
    assert.deepEqual(noted.map((c) => [c.cue, c.speaker]), [['noted', 'the statement']]);
    const report = claimsOf('Care\n\nAn assistant told the inspector that she "could not physically get to everybody," according to the report.');
    assert.deepEqual(report.map((r) => [r.cue, r.speaker]), [['according to', 'the report']]);
  });
});

suite('claims: an explosion is no cue', () => {
  test('"died in the blast, vowed …", "port blast victims": the noun "blast" makes no claim; "X blasted the plan" still does', () => {
    const claims = claimsOf('Beirut\n\nWilliam Noun, whose brother died in the blast, vowed that protests would continue. The families of port blast ' +
      'victims said the probe had stalled.');
    assert.deepEqual(claims.map((c) => c.cue), ['vowed', 'said']);
    assert.equal(claimWith(claims, 'protests').speaker, 'William Noun, whose brother died in the blast,');
    assert.ok(claimsOf('Budget\n\nThe senator blasted the plan as reckless.').some((c) => c.cue?.startsWith('blasted')));
  });
});

suite('claims: a message and its participle', () => {
  test('"in a message posted on social media, thanked …", "in a statement released shortly after …": no claim of the message', () => {
    const claims = claimsOf('Cyprus\n\nTurkish Cypriot President Ersin Tatar, in a message posted on social media, thanked Ankara for its support. ' +
      'In a statement released shortly after the vote, Cruz said he was certain Rubio would continue.');
    assert.deepEqual(claims.map((c) => c.cue), ['thanked', 'said']);
  });
});

suite('claims: a partial quote closing with its comma ends the clause', () => {
  test('"… “a shared vision,” while X said …" is two claims; "… “day and night,” calling on …" keeps the participle\'s claim', () => {
    const two = claimsOf('Deal\n\nMohamed Alsuwaidi told reporters that the deals reflected "a shared vision for investment," while Minister Arman ' +
      'Shakkaliyev said his country was ready to offer incentives.');
    assert.deepEqual(two.map((c) => [c.text, c.speaker]), [['that the deals reflected "a shared vision for investment,"', 'Mohamed Alsuwaidi'],
      ['his country was ready to offer incentives', 'Minister Arman Shakkaliyev']]);
    const participle = claimsOf('Basra\n\nThe governor stated in a post that work was progressing "day and night," calling on citizens to cooperate.');
    assert.deepEqual(participle.map((c) => [c.cue, c.text]), [['stated', 'that work was progressing "day and night,"'],
      ['calling on', 'citizens to cooperate']]);
  });
});

suite('claims: a quote standing alone', () => {
  test('takes no speaker from a paraphrase in the next paragraph ("“…” ¶ The judge also ordered …"), but from one before', () => {
    const claims = claimsOf('Bronx\n\nTenants gathered in the lobby on Monday. "I never saw a plumber in this building. Not once."\n\n' +
      'The judge also ordered Petrosyan to pay a fine.');
    const orphan = claimWith(claims, 'plumber');
    assert.notEqual(orphan.cue, 'also ordered');
    const before = claimsOf('Bronx\n\nThe judge ordered Petrosyan to pay a fine.\n\n"I never saw a plumber in this building. Not once."');
    assert.equal(claimWith(before, 'plumber').speaker, 'The judge');
  });
});

suite('claims: tabloid speech verbs', () => {
  test('"“…?” scoffed longtime resident Luis Batista, 67." is his quote, and so is the quote after it', () => {
    const claims = claimsOf('Bronx\n\n"Three hundred thousand dollars? Where?" scoffed longtime resident Luis Batista, 67. "I never saw a plumber ' +
      'in this building. Not once."');
    assert.deepEqual(claims.map((c) => [c.cue, c.speaker]), [['scoffed', 'longtime resident Luis Batista, 67'],
      ['scoffed', 'longtime resident Luis Batista, 67']]);
  });
});

suite('claims: leave to speak unnamed', () => {
  test('"who was granted anonymity to discuss …", "not authorized to discuss …" make no claims of their own', () => {
    const claims = claimsOf('Talks\n\nA White House official, who was granted anonymity to discuss private negotiations, disputed the account. ' +
      'Officials who were not authorized to discuss the data publicly said turnout was low.');
    assert.deepEqual(claims.map((c) => c.text), ['the account', 'turnout was low']);
  });
});
