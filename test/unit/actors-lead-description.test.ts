// Wire copy's lead description ("The United Nations human rights chief has warned …") is the person the next
// sentence names, after a dateline too.
import * as assert from 'node:assert/strict';
import type { EntityType } from '../../src/core/types';
import { extractedSpeakers } from './actors-helpers';

const SPEC: readonly (readonly [string, EntityType])[] = [['GENEVA', 'GPE'], ['Al Jazeera', 'ORG'], ['United Nations', 'ORG'], ['Sudan', 'GPE'],
  ['Volker Turk', 'PERSON'], ['Human Rights Council', 'ORG'], ['Tuesday', 'DATE']];

suite('actors: a lead description named in the next sentence', () => {
  test('after a dateline, "The United Nations human rights chief has warned" is the person named next', () => {
    const text = 'GENEVA (Al Jazeera) — The United Nations human rights chief has warned that the situation in Sudan is catastrophic.\n\n' +
      'Volker Turk told the Human Rights Council on Tuesday that both sides had committed serious violations.';
    assert.equal(extractedSpeakers(text, SPEC).bySpeakerSpan('The United Nations human rights chief')?.speaker, 'person:volker-turk');
  });

  test('words before the description other than a dateline keep it from being a lead', () => {
    const text = 'In Geneva on Monday, the United Nations human rights chief has warned that the situation in Sudan is catastrophic.\n\n' +
      'Volker Turk told the Human Rights Council on Tuesday that both sides had committed serious violations.';
    assert.notEqual(extractedSpeakers(text, SPEC).bySpeakerSpan('the United Nations human rights chief')?.speaker, 'person:volker-turk');
  });

  test('a description that says its person goes unnamed ("speaking on condition of anonymity") is no lead', () => {
    const text = 'CAIRO (Reuters) - Talks stalled on Wednesday, two sources said.\n\nAn Egyptian official, speaking on condition of anonymity, ' +
      'said mediators were running out of ideas.\n\nHamas official Basem Naim said in a statement that the talks had failed.';
    const spec: readonly (readonly [string, EntityType])[] = [['CAIRO', 'GPE'], ['Reuters', 'ORG'], ['Wednesday', 'DATE'], ['Egyptian', 'NORP'],
      ['Hamas', 'ORG'], ['Basem Naim', 'PERSON']];
    const lead = extractedSpeakers(text, spec).bySpeakerSpan('An Egyptian official, speaking on condition of anonymity,');
    assert.ok(lead, 'a claim by the Egyptian official');
    assert.equal(lead.speaker, null);
  });

  test('a headline\'s bare title label ("Leader: …") is the person the story\'s first sentence names, after its dateline', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['TEHRAN', 'GPE'], ['Dispatches', 'ORG'], ['Islamic Revolution', 'ORG'],
      ['Seyyed Ali Khamenei', 'PERSON'], ['Muslims', 'NORP']];
    const text = 'Leader: Enemies Seeking to Create Rift Among Muslims\nTEHRAN (Dispatches) -- Leader of the Islamic Revolution Ayatollah ' +
      'Seyyed Ali Khamenei says enemies are seeking to sow discord among Muslims.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('Leader')?.speaker, 'person:seyyed-ali-khamenei');
  });

  test('a headline drops its article: "UN chief urges …" is the person the next sentence names, also in a live blog entry', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['UN', 'ORG'], ['Gaza', 'GPE'], ['GENEVA', 'GPE'], ['Reuters', 'ORG'],
      ['United Nations', 'ORG'], ['Antonio Guterres', 'PERSON'], ['Monday', 'DATE'], ['NATO', 'ORG'], ['Mark Rutte', 'PERSON'], ['Ukraine', 'GPE']];
    const head = 'UN chief urges Gaza ceasefire\nGENEVA (Reuters) - United Nations Secretary-General Antonio Guterres on Monday urged an ' +
      'immediate ceasefire in Gaza.';
    assert.equal(extractedSpeakers(head, spec).bySpeakerSpan('UN chief')?.speaker, 'person:antonio-guterres');
    const live = 'Ukraine live\n\n13:40 GMT – NATO chief urges allies to send more air defence\n\nNATO Secretary-General Mark Rutte has urged ' +
      'member states to deliver more systems to Ukraine.';
    assert.equal(extractedSpeakers(live, spec).bySpeakerSpan('NATO chief')?.speaker, 'person:mark-rutte');
    // A sentence of the body keeps its article rule: "UN chief urges …." ending with a full stop is no headline.
    const body = 'A story began. UN chief urges a ceasefire.\nUnited Nations Secretary-General Antonio Guterres urged it on Monday.';
    assert.notEqual(extractedSpeakers(body, spec).bySpeakerSpan('UN chief')?.speaker, 'person:antonio-guterres');
  });

  test('in a headline the description may follow its quote: "\'We are not afraid,\' says Venezuela\'s foreign minister"', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Venezuela', 'GPE'], ['Venezuelan', 'NORP'], ['Yvan Gil', 'PERSON'],
      ['Al Jazeera', 'ORG'], ['Washington', 'GPE']];
    const text = "'We are not afraid of sanctions,' says Venezuela's foreign minister\nIn an interview with Al Jazeera, Venezuelan " +
      'Foreign Minister Yvan Gil discussed relations with Washington.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan("Venezuela's foreign minister")?.speaker, 'person:yvan-gil');
  });

  test('"… Sheikh Naim Qassem made the remarks": the lead is the person the next sentence names as its maker; later "The Hezbollah chief" too', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Lebanon', 'GPE'], ['Hezbollah', 'ORG'], ['Naim Qassem', 'PERSON'],
      ['Qassem', 'PERSON'], ['Friday', 'DATE']];
    const text = 'The secretary general of Lebanon’s Hezbollah says the group will not lay down its arms.\n\nSheikh Naim Qassem made ' +
      'the remarks in a televised speech on Friday.\n\n“We will not give in,” Qassem said.\n\nThe Hezbollah chief said the army and the ' +
      'resistance complement each other.';
    const r = extractedSpeakers(text, spec);
    assert.equal(r.bySpeakerSpan('The secretary general of Lebanon’s Hezbollah')?.speaker, 'person:naim-qassem');
    assert.equal(r.bySpeakerSpan('The Hezbollah chief')?.speaker, 'person:naim-qassem');
    // Someone named next who did not make the remarks is not the lead.
    const other = text.replace('made the remarks in a televised speech', 'was not at the speech');
    assert.notEqual(extractedSpeakers(other, spec).bySpeakerSpan('The secretary general of Lebanon’s Hezbollah')?.speaker, 'person:naim-qassem');
  });

  test('"Iran’s FM: …" in a headline is the foreign minister the story\'s first sentence names', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Iran', 'GPE'], ['TEHRAN', 'GPE'], ['ISNA', 'ORG'], ['Abbas Araghchi', 'PERSON']];
    const text = 'Iran’s FM: Tehran ready for fair deal on nuclear program\nTEHRAN (ISNA) – Iranian Foreign Minister Abbas Araghchi said on ' +
      'Saturday that Tehran is ready to reach a fair agreement.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('Iran’s FM')?.speaker, 'person:abbas-araghchi');
  });

  test('"…, the Navy commander announced on Monday. ¶ Rear Admiral X made the remarks …": the admiral, not the Navy', () => {
    const text = 'TEHRAN (MNA) – Iran\'s Navy will send a destroyer to the Red Sea within weeks, the Navy commander announced on Monday.\n\n' +
      'Rear Admiral Shahram Irani-Zadeh made the remarks in a meeting with naval cadets in Bandar Abbas. He said the ship was ready.';
    const r = extractedSpeakers(text, [['Iran', 'GPE'], ['Navy', 'ORG'], ['Red Sea', 'LOC'], ['Shahram Irani-Zadeh', 'PERSON'], ['Bandar Abbas', 'GPE']]);
    assert.equal(r.bySpeakerSpan('the Navy commander')?.speaker, 'person:shahram-irani-zadeh');
  });

  test('"…the National Transport Commission (NTC) said … An NTC official said … ¶ Opposition Leader X charged …": not X', () => {
    const text = 'Bus fares\n\nOperators want higher fares. However, the National Transport Commission (NTC) said any revision had to wait. ' +
      'An NTC official said the commission would meet operators on Friday.\n\nOpposition Leader Sajith Premadasa charged that the Government had lied.';
    const spec: readonly (readonly [string, EntityType])[] = [['National Transport Commission', 'ORG'], ['NTC', 'ORG'], ['Sajith Premadasa', 'PERSON']];
    const r = extractedSpeakers(text, spec);
    assert.notEqual(r.bySpeakerSpan('An NTC official')?.speaker, 'person:sajith-premadasa');
    assert.equal(r.bySpeakerSpan('Opposition Leader Sajith Premadasa')?.speaker, 'person:sajith-premadasa');
  });

  test('a headline\'s bare title is the person the lead opens with, even with no claim there ("…, says minister", "Egypt\'s PM …, says …")', () => {
    const minister = extractedSpeakers('Riyadh targets 50 AI-enabled hospitals by 2030, says minister\n\nRIYADH: Saudi Health Minister Fahad ' +
      'Al-Jalajel said on Monday the Kingdom aims to have 50 hospitals using AI.', [['Riyadh', 'GPE'], ['Saudi', 'NORP'], ['Fahad Al-Jalajel', 'PERSON']]);
    assert.equal(minister.bySpeakerSpan('minister')?.speaker, 'person:fahad-al-jalajel');
    const pm = extractedSpeakers('Egypt\'s PM inaugurates new plant in Alamein, says water security \'a national priority\'\n\nCAIRO - Egyptian Prime ' +
      'Minister Mostafa Madbouly on Sunday inaugurated a desalination plant.', [['Egypt', 'GPE'], ['Alamein', 'GPE'], ['CAIRO', 'GPE'],
      ['Egyptian', 'NORP'], ['Mostafa Madbouly', 'PERSON']]);
    assert.equal(pm.bySpeakerSpan('Egypt\'s PM')?.speaker, 'person:mostafa-madbouly');
  });
});
