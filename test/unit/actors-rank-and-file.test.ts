// Unnamed people of a body speak for themselves, not for it: one soldier, fighter or student of an organisation, and
// anonymous sources "in", "close to" or "of" an outlet; a member of a named assembly is the person named.
import * as assert from 'node:assert/strict';
import { extractedSpeakers } from './actors-helpers';
import { claimsOf, claimWith } from './claims-helpers';

suite('actors: the rank and file of a body', () => {
  test('"A Hamas fighter", "A soldier from the 47th Mechanized Brigade" are unnamed; "An official from the ministry" speaks for it', () => {
    const spec = [['Hamas', 'ORG'], ['Mechanized Brigade', 'ORG'], ['Interior Ministry', 'ORG']] as const;
    const text = 'A Hamas fighter said the truce was over. A soldier from the 47th Mechanized Brigade said troops were attacking. ' +
      'An official from the Interior Ministry said the border was closed.';
    const r = extractedSpeakers(text, spec);
    assert.equal(r.bySpeakerSpan('A Hamas fighter')?.speaker, null);
    assert.equal(r.bySpeakerSpan('A soldier from the 47th Mechanized Brigade')?.speaker, null);
    assert.equal(r.bySpeakerSpan('An official from the Interior Ministry')?.speaker, 'org:interior-ministry');
  });

  test('"Sources in Hezbollah", "Reuters sources", "Meduza\'s source close to …" are anonymous, not the body or outlet', () => {
    const spec = [['Hezbollah', 'ORG'], ['Reuters', 'ORG'], ['Meduza', 'ORG'], ['Defense Ministry', 'ORG']] as const;
    const text = 'Sources in Hezbollah said the plan was dropped. Reuters sources said the talks had stalled. ' +
      'Meduza\'s source close to the Defense Ministry confirmed that recruits were prisoners.';
    const r = extractedSpeakers(text, spec);
    assert.equal(r.bySpeakerSpan('Sources in Hezbollah')?.speaker, null);
    assert.equal(r.bySpeakerSpan('Reuters sources')?.speaker, null);
    assert.equal(r.byCue('confirmed')?.speaker, null);
  });

  test('"Member of the Legislative Assembly Roger Spink" is Roger Spink, not the assembly', () => {
    const spec = [['Legislative Assembly', 'ORG'], ['Roger Spink', 'PERSON']] as const;
    const r = extractedSpeakers('Member of the Legislative Assembly Roger Spink said the islanders had chosen.', spec);
    assert.equal(r.byCue('said')?.speaker, 'person:roger-spink');
  });
});

suite('claims: wire forms from South Asia and Russia', () => {
  test('"New Delhi [India], March 3 (ANI):" is a dateline, not the subject of the sentence', () => {
    const c = claimWith(claimsOf('New Delhi [India], March 3 (ANI): Union Home Minister Amit Shah on Monday chaired a meeting and said the terror ecosystem was on its last legs.'), 'terror ecosystem');
    assert.ok(c.speaker?.startsWith('Union Home Minister Amit Shah'), c.speaker ?? 'null');
  });

  test('"who is wanted by the International Criminal Court" is no claim of the court', () => {
    const claims = claimsOf('Maria Lvova-Belova, Russia\'s commissioner for children\'s rights, who is wanted by the International Criminal Court, wrote on Telegram that no child had been moved.');
    assert.equal(claims.length, 1);
    assert.equal(claims[0].cue, 'wrote');
  });
});

suite('actors: a post, and a kinship noun before a titled name', () => {
  test('"A viral Facebook post claims", "A message circulating on WhatsApp" speak for no platform; "the school\'s Facebook post" for the school', () => {
    const spec = [['Facebook', 'ORG'], ['WhatsApp', 'ORG'], ['Lincoln High', 'ORG']] as const;
    const text = 'A viral Facebook post claims that the state will ban gas stoves. A message circulating on WhatsApp in Nigeria claims ' +
      'that garlic tea cures fever. According to the Lincoln High\'s Facebook post, classes will resume.';
    const r = extractedSpeakers(text, spec);
    assert.equal(r.bySpeakerSpan('A viral Facebook post')?.speaker, null);
    assert.equal(r.bySpeakerSpan('A message circulating on WhatsApp in Nigeria')?.speaker, null);
    assert.equal(r.byCue('According to')?.speaker, 'org:lincoln-high');
  });

  test('"her son and the party\'s acting chairman Tarique Rahman said" is Tarique Rahman, not the mother', () => {
    const spec = [['Begum Khaleda Zia', 'PERSON'], ['Tarique Rahman', 'PERSON']] as const;
    const text = 'BNP chairperson Begum Khaleda Zia did not attend the rally. However, her son and the party\'s acting chairman Tarique Rahman ' +
      'said the election must be held soon.';
    assert.equal(extractedSpeakers(text, spec).byCue('said')?.speaker, 'person:tarique-rahman');
  });
});

suite('actors: a party before a title', () => {
  test('"PiS leader Jarosław Kaczyński went further. “…,” he said": the leader is the sentence\'s subject, and "he"', () => {
    const text = 'Opposition lawmaker Zbigniew Bogucki called the bill unconstitutional. "This is a political purge," he said.\n\n' +
      'PiS leader Jarosław Kaczyński went further. "This is an attempt to take over the courts by force," he said.';
    const r = extractedSpeakers(text, [['Zbigniew Bogucki', 'PERSON'], ['PiS', 'MISC'], ['Jarosław Kaczyński', 'PERSON']]);
    assert.equal(r.claims.find((c) => c.text.includes('take over'))?.speaker, 'person:jarosław-kaczynski');
  });
});

suite('actors: a role in apposition before the name', () => {
  test('"Brazil\'s climate envoy, André Corrêa do Lago, …": "Corrêa do Lago" is he, and "the diplomat" too', () => {
    const text = 'Brazil\'s climate envoy, André Corrêa do Lago, spoke at the opening. Corrêa do Lago said the talks would be hard, ' +
      'and the diplomat recalled that the last conference had failed.';
    const r = extractedSpeakers(text, [['Brazil', 'GPE'], ['André Corrêa do Lago', 'PERSON'], ['Corrêa do Lago', 'PERSON']]);
    assert.equal(r.byCue('said')?.speaker, 'person:andre-correa-do-lago');
    assert.equal(r.byCue('recalled')?.speaker, 'person:andre-correa-do-lago');
  });

  test('"another official said" after a named official is someone else, unnamed', () => {
    const text = 'Iraq\'s interim prime minister, Iyad Allawi, visited the region. A Pakistani administrator, Sahibzada Anis, says 15 ' +
      'died. On Saturday, another official said 40 people had been killed.';
    const r = extractedSpeakers(text, [['Iraq', 'GPE'], ['Iyad Allawi', 'PERSON'], ['Sahibzada Anis', 'PERSON']]);
    assert.equal(r.bySpeakerSpan('another official')?.speaker, null);
  });
});

suite('actors: a statement an agency received', () => {
  test('"A statement by the Prime Minister\'s media office, received by the Iraqi News Agency (INA), said" is not INA\'s', () => {
    const text = 'A statement by the Prime Minister\'s media office, received by the Iraqi News Agency (INA), said that al-Sudani stressed the need for calm.';
    const r = extractedSpeakers(text, [['Iraqi News Agency', 'ORG'], ['INA', 'ORG'], ['al-Sudani', 'PERSON']]);
    assert.notEqual(r.byCue('said')?.speaker, 'org:iraqi-news-agency');
  });
});
