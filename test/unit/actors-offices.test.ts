// Offices read off the words around a name: a foreign ministry's spokesperson is a diplomat, a title's complement
// ("Leader of the Islamic Revolution"), and a form of address ("His Eminence") — found in wire stories of Iranian,
// Russian and Arab news agencies.
import * as assert from 'node:assert/strict';
import { tagEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import type { EntityType } from '../../src/core/types';
import { extractedSpeakers } from './actors-helpers';

suite('actors: offices in titles and forms of address', () => {
  test('a foreign ministry\'s spokeswoman is "the diplomat" of a later sentence', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Russian', 'NORP'], ['Maria Zakharova', 'PERSON'], ['NATO', 'ORG'], ['Russia', 'GPE']];
    const text = 'Russian Foreign Ministry Spokeswoman Maria Zakharova has warned that any deployment would lead to catastrophe. ' +
      '"The appearance of NATO contingents would mean a direct clash between Russia and the alliance," the diplomat told a weekly briefing.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('the diplomat')?.speaker, 'person:maria-zakharova');
  });

  test('"Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei" holds the office "the Leader" names later', () => {
    const spec: readonly (readonly [string, EntityType])[] = [['Islamic Revolution', 'EVENT'], ['Seyyed Ali Khamenei', 'PERSON'], ['Iranian', 'NORP'],
      ['Basij', 'ORG'], ['Tehran', 'GPE'], ['Islamic Republic', 'GPE']];
    const text = 'Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei said on Wednesday that the plots against the Iranian nation will fail. ' +
      'Addressing a gathering of Basij members in Tehran, the Leader said the Islamic Republic has grown stronger.';
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('the Leader')?.speaker, 'person:seyyed-ali-khamenei');
  });

  test('an office no one in the text holds ("the prime minister", "The chancellor") is the lead person, not the subject nearby', () => {
    const lead = 'Sir Keir Starmer has ruled out a wealth tax. Speaking to the BBC on Sunday, the prime minister said the tax would drive investment away.';
    assert.equal(extractedSpeakers(lead, [['Keir Starmer', 'PERSON'], ['BBC', 'ORG'], ['Sunday', 'DATE']]).bySpeakerSpan('the prime minister')?.speaker,
      'person:keir-starmer');
    const between = 'Anthony Albanese has defended his climate policy. Adam Bandt said the plan was a betrayal. The prime minister told reporters it was working.';
    assert.equal(extractedSpeakers(between, [['Anthony Albanese', 'PERSON'], ['Adam Bandt', 'PERSON']]).bySpeakerSpan('The prime minister')?.speaker ?? null, null);
    const vice = 'Olaf Scholz met reporters on Friday. The vice chancellor said the budget was fine.';
    assert.equal(extractedSpeakers(vice, [['Olaf Scholz', 'PERSON'], ['Friday', 'DATE']]).bySpeakerSpan('The vice chancellor')?.speaker ?? null, null);
  });

  test('"The German leader" is the German chancellor, not the president named last without a country', () => {
    const text = 'Indian Prime Minister Narendra Modi met German Chancellor Olaf Scholz on Friday. President Droupadi Murmu hosted a dinner. ' +
      'The German leader said Berlin wanted to double trade with India.';
    const spec: readonly (readonly [string, EntityType])[] = [['Indian', 'NORP'], ['Narendra Modi', 'PERSON'], ['German', 'NORP'],
      ['Olaf Scholz', 'PERSON'], ['Friday', 'DATE'], ['Droupadi Murmu', 'PERSON'], ['Berlin', 'GPE'], ['India', 'GPE']];
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('The German leader')?.speaker, 'person:olaf-scholz');
  });

  test('"His Eminence" is no organisation: the person the pronoun means', () => {
    const text = 'Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei said the plots will fail. ' +
      'His Eminence also stressed the need for unity among Muslim nations.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => e.text);
    assert.ok(!found.includes('Eminence'), found.join(' | '));
    const spec: readonly (readonly [string, EntityType])[] = [['Islamic Revolution', 'EVENT'], ['Seyyed Ali Khamenei', 'PERSON']];
    assert.equal(extractedSpeakers(text, spec).bySpeakerSpan('His Eminence')?.speaker, 'person:seyyed-ali-khamenei');
  });

  test('"the CM", "the PM" are a chief minister and a prime minister; a deputy fits "the PM" only when no prime minister does', () => {
    const cm = 'Uttar Pradesh chief minister Yogi Adityanath inaugurated a bridge. Addressing a gathering, the CM said the preparations were unprecedented.';
    assert.equal(extractedSpeakers(cm, [['Uttar Pradesh', 'GPE'], ['Yogi Adityanath', 'PERSON']]).bySpeakerSpan('the CM')?.speaker,
      'person:yogi-adityanath');
    const pm = 'Prime Minister Lawrence Wong announced new support. Deputy Prime Minister Gan Kim Yong said the economy was strong. ' +
      '"We will not leave anyone behind," the PM added.';
    assert.equal(extractedSpeakers(pm, [['Lawrence Wong', 'PERSON'], ['Gan Kim Yong', 'PERSON']]).bySpeakerSpan('the PM')?.speaker,
      'person:lawrence-wong');
  });

  test('"Shadow work and pensions secretary Helen Arkwright", "Work and pensions secretary Liz Kendal": a portfolio in lower case, not two speakers', () => {
    const text = 'Shadow work and pensions secretary Helen Arkwright accused ministers of cruelty. Work and pensions secretary Liz Kendal said the plan was right.';
    const r = extractedSpeakers(text, [['Helen Arkwright', 'PERSON'], ['Liz Kendal', 'PERSON']]);
    assert.equal(r.byCue('accused')?.speaker, 'person:helen-arkwright');
    assert.equal(r.byCue('said')?.speaker, 'person:liz-kendal');
  });

  test('"Treasurer Jim Halloran … the Treasurer said": a treasurer is an office; "The Opposition Leader, X," is no organisation', () => {
    const text = 'Treasurer Jim Halloran has warned that iron ore prices will hurt the budget.\n\nAsked about savings, the Treasurer said: ' +
      '"I do not rule things in or out."';
    assert.equal(extractedSpeakers(text, [['Jim Halloran', 'PERSON']]).bySpeakerSpan('the Treasurer')?.speaker, 'person:jim-halloran');
    const leader = 'The Opposition Leader, Sussan Whitlock, spoke later. The Opposition Leader said it was not.';
    const tokens = tokenize(leader);
    const found = tagEntities(leader, tokens, splitSentences(leader, tokens)).map((e) => e.text);
    assert.ok(!found.includes('Opposition Leader'), found.join(' | '));
  });

  test('"former president Peter Mutharika" is not "the president" (the incumbent is)', () => {
    const text = 'Incumbent Lazarus Chakwera is trailing former president Peter Mutharika. Chakwera urged calm on television. ' +
      '"Let us wait for the commission," the president said.';
    const r = extractedSpeakers(text, [['Lazarus Chakwera', 'PERSON'], ['Peter Mutharika', 'PERSON'], ['Chakwera', 'PERSON']]);
    assert.notEqual(r.bySpeakerSpan('the president')?.speaker, 'person:peter-mutharika');
  });

  test('"The Ministry expressed …" after "the Ministry of Foreign Affairs said": the ministry named, no organisation "The Ministry"', () => {
    const text = 'The Ministry of Foreign Affairs said in a statement that Qatar condemns the attack. The statement reiterated Qatar\'s position. ' +
      'The Ministry expressed condolences to the families.';
    const tokens = tokenize(text);
    const found = tagEntities(text, tokens, splitSentences(text, tokens)).map((e) => e.text);
    assert.ok(!found.some((e) => /^(?:The )?Ministry$/.test(e)), found.join(' | '));
  });
});
