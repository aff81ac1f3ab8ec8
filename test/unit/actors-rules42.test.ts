// Speaker and entity rules of session 42, found on police appeals, Indian state politics and wire copy.
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';

const speakerOf = (text: string, fragment: string): string | undefined => {
  const a = analyzeText(text);
  const claim = a.claims.find((c) => c.text.includes(fragment));
  assert.ok(claim, `a claim with "${fragment}": ${a.claims.map((c) => c.text).join(' | ')}`);
  return a.actors.find((x) => x.id === claim.speaker)?.name;
};
const persons = (text: string): string[] => analyzeText(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.text);

suite('actors: speaker rules (session 42)', () => {
  test('British police ranks before a name ("Det Insp", "Det Sgt") are titles: the name is a person, "He" is that person', () => {
    const text = 'Appeal\n\nDet Insp Gareth Holloway said the search was continuing. He said officers were keeping an open mind.\n\n' +
      'Det Sgt Karen Lowe said the car was found. She said it was empty.\n';
    assert.deepEqual(persons(text), ['Gareth Holloway', 'Karen Lowe']);
    assert.equal(speakerOf(text, 'open mind'), 'Gareth Holloway');
    assert.equal(speakerOf(text, 'it was empty'), 'Karen Lowe');
  });

  test('Indian honorifics ("Shri", "Smt") and a "convenor" before a name leave a person named without them', () => {
    const text = 'Walkout\n\nLeader of Opposition Shri Bikram Keshari Samantaray said the government was hiding. Smt Sunita Rao said ' +
      'it would not.\n\nKrushak Sangathan convenor Akshaya Patnaik said the delay had hurt farmers. He said protests would continue.\n';
    assert.equal(speakerOf(text, 'government was hiding'), 'Bikram Keshari Samantaray');
    assert.equal(speakerOf(text, 'it would not'), 'Sunita Rao');
    assert.equal(speakerOf(text, 'protests would continue'), 'Akshaya Patnaik');
  });

  test('"she" right after an unnamed new speaker ("Another worker, who asked not to be named,") is that speaker, nobody named', () => {
    const text = 'Strike\n\nCrane driver Lee Mawson said he had worked at the port for 26 years. Another worker, who asked not to be ' +
      'named, said shift patterns had changed. "They treat us like pieces of equipment," she said.\n\nDr Ana Ruiz said the ' +
      'clinic was full. A passenger said the train stopped. "We waited for hours," she said.\n';
    assert.equal(speakerOf(text, 'pieces of equipment'), undefined);
    assert.equal(speakerOf(text, 'waited for hours'), undefined);
    assert.equal(speakerOf(text, 'clinic was full'), 'Ana Ruiz');
  });

  test('a body described, then named in apposition ("Chloe\'s school, Kirkstall Valley Academy,", "The riders\' union, the CPA,") speaks', () => {
    const text = 'Missing\n\nChloe Marsden, 15, was last seen on Friday. Chloe\'s school, Kirkstall Valley Academy, said staff were ' +
      'supporting pupils.\n\nRuedi Ammann, president of the Swiss Cycling Federation, urged calm. The riders\' union, the CPA, was ' +
      'more cautious still, saying it would support the rider.\n';
    assert.equal(speakerOf(text, 'supporting pupils'), 'Kirkstall Valley Academy');
    assert.equal(speakerOf(text, 'support the rider'), 'CPA');
  });

  test('a news agency credited in the dateline ("LONDON (Reuters) -") is no body "the agency" stands for', () => {
    const text = 'Storm\n\nLONDON (Reuters) - Two people died in the storm, the agency said.\n';
    assert.equal(speakerOf(text, 'Two people died'), undefined);
  });

  test('a lead title ("The mayor said") is no private person named next with an age alone ("Nomvula Dlamini, 63,")', () => {
    const text = 'Water row\n\nThe mayor said the outages were caused by sabotage. Nomvula Dlamini, 63, said she walked two kilometres.\n';
    assert.equal(speakerOf(text, 'sabotage'), undefined);
    assert.equal(speakerOf(text, 'two kilometres'), 'Nomvula Dlamini');
  });

  test('"Tobi Okafor, for his part, laughed it off. “…,” he said.": the pronoun goes on with the reacting subject', () => {
    const text = 'Okafor shrugs\n\nA league spokesman, Harold Dunne, said the office would review the game. Tobi Okafor, for his ' +
      'part, laughed it off. "Refs did not hit that shot," he said.\n';
    assert.equal(speakerOf(text, 'review the game'), 'Harold Dunne');
    assert.equal(speakerOf(text, 'Refs did not'), 'Tobi Okafor');
  });

  test('"A Home Office spokeswoman said … “…,” she said": the pronoun goes on with the body she speaks for', () => {
    const text = 'Report\n\nDr Euan Farquharson said the sample was robust. A Home Office spokeswoman said ministers were committed. ' +
      '"We will consider the recommendations," she said.\n';
    assert.equal(speakerOf(text, 'consider the recommendations'), 'Home Office');
  });

  test('"the union" after a workers\' association ("The British Association of Hospital Doctors (BAHD) … The union says")', () => {
    const text = 'Doctors strike\n\nThe British Association of Hospital Doctors (BAHD) called the strike. The union says pay has fallen by a fifth.\n';
    assert.equal(speakerOf(text, 'pay has fallen'), 'British Association of Hospital Doctors');
  });

  test('a "person" ending in a company\'s trade word ("Halvern Technologies") is the company "the company" stands for', () => {
    const text = 'Tablet\n\nSAN FRANCISCO (Reuters) - Halvern Technologies unveiled a tablet. It will ship in November, the company said.\n';
    assert.equal(speakerOf(text, 'ship in November'), 'Halvern Technologies');
    assert.ok(!persons(text).includes('Halvern Technologies'));
  });

  test('"Crowe, she insists, “gave me every word.”": a name alone before the pronoun is whom the claim is about', () => {
    const text = 'Play opens\n\nMaria Lopez says she rewrote nothing. Crowe, she insists, "gave me every word."\n';
    assert.equal(speakerOf(text, 'gave me every word'), 'Maria Lopez');
    const unknown = 'Play opens\n\nDirector Sam Okafor defends the script. Crowe, she insists, "gave me every word."\n';
    assert.notEqual(speakerOf(unknown, 'gave me every word'), 'Crowe');
  });

  test('"“…,” analysts at Grandview Capital said": a firm\'s research speaks for the firm, however the sentence is cased', () => {
    const text = 'Rates\n\n"We expect another rate cut," analysts at Grandview Capital said. GOP analysts in Ohio said turnout was low.\n';
    assert.equal(speakerOf(text, 'another rate cut'), 'Grandview Capital');
    assert.equal(speakerOf(text, 'turnout was low'), undefined);
  });

  test('"…two Palestinian gunmen in Jenin, the army said": the country the army serves is none named in what it says', () => {
    const text = 'Raid\n\nTroops killed two Palestinian gunmen in Jenin, the military said.\n\nIsraeli troops raided the camp on Monday. ' +
      'Two gunmen were killed, the army said.\n';
    assert.notEqual(speakerOf(text, 'Palestinian gunmen'), 'Palestine');
    assert.equal(speakerOf(text, 'Two gunmen were killed'), 'Israel');
  });
});
