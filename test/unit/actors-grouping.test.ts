// Grouping edge cases on small constructed texts with hand-made entity lists.
import * as assert from 'node:assert/strict';
import type { Entity } from '../../src/core/types';
import { group, tagAll } from './actors-helpers';
import { fold, translitEqual } from '../../src/core/actors/fold';
import { lookupCountry } from '../../src/core/actors/countries';

suite('actors: people', () => {
  test('"George Bush" and "Jeb Bush" are two actors; a bare "Bush" goes to the one introduced first', () => {
    const text = 'George Bush met Jeb Bush. Bush said it went well. Jeb Bush left. Later Bush spoke again.';
    const g = group(text, tagAll(text, [['George Bush', 'PERSON'], ['Jeb Bush', 'PERSON'], ['Bush', 'PERSON']]));
    const george = g.actorOf('George Bush');
    const jeb = g.actorOf('Jeb Bush');
    assert.notEqual(george, jeb);
    assert.equal(g.actorOf('Bush', 0), george);
    assert.equal(g.actorOf('Bush', 1), george);
  });

  test('a Spanish paternal surname alone is the person ("Claudia Sheinbaum Pardo" … "Sheinbaum"), unless two people share it', () => {
    const text = 'Claudia Sheinbaum Pardo sent a message. Sheinbaum said Mexico wanted closer ties.';
    const g = group(text, tagAll(text, [['Claudia Sheinbaum Pardo', 'PERSON'], ['Sheinbaum', 'PERSON']]));
    assert.equal(g.actorOf('Sheinbaum'), g.actorOf('Claudia Sheinbaum Pardo'));
    const two = 'Ana Lopez Diaz met Luis Lopez Vega. Lopez said they agreed.';
    const g2 = group(two, tagAll(two, [['Ana Lopez Diaz', 'PERSON'], ['Luis Lopez Vega', 'PERSON'], ['Lopez', 'PERSON']]));
    assert.notEqual(g2.actorOf('Lopez'), g2.actorOf('Ana Lopez Diaz'));
    assert.notEqual(g2.actorOf('Lopez'), g2.actorOf('Luis Lopez Vega'));
  });

  test('a two-word surname written with or without its hyphen is one person ("Ben Gvir" / "Ben-Gvir", "Amir-Abdollahian" / "Amir Abdollahian")', () => {
    const text = 'Itamar Ben Gvir spoke. Ben-Gvir said no. Hussein Amir-Abdollahian arrived. Amir Abdollahian said yes.';
    const g = group(text, tagAll(text, [['Itamar Ben Gvir', 'PERSON'], ['Ben-Gvir', 'PERSON'], ['Hussein Amir-Abdollahian', 'PERSON'],
      ['Amir Abdollahian', 'PERSON']]));
    assert.equal(g.actorOf('Ben-Gvir'), g.actorOf('Itamar Ben Gvir'));
    assert.equal(g.actorOf('Amir Abdollahian'), g.actorOf('Hussein Amir-Abdollahian'));
    assert.notEqual(g.actorOf('Amir Abdollahian'), g.actorOf('Itamar Ben Gvir'));
    // Two people whose names end in the same two words: the hyphenated form is neither's.
    const two = 'Itamar Ben Gvir met Yael Ben Gvir. Ben-Gvir said no.';
    const g2 = group(two, tagAll(two, [['Itamar Ben Gvir', 'PERSON'], ['Yael Ben Gvir', 'PERSON'], ['Ben-Gvir', 'PERSON']]));
    assert.notEqual(g2.actorOf('Ben-Gvir'), g2.actorOf('Itamar Ben Gvir'));
    assert.notEqual(g2.actorOf('Ben-Gvir'), g2.actorOf('Yael Ben Gvir'));
  });

  test('"Prince Faisal" is Faisal bin Farhan, wherever named in full; a bare "Salman" is no "Mohammed bin Salman"', () => {
    const text = 'Prince Faisal spoke first. Foreign Minister Faisal bin Farhan met Crown Prince Mohammed bin Salman. King Salman hosted them.';
    const g = group(text, tagAll(text, [['Prince Faisal', 'PERSON'], ['Faisal bin Farhan', 'PERSON'], ['Mohammed bin Salman', 'PERSON'], ['Salman', 'PERSON']]));
    assert.equal(g.actorOf('Prince Faisal'), g.actorOf('Faisal bin Farhan'));
    assert.notEqual(g.actorOf('Salman'), g.actorOf('Mohammed bin Salman'));
  });

  test('a relative named later in full does not take the bare surname of the person introduced first', () => {
    const text = 'Hillary Clinton campaigned in Ohio. Voters recalled Bill Clinton and his years in office. ' +
      'Clinton told them she would fight for their jobs.';
    const g = group(text, tagAll(text, [['Hillary Clinton', 'PERSON'], ['Bill Clinton', 'PERSON'], ['Clinton', 'PERSON']]));
    assert.notEqual(g.actorOf('Hillary Clinton'), g.actorOf('Bill Clinton'));
    assert.equal(g.actorOf('Clinton'), g.actorOf('Hillary Clinton'));
  });

  test('an honorific picks the person of that gender, known from their full-name mentions alone', () => {
    const text = 'Bill Clinton said he would campaign. Hillary Clinton said she was grateful. ' +
      'Mrs. Clinton spoke first. Then Mr. Clinton spoke. Later Mrs. Clinton left.';
    const g = group(text, tagAll(text, [['Bill Clinton', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Clinton', 'PERSON']]));
    const bill = g.actorOf('Bill Clinton');
    const hillary = g.actorOf('Hillary Clinton');
    assert.equal(g.actorOf('Clinton', 0), hillary);
    assert.equal(g.actorOf('Clinton', 1), bill);
    assert.equal(g.actorOf('Clinton', 2), hillary);
  });

  test('an honorific that no full-name mention can confirm leaves the choice to the order of introduction', () => {
    const text = 'Pat Morgan arrived. Sam Morgan followed. Mrs. Morgan spoke.';
    const g = group(text, tagAll(text, [['Pat Morgan', 'PERSON'], ['Sam Morgan', 'PERSON'], ['Morgan', 'PERSON']]));
    assert.equal(g.actorOf('Morgan'), g.actorOf('Pat Morgan'));
  });

  test('"Donald Trump Jr." is not "Donald Trump": "Trump Jr." goes to the son, a bare "Trump" to the father', () => {
    const text = 'Donald Trump spoke. His son Donald Trump Jr. listened. Trump smiled at Trump Jr. and left.';
    const g = group(text, tagAll(text, [['Donald Trump Jr.', 'PERSON'], ['Donald Trump', 'PERSON'], ['Trump Jr.', 'PERSON'], ['Trump', 'PERSON']]));
    const father = g.actorOf('Donald Trump');
    const son = g.actorOf('Donald Trump Jr.');
    assert.notEqual(father, son);
    assert.equal(g.actorOf('Trump Jr.'), son);
    assert.equal(g.actorOf('Trump'), father);
    assert.equal(g.actor(son)?.name, 'Donald Trump Jr.');
    assert.equal(g.actor(father)?.name, 'Donald Trump');
  });

  test('a name written only with its suffix keeps its bare surname ("Martin Luther King, Jr." … "King")', () => {
    const text = 'Martin Luther King, Jr. led the march. King spoke.';
    const g = group(text, tagAll(text, [['Martin Luther King, Jr.', 'PERSON'], ['King', 'PERSON']]));
    assert.equal(g.actorOf('King'), g.actorOf('Martin Luther King, Jr.'));
  });

  test('a bare surname before any full name goes to the first person named after it', () => {
    const text = 'Bush arrives. George Bush met Jeb Bush.';
    const g = group(text, tagAll(text, [['George Bush', 'PERSON'], ['Jeb Bush', 'PERSON'], ['Bush', 'PERSON']]));
    assert.equal(g.actorOf('Bush'), g.actorOf('George Bush'));
  });

  test('middle initials: "George W. Bush" is "George Bush" but not "George P. Bush"', () => {
    const text = 'George Bush spoke. George W. Bush smiled. George P. Bush left.';
    const g = group(text, tagAll(text, [['George Bush', 'PERSON'], ['George W. Bush', 'PERSON'], ['George P. Bush', 'PERSON']]));
    assert.equal(g.actorOf('George W. Bush'), g.actorOf('George Bush'));
    assert.notEqual(g.actorOf('George P. Bush'), g.actorOf('George Bush'));
    assert.equal(g.actor(g.actorOf('George Bush'))?.name, 'George W. Bush');
  });

  test('titles in the span are stripped from the name and the actor is named by its fullest form', () => {
    const text = 'Iranian Foreign Minister Hussein Amir-Abdollahian arrived. Amir-Abdollahian said so. Gen. Qassem Soleimani was killed. Pope Francis prayed.';
    const g = group(text, tagAll(text, [['Iranian Foreign Minister Hussein Amir-Abdollahian', 'PERSON'], ['Amir-Abdollahian', 'PERSON'],
      ['Gen. Qassem Soleimani', 'PERSON'], ['Pope Francis', 'PERSON']]));
    const a = g.actor(g.actorOf('Amir-Abdollahian'));
    assert.equal(a?.name, 'Hussein Amir-Abdollahian');
    assert.equal(a?.mentions, 2);
    assert.equal(g.actor(g.actorOf('Gen. Qassem Soleimani'))?.name, 'Qassem Soleimani');
    assert.equal(g.actor(g.actorOf('Pope Francis'))?.name, 'Pope Francis');
    // A Knesset member's "MK", a Hausa pilgrim's "Alhaji" (Israeli and Nigerian copy).
    const mk = 'MK Yitzhak Goldknopf told reporters. Alhaji Mustapha Danbatta denied it.';
    const m = group(mk, tagAll(mk, [['MK Yitzhak Goldknopf', 'PERSON'], ['Alhaji Mustapha Danbatta', 'PERSON']]));
    assert.equal(m.actor(m.actorOf('MK Yitzhak Goldknopf'))?.name, 'Yitzhak Goldknopf');
    assert.equal(m.actor(m.actorOf('Alhaji Mustapha Danbatta'))?.name, 'Mustapha Danbatta');
    const police = 'Det Insp Claire Hughes said so. Detective Chief Inspector Mark Lowe agreed.';
    const p = group(police, tagAll(police, [['Det Insp Claire Hughes', 'PERSON'], ['Detective Chief Inspector Mark Lowe', 'PERSON']]));
    assert.equal(p.actor(p.actorOf('Det Insp Claire Hughes'))?.name, 'Claire Hughes');
    assert.equal(p.actor(p.actorOf('Detective Chief Inspector Mark Lowe'))?.name, 'Mark Lowe');
    // A councillor's "Cr" / "Cllr" (Australian and British local copy): "Cr Moore" is Mayor Jim Moore.
    const cr = 'Mayor Jim Moore warned of delays. Cr Moore said so. Cllr Ann Lee agreed.';
    const c = group(cr, tagAll(cr, [['Jim Moore', 'PERSON'], ['Cr Moore', 'PERSON'], ['Cllr Ann Lee', 'PERSON']]));
    assert.equal(c.actorOf('Cr Moore'), c.actorOf('Jim Moore'));
    assert.equal(c.actor(c.actorOf('Cllr Ann Lee'))?.name, 'Ann Lee');
    // A transcript's label in capitals is the person's surname ("GUTHRIE:"), where initials stay initials ("JFK").
    const caps = 'Kevin Guthrie spoke. GUTHRIE: We are ready. JFK was president.';
    const k = group(caps, tagAll(caps, [['Kevin Guthrie', 'PERSON'], ['GUTHRIE', 'PERSON'], ['JFK', 'PERSON']]));
    assert.equal(k.actorOf('GUTHRIE'), k.actorOf('Kevin Guthrie'));
    assert.notEqual(k.actorOf('JFK'), k.actorOf('Kevin Guthrie'));
    // A bare name the tagger read as a person is the company named so before, when no person of that name was yet
    // ("Halvorsen Logistics Inc … Halvorsen also said … founder Erik Halvorsen"); not a name with an honorific.
    const firm = 'Halvorsen Logistics Inc shares fell. Halvorsen also said it had a subpoena. Its founder Erik Halvorsen wrote. Ms. Halvorsen agreed.';
    const h = group(firm, tagAll(firm, [['Halvorsen Logistics Inc', 'ORG'], ['Halvorsen', 'PERSON'], ['Erik Halvorsen', 'PERSON'], ['Ms. Halvorsen', 'PERSON']]));
    assert.equal(h.actorOf('Halvorsen'), h.actorOf('Halvorsen Logistics Inc'));
    assert.equal(h.actorOf('Erik Halvorsen') === h.actorOf('Halvorsen Logistics Inc'), false);
    assert.equal(h.actorOf('Ms. Halvorsen') === h.actorOf('Halvorsen Logistics Inc'), false);
    // A company's trade word ends its name as "Logistics" does: "Caldermoor Renewables … Caldermoor said".
    const wind = 'Caldermoor Renewables said the project would go ahead. Caldermoor said building could begin in 2026.';
    const w = group(wind, tagAll(wind, [['Caldermoor Renewables', 'ORG'], ['Caldermoor', 'ORG']]));
    assert.equal(w.actorOf('Caldermoor'), w.actorOf('Caldermoor Renewables'));
    // Malaysian and Gulf honorifics: "Datuk Seri", "Tan Sri" (not the surname "Tan"), "His Highness".
    const my = 'Datuk Seri Fadzil Hamzah said so. Tan Sri Razarudin Husain agreed. Tan Siew Lan left. Highness Sheikh Khalid bin Saeed spoke.';
    const m2 = group(my, tagAll(my, [['Datuk Seri Fadzil Hamzah', 'PERSON'], ['Tan Sri Razarudin Husain', 'PERSON'], ['Tan Siew Lan', 'PERSON'],
      ['Highness Sheikh Khalid bin Saeed', 'PERSON']]));
    assert.deepEqual(['Datuk Seri Fadzil Hamzah', 'Tan Sri Razarudin Husain', 'Tan Siew Lan', 'Highness Sheikh Khalid bin Saeed']
      .map((n) => m2.actor(m2.actorOf(n))?.name), ['Fadzil Hamzah', 'Razarudin Husain', 'Tan Siew Lan', 'Khalid bin Saeed']);
    const pk = 'PTI chairman Barrister Gohar Ali Khan said so.';
    const b = group(pk, tagAll(pk, [['Barrister Gohar Ali Khan', 'PERSON']]));
    assert.equal(b.actor(b.actorOf('Barrister Gohar Ali Khan'))?.name, 'Gohar Ali Khan');
  });

  test('a dotted country abbreviation opens a title ("U.S. Secretary of State …"); a span cut after "of" loses its department', () => {
    const text = 'U.S. Secretary of State Condoleezza Rice arrived. Later, the Secretary of State Colin Powell spoke. Rice said so.';
    const g = group(text, tagAll(text, [['U.S. Secretary of State Condoleezza Rice', 'PERSON'], ['State Colin Powell', 'PERSON'], ['Rice', 'PERSON']]));
    assert.equal(g.actor(g.actorOf('U.S. Secretary of State Condoleezza Rice'))?.name, 'Condoleezza Rice');
    assert.equal(g.actorOf('Rice'), g.actorOf('U.S. Secretary of State Condoleezza Rice'));
    assert.equal(g.actor(g.actorOf('State Colin Powell'))?.name, 'Colin Powell');
  });

  test('transliteration variants join: Qassim / Qasim, Mohammed / Muhammad, Soleimani / Suleimani', () => {
    const text = 'Qassim al-Araji spoke. Qasim al-Araji left. Mohammed bin Salman came. Muhammad bin Salman went. Bin Salman smiled. Qassem Soleimani died; Suleimani was buried.';
    const g = group(text, tagAll(text, [['Qassim al-Araji', 'PERSON'], ['Qasim al-Araji', 'PERSON'], ['Mohammed bin Salman', 'PERSON'],
      ['Muhammad bin Salman', 'PERSON'], ['Bin Salman', 'PERSON'], ['Qassem Soleimani', 'PERSON'], ['Suleimani', 'PERSON']]));
    assert.equal(g.actorOf('Qasim al-Araji'), g.actorOf('Qassim al-Araji'));
    assert.equal(g.actorOf('Muhammad bin Salman'), g.actorOf('Mohammed bin Salman'));
    assert.equal(g.actorOf('Bin Salman'), g.actorOf('Mohammed bin Salman'));
    assert.equal(g.actorOf('Suleimani'), g.actorOf('Qassem Soleimani'));
    assert.notEqual(g.actorOf('Qassem Soleimani'), g.actorOf('Qassim al-Araji'));
  });

  test('spelling variants the skeleton misses are found by fuse.js (Gaddafi / Qaddafi)', () => {
    const text = 'Muammar Gaddafi ruled Libya. Qaddafi was killed in 2011.';
    const g = group(text, tagAll(text, [['Muammar Gaddafi', 'PERSON'], ['Qaddafi', 'PERSON']]));
    assert.equal(g.actorOf('Qaddafi'), g.actorOf('Muammar Gaddafi'));
  });

  test('short or gendered names are not conflated: Dan / Don, Maria / Mario, John / Joan', () => {
    const text = 'Dan Smith met Don Smith. Maria Rossi met Mario Rossi. John Doe met Joan Doe.';
    const g = group(text, tagAll(text, [['Dan Smith', 'PERSON'], ['Don Smith', 'PERSON'], ['Maria Rossi', 'PERSON'],
      ['Mario Rossi', 'PERSON'], ['John Doe', 'PERSON'], ['Joan Doe', 'PERSON']]));
    assert.equal(g.grouping.actors.length, 6);
  });

  test('a unique given name finds its person ("Xi" → "Xi Jinping")', () => {
    const text = 'Xi Jinping visited Moscow. Xi said ties were strong.';
    const g = group(text, tagAll(text, [['Xi Jinping', 'PERSON'], ['Xi', 'PERSON'], ['Moscow', 'GPE']]));
    assert.equal(g.actorOf('Xi'), g.actorOf('Xi Jinping'));
  });

  test('Arabic particles: "Fayyad", "al-Fayyad" and "Faleh Al Fayyad" are one person', () => {
    const text = 'Faleh Al Fayyad spoke. Al-Fayyad left. Fayyad returned.';
    const g = group(text, tagAll(text, [['Faleh Al Fayyad', 'PERSON'], ['Al-Fayyad', 'PERSON'], ['Fayyad', 'PERSON']]));
    assert.equal(g.grouping.actors.length, 1);
    assert.equal(g.grouping.actors[0].name, 'Faleh Al Fayyad');
  });
});

suite('actors: organisations, places, acronyms', () => {
  test('a translated name gives its native acronym: "Supreme Audit Office (NIK)" and "NIK" are one organisation', () => {
    const text = 'The Supreme Audit Office (NIK) said the mines lost money. NIK said the state must act. Mr. Smith (R) agreed.';
    const g = group(text, tagAll(text, [['Supreme Audit Office', 'ORG'], ['NIK', 'ORG'], ['Smith', 'PERSON']]));
    assert.equal(g.actorOf('NIK', 1), g.actorOf('Supreme Audit Office'));
  });

  test('a dateline\'s place in capitals and the agency after it are no acronym and its name ("TEHRAN (Tasnim)")', () => {
    const text = 'TEHRAN (Tasnim) - The Leader spoke in Tehran. LOS ANGELES (AP) - The Associated Press reported it. ' +
      'The African Growth and Opportunity Act (AGOA) was renewed.';
    const g = group(text, tagAll(text, [['TEHRAN', 'GPE'], ['Tasnim', 'ORG'], ['Tehran', 'GPE'], ['LOS ANGELES', 'GPE'], ['AP', 'ORG'],
      ['Associated Press', 'ORG'], ['African Growth and Opportunity Act', 'LOC'], ['AGOA', 'ORG']]));
    assert.equal(g.actorOf('TEHRAN'), g.actorOf('Tehran'));
    assert.notEqual(g.actorOf('Tasnim'), g.actorOf('TEHRAN'));
    assert.equal(g.actorOf('AP'), g.actorOf('Associated Press'));
    assert.equal(g.actorOf('AGOA'), g.actorOf('African Growth and Opportunity Act'), 'a mistyped expansion in mixed case still links');
  });

  test('a one-word organisation named in the plural and in the singular is one actor ("Houthis", "Houthi rebels"); two words are not', () => {
    const text = "Yemen's Houthis claimed the attack. Houthi rebels fired missiles. The Times and the Time reported it.";
    const g = group(text, tagAll(text, [['Yemen', 'GPE'], ['Houthis', 'ORG'], ['Houthi', 'ORG'], ['Times', 'ORG'], ['Time', 'ORG']]));
    assert.equal(g.actorOf('Houthi'), g.actorOf('Houthis'));
    assert.equal(g.actor(g.actorOf('Houthi'))?.name, 'Houthis');
    assert.notEqual(g.actorOf('Times'), g.actorOf('Time'), 'five letters or fewer: too short to tell a plural');
  });

  test('a people named in the plural and in the singular is one actor ("African-Americans", "African-American")', () => {
    const text = 'African-Americans backed her. Clinton leads among African-American voters. The Swiss voted.';
    const g = group(text, tagAll(text, [['African-Americans', 'NORP'], ['African-American', 'NORP'], ['Swiss', 'NORP']]));
    assert.equal(g.actorOf('African-Americans'), g.actorOf('African-American'));
    assert.notEqual(g.actorOf('Swiss'), undefined);
  });

  test('"the Post" is the Washington Post named in full, before or after it; with two Posts it stays its own', () => {
    let text = 'The Post reported it first. The Washington Post said later that the Post stood by its story.';
    let g = group(text, tagAll(text, [['Post', 'ORG'], ['Washington Post', 'ORG']]));
    assert.equal(g.actorOf('Post', 0), g.actorOf('Washington Post'));
    assert.equal(g.actorOf('Post', 1), g.actorOf('Washington Post'));
    assert.equal(g.actor(g.actorOf('Post'))?.mentions, 3);
    assert.equal(g.grouping.actors.length, 1);
    text = 'The Washington Post and the New York Post disagreed. The Post said no.';
    g = group(text, tagAll(text, [['Washington Post', 'ORG'], ['New York Post', 'ORG'], ['Post', 'ORG']]));
    assert.equal(g.grouping.actors.length, 3);
  });

  test('a place named only in capitals is shown as a name ("HOUSTON" → Houston); a short word may be an abbreviation', () => {
    const text = 'HOUSTON — The storm hit. NEW YORK officials waited. NAFTA is a treaty.';
    const g = group(text, tagAll(text, [['HOUSTON', 'GPE'], ['NEW YORK', 'GPE'], ['NAFTA', 'LOC']]));
    assert.deepEqual(g.grouping.actors.map((a) => a.name), ['Houston', 'New York', 'NAFTA']);
    assert.equal(g.actor(g.actorOf('HOUSTON'))?.id, 'gpe:houston');
  });

  test('"Breitbart" is Breitbart News and "Hofstra" Hofstra University: a first word before "News", "University" only', () => {
    let text = 'Breitbart reported it. Breitbart News said later. Hofstra hosted the debate at Hofstra University.';
    let g = group(text, tagAll(text, [['Breitbart', 'ORG'], ['Breitbart News', 'ORG'], ['Hofstra', 'ORG'], ['Hofstra University', 'ORG']]));
    assert.equal(g.actorOf('Breitbart'), g.actorOf('Breitbart News'));
    assert.equal(g.actorOf('Hofstra'), g.actorOf('Hofstra University'));
    assert.equal(g.grouping.actors.length, 2);
    // Another word after the first ("Denver Broncos", "CNN Headline News"), or two such names: no short form.
    text = 'Denver won. The Denver Broncos lost. Fox said. Fox News and Fox Corporation disagreed.';
    g = group(text, tagAll(text, [['Denver', 'ORG'], ['Denver Broncos', 'ORG'], ['Fox', 'ORG'], ['Fox News', 'ORG'], ['Fox Corporation', 'ORG']]));
    assert.notEqual(g.actorOf('Denver'), g.actorOf('Denver Broncos'));
    assert.notEqual(g.actorOf('Fox'), g.actorOf('Fox News'));
    assert.notEqual(g.actorOf('Fox'), g.actorOf('Fox Corporation'));
  });

  test('no short form of a name that only ends in the word: "Members of Congress", "Wisconsin Senate", "All CNN"', () => {
    const text = 'Democratic Members of Congress wrote. Congress met. The Wisconsin Senate voted. The Senate did not. All CNN ' +
      'anchors spoke. CNN said so.';
    const g = group(text, tagAll(text, [['Democratic Members of Congress', 'ORG'], ['Congress', 'ORG'], ['Wisconsin Senate', 'ORG'],
      ['Senate', 'ORG'], ['All CNN', 'ORG'], ['CNN', 'ORG']]));
    assert.notEqual(g.actorOf('Congress'), g.actorOf('Democratic Members of Congress'));
    assert.notEqual(g.actorOf('Senate'), g.actorOf('Wisconsin Senate'));
    assert.notEqual(g.actorOf('CNN'), g.actorOf('All CNN'));
  });

  test('"ISIS" and "ISIL" join "the Islamic State" in either order, though their letters spell another name', () => {
    const text = 'ISIS fighters fled the city. Later the Islamic State claimed the attack. ISIL denied it.';
    const g = group(text, tagAll(text, [['ISIS', 'ORG'], ['Islamic State', 'ORG'], ['ISIL', 'ORG']]));
    assert.equal(g.actorOf('ISIS'), g.actorOf('Islamic State'));
    assert.equal(g.actorOf('ISIL'), g.actorOf('Islamic State'));
  });

  test('acronym defined in the same span, and one from initials of a name seen elsewhere', () => {
    const text = 'The Islamic Revolution Guards Corps (IRGC) struck. The IRGC said. John F. Kennedy spoke; JFK was popular. NATO met; the North Atlantic Treaty Organization agreed.';
    const g = group(text, [
      ...tagAll(text, [['Islamic Revolution Guards Corps (IRGC)', 'ORG'], ['John F. Kennedy', 'PERSON'], ['NATO', 'ORG'], ['North Atlantic Treaty Organization', 'ORG']]),
      ...tagAll(text, [['IRGC', 'ORG'], ['JFK', 'PERSON']]).filter((e) => e.start > 45),
    ].sort((a, b) => a.start - b.start));
    assert.equal(g.actorOf('IRGC'), g.actorOf('Islamic Revolution Guards Corps (IRGC)'));
    assert.equal(g.actor(g.actorOf('IRGC'))?.name, 'Islamic Revolution Guards Corps');
    assert.equal(g.actorOf('JFK'), g.actorOf('John F. Kennedy'));
    assert.equal(g.actorOf('NATO'), g.actorOf('North Atlantic Treaty Organization'));
  });

  test('possessives and case variants: "Iran’s", "BAGHDAD", "the Netherlands"', () => {
    const text = 'BAGHDAD -- Iran’s army and Baghdad’s police met the Netherlands team. Iran said Baghdad and Holland agreed.';
    const ents: Entity[] = [
      { start: 0, end: 7, text: 'BAGHDAD', type: 'GPE' as const },
      { start: 11, end: 17, text: 'Iran’s', type: 'GPE' as const },
      ...tagAll(text, [['Baghdad', 'GPE'], ['the Netherlands', 'GPE'], ['Holland', 'GPE']]),
      ...tagAll(text, [['Iran', 'GPE']]).filter((e) => e.start > 20),
    ].sort((a, b) => a.start - b.start);
    const g = group(text, ents);
    assert.equal(g.actorOf('Iran’s'), g.actorOf('Iran'));
    assert.equal(g.actorOf('BAGHDAD'), g.actorOf('Baghdad'));
    assert.equal(g.actorOf('Baghdad', 1), g.actorOf('Baghdad'));
    assert.equal(g.actorOf('Holland'), 'gpe:netherlands');
    assert.equal(g.actorOf('the Netherlands'), 'gpe:netherlands');
  });

  test('US aliases are one actor; a demonym alone creates its country', () => {
    const text = 'The US, the U.S., the USA, the United States and America agree. American officials and British diplomats met in the UK and Britain.';
    const g = group(text, tagAll(text, [['US', 'GPE'], ['U.S.', 'GPE'], ['USA', 'GPE'], ['United States', 'GPE'], ['America', 'GPE'],
      ['American', 'NORP'], ['British', 'NORP'], ['UK', 'GPE'], ['Britain', 'GPE']]));
    const us = g.actor('gpe:united-states');
    assert.equal(us?.name, 'United States');
    assert.equal(us?.mentions, 6);
    assert.equal(g.actor('gpe:united-kingdom')?.mentions, 3);
    assert.equal(g.grouping.actors.length, 2);
  });

  test('a two-word surname alone is the person named in full before: "Wasserman Schultz", "Suu Kyi", "Peña Nieto"', () => {
    const text = 'Debbie Wasserman Schultz spoke. Wasserman Schultz said no. Aung San Suu Kyi was freed. Suu Kyi thanked them. ' +
      'Enrique Peña Nieto met Trump. Peña Nieto said little.';
    const g = group(text, tagAll(text, [['Debbie Wasserman Schultz', 'PERSON'], ['Wasserman Schultz', 'PERSON'], ['Aung San Suu Kyi', 'PERSON'],
      ['Suu Kyi', 'PERSON'], ['Enrique Peña Nieto', 'PERSON'], ['Trump', 'PERSON'], ['Peña Nieto', 'PERSON']]));
    assert.equal(g.actorOf('Wasserman Schultz'), g.actorOf('Debbie Wasserman Schultz'));
    assert.equal(g.actorOf('Suu Kyi'), g.actorOf('Aung San Suu Kyi'));
    assert.equal(g.actorOf('Peña Nieto'), g.actorOf('Enrique Peña Nieto'));
  });

  test('a compound ("U.S.-led", "Somali-born", "NATO-led", "Florida-based") is a mention of the actor it names', () => {
    const text = 'The U.S.-led coalition and Ethiopian-backed forces advanced. A Somali-born man fled Somalia. The NATO-led force ' +
      'stayed, NATO said. A Florida-based group sued Florida. The Hague-based court ruled.';
    const g = group(text, tagAll(text, [['U.S.-led', 'MISC'], ['Ethiopian-backed', 'MISC'], ['Somali-born', 'MISC'], ['Somalia', 'GPE'],
      ['NATO-led', 'MISC'], ['NATO', 'ORG'], ['Florida-based', 'MISC'], ['Florida', 'GPE'], ['Hague-based', 'MISC']]));
    assert.equal(g.actorOf('U.S.-led'), 'gpe:united-states');
    assert.equal(g.actorOf('Ethiopian-backed'), 'gpe:ethiopia');
    assert.equal(g.actorOf('Somali-born'), g.actorOf('Somalia'));
    // Placed after every other mention: the organisation stays an organisation, named by its own mention.
    assert.equal(g.actorOf('NATO-led'), 'org:nato');
    assert.equal(g.actor('org:nato')?.type, 'ORG');
    assert.equal(g.actorOf('Florida-based'), g.actorOf('Florida'));
    assert.equal(g.actor(g.actorOf('Hague-based'))?.name, 'Hague', 'with no such actor, one of its own under that name');
  });

  test('non-country groups stay NORP actors; transliterated organisation names join', () => {
    const text = 'Kurdish groups met. Hashd al-Sha’abi and Hashd al-Shaabi are the same. The Kurdish side agreed.';
    const g = group(text, tagAll(text, [['Kurdish', 'NORP'], ['Hashd al-Sha’abi', 'ORG'], ['Hashd al-Shaabi', 'ORG']]));
    assert.equal(g.actor(g.actorOf('Kurdish'))?.type, 'NORP');
    assert.equal(g.actor(g.actorOf('Kurdish'))?.mentions, 2);
    assert.equal(g.actorOf('Hashd al-Shaabi'), g.actorOf('Hashd al-Sha’abi'));
  });

  test('a company with and without its legal form is one actor ("Halvorsen Robotics Inc" / "Halvorsen Robotics")', () => {
    const text = 'Halvorsen Robotics Inc said it would cut jobs. Halvorsen Robotics said employees would get severance.';
    const g = group(text, tagAll(text, [['Halvorsen Robotics Inc', 'ORG'], ['Halvorsen Robotics', 'ORG']]));
    assert.equal(g.actorOf('Halvorsen Robotics'), g.actorOf('Halvorsen Robotics Inc'));
  });

  test('a company\'s first word alone is the company when the rest is a common tail ("Toyota" / "Toyota Motor")', () => {
    const text = 'Toyota Motor will buy chips from Denso. A Toyota spokesperson declined to comment.';
    const g = group(text, tagAll(text, [['Toyota Motor', 'ORG'], ['Toyota', 'ORG'], ['Denso', 'ORG']]));
    assert.equal(g.actorOf('Toyota'), g.actorOf('Toyota Motor'));
  });

  test('"the Fed" is the Federal Reserve named in full, as an alias no rule derives', () => {
    const text = 'Federal Reserve Chair Jerome Powell spoke. The Fed held rates steady.';
    const g = group(text, tagAll(text, [['Federal Reserve', 'ORG'], ['Fed', 'ORG'], ['Jerome Powell', 'PERSON']]));
    assert.equal(g.actorOf('Fed'), g.actorOf('Federal Reserve'));
  });

  test('an acronym is not a name that holds it as a word: "UN" is the United Nations, not "UN News"', () => {
    const text = 'UNITED NATIONS (UN News) - Aid agencies warned. The UN said famine was spreading.';
    const g = group(text, tagAll(text, [['UNITED NATIONS', 'ORG'], ['UN News', 'ORG'], ['UN', 'ORG']]));
    assert.equal(g.actorOf('UN'), g.actorOf('UNITED NATIONS'));
    assert.notEqual(g.actorOf('UN'), g.actorOf('UN News'));
  });
});

suite('actors: stances', () => {
  test('"anti-Iran" and "pro-Kremlin" stay entities but form no actor; Iran is still one', () => {
    const text = 'Iran warned the anti-Iran groups. Pro-Kremlin channels and Anti‑Iranian media agreed. Iran left.';
    const g = group(text, tagAll(text, [['Iran', 'GPE'], ['anti-Iran', 'MISC'], ['Pro-Kremlin', 'MISC'], ['Anti‑Iranian', 'MISC']]));
    for (const s of ['anti-Iran', 'Pro-Kremlin', 'Anti‑Iranian']) {
      assert.ok(g.grouping.entities.some((e) => e.text === s), s);
      assert.equal(g.actorOf(s), undefined, s);
    }
    assert.equal(g.actorOf('Iran', 1), g.actorOf('Iran'));
    assert.deepEqual(g.grouping.actors.map((a) => a.name), ['Iran']);
  });

  test('a name that merely begins with the letters is still an actor', () => {
    const text = 'Antigua and Prosper Ltd signed. Antigua agreed.';
    const g = group(text, tagAll(text, [['Antigua', 'GPE'], ['Prosper Ltd', 'ORG']]));
    assert.ok(g.actorOf('Antigua'));
    assert.ok(g.actorOf('Prosper Ltd'));
  });
});

suite('actors: names that are not ordinary strings', () => {
  test('"constructor", "__proto__", "toString" and "hasOwnProperty" are ordinary names', () => {
    const text = 'constructor met __proto__ and toString. hasOwnProperty agreed with constructor.';
    const g = group(text, tagAll(text, [['constructor', 'ORG'], ['__proto__', 'ORG'], ['toString', 'PERSON'], ['hasOwnProperty', 'PERSON']]));
    assert.equal(g.grouping.actors.length, 4);
    assert.equal(g.actor(g.actorOf('constructor'))?.mentions, 2);
    assert.equal(g.actor(g.actorOf('toString'))?.name, 'toString');
  });

  test('NFC and NFD spellings of "José Martí" are one actor; accents fold for matching', () => {
    const nfc = 'José Martí';
    const nfd = nfc.normalize('NFD');
    const text = `${nfc} wrote. ${nfd} also wrote. Marti was a poet.`;
    const g = group(text, tagAll(text, [[nfc, 'PERSON'], [nfd, 'PERSON'], ['Marti', 'PERSON']]));
    assert.equal(g.grouping.actors.length, 1);
    assert.equal(g.grouping.actors[0].mentions, 3);
    assert.equal(fold(nfd), 'jose marti');
  });

  test('fold of ASCII text: spaces, dots and apostrophes cleaned exactly when needed (fast path = regex path)', () => {
    assert.equal(fold('Hussein Amir-Abdollahian'), 'hussein amir-abdollahian');
    assert.equal(fold('U.N.'), 'un');
    assert.equal(fold("O'Neil"), 'oneil');
    assert.equal(fold('`Abd'), 'abd');
    assert.equal(fold(' Ali  Khamenei '), 'ali khamenei');
    assert.equal(fold('Ali\tKhamenei'), 'ali khamenei');
    assert.equal(fold('Ali\nKhamenei'), 'ali khamenei');
    // A lone vertical tab or form feed inside a name needs no cleanup, as in the regex (\s\s, ^\s, \s$, [\t\n\r]).
    assert.equal(fold('Ali\vKhamenei'), 'ali\vkhamenei');
    assert.equal(fold('Ali\v\fKhamenei'), 'ali khamenei');
    assert.equal(fold('Ali\f'), 'ali');
    assert.equal(fold('AT&T'), 'at&t');
  });

  test('Arabic-script names group by surname and letter variants (أ / ا, ى / ي)', () => {
    const text = 'قاسم الأعرجي قال. الأعرجي أضاف. قاسم الاعرجي غادر.';
    const g = group(text, tagAll(text, [['قاسم الأعرجي', 'PERSON'], ['الأعرجي', 'PERSON'], ['قاسم الاعرجي', 'PERSON']]));
    assert.equal(g.grouping.actors.length, 1);
    assert.equal(g.grouping.actors[0].mentions, 3);
    assert.ok(g.grouping.actors[0].id.startsWith('person:'));
  });
});

suite('actors: ids', () => {
  test('adding an unrelated actor earlier in the text does not change any id', () => {
    const a = 'Hussein Amir-Abdollahian met Qassim al-Araji in Baghdad.';
    const b = `Joe Biden spoke in Washington. ${a}`;
    const spec = [['Hussein Amir-Abdollahian', 'PERSON'], ['Qassim al-Araji', 'PERSON'], ['Baghdad', 'GPE'], ['Joe Biden', 'PERSON'], ['Washington', 'GPE']] as const;
    const ga = group(a, tagAll(a, spec));
    const gb = group(b, tagAll(b, spec));
    for (const s of ['Hussein Amir-Abdollahian', 'Qassim al-Araji', 'Baghdad']) assert.equal(gb.actorOf(s), ga.actorOf(s));
    assert.deepEqual(ga.grouping.actors.map((x) => x.id), ['person:hussein-amir-abdollahian', 'person:qassim-al-araji', 'gpe:baghdad']);
  });

  test('the same input gives the same output; entities keep their order', () => {
    const text = 'Iraq and Iran met. Iranian officials spoke.';
    const ents = tagAll(text, [['Iraq', 'GPE'], ['Iran', 'GPE'], ['Iranian', 'NORP']]).reverse();
    const g1 = group(text, ents);
    const g2 = group(text, ents);
    assert.deepEqual(g1.grouping.actors, g2.grouping.actors);
    assert.deepEqual(g1.grouping.entities.map((e) => e.text), ['Iranian', 'Iran', 'Iraq']);
  });
});

suite('actors: lexicons', () => {
  test('demonyms and aliases', () => {
    assert.equal(lookupCountry('Iranian')?.country.name, 'Iran');
    assert.equal(lookupCountry('Iraqis')?.country.name, 'Iraq');
    assert.equal(lookupCountry('U.S.')?.country.name, 'United States');
    assert.equal(lookupCountry('Britain’s')?.country.name, 'United Kingdom');
    assert.equal(lookupCountry('South Korean')?.country.name, 'South Korea');
    assert.equal(lookupCountry('Korean'), undefined);
    assert.equal(lookupCountry('Kurdish'), undefined);
    assert.equal(lookupCountry('constructor'), undefined);
  });

  test('transliteration equality is strict enough', () => {
    assert.ok(translitEqual('mohammed', 'muhammad', 4));
    assert.ok(translitEqual('hossein', 'hussein', 4));
    assert.ok(!translitEqual('maria', 'mario', 4));
    assert.ok(!translitEqual('dan', 'don', 4));
    assert.ok(!translitEqual('john', 'joan', 4));
    // Persian qaf, written q or gh: Qalibaf / Ghalibaf; a plain g stays apart (Gasim is no Qasim).
    assert.ok(translitEqual('ghalibaf', 'qalibaf', 4));
    assert.ok(translitEqual('qasem', 'ghasem', 4));
    assert.ok(!translitEqual('gasim', 'qasim', 4));
  });
});

suite('actors: odd inputs', () => {
  test('no entities, no claims, a claim without speaker span', () => {
    const g = group('Nothing here.', []);
    assert.deepEqual(g.grouping.actors, []);
    assert.deepEqual(g.grouping.entities, []);
    assert.equal(g.speakerOf('Nothing'), null);
  });

  test('unsorted, overlapping and off-token entities do not break grouping', () => {
    const text = 'Hussein Amir-Abdollahian met Iraqi officials in Baghdad.';
    const ents: Entity[] = [
      { start: 49, end: 56, text: 'Baghdad', type: 'GPE' },
      { start: 0, end: 24, text: 'Hussein Amir-Abdollahian', type: 'PERSON' },
      { start: 8, end: 24, text: 'Amir-Abdollahian', type: 'PERSON' },
      { start: 31, end: 36, text: 'aqi o', type: 'MISC' },
    ];
    const g = group(text, ents);
    assert.equal(g.grouping.entities.length, 4);
    assert.equal(g.grouping.entities[0].text, 'Baghdad');
    assert.equal(g.actorOf('Amir-Abdollahian'), g.actorOf('Hussein Amir-Abdollahian'));
    assert.equal(g.speakerOf('Hussein Amir-Abdollahian'), 'person:hussein-amir-abdollahian');
  });

  test('an empty or punctuation-only entity text is skipped, not an actor', () => {
    const text = 'A -- B';
    const g = group(text, [{ start: 2, end: 4, text: '--', type: 'ORG' }, { start: 0, end: 0, text: '', type: 'ORG' }]);
    assert.deepEqual(g.grouping.actors, []);
    assert.equal(g.grouping.entities[0].actor, undefined);
  });
});
