// Claim rules of session 41.
import * as assert from 'node:assert';
import { claimsOf } from './claims-helpers';

suite('claims: rules (session 41)', () => {
  test('"according to X" names the source of a clause whose own cue had none, whatever follows it', () => {
    const text = 'Flood\n\nTwo people are confirmed dead, according to police, and at least three remain missing.\n\n' +
      'Smith is expected to resign, according to two aides, but the party has not confirmed it.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text, c.speaker]), [
      ['according to', 'Two people are confirmed dead', 'police'], ['according to', 'Smith is expected to resign', 'two aides']]);
  });

  test('"according to X, a description." at the sentence end takes the clause before, a participle cue in it included', () => {
    const text = 'Loans\n\nFinancing offered through the same apps can carry rates of 30% or more, according to Derek Mbeki, ' +
      'a senior counsel at the Lending Project.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text, c.speaker]), [
      ['according to', 'Financing offered through the same apps can carry rates of 30% or more', 'Derek Mbeki']]);
  });

  test('a single-quoted quote runs on over paragraphs as British copy writes it; a lone quoted line is still a heading', () => {
    const text = 'Star heartbroken\n\nA source close to Kayleigh told MailOnline: \'Kayleigh is heartbroken. She found out from a friend.\n\n' +
      '\'She trusted Jordan completely and she can\'t believe he would do this.\'\n\n\'A really tough decision.\'\n\nThe club said it was sorry.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.kind, c.speaker, c.text]), [
      ['direct', 'A source close to Kayleigh', '\'Kayleigh is heartbroken. She found out from a friend.'],
      ['direct', 'A source close to Kayleigh', '\'She trusted Jordan completely and she can\'t believe he would do this.\''],
      ['indirect', 'The club', 'it was sorry']]);
  });

  test('"told officers the parts were …": a group addressee is no part of the clause reported after it without "that"', () => {
    const text = 'Parts stolen\n\nOwner Glen Shapiro told officers the parts were worth about $4,500. A woman told police her boyfriend ' +
      'had thrown a phone. Pell told investors revenue would rise. Ward told officers the story of his life.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text), ['the parts were worth about $4,500', 'her boyfriend had thrown a phone',
      'revenue would rise', 'officers the story of his life']);
  });

  test('no cue: the noun "show", "expecting" a baby, a market estimate compared ("below estimates of $2.14 billion")', () => {
    const text = 'Show\n\nShe found fame on the ITV2 show, where she met Reece. He hosts a talk show on Sundays. Polls show Smith leading. ' +
      'The FEC shows Trump raised $5 million.\n\nVance and Lindqvist are expecting their first baby. Analysts are expecting a rate cut.\n\n' +
      'Revenue rose 3% to $2.11 billion, slightly below estimates of $2.14 billion. Sales missed forecasts of $3 billion. ' +
      'Bloomberg estimates his fortune at $42 billion.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text]), [['show', 'Smith leading'], ['shows', 'Trump raised $5 million'],
      ['are expecting', 'a rate cut'], ['estimates', 'his fortune at $42 billion']]);
  });

  test('a cue coordinated with the verb phrase before it has that phrase\'s subject as its speaker', () => {
    const text = 'Rates\n\nNorway\'s central bank kept its benchmark rate unchanged at 4.5% on Thursday but said it would cut rates later.\n\n' +
      'The company cut 200 jobs and said the plant would close. Prime Minister Aurelio Mendizabal flew to Arequipa on Sunday and ' +
      'announced that the state of emergency would last a month.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.speaker), ['Norway\'s central bank', 'The company', 'Prime Minister Aurelio Mendizabal']);
  });

  test('"…, analysts wrote in a note to clients." is a final attribution; an apposition between source and cue is no content', () => {
    const text = 'Rates\n\nLower rates would ease pressure on borrowers, analysts wrote in a note to clients.\n\n' +
      'It may matter: \'\'Banks will suffer,\'\' Isaac Boltansky, an analyst at Compass Point, wrote in a note to investors.';
    const got = claimsOf(text).map((c) => [c.cue, c.text, c.speaker]);
    assert.deepStrictEqual(got[0], ['wrote', 'Lower rates would ease pressure on borrowers', 'analysts']);
    assert.ok(!got.some((c) => c[1] === 'an analyst at Compass Point'), JSON.stringify(got));
  });

  test('"about" before a number opens the content; "declined to be named" is no cue', () => {
    const text = 'Quake\n\nVillacorta said about 400 homes had been destroyed and that the toll could rise.\n\n' +
      'Three delegates, who declined to be named because they were not authorised to speak, said the group would meet.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text]), [
      ['said', 'about 400 homes had been destroyed and that the toll could rise'], ['said', 'the group would meet']]);
  });

  test('wire anonymity formulae: the official is the speaker, "not authorised to discuss" no cue, "said the clinic treated …" no inversion', () => {
    const text = 'Truce talks\n\nA senior official who spoke on condition of anonymity because he was not authorised to discuss the talks ' +
      'publicly said the draft envisaged a phased exchange.\n\nA senior official, who was not authorised to discuss the talks, said the ' +
      'vote would wait.\n\nA medic at the clinic, who asked to be identified only by her first name, Iryna, said the clinic treated about a dozen people a week.';
    const got = claimsOf(text).map((c) => [c.text, c.speaker]);
    assert.deepStrictEqual(got.map((c) => c[0]), ['the draft envisaged a phased exchange', 'the vote would wait',
      'the clinic treated about a dozen people a week']);
    assert.ok(got[0][1]!.startsWith('A senior official who spoke on condition of anonymity'), String(got[0][1]));
  });

  test('"According to police, a neighbor said …": a sentence opened by "according to X," keeps its claim whatever the words', () => {
    const text = 'Arrest made\n\nAccording to police, a neighbor said she heard shouting.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text, c.speaker]), [['According to', 'a neighbor said she heard shouting', 'police']]);
  });

  test('the noun "notes" is no cue ("emails, meeting notes and audits", "the notes show"); the verb is ("Viguerie notes that")', () => {
    const text = 'Leaked files\n\nThe files include emails, meeting notes and internal audits. Viguerie notes that the party is split. The notes show he knew.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text]), [['notes', 'that the party is split'], ['show', 'he knew']]);
  });

  test('the content of a cue in a relative clause ends where the main clause\'s verb resumes ("… who say X were sickened | filed a suit")', () => {
    const text = 'Suit\n\nThree families who say their relatives were sickened by contaminated meat filed a lawsuit Tuesday.\n\n' +
      'Residents who said the war had changed the city filed a complaint. A man who said he was stiffed after he designed a clubhouse sued.';
    const got = claimsOf(text).filter((c) => c.speaker === 'who').map((c) => c.text);
    assert.deepStrictEqual(got.slice(0, 2), ['their relatives were sickened by contaminated meat', 'the war had changed the city']);
    assert.ok(got[2].startsWith('he was stiffed after he designed a clubhouse'), got[2]); // no cut inside the "after" clause
  });

  test('"…, a decision Superintendent Raymond Oduya called “painful but necessary”": the naming verb is the cue, the name its speaker', () => {
    const text = 'Schools\n\nThe board voted to close two schools, a decision Superintendent Raymond Oduya called "painful but necessary".';
    const got = claimsOf(text).map((c) => [c.cue, c.speaker]);
    assert.ok(got.some((c) => c[0] === 'called' && c[1] === 'Superintendent Raymond Oduya'), JSON.stringify(got));
    assert.ok(!got.some((c) => c[0] === 'a decision'), JSON.stringify(got));
  });

  test('after a partial quote and a comma, ", but" and a past tense are the reporter\'s; "stopped short of endorsing" and "a 3-minute read" no cue', () => {
    const text = 'Rates\n\nMarsh said the labor market was "clearly cooling," but stopped short of endorsing a cut.\n\n' +
      'The FBI said she was "extremely careless" but did not warrant charges. Today\'s newsletter is 612 words, a 3-minute read.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text]), [['said', 'the labor market was "clearly cooling,"'],
      ['said', 'she was "extremely careless" but did not warrant charges']]);
  });

  test('a relative clause between commas is read through a scare-quoted term ("… prove they are \'tenancy ready\', would launch")', () => {
    const text = 'Housing\n\nShe said a new \'Housing First\' scheme, which offers people a tenancy without requiring them to prove they are ' +
      '\'tenancy ready\', would launch in the spring.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.text), ['a new \'Housing First\' scheme, which offers people a tenancy without ' +
      'requiring them to prove they are \'tenancy ready\', would launch in the spring']);
  });

  test('"The Department of Agriculture estimated in December that …": a stating verb before "that" is a cue where the classifier rejects it', () => {
    const text = 'Harvest\n\nThe Department of Agriculture estimated in December that the winter wheat harvest would reach 24.1 million tonnes.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.speaker]), [['estimated', 'The Department of Agriculture']]);
  });

  test('a place after a place ("in Croydon, South London,", "of Ashton, Md.,") is no apposition speaking for the subject', () => {
    const text = 'Rents\n\nCare worker Janine Aldous, 34, who rents a flat in Croydon, South London, with her two children, said her rent rose.\n\n' +
      'Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said it moved her.';
    assert.deepStrictEqual(claimsOf(text).map((c) => c.speaker), ['Care worker Janine Aldous', 'Donna Rawlings, 59, of Ashton, Md., who watched the ceremony,']);
  });
});

