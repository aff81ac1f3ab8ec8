// Speakers in Middle East wire copy: Arabic and Persian first names give "she"/"he" their person, an indefinite
// commander is one unnamed member, and "the spokesman" is the spokesman who spoke last.
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import { extractedSpeakers } from './actors-helpers';
import { tagEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { genderOfFirstName } from '../../src/core/actors/nameGender';

suite('actors: Middle East wire copy', () => {
  test('Arabic, Persian and Turkish first names the table lacks have a gender; "Hanan" has none', () => {
    assert.equal(genderOfFirstName('Zainab Hassan'), 'f');
    assert.equal(genderOfFirstName('Hisham al-Tamimi'), 'm');
    assert.equal(genderOfFirstName('Masrour Barzani'), 'm');
    assert.equal(genderOfFirstName('Hanan al-Fatlawi'), undefined);
  });

  test('"she" after a woman with an Arabic name goes past the man named after her', () => {
    const text = 'According to Iraqi lawmaker Zainab al-Fatlawi, more than 100 MPs have signed a petition. Analyst Hisham al-Tamimi ' +
      'agreed with the assessment. "The government must act now," she told reporters in Baghdad.';
    const r = extractedSpeakers(text, [['Zainab al-Fatlawi', 'PERSON'], ['Hisham al-Tamimi', 'PERSON'], ['Baghdad', 'GPE']]);
    assert.equal(r.bySpeakerSpan('she')?.speaker, 'person:zainab-al-fatlawi');
  });

  test('"A senior commander of Iraq\'s Popular Mobilization Units has condemned …": one unnamed member, not the group', () => {
    const text = 'A senior commander of Iraq\'s Popular Mobilization Units (PMU) has condemned the latest US airstrikes on the group\'s positions.';
    const r = extractedSpeakers(text, [['Iraq', 'GPE'], ['Popular Mobilization Units', 'ORG'], ['PMU', 'ORG'], ['US', 'GPE']]);
    assert.equal(r.byCue('has condemned')?.speaker, null);
  });

  test('"the spokesman" is the spokesman of the sentence before, not one named earlier', () => {
    const text = 'Iraqi government spokesman Basim al-Awadi condemned the attack. Al-Awadi said an investigation had been ordered.\n\n' +
      'Iran\'s Foreign Ministry spokesman condemned the US aggression. In a statement, the spokesman said the Islamic Republic stands by the Iraqi government.';
    const r = extractedSpeakers(text, [['Basim al-Awadi', 'PERSON'], ['Al-Awadi', 'PERSON'], ['Iran', 'GPE'], ['Foreign Ministry', 'ORG'], ['US', 'GPE'],
      ['Islamic Republic', 'GPE']]);
    assert.notEqual(r.bySpeakerSpan('the spokesman')?.speaker, 'person:basim-al-awadi');
    assert.equal(r.bySpeakerSpan('the spokesman')?.speaker, r.bySpeakerSpan('Iran\'s Foreign Ministry spokesman')?.speaker);
  });
});

suite('actors: "the Syrian official" after its speaker', () => {
  test('the speaker just before, of no known country, fits a country\'s description before a compatriot named earlier', () => {
    const text = 'The Iranian minister met Syrian President Bashar al-Assad, Defence Minister Ali Mahmoud Abbas and Prime Minister Hussein Arnous ' +
      'on Sunday. Assad said the resistance had emerged stronger. Abbas said the blood of the martyrs had cemented the friendship. ' +
      'The Syrian official added that his country\'s armed forces were ready to expand joint training.';
    const r = extractedSpeakers(text, [['Iranian', 'NORP'], ['Syrian', 'NORP'], ['Bashar al-Assad', 'PERSON'], ['Ali Mahmoud Abbas', 'PERSON'],
      ['Hussein Arnous', 'PERSON'], ['Assad', 'PERSON'], ['Abbas', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('The Syrian official')?.speaker, 'person:ali-mahmoud-abbas');
  });
});

suite('actors: sources close to someone', () => {
  test('"Sources close to Berri told …" are unnamed, not Berri; "a spokesman for Berri" still speaks for him', () => {
    const spec = [['Nabih Berri', 'PERSON'], ['Berri', 'PERSON']] as const;
    const close = extractedSpeakers('Parliament Speaker Nabih Berri met the minister. Sources close to Berri told reporters that the speaker ' +
      'was not opposed to the session.', spec);
    assert.equal(close.bySpeakerSpan('Sources close to Berri')?.speaker, null);
    const spokesman = extractedSpeakers('Parliament Speaker Nabih Berri met the minister. A spokesman for Berri told reporters that the speaker ' +
      'was not opposed to the session.', spec);
    assert.equal(spokesman.bySpeakerSpan('A spokesman for Berri')?.speaker, 'person:nabih-berri');
  });
});

suite('actors: a form of address as the speaker', () => {
  test('"His Highness affirmed" is the person the article called His Highness, not the last man named', () => {
    const text = 'President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Egyptian Prime Minister Mostafa Madbouly. ' +
      'Minister Hatem El-Sayed attended the meeting. His Highness affirmed that the relations are historic.';
    const r = extractedSpeakers(text, [['Mohamed bin Zayed Al Nahyan', 'PERSON'], ['Egyptian', 'NORP'], ['Mostafa Madbouly', 'PERSON'],
      ['Hatem El-Sayed', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('His Highness')?.speaker, 'person:mohamed-bin-zayed-al-nahyan');
  });
});

suite('actors: "the Leader" in Iranian copy', () => {
  test('"the Leader said" is the ayatollah the article names, not the president', () => {
    const text = 'President Masoud Pezeshkian said the plan was fair. Secretary of the Supreme National Security Council Ali Larijani ' +
      'agreed. Ayatollah Ali Khamenei met officials on Monday. In the meeting, the Leader said that decisions must protect the poor.';
    const r = extractedSpeakers(text, [['Masoud Pezeshkian', 'PERSON'], ['Supreme National Security Council', 'ORG'], ['Ali Larijani', 'PERSON'],
      ['Ali Khamenei', 'PERSON'], ['Monday', 'DATE']]);
    assert.equal(r.bySpeakerSpan('the Leader')?.speaker, 'person:ali-khamenei');
    assert.equal(r.bySpeakerSpan('President Masoud Pezeshkian')?.speaker, 'person:masoud-pezeshkian');
  });
});

suite('actors: the leader of a body named in the speaker span', () => {
  test('"A leader in the State of Law Coalition, led by Nouri al-Maliki," is not al-Maliki: whom the body is led by', () => {
    const spec = [['State of Law Coalition', 'ORG'], ['Nouri al-Maliki', 'PERSON'], ['Baghdad Today', 'ORG']] as const;
    const r = extractedSpeakers('A leader in the State of Law Coalition, led by Nouri al-Maliki, told Baghdad Today that the coalition rejected ' +
      'the demand.', spec);
    assert.notEqual(r.byCue('told')?.speaker, 'person:nouri-al-maliki');
  });
});

suite('actors: "the official" after an anonymous source', () => {
  test('"An Iraqi security source told … The official said" is the unnamed source, not a spokesman named before', () => {
    const text = 'Kataib Hezbollah spokesman Abu Ali al-Askari said in a statement that the group stands with the people. ' +
      'An Iraqi security source told reporters that security had been tightened overnight. The official said there was no specific threat.';
    const r = extractedSpeakers(text, [['Kataib Hezbollah', 'ORG'], ['Abu Ali al-Askari', 'PERSON'], ['Iraqi', 'NORP']]);
    assert.equal(r.bySpeakerSpan('The official')?.speaker, null);
  });
});

suite('actors: someone\'s successor', () => {
  test('"Amir-Abdollahian\'s successor also discussed" is not Amir-Abdollahian', () => {
    const text = 'Hussein Amir-Abdollahian led talks in 2023. Talking with Lavrov, Amir-Abdollahian\'s successor also discussed the corridor.';
    const r = extractedSpeakers(text, [['Hussein Amir-Abdollahian', 'PERSON'], ['Amir-Abdollahian', 'PERSON'], ['Lavrov', 'PERSON']]);
    assert.notEqual(r.bySpeakerSpan('Amir-Abdollahian\'s successor')?.speaker, 'person:hussein-amir-abdollahian');
  });
});

suite('actors: "the visiting minister"', () => {
  test('is the one whose own visit the story opened with, several sentences before', () => {
    const text = 'DAMASCUS -- Iranian Defence Minister Mohammad-Reza Ashtiani has held talks with Syrian officials during his two-day visit to ' +
      'Damascus. He met Syrian President Bashar al-Assad and Defence Minister Ali Mahmoud Abbas. Assad said the resistance had emerged ' +
      'stronger. Assad thanked Iran. Abbas praised the advisers. Abbas spoke of reconstruction. Assad met the delegation. ' +
      'In a separate meeting, the visiting minister underlined that the security of Syria is the security of Iran.';
    const r = extractedSpeakers(text, [['DAMASCUS', 'GPE'], ['Iranian', 'NORP'], ['Mohammad-Reza Ashtiani', 'PERSON'], ['Syrian', 'NORP'],
      ['Bashar al-Assad', 'PERSON'], ['Assad', 'PERSON'], ['Ali Mahmoud Abbas', 'PERSON'], ['Abbas', 'PERSON'], ['Damascus', 'GPE'],
      ['Iran', 'GPE'], ['Syria', 'GPE']]);
    assert.equal(r.bySpeakerSpan('the visiting minister')?.speaker, 'person:mohammad-reza-ashtiani');
  });
});

suite('actors: more wire shapes', () => {
  test('"A Syrian security official, speaking to AFP on condition of anonymity, said" is not AFP', () => {
    const text = 'A Syrian security official, speaking to AFP on condition of anonymity, said more releases would take place.';
    assert.equal(extractedSpeakers(text, [['Syrian', 'NORP'], ['AFP', 'ORG']]).byCue('said')?.speaker, null);
  });

  test('"The Chinese official noted" after Wang spoke is Wang, not President Xi whose greetings he conveyed', () => {
    const text = 'Chinese Foreign Minister Wang Yi met the delegation. Wang said ties were strong and conveyed the greetings of Chinese ' +
      'President Xi Jinping. The Chinese official noted that the initiative offers huge opportunities.';
    const r = extractedSpeakers(text, [['Chinese', 'NORP'], ['Wang Yi', 'PERSON'], ['Wang', 'PERSON'], ['Xi Jinping', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('The Chinese official')?.speaker, 'person:wang-yi');
  });

  test('"The MP said" after "another MP, Sarwa Abdul Wahid of the New Generation movement," is that MP', () => {
    const text = 'MP Ahmed Jassim al-Rubaie said the cuts were technical. But another MP, Sarwa Abdul Wahid of the New Generation movement, ' +
      'accused the Framework of bargaining. The MP said Kurdish salaries were held hostage.';
    const r = extractedSpeakers(text, [['Ahmed Jassim al-Rubaie', 'PERSON'], ['Sarwa Abdul Wahid', 'PERSON'], ['New Generation', 'ORG'],
      ['Framework', 'ORG']]);
    assert.equal(r.bySpeakerSpan('The MP')?.speaker, 'person:sarwa-abdul-wahid');
  });
});

suite('actors: "Member of Parliament X"', () => {
  test('is X: "Member of Parliament" is a title, as "Secretary of State" is', () => {
    const text = 'Member of Parliament Ebrahim Rezaei told IRNA that the Majlis supports the policy.';
    assert.equal(extractedSpeakers(text, [['Ebrahim Rezaei', 'PERSON'], ['IRNA', 'ORG'], ['Majlis', 'ORG']]).byCue('told')?.speaker,
      'person:ebrahim-rezaei');
  });
});

suite('actors: Thai police ranks', () => {
  test('"Pol Gen Surachai" is Surachai Wongsakul: "Pol" is a rank word, stripped as "Gen" is', () => {
    const text = 'Pol Gen Surachai Wongsakul, the national police chief, said the case was closed.\n\n' +
      'Speaking to reporters on Monday, Pol Gen Surachai said it was over.';
    const r = extractedSpeakers(text, [['Surachai Wongsakul', 'PERSON'], ['Pol Gen Surachai', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('Pol Gen Surachai')?.speaker, 'person:surachai-wongsakul');
  });

  test('"Sayyid Badr" is Sayyid Badr bin Hamad Al Busaidi; "the Kuwaiti minister" the minister of Kuwait, not the speaker just before', () => {
    const text = 'The message was received by Sayyid Badr bin Hamad Al Busaidi, Foreign Minister, during a meeting with Sheikh Abdullah Ali ' +
      'Al Yahya, Minister of Foreign Affairs of the State of Kuwait. Sayyid Badr affirmed that the two countries share a vision. ' +
      'The Kuwaiti minister expressed his country\'s appreciation.';
    const r = extractedSpeakers(text, [['Sayyid Badr bin Hamad Al Busaidi', 'PERSON'], ['Abdullah Ali Al Yahya', 'PERSON'], ['Kuwait', 'GPE'],
      ['Sayyid Badr', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('Sayyid Badr')?.speaker, r.claims.find((c) => c.speaker?.includes('busaidi'))?.speaker);
    assert.ok(r.bySpeakerSpan('Sayyid Badr')?.speaker?.includes('busaidi'));
    assert.equal(r.bySpeakerSpan('The Kuwaiti minister')?.speaker, 'person:abdullah-ali-al-yahya');
  });

  test('KUNA\'s "Sheikh Thamer Jaber Al-Ahmad Al-Sabah" keeps his given name; "His Highness the Crown Prince" is the crown prince named before', () => {
    const text = 'Kuwait\n\nKuwait\'s Ambassador to Bahrain Sheikh Thamer Jaber Al-Ahmad Al-Sabah told KUNA that ties were strong.\n\n' +
      'His Highness the Crown Prince Sheikh Fahad Al-Mubarak Al-Sabah received the envoy on Sunday.\n\nHis Highness the Crown Prince ' +
      'affirmed the depth of the historic relations.';
    const a = analyzeText(text);
    const name = (id: string | null): string | undefined => a.actors.find((x) => x.id === id)?.name;
    assert.deepEqual(a.claims.map((c) => name(c.speaker)), ['Thamer Jaber Al-Ahmad Al-Sabah', 'Fahad Al-Mubarak Al-Sabah']);
  });

  test('"X, the federation\'s leader," gives X the role: "The leader announced …" in the next paragraph is X', () => {
    for (const ap of ['the federation\'s leader', 'the federation leader']) {
      const text = `Feliciano Mamani Quispe, ${ap}, said miners were angry.\n\nThe leader announced that road blockades would begin.`;
      assert.equal(extractedSpeakers(text, [['Feliciano Mamani Quispe', 'PERSON']]).bySpeakerSpan('The leader')?.speaker, 'person:feliciano-mamani-quispe', ap);
    }
  });

  test('Shafaq News: "Iraqi PM receives …, discusses …" is the prime minister the lead names after its "Shafaq News/" dateline', () => {
    const text = 'Iraqi PM receives Iranian security chief in Baghdad, discusses border security\n\nShafaq News/ Iraqi Prime Minister ' +
      'Mohammed Shia al-Sudani received on Thursday the Secretary of Iran\'s Supreme National Security Council, Ali Akbar Ahmadian.';
    const a = analyzeText(text);
    const c = a.claims.find((x) => x.cue?.text === 'discusses');
    assert.deepEqual([c?.text, a.actors.find((x) => x.id === c?.speaker)?.name], ['border security', 'Mohammed Shia al-Sudani']);
    assert.ok(!a.actors.some((x) => x.name === 'Shafaq News' && x.type === 'PERSON'), 'the agency is no person');
  });

  test('"Al-Awadi\'s remarks came hours after al-Hamidawi\'s speech. He added …": he is al-Awadi, whose remarks the sentence is about', () => {
    const text = 'Government spokesman Basim al-Awadi told Shafaq News Agency the decision belonged to the state. Al-Awadi\'s remarks came ' +
      'hours after Abu Hussein al-Hamidawi\'s speech. He added that the government would not tolerate any attempt to drag the country into war.';
    const r = extractedSpeakers(text, [['Basim al-Awadi', 'PERSON'], ['Shafaq News Agency', 'ORG'], ['Al-Awadi', 'PERSON'], ['Abu Hussein al-Hamidawi', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('He')?.speaker, 'person:basim-al-awadi');
  });

  test('"the top Iranian lawmaker" is the parliament speaker named before (a speaker of parliament is a lawmaker)', () => {
    const text = 'Parliament Speaker Mohammad Baqer Qalibaf said the sanctions had failed. The top Iranian lawmaker also called on the government ' +
      'to act.';
    assert.equal(extractedSpeakers(text, [['Mohammad Baqer Qalibaf', 'PERSON']]).bySpeakerSpan('The top Iranian lawmaker')?.speaker,
      'person:mohammad-baqer-qalibaf');
  });

  test('WAM\'s "His Highness welcomed …" is the president the lead so addressed, no actor "His Highness"', () => {
    const text = 'UAE President receives Kazakh Prime Minister\n\nABU DHABI, 12th May, 2025 (WAM) -- President His Highness Sheikh Mohamed ' +
      'bin Zayed Al Nahyan today received Olzhas Bektenov, Prime Minister of the Republic of Kazakhstan.\n\nDuring the meeting, His ' +
      'Highness and the Kazakh Prime Minister discussed ways to develop cooperation.\n\nHis Highness welcomed the ' +
      'visiting official, affirming the UAE\'s keenness to strengthen its relations with Kazakhstan.';
    const a = analyzeText(text);
    assert.ok(!a.actors.some((x) => x.name === 'His Highness'), a.actors.map((x) => x.name).join(', '));
    const c = a.claims.find((x) => x.cue?.text === 'welcomed');
    assert.equal(a.actors.find((x) => x.id === c?.speaker)?.name, 'Mohamed bin Zayed Al Nahyan');
  });

  test('SPA\'s "Undersecretary of the Ministry for Hajj Affairs Dr. Abdulfattah bin Sulaiman Mashat told SPA" is the undersecretary, one name', () => {
    const text = 'Hajj\n\nUndersecretary of the Ministry for Hajj Affairs Dr. Abdulfattah bin Sulaiman Mashat told SPA that all sectors were ' +
      'working around the clock.';
    const a = analyzeText(text);
    assert.equal(a.actors.find((x) => x.id === a.claims[0]?.speaker)?.name, 'Abdulfattah bin Sulaiman Mashat');
    // Two people in one span stay the first named: "Thomas Covert of the University of Chicago and Professor Knittel".
    const two = extractedSpeakers('Thomas Covert of the University of Chicago and Professor Christopher Knittel concluded that prices fell.',
      [['Thomas Covert', 'PERSON'], ['University of Chicago', 'ORG'], ['Christopher Knittel', 'PERSON']]);
    assert.notEqual(two.claims[0]?.speaker, 'person:christopher-knittel');
  });

  test('"Ratu Josefa" is Ratu Josefa Naivalu: the Fijian chiefly title and the given name, as Fiji papers name him again', () => {
    const text = 'Association president Ratu Josefa Naivalu said members were suffering. "Our boats are gone," Ratu Josefa said.';
    const r = extractedSpeakers(text, [['Ratu Josefa Naivalu', 'PERSON'], ['Ratu Josefa', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('Ratu Josefa')?.speaker, r.bySpeakerSpan('Association president Ratu Josefa Naivalu')?.speaker);
    assert.ok(r.bySpeakerSpan('Ratu Josefa')?.speaker?.includes('naivalu'));
  });

  test('"the IRGC commander", "said the Navy chief" after a general or admiral just named: the officer, not the force', () => {
    const irgc = 'Speaking in Tabriz, Major General Hossein Mohammadi-Rad said the defences were strong.\n\n' +
      '"Any miscalculation will be met with a crushing response," the IRGC commander stated.';
    const r = extractedSpeakers(irgc, [['Hossein Mohammadi-Rad', 'PERSON'], ['IRGC', 'ORG'], ['Tabriz', 'GPE']]);
    assert.equal(r.bySpeakerSpan('the IRGC commander')?.speaker, 'person:hossein-mohammadi-rad');
    const navy = 'Rear Admiral Shahram Irani-Zadeh made the remarks in a meeting with naval cadets on Monday.\n\n' +
      '"The destroyer is ready," said the Navy chief.';
    const n = extractedSpeakers(navy, [['Shahram Irani-Zadeh', 'PERSON'], ['Navy', 'MISC']]);
    assert.equal(n.bySpeakerSpan('the Navy chief')?.speaker, 'person:shahram-irani-zadeh');
  });

  test('"HE the Minister of State stressed" (His Excellency) is the minister, not the pronoun "he"; "Deputy Foreign Minister of Tajikistan X" a person', () => {
    const text = 'HH the Amir Sheikh Tamim bin Hamad Al-Thani received a call. HH the Amir said Doha looked forward to the visit.\n\n' +
      'HE Minister of State Dr. Mohammed Al Khulaifi met on Tuesday with HE Deputy Foreign Minister of Tajikistan Farrukh Sharifzoda.\n\n' +
      'HE the Minister of State stressed that Qatar values its partners in Central Asia.';
    const r = extractedSpeakers(text, [['Tamim bin Hamad Al-Thani', 'PERSON'], ['Mohammed Al Khulaifi', 'PERSON'], ['Tajikistan', 'GPE'],
      ['Farrukh Sharifzoda', 'PERSON'], ['Doha', 'GPE'], ['Qatar', 'GPE'], ['Central Asia', 'LOC']]);
    assert.equal(r.bySpeakerSpan('HE the Minister of State')?.speaker, 'person:mohammed-al-khulaifi');
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => `${e.text}/${e.type}`);
    assert.ok(found.includes('Farrukh Sharifzoda/PERSON'), found.join(' | '));
  });
});
