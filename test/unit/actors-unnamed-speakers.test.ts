// Speakers the copy leaves unnamed stay unnamed: a pronoun that goes on with one, a spokesperson the next paragraph
// does not name, a document an outlet obtained.
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';

suite('actors: unnamed speakers', () => {
  test('"A spokeswoman for the authority said … She said …": the pronoun goes on with the unnamed spokeswoman, not the last named woman', () => {
    const text = 'Cotton grower Priya Ramanathan said her family had applied in March. Just 38 per cent of grants have been paid. ' +
      'A spokeswoman for the authority said staff were working as fast as possible. She said the agency had received a record volume of claims.';
    const r = extractedSpeakers(text, [['Priya Ramanathan', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('She')?.speaker, null);
    // A named woman in between, or a definite description that found nobody, leaves the pronoun to the named.
    const named = 'Cotton grower Priya Ramanathan said her family had applied in March. A spokeswoman for the authority said, ' +
      'after Ramanathan spoke, that staff were busy. She said the agency had received a record volume of claims.';
    assert.equal(extractedSpeakers(named, [['Priya Ramanathan', 'PERSON'], ['Ramanathan', 'PERSON']]).bySpeakerSpan('She')?.speaker,
      'person:priya-ramanathan');
    const definite = 'Cotton grower Priya Ramanathan spoke at length. The grower said her family had applied in March. She said ' +
      'the agency had received a record volume of claims.';
    assert.equal(extractedSpeakers(definite, [['Priya Ramanathan', 'PERSON']]).bySpeakerSpan('She')?.speaker, 'person:priya-ramanathan');
  });

  test('"the daughter of one resident, who cannot be named …, said … “…,” she said": she is the unnamed daughter, not the woman named', () => {
    const text = 'Karen Whitlock, 52, stole from five residents. The daughter of one resident, who cannot be named for legal reasons, said ' +
      'her family had been left devastated.\n\n"Mum trusted her completely," she said.';
    assert.equal(extractedSpeakers(text, [['Karen Whitlock', 'PERSON']]).bySpeakerSpan('she')?.speaker, null);
  });

  test('an occupation names an unnamed speaker too: "A senior engineer … said … However, he admitted …" is nobody', () => {
    const text = 'The constable, Vilas Kadam, said he had called the ward office. A senior engineer from the bridges department said ' +
      'the crack was small. However, he admitted that the joint was old.';
    assert.equal(extractedSpeakers(text, [['Vilas Kadam', 'PERSON']]).bySpeakerSpan('he')?.speaker, null);
  });

  test('"A city spokesperson said …" is not the person the next paragraph introduces as something else', () => {
    const text = 'Ross Eadie called the situation disgraceful. A city spokesperson said the city could not comment on specific files.\n\n' +
      'Josh Brandon, a community animator with the Social Planning Council, says what is happening is far from unique.';
    const r = extractedSpeakers(text, [['Ross Eadie', 'PERSON'], ['Josh Brandon', 'PERSON'], ['Social Planning Council', 'ORG']]);
    assert.equal(r.bySpeakerSpan('A city spokesperson')?.speaker, null);
  });
  test('who obtained, saw or asked for the words does not speak: "documents obtained by the Herald reveal", "a memo viewed by The Verge"', () => {
    const text = 'The project faces a delay, documents obtained by the Herald reveal. Staff will be cut, according to an internal memo ' +
      'viewed by The Verge. A Feb. 1 letter from the American Legion obtained by The Associated Press warns that talks are over.';
    const r = extractedSpeakers(text, [['Herald', 'ORG'], ['The Verge', 'ORG'], ['American Legion', 'ORG'], ['The Associated Press', 'ORG']]);
    assert.equal(r.bySpeakerSpan('documents obtained by the Herald')?.speaker, null);
    assert.equal(r.bySpeakerSpan('an internal memo viewed by The Verge')?.speaker, null);
    assert.equal(r.bySpeakerSpan('A Feb. 1 letter from the American Legion obtained by The Associated Press')?.speaker, 'org:american-legion');
  });
  test('the court a document was filed in does not speak for it: "The complaint, filed in U.S. District Court, alleges"', () => {
    const text = 'The complaint, filed in U.S. District Court in Chicago, alleges that managers knew. According to an affidavit filed in ' +
      'Pierce County Superior Court, a witness saw a man running.';
    const r = extractedSpeakers(text, [['U.S. District Court', 'ORG'], ['Chicago', 'GPE'], ['Pierce County Superior Court', 'ORG']]);
    assert.equal(r.bySpeakerSpan('The complaint, filed in U.S. District Court in Chicago,')?.speaker, null);
    assert.equal(r.bySpeakerSpan('an affidavit filed in Pierce County Superior Court')?.speaker, null);
  });
  test('a bare "A spokeswoman said" speaks for the organisation that is the subject of the sentence before, no other', () => {
    const text = 'Halloway Press defended the book. A spokeswoman said it stood by it. Critics, including Greenpeace, attacked the plan. ' +
      'A spokesman said it was flawed. Mayor Jo Reed met Acme Corp. A spokesman said the talks went well.';
    const r = extractedSpeakers(text, [['Halloway Press', 'ORG'], ['Greenpeace', 'ORG'], ['Jo Reed', 'PERSON'], ['Acme Corp', 'ORG']]);
    assert.deepEqual(r.claims.filter((c) => /^A spokes/.test(text.slice(c.speakerSpan!.start, c.speakerSpan!.end))).map((c) => c.speaker),
      ['org:halloway-press', null, null]);
  });
  test('"Her son said" after "Her son, Graham Marwood, said" is Graham Marwood, the relative named with the same words', () => {
    const text = 'Her son, Graham Marwood, said his mother waited 17 hours. Her son said she was frightened. His daughter said nothing.';
    const r = extractedSpeakers(text, [['Graham Marwood', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('Her son')?.speaker, 'person:graham-marwood');
    assert.equal(r.bySpeakerSpan('His daughter')?.speaker, null);
  });
  test('"A spokesman for the operator, Transocean, said … The spokesman said …": the spokesman speaks for whom he spoke for before', () => {
    const text = 'A spokesman for the U.S.-based operator, Transocean, said the attackers boarded the rig. The spokesman said the other ' +
      '23 people on the rig were left unharmed.';
    const r = extractedSpeakers(text, [['Transocean', 'ORG']]);
    assert.equal(r.bySpeakerSpan('The spokesman')?.speaker, 'org:transocean');
    const anon = 'A senior Foreign Ministry official, who spoke on condition of anonymity, said the ships left. The official said ' +
      'such a move would send a signal.';
    const a = extractedSpeakers(anon, [['Foreign Ministry', 'ORG']]);
    assert.equal(a.bySpeakerSpan('The official')?.speaker, a.bySpeakerSpan('A senior Foreign Ministry official, who spoke on condition of anonymity,')?.speaker);
    assert.equal(a.bySpeakerSpan('The official')?.speaker, 'org:foreign-ministry');
    const place = 'An ADB official in Dhaka said the bank had a request. The official said the bank was supportive.';
    assert.equal(extractedSpeakers(place, [['ADB', 'ORG'], ['Dhaka', 'GPE']]).bySpeakerSpan('The official')?.speaker, 'org:adb');
  });
  test('"the center", "the university", "the foundation", "the authority" are the body named so before', () => {
    const text = 'The National Hurricane Center upgraded the storm. The center warned that flooding was likely. Vanderbilt University ' +
      'released a study. The university said it was proud.';
    const r = extractedSpeakers(text, [['National Hurricane Center', 'ORG'], ['Vanderbilt University', 'ORG']]);
    assert.equal(r.bySpeakerSpan('The center')?.speaker, 'org:national-hurricane-center');
    assert.equal(r.bySpeakerSpan('The university')?.speaker, 'org:vanderbilt-university');
    const fund = 'The International Monetary Fund approved the loan to Argentina. The fund said reforms were needed.';
    assert.equal(extractedSpeakers(fund, [['International Monetary Fund', 'ORG'], ['Argentina', 'GPE']]).bySpeakerSpan('The fund')?.speaker,
      'org:international-monetary-fund');
    const police = 'West Yorkshire Police released images. Two men were released on bail, according to the force.';
    assert.equal(extractedSpeakers(police, [['West Yorkshire Police', 'ORG']]).bySpeakerSpan('the force')?.speaker, 'org:west-yorkshire-police');
    const church = 'The Diocese of Caerwen issued a statement. The diocese said it would convene a conference. The Halberg Collection met the ' +
      'family. The collection said it had found no evidence.';
    const c = extractedSpeakers(church, [['Diocese of Caerwen', 'ORG'], ['Halberg Collection', 'ORG']]);
    assert.equal(c.bySpeakerSpan('The diocese')?.speaker, 'org:diocese-of-caerwen');
    assert.equal(c.bySpeakerSpan('The collection')?.speaker, 'org:halberg-collection');
  });
  test('"The Minister of Health, Amina Bello," and "Amina Bello, the Minister of Health," make her "the minister"', () => {
    for (const intro of ['The Minister of Health, Amina Bello, said', 'Amina Bello, the Minister of Health, said',
      'Responding, the Minister of Health, Dr Amina Bello, said']) {
      const text = `${intro} the clinics would open in May. The minister said the budget had been approved.`;
      const r = extractedSpeakers(text, [['Minister of Health', 'ORG'], ['Amina Bello', 'PERSON']]);
      assert.equal(r.bySpeakerSpan('The minister')?.speaker, 'person:amina-bello', intro);
    }
  });
  test('"the company", "the studio" are a business named before, not the regulator named since', () => {
    const text = 'Acme Corp said revenue rose. The U.S. Securities and Exchange Commission opened a probe. The company said it was ' +
      'cooperating. Lionsgate paused production. The studio said safety was its priority.';
    const r = extractedSpeakers(text, [['Acme Corp', 'ORG'], ['U.S. Securities and Exchange Commission', 'ORG'], ['Lionsgate', 'ORG']]);
    assert.equal(r.bySpeakerSpan('The company')?.speaker, 'org:acme-corp');
    assert.equal(r.bySpeakerSpan('The studio')?.speaker, 'org:lionsgate');
  });
  test('"Kelly\'s spokesman said … “…,” he said.": the pronoun is the spokesman again, speaking for Kelly, not the man named before', () => {
    const text = 'Pike claimed she had never been faithful. But Kelly\'s spokesman said lawyers were examining the article. ' +
      '"Kelly will not be dragged into a slanging match," he said.';
    const r = extractedSpeakers(text, [['Pike', 'PERSON'], ['Kelly', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('he')?.speaker, 'person:kelly');
    const org = 'A spokeswoman for the European Commission said a plane was ready. She said EU authorities had suggested another route.';
    assert.equal(extractedSpeakers(org, [['European Commission', 'ORG'], ['EU', 'ORG']]).bySpeakerSpan('She')?.speaker, 'org:european-commission');
  });
  test('a description\'s relative clause names no speaker: "The 34-year-old actress, who plays barmaid Shannon Price, fumed"', () => {
    const text = 'Kelly Marchant has blasted her ex-boyfriend. The 34-year-old actress, who plays barmaid Shannon Price, fumed: "I trusted him."';
    const r = extractedSpeakers(text, [['Kelly Marchant', 'PERSON'], ['Shannon Price', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('The 34-year-old actress, who plays barmaid Shannon Price,')?.speaker, 'person:kelly-marchant');
  });
  test('one member does not speak for the party or chamber: "A Labour MP said", "a key Labor Party lawmaker has said"; an official does', () => {
    const text = 'A Labour MP said the plan was wrong. An Interior Ministry official said the attack killed five.';
    const r = extractedSpeakers(text, [['Labour', 'ORG'], ['Interior Ministry', 'ORG']]);
    assert.equal(r.bySpeakerSpan('A Labour MP')?.speaker, null);
    assert.equal(r.bySpeakerSpan('An Interior Ministry official')?.speaker, 'org:interior-ministry');
    // Nor do several members, or a chamber's aides.
    const plural = extractedSpeakers('The vote was delayed, according to two GOP lawmakers. Senate aides said the talks were fragile. The ' +
      'American Federation of Teachers said it would strike.', [['GOP', 'ORG'], ['Senate', 'ORG'], ['American Federation of Teachers', 'ORG']]);
    assert.equal(plural.bySpeakerSpan('two GOP lawmakers')?.speaker, null);
    assert.equal(plural.bySpeakerSpan('Senate aides')?.speaker, null);
    assert.equal(plural.bySpeakerSpan('The American Federation of Teachers')?.speaker, 'org:american-federation-of-teachers');
    // Nor does a former official, or someone in their own trade ("A Safaricom engineer").
    const others = extractedSpeakers('A former Eskom procurement official has told investigators that checks were skipped. A Safaricom engineer ' +
      'told the court that the logs were deleted.', [['Eskom', 'ORG'], ['Safaricom', 'ORG']]);
    assert.equal(others.bySpeakerSpan('A former Eskom procurement official')?.speaker, null);
    assert.equal(others.bySpeakerSpan('A Safaricom engineer')?.speaker, null);
  });
  test('two occupations joined by "and" are one person\'s: "Writer and broadcaster Tomas Reis", "Jury member and French actor …"', () => {
    const text = 'Carvalhal, a former rival, told reporters that she had visited him. Writer and broadcaster Tomas Reis said he was a giant. ' +
      'Jury member and French actor Claire Monteillet said the film was long. Clinton and Sanders said they would debate.';
    const r = extractedSpeakers(text, [['Carvalhal', 'PERSON'], ['Tomas Reis', 'PERSON'], ['French', 'NORP'], ['Claire Monteillet', 'PERSON'],
      ['Clinton', 'PERSON'], ['Sanders', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('Writer and broadcaster Tomas Reis')?.speaker, 'person:tomas-reis');
    assert.equal(r.bySpeakerSpan('Jury member and French actor Claire Monteillet')?.speaker, 'person:claire-monteillet');
  });
  test('a title with "and" is the title of the name after it: "Energy and Mineral Resources Minister Bahlil Lahadalia"', () => {
    const text = 'Economic Minister Airlangga Hartarto said the ban would stay. Energy and Mineral Resources Minister Bahlil Lahadalia ' +
      'said it was fine. Health and Human Services Secretary Michael Leavitt said officials were concerned.';
    const r = extractedSpeakers(text, [['Airlangga Hartarto', 'PERSON'], ['Bahlil Lahadalia', 'PERSON'], ['Michael Leavitt', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('Energy and Mineral Resources Minister Bahlil Lahadalia')?.speaker, 'person:bahlil-lahadalia');
    assert.equal(r.bySpeakerSpan('Health and Human Services Secretary Michael Leavitt')?.speaker, 'person:michael-leavitt');
    const two = 'Senior Congress leader and Deputy Chief Minister KS Hanumanthappa claimed the MPs had betrayed the state.';
    assert.equal(extractedSpeakers(two, [['Congress', 'ORG'], ['KS Hanumanthappa', 'PERSON']]).bySpeakerSpan(
      'Senior Congress leader and Deputy Chief Minister KS Hanumanthappa')?.speaker, 'person:ks-hanumanthappa');
  });
  test('residents or customers of a body are not the body: "Residents of Barangay Bagong Silang said", "Customers of Wells Fargo said"', () => {
    const text = 'Residents of Barangay Bagong Silang said flooding was as bad as ever. Customers of Wells Fargo said fees rose.';
    const r = extractedSpeakers(text, [['Barangay Bagong Silang', 'ORG'], ['Wells Fargo', 'ORG']]);
    assert.equal(r.bySpeakerSpan('Residents of Barangay Bagong Silang')?.speaker, null);
    assert.equal(r.bySpeakerSpan('Customers of Wells Fargo')?.speaker, null);
  });
  test('"Jordanian Ambassador to Saudi Arabia Haitham Abu Alfoul" is an ambassador, Jordanian: "the Jordanian ambassador", not "the Saudi"', () => {
    const text = 'Saudi Ambassador to Jordan Mansour bin Khalid met officials. Jordanian Ambassador to Saudi Arabia Haitham Abu Alfoul said the ' +
      'visit reflects the relations. "Saudi Arabia has always stood by Jordan," the Jordanian ambassador said.';
    const r = extractedSpeakers(text, [['Saudi', 'NORP'], ['Jordan', 'GPE'], ['Mansour bin Khalid', 'PERSON'], ['Jordanian', 'NORP'],
      ['Saudi Arabia', 'GPE'], ['Haitham Abu Alfoul', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('the Jordanian ambassador')?.speaker, 'person:haitham-abu-alfoul');
  });
  test('"the sheriff", "the coroner" are the people so titled; "Minister the Honourable X" makes X "the minister"', () => {
    const text = 'Sheriff Gillian Wade jailed him. "Public servants are entitled to work safely," the sheriff said. Coroner Alison Hart ' +
      'recorded a conclusion. The coroner said the system had failed. National Security Minister the Honourable Fitzgerald ' +
      'Hinds-Baptiste spoke first. The minister said the plan would cost $40 million.';
    const r = extractedSpeakers(text, [['Gillian Wade', 'PERSON'], ['Coroner Alison Hart', 'PERSON'], ['Honourable Fitzgerald Hinds-Baptiste', 'PERSON']]);
    assert.deepEqual(['the sheriff', 'The coroner', 'The minister'].map((s) => r.bySpeakerSpan(s)?.speaker),
      ['person:gillian-wade', 'person:alison-hart', 'person:fitzgerald-hinds-baptiste']);
  });
});
