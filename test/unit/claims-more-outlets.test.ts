// Habits of outlets PolNeAR's political coverage lacks (found writing stories in their styles and reading our
// output): South Asian datelines, participles after a noun cue, and more.
import * as assert from 'node:assert';
import { claimsOf, claimWith } from './claims-helpers';

suite('claims: more outlets\' styles', () => {
  test('"X in a meeting with his Iraqi counterpart … underlined": the source is X, not the meeting (Iranian wires)', () => {
    const text = 'Iranian Parliament Speaker Mohammad Baqer Qalibaf in a meeting with his Iraqi counterpart Mahmoud al-Mashhadani in ' +
      'Baghdad on Thursday underlined the need to expand economic ties.';
    assert.equal(claimWith(claimsOf(text), 'economic ties').speaker, 'Iranian Parliament Speaker Mohammad Baqer Qalibaf');
    const call = 'Iranian Foreign Minister Abbas Araghchi in a phone call with his Omani counterpart on Monday said Tehran was ready.';
    assert.equal(claimWith(claimsOf(call), 'Tehran was ready').speaker, 'Iranian Foreign Minister Abbas Araghchi');
  });

  test('a participle after a noun cue hangs from the main clause: its subject speaks, not the noun cue\'s possessor', () => {
    const text = 'Uttar Pradesh chief minister Yogi Adityanath on Sunday hit out at the Samajwadi Party over its criticism of ' +
      'arrangements for the upcoming Maha Kumbh, saying the opposition was "spreading lies to defame the state".';
    const claims = claimsOf(text);
    assert.equal(claimWith(claims, 'arrangements').speaker, 'its');
    const c = claimWith(claims, 'spreading lies');
    assert.deepEqual([c.cue, c.speaker], ['saying', 'Uttar Pradesh chief minister Yogi Adityanath']);
    // With no subject to find, the possessor still speaks ("Carly Fiorina threw her support behind …, saying").
    const her = claimWith(claimsOf('Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday, saying it is time to change.'), 'time to change');
    assert.equal(her.speaker, 'her');
  });

  test('"LUCKNOW: …", "ISLAMABAD: …": a place in capitals and a colon is a dateline, not the subject', () => {
    const text = 'LUCKNOW: Uttar Pradesh chief minister Yogi Adityanath on Sunday hit out at the Samajwadi Party over its criticism ' +
      'of arrangements for the upcoming Maha Kumbh, saying the opposition was "spreading lies to defame the state".';
    assert.equal(claimWith(claimsOf(text), 'spreading lies').speaker, 'Uttar Pradesh chief minister Yogi Adityanath');
  });

  test('a dateline before the source is no content: "SAN JOSE, Calif. (Reuters) — X said on Tuesday it would …"', () => {
    const text = 'SAN JOSE, Calif. (Reuters) — Halvorsen Robotics Inc said on Tuesday it would cut about 1,200 jobs, or roughly 9% ' +
      'of its global workforce, as customers delay orders.';
    const c = claimWith(claimsOf(text), '1,200 jobs');
    assert.deepEqual([c.text.slice(0, 20), c.speaker], ['it would cut about 1', 'Halvorsen Robotics Inc']);
    // A hyphen between words is no dateline's dash: "81-year-old Parker Eaton … said".
    const age = claimWith(claimsOf('For many, that candidate is Trump. 81-year-old Parker Eaton, a nominal Republican, said the race was over.'), 'race was over');
    assert.equal(age.speaker, '81-year-old Parker Eaton, a nominal Republican,');
  });

  test('"X, whose party has raised doubts about …, said the Coalition remained …": the name is the source, nothing inverted', () => {
    const text = 'Nationals Leader David Littleproud, whose party has previously raised doubts about the net zero target, said the ' +
      'Coalition remained united behind the nuclear policy.';
    const c = claimWith(claimsOf(text), 'remained united');
    assert.deepEqual([c.text, c.speaker], ['the Coalition remained united behind the nuclear policy', 'Nationals Leader David Littleproud']);
    const kasich = claimsOf('Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.');
    assert.equal(claimWith(kasich, 'Khan family').speaker, 'Gov. John Kasich of Ohio');
  });

  test('"Informed sources told …" has the sources as speaker, not the cue "Informed"', () => {
    const c = claimWith(claimsOf('Informed sources told Asharq Al-Awsat that the envoy had carried a written proposal.'), 'written proposal');
    assert.deepEqual([c.cue, c.speaker], ['told', 'Informed sources']);
  });

  test('"X allegedly pulled a gun": the accused is no speaker of the allegation; firing rounds is no speech', () => {
    const claims = claimsOf('Once outside, Delaney allegedly pulled a handgun from his waistband and fired at least four rounds toward the man.');
    assert.ok(claims.every((c) => c.speaker !== 'Delaney' && c.cue !== 'fired'), JSON.stringify(claims));
  });

  test('a participle the lexicon knows only by its stem ("ruling" → "ruled") still hangs from its clause', () => {
    const text = 'The administration tried to add such a question in 2019, but the Supreme Court blocked it, ruling that the ' +
      'rationale was "contrived."';
    assert.equal(claimWith(claimsOf(text), 'contrived').speaker, 'the Supreme Court');
    const xi = claimsOf('At the same time, however, Xi has worked overtime to calm Russian fears, reassuring Moscow that Beijing has no plans.');
    assert.equal(claimWith(xi, 'no plans').speaker, 'Xi');
  });

  test('newsletter section labels ("Driving the news:", "What they\'re saying:") are neither content nor cue; a bullet\'s dash signs nothing', () => {
    const text = 'Scoop: Cerebra raises $600 million\n\nDriving the news: The round values Cerebra at about $9 billion, the sources said.\n\n' +
      'What they\'re saying: "Customers are tired of waiting in line for GPUs," Raman said. "We can ship in weeks, not quarters."\n' +
      '- Sequoia partner Alfred Lin said in a statement that Cerebra had the best numbers.';
    const claims = claimsOf(text);
    assert.equal(claimWith(claims, 'The round values').text, 'The round values Cerebra at about $9 billion');
    assert.ok(claims.every((c) => c.cue !== 'saying:' && c.cue !== '-' && c.speaker !== 'Scoop'), JSON.stringify(claims));
    assert.equal(claimWith(claims, 'in weeks').speaker, 'Raman');
    // A signature on a line of its own still signs: "-President Obama, tweeting after …".
    const signed = claimsOf('Notebook\n\n"Great speech. She is tested. She is ready. She never quits, and she will win."\n\n-President Obama, tweeting.');
    assert.equal(claimWith(signed, 'Great speech').speaker, 'President Obama');
  });

  test('a final according-to source runs on past "and" to the sentence end: "three regional and western officials with knowledge …"', () => {
    const text = 'The UAE urged commanders not to lift the siege, according to three regional and western officials with knowledge of the talks.';
    assert.equal(claimWith(claimsOf(text), 'the siege').speaker, 'three regional and western officials with knowledge of the talks');
    // Not past a verb: "according to officials and the plan was dropped" is no source of that length.
    const verb = claimsOf('The plan stalled, according to officials and the talks were dropped.');
    assert.ok(verb.every((c) => c.speaker === null || !c.speaker.includes('dropped')), JSON.stringify(verb));
  });

  test('"…, the researchers wrote, suggesting …": the attribution before a participle still takes its whole clause', () => {
    const text = 'The benefits appeared to level off above about 9,000 steps, the researchers wrote, suggesting that there is a limit.';
    const c = claimWith(claimsOf(text), 'level off');
    assert.deepEqual([c.text, c.cue, c.speaker], ['The benefits appeared to level off above about 9,000 steps', 'wrote', 'the researchers']);
  });

  test('"…, but X, the council\'s secretary, asked for more time": a clause of its own, not a final attribution of what precedes', () => {
    const text = 'The source told Iran International that Mousavi had presented a plan last week, but Ali Larijani, the council\'s ' +
      'secretary, asked for more time.';
    const claims = claimsOf(text);
    assert.equal(claimWith(claims, 'presented a plan').speaker, 'The source');
    assert.ok(claims.every((c) => !(c.speaker ?? '').startsWith('Ali Larijani') || !c.text.includes('presented')), JSON.stringify(claims));
  });

  test('a noun before a modal is no cue ("The enhanced support will cost …"); "a decline the foundation predicts will continue" is one', () => {
    const c = claimWith(claimsOf('The enhanced support will cost about $1.2 billion, and will be funded from the surplus, he added.'), 'cost');
    assert.deepEqual([c.cue, c.speaker], ['added', 'he']);
    const verb = claimsOf('Golf courses face a decline that the foundation predicts will continue for years.');
    assert.equal(claimWith(verb, 'continue').cue, 'predicts');
  });

  test('a headline\'s topic label before a line that names its own speaker ("Sudan: Guterres warns of …") speaks nothing', () => {
    const c = claimWith(claimsOf("Sudan: Guterres warns of 'catastrophic' hunger as convoys are blocked\nHe spoke."), 'hunger');
    assert.deepEqual([c.cue, c.speaker], ['warns', 'Guterres']);
    // A place label before a title and a name ("Kano: Governor Yusuf sacks …", Nigerian and Indian headlines).
    assert.ok(claimsOf('Kano: Governor Yusuf sacks commissioner over contract scandal\nHe spoke.').every((c) => c.speaker !== 'Kano'));
    const label = claimWith(claimsOf('Wash Post Fact-Check: If Obama Says It, It’s True\nThe paper spoke.'), 'True');
    assert.equal(label.speaker, 'Wash Post Fact-Check');
  });

  test('a noun in -ly heads its subject: "The family said …", "His family said …", "a pro-Trump rally"', () => {
    const c = claimWith(claimsOf('In a statement, the family said Mr. Jennings had been "surrounded by the people who loved him".'), 'surrounded');
    assert.deepEqual([c.cue, c.speaker], ['said', 'the family']);
    assert.equal(claimWith(claimsOf('His family said he had been ill for months.'), 'ill').speaker, 'His family');
  });

  test('the reporter\'s word on a claim ("…, a pledge that has narrowed her options") is not the speaker\'s content, nor a cue', () => {
    const text = 'The chancellor has repeatedly said she will not raise income tax on working people, a pledge that has narrowed her options.';
    const claims = claimsOf(text);
    assert.equal(claimWith(claims, 'income tax').text, 'she will not raise income tax on working people');
    assert.ok(claims.every((c) => c.cue !== 'pledge'), JSON.stringify(claims));
    const quoted = claimsOf('He added that inflation in May would be "below two percent," a forecast several consultancies consider optimistic.');
    assert.equal(claimWith(quoted, 'inflation').text, 'that inflation in May would be "below two percent,"');
  });
  test('a second "that" clause after ", and that" is more of the same content; "and that\'s why" is not', () => {
    const text = 'The suit claims the Corps kept water levels too high for too long, and that engineers ignored warnings from their own staff.';
    assert.equal(claimWith(claimsOf(text), 'water levels').text,
      'the Corps kept water levels too high for too long, and that engineers ignored warnings from their own staff');
    const pronoun = 'Both campaigns know it too, and that’s why the candidates have been scrambling to visit these places.';
    assert.equal(claimWith(claimsOf(pronoun), 'it too').text, 'it too');
  });
  test('", but that" with a subject after it goes on with the content; "but that report concerned …" is the reporter\'s', () => {
    const text = 'Officials said the headworks had suffered "moderate damage", but that the supply to the valley would not be affected.';
    assert.equal(claimWith(claimsOf(text), 'headworks').text,
      'the headworks had suffered "moderate damage", but that the supply to the valley would not be affected');
    const demonstrative = 'Gowdy referenced a 2015 inspector general report on e-mail retention at the State Department, but that report concerned the e-mails of lower-level officials.';
    assert.equal(claimWith(claimsOf(demonstrative), 'inspector general').text, 'a 2015 inspector general report on e-mail retention at the State Department');
  });
  test('"…, the company confirmed to The Verge on Wednesday.": the listener after "to" is no content, what came before is', () => {
    const text = 'Threadline is laying off roughly 30 percent of its employees, the company confirmed to The Verge on Wednesday.';
    const c = claimWith(claimsOf(text), 'laying off');
    assert.deepEqual([c.text, c.cue, c.speaker], ['Threadline is laying off roughly 30 percent of its employees', 'confirmed', 'the company']);
    // Not a thing after "to", nor a verb that is no speech: "pleaded guilty to a charge", "activists opposed to the visit".
    assert.ok(claimsOf('A group of Croatian activists opposed to President Bush\'s visit gathered.').every((c) => c.text !== 'A group of Croatian activists'));
  });
  test('"Asked whether he feared …, Temirov paused.": the question is what was asked, no content of the main clause', () => {
    const claims = claimsOf('Asked whether he feared for his colleagues, Temirov paused.');
    assert.deepEqual(claims.map((c) => [c.cue, c.text]), [['Asked', 'whether he feared for his colleagues']]);
  });
  test('"told the Herald the regulator …", "told Morning Report the …", "told NPR\'s Morning Edition the …": the named listener is no content', () => {
    for (const listener of ['the Herald', 'Morning Report', 'NPR\'s Morning Edition', 'the Associated Press']) {
      const c = claimWith(claimsOf(`The official told ${listener} the regulator had not been notified of the results.`), 'notified');
      assert.equal(c.text, 'the regulator had not been notified of the results', listener);
    }
  });
  test('a date alone after the cue is no statement: a byline\'s "Posted: Jun 03, 2024 4:00 AM CDT", "the election he has called on September 11"', () => {
    const text = 'Tenants say landlord ignored complaints\nCBC News · Posted: Jun 03, 2024 4:00 AM CDT\n\nHe launched the campaign for the ' +
      'election he has called on September 11. The group is known as Janjaweed.';
    assert.deepEqual(claimsOf(text).map((c) => c.text), ['landlord ignored complaints', 'Janjaweed']);
  });
  test('a quote of two sentences keeps its speaker before a final according-to, as a one-sentence quote does', () => {
    const text = '"I staged the words of Russian women. If their words are false, then I do not know what truth is," Sokolova told ' +
      'the court in her final statement, according to the news outlet Mediazona.';
    const c = claimWith(claimsOf(text), 'truth is');
    assert.deepEqual([c.speaker, c.cue], ['Sokolova', 'told']);
    assert.ok(c.text.startsWith('"I staged') && c.text.endsWith('truth is,"'), c.text);
  });
  test('"said in a comment to Ukrainska Pravda that …": the message and its listener are no content; "agreed to make a payment to …" is', () => {
    const c = claimWith(claimsOf('Nataliia Humeniuk said in a comment to Ukrainska Pravda that the Russians were targeting ports.'), 'ports');
    assert.equal(c.text, 'that the Russians were targeting ports');
    const letter = claimWith(claimsOf('The farmers warned in a letter to Commission President Ursula von der Leyen that the deal would hurt them.'), 'hurt');
    assert.equal(letter.text, 'that the deal would hurt them');
    const note = claimWith(claimsOf('Analysts at Eurasia Group said in a note to clients that the government was likely to lose.'), 'likely');
    assert.equal(note.text, 'that the government was likely to lose');
  });
  test('an inverted source\'s title may hold "and": "said Domestic Trade and Cost of Living Minister Datuk Seri Fadzil Hamzah."', () => {
    const c = claimWith(claimsOf('The government will table amendments to tackle online scams, said Domestic Trade and Cost of Living ' +
      'Minister Datuk Seri Fadzil Hamzah.'), 'online scams');
    assert.equal(c.speaker, 'Domestic Trade and Cost of Living Minister Datuk Seri Fadzil Hamzah');
    const two = claimWith(claimsOf('“He is reprising that role,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.'), 'reprising');
    assert.equal(two.speaker, 'former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell');
  });
  test('magazine and wire forms: "…," predicts Kevin Esvelt; "stated, in a statement to SPA following the session, that …"', () => {
    const p = claimWith(claimsOf('The decision "will be read very carefully in every regulatory office," predicts Kevin Esvelt, an engineer at MIT.'), 'read very');
    assert.deepEqual([p.cue, p.speaker], ['predicts', 'Kevin Esvelt, an engineer at MIT']);
    const s = claimWith(claimsOf('Media Minister Salman Al-Dossary stated, in a statement to SPA following the session, that the Cabinet reviewed the ' +
      'outcomes.'), 'outcomes');
    assert.equal(s.text, 'that the Cabinet reviewed the outcomes');
  });
  test('"The court heard that …", "An inquest in Caernarfon heard that …": what was said in the hearing, whole, its speaker not named', () => {
    const c = claimWith(claimsOf('The court heard that Kettleby poured petrol through a loading bay door.'), 'petrol');
    assert.deepEqual([c.text, c.cue, c.speaker], ['that Kettleby poured petrol through a loading bay door', 'heard', null]);
    const inquest = claimsOf('An inquest in Caernarfon heard that Mr Pritchard-Lewis had dialled 999 and asked for mountain rescue, but his ' +
      'call was passed to the ambulance service.');
    assert.deepEqual(inquest.map((x) => x.cue), ['heard']);
    const told = claimWith(claimsOf('Dr Sian Elwyn told the inquest Mr Pritchard-Lewis was likely to have lost consciousness before he died.'), 'consciousness');
    assert.equal(told.text, 'Mr Pritchard-Lewis was likely to have lost consciousness before he died');
  });

  test('"told him: “…”": the quote after the addressee\'s colon is the content, a direct one', () => {
    const c = claimWith(claimsOf('Sentencing, Judge Caroline Whitaker told him: "You were a driving instructor. You knew the risks."'), 'driving');
    assert.deepEqual([c.text, c.kind], ['"You were a driving instructor. You knew the risks."', 'direct']);
  });

  test('"…, according to the sources, but the team is expected to …": the according-to claim is the clause before', () => {
    const claims = claimsOf('An MRI on Wednesday morning revealed no structural damage, according to the sources, but the team is expected to be cautious.');
    assert.equal(claimWith(claims, 'structural damage').cue, 'according to');
    assert.ok(!claims.some((c) => c.cue === 'according to' && c.text.includes('cautious')), JSON.stringify(claims));
    const hoffmann = claimsOf('Annual recurring revenue has tripled over the past year, according to Hoffmann, though she would not share exact figures.');
    assert.deepEqual(hoffmann.filter((c) => c.cue === 'according to').map((c) => c.text), ['Annual recurring revenue has tripled over the past year']);
    // "It is worth noting that …" is the reporter's framing: no claim of its own, no part of the content.
    const framed = claimsOf('It is worth noting that Ahmadian arrived in Baghdad on Wednesday, according to the Iranian embassy in Baghdad.');
    assert.deepEqual(framed.map((c) => [c.cue, c.text]), [['according to', 'Ahmadian arrived in Baghdad on Wednesday']]);
    assert.ok(claimsOf('It is worth noting that the two countries signed a similar deal in 2023.').every((c) => c.cue !== 'noting'));
    // An "as" clause after it is the scene, with a claim of its own.
    const scene = claimsOf('Israeli authorities have blocked an aid convoy for the third day, according to the UN\'s humanitarian office, as aid ' +
      'workers warned that bakeries could close within a week.');
    assert.equal(claimWith(scene, 'aid convoy').cue, 'according to');
    assert.deepEqual([claimWith(scene, 'bakeries').cue, claimWith(scene, 'bakeries').speaker], ['warned', 'aid workers']);
  });

  test('"she said in a statement released by the team": she speaks; the issuer is neither source nor content', () => {
    const quote = claimWith(claimsOf('"We will not panic," she said in a statement released by the team.'), 'panic');
    assert.equal(quote.speaker, 'she');
    const pence = claimWith(claimsOf('Mike Pence said in a statement released by the Trump campaign the AP report merits a special prosecutor.'), 'AP report');
    assert.deepEqual([pence.speaker, pence.text], ['Mike Pence', 'the AP report merits a special prosecutor']);
  });

  test('"said about four million pilgrims …": "about" before a number is the content\'s, not the cue\'s; "talked about a revolution" keeps it', () => {
    const c = claimWith(claimsOf('The source said about four million Iranian pilgrims are expected to travel to Karbala.'), 'pilgrims');
    assert.deepEqual([c.cue, c.text], ['said', 'about four million Iranian pilgrims are expected to travel to Karbala']);
    const half = claimWith(claimsOf('The budget office said about half of the adjustment reflected revenue losses.'), 'adjustment');
    assert.equal(half.text, 'about half of the adjustment reflected revenue losses');
    const topic = claimWith(claimsOf('Mr. Sanders talked about a revolution in the party.'), 'revolution');
    assert.equal(topic.cue, 'talked about');
  });

  test('"…, two sources told Reuters, in what would be the most significant step …": a final attribution, the framing no content', () => {
    const text = 'Armenia and Azerbaijan are close to agreeing the terms of a joint commission to demarcate their disputed border, two sources ' +
      'familiar with the negotiations told Reuters, in what would be the most significant step towards a peace treaty in more than a year.';
    const c = claimWith(claimsOf(text), 'Armenia');
    assert.deepEqual([c.cue, c.text], ['told', 'Armenia and Azerbaijan are close to agreeing the terms of a joint commission to demarcate their ' +
      'disputed border']);
  });

  test('"The federal government, he told Radio-Canada, had …": the clause resumes after a parenthetical with an addressee', () => {
    const claims = claimsOf('The federal government, he told Radio-Canada, had "lost the confidence of Quebeckers" on the issue.');
    assert.equal(claimWith(claims, 'lost the confidence').text, 'had "lost the confidence of Quebeckers" on the issue');
    assert.equal(claimWith(claims, 'lost the confidence').speaker, 'he');
    assert.equal(claimWith(claimsOf('The plan, he said on Tuesday, would cost too much.'), 'cost too much').text, 'would cost too much');
    // "…, he understood this because we, too, were …": no time adjunct, no addressee; nothing resumes.
    assert.ok(!claimsOf('Likely, I understood this because we, too, were victims.').some((c) => c.text.startsWith('were victims')));
  });

  test('"The Iranian Ambassador affirmed his country\'s support for …": an emphatic verb before its object is a cue', () => {
    const c = claimWith(claimsOf("The Iranian Ambassador affirmed his country's support for the stability of Iraq."), 'support');
    assert.deepEqual([c.cue, c.speaker], ['affirmed', 'The Iranian Ambassador']);
  });

  test('"…, according to the city\'s mayor, Sami Er.": the name in apposition ending the sentence is part of the source', () => {
    const c = claimWith(claimsOf("Some buildings were awaiting demolition, according to the city's mayor, Sami Er."), 'demolition');
    assert.equal(c.speaker, "the city's mayor, Sami Er");
  });
});
