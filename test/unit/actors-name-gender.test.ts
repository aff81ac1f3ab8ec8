// The first-name gender prior for speaker pronouns (models/name-genders.json, src/core/actors/nameGender.ts) and
// the evidence its builder reads from news (scripts/build-name-genders.ts).
import * as assert from 'node:assert/strict';
import { genderOfFirstName } from '../../src/core/actors/nameGender';
import TABLE from '../../models/name-genders.json';
import { documentEvidence } from '../../scripts/build-name-genders';
import { extractedSpeakers, group, tagAll } from './actors-helpers';

suite('actors: first-name gender prior', () => {
  test('the first word of a name of two or more words, after its titles, or a one-word name the table lists', () => {
    assert.equal(genderOfFirstName('Rep. Steve Israel'), 'm');
    assert.equal(genderOfFirstName('Hillary Clinton'), 'f');
    assert.equal(genderOfFirstName('Rep. Israel'), undefined, 'after a title, one word is a surname');
    assert.equal(genderOfFirstName('Melanie'), 'f');
    assert.equal(genderOfFirstName('Zzyzx Quorn'), undefined);
  });

  test('names the derived table reads wrongly are corrected: "Andrei Kartapolov … he said" is Kartapolov', () => {
    assert.equal(genderOfFirstName('Andrei Kartapolov'), 'm');
    assert.deepEqual(['Philippe Barboza', 'Claude Juncker', 'Olha Stefanyshyna'].map(genderOfFirstName), ['m', undefined, 'f']);
    assert.equal(genderOfFirstName('Nana Akufo-Addo'), undefined, 'a name used by both');
    assert.equal(genderOfFirstName('Rana Shahbaz Ahmad'), undefined, 'a Punjabi man\'s name as much as an Arab woman\'s');
    assert.equal(genderOfFirstName('Jean Fajardo'), undefined, 'a Frenchman\'s name, an English-speaking or Filipina woman\'s');
    assert.equal(genderOfFirstName('Jean-Pierre Raffarin'), 'm');
    const text = 'Belgorod Governor Vyacheslav Gladkov wrote on Telegram that the reports were fake. Andrei Kartapolov told ' +
      'reporters that the army had enough volunteers. "Our contract soldiers are doing their job," he said.';
    const claims = extractedSpeakers(text, [['Vyacheslav Gladkov', 'PERSON'], ['Andrei Kartapolov', 'PERSON'], ['Belgorod', 'GPE']]);
    assert.equal(claims.bySpeakerSpan('he')?.speaker, 'person:andrei-kartapolov');
  });

  test('a woman named by her first name only is no "he": "“I love you,” he said" after "Melanie said" is Trump', () => {
    const text = 'Donald Trump spoke on the television. Melanie said yes, yes, yes, until Trump reached the end. “I love you,” he said.';
    const claims = extractedSpeakers(text, [['Donald Trump', 'PERSON'], ['Melanie', 'PERSON'], ['Trump', 'PERSON']]);
    assert.equal(claims.bySpeakerSpan('he')?.speaker, 'person:donald-trump');
  });

  test('the table is sorted in UTF-16 order and no name is both (nameGender.ts searches it by halves)', () => {
    for (const list of [TABLE.m, TABLE.f]) for (let i = 1; i < list.length; i++) assert.ok(list[i - 1] < list[i], list[i]);
    const male = new Set(TABLE.m);
    assert.deepEqual(TABLE.f.filter((n) => male.has(n)), []);
  });

  test('"She" skips a more recent man the article gives no gender ("Steve Israel") for a woman named before', () => {
    const text = 'Jane Walker arrived with the team. Steve Israel spoke first. She said the plan was fine.';
    const g = group(text, tagAll(text, [['Jane Walker', 'PERSON'], ['Steve Israel', 'PERSON']]));
    assert.equal(g.speakerOf('She'), 'person:jane-walker');
  });

  test('the article\'s clear evidence beats the first name: two "she" after "Steve Walker", or "Ms. Walker"', () => {
    const text = 'Steve Walker said she would run. Steve Walker said she was ready. Paul Smith welcomed the news. She said it was time.';
    const g = group(text, tagAll(text, [['Steve Walker', 'PERSON'], ['Paul Smith', 'PERSON']]));
    assert.equal(g.speakerOf('She', 'news.'), 'person:steve-walker');
    const titled = 'Ms. Steve Walker would run. Paul Smith welcomed the news. She said it was time.';
    const t = group(titled, tagAll(titled, [['Steve Walker', 'PERSON'], ['Paul Smith', 'PERSON']]));
    assert.equal(t.speakerOf('She', 'news.'), 'person:steve-walker');
  });

  test('one pronoun after a name does not beat the first name: "under Warren’s grilling he" is the other man\'s "he"', () => {
    const text = 'Sen. Elizabeth Warren grilled John Stumpf. “You should resign,” Warren told Stumpf, after he admitted under ' +
      'Warren’s grilling he had not been held accountable. “This just isn’t right,” Warren said. “You squeezed employees,” she said.';
    const claims = extractedSpeakers(text, [['Elizabeth Warren', 'PERSON'], ['John Stumpf', 'PERSON'], ['Warren', 'PERSON'], ['Stumpf', 'PERSON']]);
    assert.equal(claims.bySpeakerSpan('she')?.speaker, 'person:elizabeth-warren');
  });

  test('an object "him" after a name is someone else: "McCaskill scolded him" gives her no male vote', () => {
    const text = 'Dr. Mehmet Oz spoke. Sen. Claire McCaskill scolded him. Claire McCaskill told him to stop. “You are wrong,” she said.';
    const claims = extractedSpeakers(text, [['Mehmet Oz', 'PERSON'], ['Claire McCaskill', 'PERSON']]);
    assert.equal(claims.bySpeakerSpan('she')?.speaker, 'person:claire-mccaskill');
  });

  test('the pronoun after an object is often the subject\'s: "Ayotte tangled with Trump, saying she …" gives Trump no vote', () => {
    const text = 'Kelly Ayotte tangled with Donald Trump, saying she was appalled. Ayotte met Trump and she left. ' +
      'Trump called her weak. “She is weak,” he said.';
    const claims = extractedSpeakers(text, [['Kelly Ayotte', 'PERSON'], ['Donald Trump', 'PERSON'], ['Ayotte', 'PERSON'], ['Trump', 'PERSON']]);
    assert.equal(claims.bySpeakerSpan('he')?.speaker, 'person:donald-trump');
  });

  test('mixed, narrow evidence does not beat the first name: two "she" and one "he" near Barack Obama leave him a man', () => {
    const text = 'Barack Obama said she would run. Jane Roe waved. Barack Obama said she was ready. Barack Obama said he agreed. ' +
      'She said it was time.';
    const g = group(text, tagAll(text, [['Barack Obama', 'PERSON'], ['Jane Roe', 'PERSON']]));
    assert.equal(g.speakerOf('She', 'agreed.'), 'person:jane-roe');
  });

  test('a pronoun inside a quote is about someone else: "Axelrod said, “she started …”" gives Axelrod no gender', () => {
    const text = 'Instead, Axelrod said, “she started as such a prohibitive favorite.” Axelrod said the quiet race helped Clinton, ' +
      'who does not need to prove herself as Obama did eight years ago. “She has nothing to prove,” he said.';
    const claims = extractedSpeakers(text, [['Axelrod', 'PERSON'], ['Clinton', 'PERSON'], ['Obama', 'PERSON']]);
    assert.equal(claims.bySpeakerSpan('he')?.speaker, 'person:axelrod');
  });

  test('a name inside a quote gets no gender from the pronoun after it: that is the speaker ("“… Kasich is wrong,” she said")', () => {
    const text = 'Jane Roe spoke in Ohio. “Kasich is wrong,” she said. “Kasich is wrong again,” she said. Kasich said he disagreed.';
    const g = group(text, tagAll(text, [['Jane Roe', 'PERSON'], ['Kasich', 'PERSON']]));
    assert.equal(g.speakerOf('he', 'Kasich said '), 'person:kasich');
  });
});

suite('scripts: first-name gender evidence in a document', () => {
  test('an honorific and the pronoun of a sentence the name opens count; a pronoun after another person does not', () => {
    const ev = documentEvidence('Mr. Zed Quorn arrived in Paris on Monday. Zed Quorn said he would stay.\n' +
      'Alia Brandt thanked John Smith for his help.');
    assert.deepEqual(ev.get('Zed'), { m: 4, f: 0 });
    assert.equal(ev.get('Alia'), undefined);
    assert.equal(ev.get('John'), undefined, 'John Smith does not open the sentence');
  });
});

suite('actors: an honorific before a shared surname, when the article gives no gender', () => {
  test('"Mrs. Clinton" is Hillary Clinton and "Mr. Clinton" Bill Clinton by their first names', () => {
    const text = 'Bill Clinton spoke first. Hillary Clinton spoke next. Mrs. Clinton thanked the crowd. Mr. Clinton waved.';
    const g = group(text, tagAll(text, [['Bill Clinton', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Clinton', 'PERSON']]));
    assert.equal(g.actorOf('Clinton', 0), 'person:hillary-clinton');
    assert.equal(g.actorOf('Clinton', 1), 'person:bill-clinton');
  });
});

suite('actors: compound given names', () => {
  test('"Yves-François", "Jean-Pierre" are men, "Marie-Claire" a woman; "Al-Hakim" alone says nothing', () => {
    assert.equal(genderOfFirstName('Yves-François Gagnon'), 'm');
    assert.equal(genderOfFirstName('Jean-Pierre Dubois'), 'm');
    assert.equal(genderOfFirstName('Marie-Claire Roy'), 'f');
    assert.equal(genderOfFirstName('Al-Hakim'), undefined);
  });
});
