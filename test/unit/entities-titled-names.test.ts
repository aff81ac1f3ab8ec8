// "Iraqi National Security Adviser Qassim al-Araji" tagged as one organisation: the office is a title before a person.
import * as assert from 'node:assert/strict';
import type { Span } from '../../src/core/entities/names';
import { joinPartyQualifiers } from '../../src/core/entities/names';
import { abbreviatedTitles, honorificsOutOfOrgs, personsAfterTitles, titledNamesInOrgs } from '../../src/core/entities/titledNames';
import { namesAfterPortfolios } from '../../src/core/entities/portfolioTitles';
import { joinParticleNames } from '../../src/core/entities/particleNames';
import { tagEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

const shown = (words: readonly string[], spans: readonly Span[]): string[] => spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);
const place = (w: string): boolean => ['Orange', 'Baghdad', 'U.N.'].includes(w);
const nationality = (w: string): boolean => w === 'Iraqi';
const orgWord = (w: string): boolean => ['Assembly', 'Centers', 'Council'].includes(w);
const split = (sentence: string): string[] => {
  const words = sentence.split(' ');
  return shown(words, titledNamesInOrgs(words, [{ start: 0, end: words.length, type: 'ORG' }], place, nationality, orgWord));
};

suite('entities: an office and a name read as one organisation', () => {
  test('the nationality or place stays, the office goes, the name is a person', () => {
    assert.deepEqual(split('Iraqi National Security Adviser Qassim al-Araji'), ['Iraqi/NORP', 'Qassim al-Araji/PERSON']);
    assert.deepEqual(split('Orange County Mayor Teresa Jacobs'), ['Orange County/GPE', 'Teresa Jacobs/PERSON']);
    assert.deepEqual(split('National Security Advisor Condoleezza Rice'), ['Condoleezza Rice/PERSON']);
  });

  test('an office may open the span: "Chancellor Rachel Reeves" is the person; "General Electric Co" stays an organisation', () => {
    assert.deepEqual(split('Chancellor Rachel Reeves'), ['Rachel Reeves/PERSON']);
    assert.deepEqual(split('Governor Kathy Hochul'), ['Kathy Hochul/PERSON']);
    assert.deepEqual(split('General Electric Company'), ['General Electric Company/ORG']);
    assert.deepEqual(split('Mayor Adams'), ['Mayor Adams/ORG']); // one name word: left to the other rules
  });

  test('an organisation whose name holds an office word stays whole', () => {
    assert.deepEqual(split('U.N. General Assembly'), ['U.N. General Assembly/ORG']);
    assert.deepEqual(split('Supreme Council Director'), ['Supreme Council Director/ORG']);
    assert.deepEqual(split('National Security Council'), ['National Security Council/ORG']);
  });

  test('in the whole pipeline, al-Araji is a person, named in full and alone', () => {
    const text = 'Iraqi National Security Adviser Qassim al-Araji said Baghdad would act. Al-Araji made the comments on Monday.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}`);
    assert.ok(found.includes('Qassim al-Araji/PERSON'), found.join(' | '));
    assert.ok(found.includes('Al-Araji/PERSON'), found.join(' | '));
    assert.ok(!found.some((e) => e.startsWith('Iraqi National')), found.join(' | '));
  });

  test('an unfamiliar name right after an office word, tagged as an organisation, is a person; an organisation stays', () => {
    const words = 'External Affairs Ministry spokesperson Randhir Jaiswal said the minister Foreign Council met'.split(' ');
    const spans: Span[] = [{ start: 0, end: 3, type: 'ORG' }, { start: 4, end: 6, type: 'ORG' }, { start: 9, end: 11, type: 'ORG' }];
    personsAfterTitles(words, spans, orgWord);
    assert.deepEqual(shown(words, spans), ['External Affairs Ministry/ORG', 'Randhir Jaiswal/PERSON', 'Foreign Council/ORG']);
  });

  test('after a lower-case "leader" or "cleric" too: "Sadrist movement leader Muqtada al-Sadr"', () => {
    const words = 'Sadrist movement leader Muqtada al-Sadr met the cleric Ammar al-Hakim'.split(' ');
    const spans: Span[] = [{ start: 0, end: 1, type: 'MISC' }, { start: 3, end: 5, type: 'ORG' }, { start: 8, end: 10, type: 'ORG' }];
    personsAfterTitles(words, spans, orgWord);
    assert.deepEqual(shown(words, spans), ['Sadrist/MISC', 'Muqtada al-Sadr/PERSON', 'Ammar al-Hakim/PERSON']);
  });

  test('after a local role too ("Local corporator Meenal Deshpande"), and a councillor or constable may open the span', () => {
    const words = 'Local corporator Meenal Deshpande met activist Nandini Rao and transport expert Vu Anh Tuan'.split(' ');
    const spans: Span[] = [{ start: 2, end: 4, type: 'ORG' }, { start: 6, end: 8, type: 'ORG' }, { start: 11, end: 14, type: 'ORG' }];
    personsAfterTitles(words, spans, orgWord);
    assert.deepEqual(shown(words, spans), ['Meenal Deshpande/PERSON', 'Nandini Rao/PERSON', 'Vu Anh Tuan/PERSON']);
    assert.deepEqual(split('Councillor Meenal Deshpande'), ['Meenal Deshpande/PERSON']);
    assert.deepEqual(split('Constable Vilas Kadam'), ['Vilas Kadam/PERSON']);
  });

  test('city-hall and school-board offices: "Superintendent Gloria Vance", "Clark County Sheriff Joe Lombardo"', () => {
    assert.deepEqual(split('Superintendent Gloria Vance'), ['Gloria Vance/PERSON']);
    assert.deepEqual(split('Trustee Helen Marsh'), ['Helen Marsh/PERSON']);
    assert.deepEqual(split('Orange County Sheriff Joe Lombardo'), ['Orange County/GPE', 'Joe Lombardo/PERSON']);
    assert.deepEqual(split('Glasgow Sheriff Council'), ['Glasgow Sheriff Council/ORG']); // an organisation word after it
  });

  test('"PM Modi" tagged as one organisation is the person without the title; "the PM" alone is no entity', () => {
    const words = 'PM Modi slams rivals ; they hit out at the PM ; PM Council met'.split(' ');
    const spans: Span[] = [{ start: 0, end: 2, type: 'ORG' }, { start: 10, end: 11, type: 'ORG' }, { start: 12, end: 14, type: 'ORG' }];
    assert.deepEqual(shown(words, abbreviatedTitles(words, spans, orgWord)), ['Modi/PERSON', 'PM Council/ORG']);
  });
  test('"Minister of Oil Hayan Abdul-Ghani": the portfolio is no entity, the name after it is a person', () => {
    const words = 'Minister of Oil Hayan Abdul-Ghani met Minister of Electricity Ziad Ali Fadel and the Minister of Oil said the Ministry of Oil Council met'.split(' ');
    const spans: Span[] = [{ start: 2, end: 5, type: 'ORG' }, { start: 8, end: 10, type: 'ORG' }, { start: 10, end: 12, type: 'PERSON' },
      { start: 16, end: 17, type: 'LOC' }, { start: 21, end: 23, type: 'ORG' }];
    assert.deepEqual(shown(words, namesAfterPortfolios(words, spans, orgWord)),
      ['Hayan Abdul-Ghani/PERSON', 'Ziad Ali Fadel/PERSON', 'Oil Council/ORG']);
  });

  test('"Minister for Information Attaullah Tarar", "Minister of State for National Development Ong Wei Liang": the name after the portfolio is the person', () => {
    const words = 'Minister for Information Attaullah Tarar met Minister of State for National Development Ong Wei Liang ; the Minister for Information said'.split(' ');
    const spans: Span[] = [{ start: 2, end: 5, type: 'ORG' }, { start: 8, end: 15, type: 'ORG' }, { start: 19, end: 20, type: 'ORG' }];
    assert.deepEqual(shown(words, namesAfterPortfolios(words, spans, orgWord)), ['Attaullah Tarar/PERSON', 'Ong Wei Liang/PERSON']);
    const india = 'Minister for Women and Child Development Veena George said'.split(' ');
    assert.deepEqual(shown(india, namesAfterPortfolios(india, [{ start: 4, end: 8, type: 'ORG' }], orgWord)), ['Veena George/PERSON']);
  });

  test('portfolios in a list or begun inside the span, and "<office> of <portfolio> of <country>": the name after them is the person', () => {
    const words = ('Minister for Planning , Development and Special Initiatives Ahsan Iqbal met Minister of Roads and Urban Development ' +
      'Farzaneh Sadegh and Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov').split(' ');
    const spans: Span[] = [{ start: 2, end: 10, type: 'ORG' }, { start: 15, end: 19, type: 'ORG' }, { start: 25, end: 28, type: 'ORG' }];
    const uzbekistan = (w: string): boolean => w === 'Uzbekistan';
    assert.deepEqual(shown(words, namesAfterPortfolios(words, spans, orgWord, uzbekistan)),
      ['Ahsan Iqbal/PERSON', 'Farzaneh Sadegh/PERSON', 'Uzbekistan/GPE', 'Bakhtiyor Saidov/PERSON']);
  });

  test('an "of" inside the portfolio, "<portfolio> of <country>" in one span, a junior minister\'s portfolio (session 39)', () => {
    const words = ('Minister for Development of Communities and Territories Oleksii Kuleba met Deputy Minister of Infrastructure of ' +
      'Poland Pawel Kowalski and Minister of State for Farm Safety Pádraig Ó Cuív').split(' ');
    const spans: Span[] = [{ start: 2, end: 5, type: 'ORG' }, { start: 6, end: 9, type: 'PERSON' }, { start: 13, end: 18, type: 'ORG' },
      { start: 21, end: 28, type: 'ORG' }];
    const poland = (w: string): boolean => w === 'Poland';
    assert.deepEqual(shown(words, namesAfterPortfolios(words, spans, orgWord, poland)),
      ['Oleksii Kuleba/PERSON', 'Poland/GPE', 'Pawel Kowalski/PERSON', 'Pádraig Ó Cuív/PERSON']);
    const barbados = 'Minister of Transport , Works and Water Resources Santia Bradshaw spoke'.split(' ');
    assert.deepEqual(shown(barbados, namesAfterPortfolios(barbados, [{ start: 4, end: 10, type: 'ORG' }], orgWord)),
      ['Santia Bradshaw/PERSON']);
  });

  test('a given name and surnames split at a particle are one person: "Rui dos Santos Pimentel"', () => {
    const words = 'Rui dos Santos Pimentel met Ana de Souza and the mayor of Rio'.split(' ');
    const spans: Span[] = [{ start: 0, end: 1, type: 'PERSON' }, { start: 2, end: 4, type: 'PERSON' }, { start: 5, end: 6, type: 'PERSON' },
      { start: 7, end: 8, type: 'PERSON' }, { start: 12, end: 13, type: 'GPE' }];
    assert.deepEqual(shown(words, joinParticleNames(words, spans)), ['Rui dos Santos Pimentel/PERSON', 'Ana de Souza/PERSON', 'Rio/GPE']);
  });

  test('"The Presidency said" is an organisation; the office sought ("the race for the Presidency") is none', () => {
    const text = 'The Presidency, however, defended the reshuffle. She should get out of this race for the Presidency.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}@${e.start}`);
    assert.deepEqual(found.filter((e) => e.startsWith('Presidency')), ['Presidency/ORG@4']);
  });

  test('in the whole pipeline, "MEP Sanne de Vries" and "Minister for Digital Transformation Petra Horák" are people', () => {
    const text = 'Dutch liberal MEP Sanne de Vries said the plan was late. Minister for Digital Transformation Petra Horák agreed.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}`);
    assert.ok(found.includes('Sanne de Vries/PERSON'), found.join(' | '));
    assert.ok(found.includes('Petra Horák/PERSON'), found.join(' | '));
  });

  test('in the whole pipeline, "Iraq’s Minister of Electricity Ziad Ali Fadel" is one person and Iraq a place', () => {
    const text = 'Paknejad met Iraq’s Minister of Electricity Ziad Ali Fadel in Tehran. Fadel said the talks went well.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}`);
    assert.ok(found.includes('Ziad Ali Fadel/PERSON'), found.join(' | '));
    assert.ok(found.includes('Iraq/GPE'), found.join(' | '));
    assert.ok(!found.some((e) => e.startsWith('Electricity')), found.join(' | '));
  });

  test('a cleric\'s honorifics that end an organisation span belong to the person after them', () => {
    const words = 'Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei said ; the Sheikh Zayed Foundation met'.split(' ');
    const spans: Span[] = [{ start: 3, end: 6, type: 'ORG' }, { start: 7, end: 9, type: 'PERSON' }, { start: 12, end: 15, type: 'ORG' }];
    assert.deepEqual(shown(words, honorificsOutOfOrgs(words, spans)), ['Islamic Revolution/ORG', 'Ayatollah Seyyed Ali Khamenei/PERSON',
      'Sheikh Zayed Foundation/ORG']);
  });

  test('"(MHP) Chairperson Devlet Bahçeli", tagged as one organisation: the chairperson is a person', () => {
    const text = 'Nationalist Movement Party (MHP) Chairperson Devlet Bahçeli said the plan was wrong.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}`);
    assert.ok(found.includes('Devlet Bahçeli/PERSON'), found.join(' | '));
    assert.ok(!found.some((e) => e.startsWith('Chairperson')), found.join(' | '));
  });

  test('a performer\'s trade before a name is a title ("Drummer Callum Baird", "Saxophonist …"), not an organisation\'s first word', () => {
    const words = 'Drummer Callum Baird and Saxophonist Nia Obi said'.split(' ');
    const spans: Span[] = [{ start: 0, end: 3, type: 'ORG' }, { start: 4, end: 7, type: 'ORG' }];
    assert.deepEqual(shown(words, titledNamesInOrgs(words, spans, place, nationality, orgWord)), ['Callum Baird/PERSON', 'Nia Obi/PERSON']);
  });

  test('"Liberal | Democrat" joined when the tagger leaves the qualifier out; Welsh "Rhun ap Iorwerth" one person', () => {
    const words = 'Liberal Democrat leader Ed Davey met Rhun ap Iorwerth and Rhodri ap Gwilym'.split(' ');
    const parties: Span[] = [{ start: 1, end: 2, type: 'NORP' }, { start: 3, end: 5, type: 'PERSON' }];
    joinPartyQualifiers(words, parties);
    assert.deepEqual(shown(words, parties), ['Liberal Democrat/NORP', 'Ed Davey/PERSON']);
    const welsh: Span[] = [{ start: 6, end: 7, type: 'ORG' }, { start: 8, end: 9, type: 'ORG' }, { start: 10, end: 11, type: 'PERSON' },
      { start: 12, end: 13, type: 'ORG' }];
    assert.deepEqual(shown(words, joinParticleNames(words, welsh)), ['Rhun ap Iorwerth/PERSON', 'Rhodri ap Gwilym/PERSON']);
    const persian = 'Ambassador Mohammad Kazem Al-e Sadegh said'.split(' ');
    assert.deepEqual(shown(persian, joinParticleNames(persian, [{ start: 1, end: 3, type: 'PERSON' }, { start: 4, end: 5, type: 'PERSON' }])),
      ['Mohammad Kazem Al-e Sadegh/PERSON']);
  });
});
